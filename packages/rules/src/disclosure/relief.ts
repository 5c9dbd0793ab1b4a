import { maskName } from '../identity/mask.js';
import { codesOf } from '../shared/labelled-codes.js';
import type { Fen } from '../shared/money.js';
import { reliefPublicFieldCodes, type ReliefPublicField } from './relief-fields.js';
import type { ReliefList, ReliefRecipient } from './relief-schema.js';

export type { ReliefList, ReliefRecipient } from './relief-schema.js';
export { reliefPublicFieldCodes, type ReliefPublicField } from './relief-fields.js';

/** Relief and subsidy programmes whose recipient lists are posted in the village. */
export const reliefPrograms = Object.freeze([
  { code: 'minimumLiving', label: { 'zh-CN': '最低生活保障（低保）', en: 'Minimum living allowance (dibao)' } },
  { code: 'extremePoverty', label: { 'zh-CN': '特困人员救助供养', en: 'Support for people in extreme poverty' } },
  { code: 'temporaryAssistance', label: { 'zh-CN': '临时救助', en: 'Temporary assistance' } },
  { code: 'disabilitySubsidy', label: { 'zh-CN': '残疾人两项补贴', en: 'Disability living and care subsidies' } },
  { code: 'disasterRelief', label: { 'zh-CN': '受灾人员救助', en: 'Disaster relief' } },
  { code: 'other', label: { 'zh-CN': '其他补贴补助', en: 'Other subsidies' } },
] as const);

/** The code of one of {@link reliefPrograms} (低保, 特困, …). */
export type ReliefProgram = (typeof reliefPrograms)[number]['code'];
/** The programme codes alone, as `z.enum` wants them. */
export const reliefProgramCodes = codesOf(reliefPrograms);

/** The total paid out on a list, for the finance side of the same disclosure. */
export function reliefListTotal(list: ReliefList): Fen {
  return list.recipients.reduce((sum, recipient) => sum + recipient.amount, 0);
}

/** Totals by village group, in the order groups first appear: the figure boards post beside the list. */
export function reliefTotalsByGroup(list: ReliefList): { villageGroup: string; recipients: number; amount: Fen }[] {
  const totals = new Map<string, { villageGroup: string; recipients: number; amount: Fen }>();
  for (const recipient of list.recipients) {
    const row = totals.get(recipient.villageGroup) ?? { villageGroup: recipient.villageGroup, recipients: 0, amount: 0 };
    row.recipients += 1;
    row.amount += recipient.amount;
    totals.set(recipient.villageGroup, row);
  }
  return [...totals.values()];
}

/** A recipient as the public sees it: only the fields the village publishes, the name masked (张*明). */
export type PublicReliefRecipient = Partial<Pick<ReliefRecipient, ReliefPublicField>>;

/**
 * A list as the public sees it, built by choosing fields rather than removing them: whatever the internal form
 * holds now or gains later (an ID number, a phone, an address, a health note) is left behind unless it is one of
 * `reliefPublicFieldCodes`, none of which can carry such data. The name goes through identity's `maskName`, the
 * one masking rule of the product. The total is the list's own, so the posted figure matches the statement even
 * when amounts are not shown per person.
 */
export function publicReliefRecipients(
  list: ReliefList,
  fields: readonly ReliefPublicField[] = reliefPublicFieldCodes,
): PublicReliefRecipient[] {
  const shown = new Set(fields);
  return list.recipients.map((recipient) => {
    const out: PublicReliefRecipient = {};
    if (shown.has('name')) out.name = maskName(recipient.name);
    if (shown.has('villageGroup')) out.villageGroup = recipient.villageGroup;
    if (shown.has('householdSize') && recipient.householdSize !== undefined) out.householdSize = recipient.householdSize;
    if (shown.has('amount')) out.amount = recipient.amount;
    return out;
  });
}
