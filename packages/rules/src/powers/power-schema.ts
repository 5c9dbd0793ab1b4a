import * as z from 'zod/mini';
import { calendarDateSchema } from '../calendar/index.js';
import { findingsCheck } from '../messages/rule-check.js';
import { legalBasisSchema, processStepSchema } from '../services/guide.js';
import { codeSchema, localizedTextSchema } from '../services/text-schema.js';
import { timeLimitSchema } from '../services/time-limit-schema.js';
import { powerIssues, powerListIssues } from './check.js';
import { powerCategoryCodes, powerPostCodes } from './labels.js';

/**
 * One step of a power's procedure (a guide's process step with more): who does it and within what time. `timeLimitBasis` names the rule the limit comes
 * from (社会救助暂行办法, a county's 实施细则); without it the limit is the village's own commitment (承诺时限).
 */
export const powerStepSchema = z.extend(processStepSchema, {
  code: codeSchema,
  responsible: z.enum(powerPostCodes),
  /** Required here: a step of a power without a time limit is what the 清单 exists to prevent. */
  timeLimit: timeLimitSchema,
  timeLimitBasis: z.optional(legalBasisSchema),
});
/** A value parsed by {@link powerStepSchema}. */
export type PowerStep = z.output<typeof powerStepSchema>;

/** 监督点: who watches which step, and what they check. */
export const supervisionPointSchema = z.strictObject({
  step: codeSchema,
  by: z.enum(powerPostCodes),
  what: localizedTextSchema,
});
/** A value parsed by {@link supervisionPointSchema}. */
export type SupervisionPoint = z.output<typeof supervisionPointSchema>;

const powerShape = z.strictObject({
  code: codeSchema,
  name: localizedTextSchema,
  category: z.enum(powerCategoryCodes),
  /** What the power is, in a sentence a villager reads first. */
  summary: z.optional(localizedTextSchema),
  /** 设定依据: the statutes and articles, as data (title + article). */
  legalBasis: z.array(legalBasisSchema).check(z.minLength(1), z.maxLength(10)),
  /** The post that answers for the power as a whole (责任主体). */
  responsible: z.enum(powerPostCodes),
  steps: z.array(powerStepSchema).check(z.minLength(1), z.maxLength(20)),
  supervision: z.array(supervisionPointSchema).check(z.maxLength(40)),
  updatedOn: z.optional(calendarDateSchema),
});
/** A value parsed by {@link powerShape}. */
export type Power = z.output<typeof powerShape>;

/** One 小微权力 as data: its basis, post, ordered steps with time limits and supervision points, checked across fields. */
export const powerSchema = powerShape.check(findingsCheck(powerIssues));

/** A list of powers: every power valid and every code used once. */
export const powerListSchema = z.array(powerSchema).check(z.maxLength(80), findingsCheck(powerListIssues));

/**
 * A village's changes to its county's list (the seed's village overrides): powers it replaces or adds, whole, and
 * the codes of county powers it does not exercise.
 */
export const powerOverrideSchema = z.strictObject({
  replace: z.optional(z.array(powerSchema).check(z.maxLength(80))),
  omit: z.optional(z.array(codeSchema).check(z.maxLength(80))),
});
/** A value parsed by {@link powerOverrideSchema}. */
export type PowerOverride = z.output<typeof powerOverrideSchema>;
