import * as z from 'zod/mini';
import { periodSchema } from './period-schema.js';
import { reliefProgramCodes } from './relief.js';

/**
 * One recipient as held by the village (the internal form). This carries personal information: the public
 * form of a list is built by `publicReliefRecipients` from the fields the village publishes
 * (`reliefPublicFields`: masked name, 村民小组, household size, amount at most), never the ID number
 * (个人信息保护法 Arts 6, 13(1)(3); see docs/rules/disclosure.md).
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

/** A relief recipients' list to publish: the programme, the period and the recipients. */
export const reliefListSchema = z.object({
  program: z.enum(reliefProgramCodes),
  period: periodSchema,
  recipients: z.array(reliefRecipientSchema).check(z.maxLength(10_000)),
});

/** A value parsed by {@link reliefRecipientSchema}. */
export type ReliefRecipient = z.output<typeof reliefRecipientSchema>;
/** A value parsed by {@link reliefListSchema}. */
export type ReliefList = z.output<typeof reliefListSchema>;
