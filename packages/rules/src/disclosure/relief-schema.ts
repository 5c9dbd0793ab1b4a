import * as z from 'zod/mini';
import { periodSchema } from './period-schema.js';
import { reliefProgramCodes } from './relief.js';

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
