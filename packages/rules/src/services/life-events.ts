import type * as z from 'zod/mini';
import { lifeEvents } from '../data-dictionary.js';
import { codeLabelSchema } from './text-schema.js';

/**
 * A life event (人生事 / 主题服务): how a villager looks for a service ("I had a baby"), rather
 * than by the department that happens to own it.
 */
export const lifeEventSchema = codeLabelSchema;
/** A value parsed by {@link lifeEventSchema}. */
export type LifeEvent = z.output<typeof lifeEventSchema>;

/** The life events services are grouped by (生育, 上学, 就业, …; the data dictionary's `lifeEvents`): data a deployment may replace. */
export const defaultLifeEvents: readonly LifeEvent[] = lifeEvents;
