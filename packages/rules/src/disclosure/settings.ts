import type { DisclosureSettings } from './settings-schema.js';

export type { DisclosureSettings, DisclosureSettingsInput } from './settings-schema.js';

/**
 * What `disclosureSettingsSchema` parses `{}` to, written out so a widget that only reads a setting does
 * not bundle zod. A test checks it against `z.parse(disclosureSettingsSchema, {})`, so the two cannot drift.
 */
export const defaultDisclosureSettings: DisclosureSettings = Object.freeze({
  // 村民委员会组织法 Art 30: monthly where collective transactions are frequent.
  financeMonthly: true,
  financeGraceDays: 10,
  generalGraceDays: 10,
  // Art 30 "随时", as a number of calendar days.
  majorMatterDays: 5,
  // No statute sets it (村民委员会组织法 Art 30 only says 接受村民的查询): the village's own number.
  queryAnswerWorkingDays: 5,
  maxAttachmentBytes: 20 * 1024 * 1024,
  // 《中国共产党支部工作条例（试行）》 Art 11: half or more present, passed by more than half of all voting members.
  partyMeetingQuorum: 'half',
  partyMeetingMajorityOf: 'members',
  // Seed 000 一听、四议、两公开、一监督: opinions are heard before the four deliberations.
  hearingRequired: true,
  // 最低生活保障审核确认办法: 申请人姓名 (masked), 家庭成员数量, 保障金额; the 村民小组 to find the entry.
  reliefPublicFields: Object.freeze(['name', 'villageGroup', 'householdSize', 'amount']) as DisclosureSettings['reliefPublicFields'],
  // 财会〔2023〕14号, in force 2024-01-01.
  accountingSystem: '2023',
  financeSignOff: 'none',
  financeSignOffPanel: Object.freeze<string[]>([]) as string[],
  // 5万元, a village's own line.
  mandateThresholdFen: 5_000_000,
});
