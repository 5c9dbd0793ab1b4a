import type * as z from 'zod/mini';
import { labelledCodes } from '../shared/labelled-codes.js';
import { codeLabelSchema } from './text-schema.js';

/**
 * A life event (人生事 / 主题服务): how a villager looks for a service ("I had a baby"), rather
 * than by the department that happens to own it.
 */
export const lifeEventSchema = codeLabelSchema;
/** A value parsed by {@link lifeEventSchema}. */
export type LifeEvent = z.output<typeof lifeEventSchema>;

/** The life events services are grouped by (生育, 上学, 就业, …): data a deployment may replace. */
export const defaultLifeEvents: readonly LifeEvent[] = labelledCodes([
  ['birth', '生育', 'Having a baby'],
  ['schooling', '上学', 'Going to school'],
  ['employment', '就业', 'Work'],
  ['oldAge', '养老', 'Old age and pensions'],
  ['disability', '残疾', 'Disability'],
  ['relief', '救助', 'Hardship and relief'],
  ['medical', '就医', 'Medical care'],
  ['building', '建房', 'Building a home'],
  ['farmSubsidy', '农业补贴', 'Farm subsidies'],
  ['marriage', '婚姻', 'Marriage'],
  ['residence', '户籍', 'Household registration'],
  ['military', '兵役与退役', 'Military service and veterans'],
  ['disaster', '灾害', 'Disasters'],
  ['death', '身后事', 'After a death'],
]);
