import * as z from 'zod/mini';
import type { Fen } from '../shared/money.js';
import { periodSchema } from './period.js';

/** Relief and subsidy programmes whose recipient lists are posted in the village. */
export const reliefPrograms = Object.freeze([
  { code: 'minimumLiving', label: { 'zh-CN': '最低生活保障（低保）', en: 'Minimum living allowance (dibao)' } },
  { code: 'extremePoverty', label: { 'zh-CN': '特困人员救助供养', en: 'Support for people in extreme poverty' } },
  { code: 'temporaryAssistance', label: { 'zh-CN': '临时救助', en: 'Temporary assistance' } },
  { code: 'disabilitySubsidy', label: { 'zh-CN': '残疾人两项补贴', en: 'Disability living and care subsidies' } },
  { code: 'disasterRelief', label: { 'zh-CN': '受灾人员救助', en: 'Disaster relief' } },
  { code: 'other', label: { 'zh-CN': '其他补贴补助', en: 'Other subsidies' } },
] as const);

export type ReliefProgram = (typeof reliefPrograms)[number]['code'];
const reliefProgramCodes = reliefPrograms.map((program) => program.code) as [ReliefProgram, ...ReliefProgram[]];

/**
 * One recipient as held by the village (the internal form). This carries personal information:
 * the public form of a list must go through the identity module's redaction (masked name, ID number
 * cut to at most its first 6 and last 4 characters, no phone) before it reaches a board, an API
 * response or the DOM — 政府信息公开条例 Arts 15 and 37 require withholding what would infringe
 * privacy and releasing the rest, and 个人信息保护法 Art 25 forbids publishing it otherwise.
 */
export const reliefRecipientSchema = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(20)),
  /** 村民小组, e.g. "第三村民小组". */
  villageGroup: z.string().check(z.minLength(1), z.maxLength(40)),
  /** Amount for the period, in fen. */
  amount: z.int().check(z.minimum(1), z.maximum(100_000_000)),
  /** Held for checking, never published in full. Format is checked by the identity module. */
  idNumber: z.optional(z.string().check(z.regex(/^\d{17}[\dX]$/))),
  householdSize: z.optional(z.int().check(z.minimum(1), z.maximum(30))),
});

export const reliefListSchema = z.object({
  program: z.enum(reliefProgramCodes),
  period: periodSchema,
  recipients: z.array(reliefRecipientSchema).check(z.maxLength(10_000)),
});

export type ReliefRecipient = z.output<typeof reliefRecipientSchema>;
export type ReliefList = z.output<typeof reliefListSchema>;

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
