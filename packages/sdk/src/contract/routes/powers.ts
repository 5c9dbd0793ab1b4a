import { powerSchema } from '@shanzhi/rules';
import * as z from 'zod/mini';
import { publicRead, signedInChange } from './answers.js';
import { cadres } from './callers.js';
import { idSchema } from './common.js';
import { villageAt } from './resource.js';

/** A power as a village's list shows it: the county's template (`county`) or the village's own version (`village`). */
export const listedPowerSchema = z.looseObject({
  ...powerSchema.shape,
  source: z.enum(['county', 'village']),
  /** When the power was last written (ISO-8601 UTC). */
  updatedAt: z.string(),
});

/** A village's 小微权力清单 in its order. */
export const powerListResponseSchema = z.looseObject({
  villageId: idSchema,
  powers: z.array(listedPowerSchema),
});

/** A village's list. */
const villagePowers = villageAt('powers', '/powers', powerListResponseSchema);

export const listVillagePowers = villagePowers.get(publicRead, {
  id: 'listVillagePowers',
  summary: "A village's list of small and micro powers (小微权力清单): basis, post, steps, time limits, supervision",
});

/** One power of the list: a change answers with the whole list, in its order. */
const power = villageAt('powers', '/powers/{powerCode}', powerListResponseSchema);

export const getVillagePower = power.get(publicRead, {
  id: 'getVillagePower',
  summary: 'One power of the village with its steps, as a flowchart shows them',
  response: listedPowerSchema,
});

export const setVillagePowerBodySchema = z.object({
  /** The village's version of the power (its code is the one in the path), or null: the village does not exercise this county power. */
  power: z.nullable(powerSchema),
  /** Why the village changes its list (recorded in the audit log). */
  reason: z.string().check(z.trim(), z.minLength(2), z.maxLength(500)),
});

export const setVillagePower = power.put(signedInChange(200, cadres), {
  id: 'setVillagePower',
  summary: "Adopt, reword or leave out one power of the village's list (a cadre of the village)",
  body: setVillagePowerBodySchema,
  publishes: true,
});
