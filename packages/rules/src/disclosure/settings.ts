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
  maxAttachmentBytes: 20 * 1024 * 1024,
  // 《中国共产党支部工作条例（试行）》 Art 11: half or more present, passed by more than half of all voting members.
  partyMeetingQuorum: 'half',
  partyMeetingMajorityOf: 'members',
});
