import * as z from 'zod/mini';
import { calendarDateSchema } from '../calendar/date-schema.js';
import { ruleCheck } from '../messages/rule-check.js';
import { issue } from '../shared/result.js';
import { categoryCodeSchema } from './categories-schema.js';
import { disclosureIdSchema } from './item-schema.js';
import { art24MatterCodes } from './matters.js';
import { stepRecordFields } from './trail-schema.js';
import { decisionSteps, observationKinds } from './trail-labels.js';

/** The steps a cadre records on the desk; the two 公开 steps are recorded by publishing their disclosure item. */
export const recordableSteps = ['hearing', 'proposal', 'consultation', 'review', 'resolution'] as const;
/** One of {@link recordableSteps}. */
export type RecordableStep = (typeof recordableSteps)[number];

/** The two 公开 steps: each posts a disclosure item that names the decision. */
export const disclosureSteps = ['resolutionDisclosure', 'resultDisclosure'] as const;
/** One of {@link disclosureSteps}. */
export type DisclosureStep = (typeof disclosureSteps)[number];

/** Opening a decision: an Art 24 matter (村民委员会组织法 Art 24), a free title, or both. */
export const openDecisionSchema = z
  .object({
    matter: z.optional(z.enum(art24MatterCodes)),
    title: z.optional(z.string().check(z.trim(), z.minLength(2), z.maxLength(200))),
    /** The villagers' meeting has delegated the matter to the representatives' meeting (Art 24, paragraph 2). */
    delegatedToRepresentatives: z.optional(z.boolean()),
    /** The category its disclosures go under; 'resolutions' when absent. */
    category: z.optional(categoryCodeSchema),
  })
  .check(
    ruleCheck((value: { matter?: string | undefined; title?: string | undefined }) =>
      value.matter === undefined && value.title === undefined ? issue('decision.matter.required', {}, ['title']) : null,
    ),
  );

/** One step as the cadre records it: the date, and for each kind of step what it needs. */
export const stepDraftSchema = z.object({ step: z.enum(recordableSteps), ...stepRecordFields });

/** A reconvened meeting: the new attempt and why the first one did not stand. */
export const reconveneSchema = z.object({
  ...stepDraftSchema.shape,
  reason: z.string().check(z.trim(), z.minLength(2), z.maxLength(500)),
});

/** 一监督: the supervisor's note on a step. */
export const observationBodySchema = z.object({
  step: z.enum(decisionSteps),
  kind: z.enum(observationKinds),
  note: z.optional(z.string().check(z.trim(), z.maxLength(1000))),
});

/** A decision as stored and as staff read it. */
export const decisionRecordSchema = z.object({
  id: disclosureIdSchema,
  title: z.string(),
  matter: z.optional(z.enum(art24MatterCodes)),
  category: z.optional(categoryCodeSchema),
  openedOn: calendarDateSchema,
  openedBy: z.string(),
  /** The day the resolution was made (the valid 决议 step), once it is. */
  decidedOn: z.optional(calendarDateSchema),
});

/** A value parsed by {@link openDecisionSchema}. */
export type OpenDecision = z.output<typeof openDecisionSchema>;
/** A value parsed by {@link stepDraftSchema}. */
export type StepDraftInput = z.output<typeof stepDraftSchema>;
/** A value parsed by {@link reconveneSchema}. */
export type ReconveneInput = z.output<typeof reconveneSchema>;
/** A value parsed by {@link observationBodySchema}. */
export type ObservationInput = z.output<typeof observationBodySchema>;
/** A value parsed by {@link decisionRecordSchema}. */
export type DecisionRecord = z.output<typeof decisionRecordSchema>;
