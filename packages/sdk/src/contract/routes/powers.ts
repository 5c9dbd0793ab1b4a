import { powerSchema } from '@shanzhi/rules';
import * as z from 'zod/mini';
import { defineRoute } from '../route.js';
import { publicRead, signedInChange } from './answers.js';
import { cadres } from './callers.js';
import { idSchema, villageParams, villageResourceParams } from './common.js';
import { resourceParts } from './resource.js';

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
const villagePowers = resourceParts('powers', villageParams, powerListResponseSchema);

export const listVillagePowers = defineRoute({
  id: 'listVillagePowers',
  method: 'GET',
  path: '/v1/villages/{villageId}/powers',
  summary: "A village's list of small and micro powers (小微权力清单): basis, post, steps, time limits, supervision",
  ...publicRead,
  ...villagePowers,
});

/** One power of the list: a change answers with the whole list, in its order. */
const power = resourceParts('powers', villageResourceParams('powerCode'), powerListResponseSchema);

export const getVillagePower = defineRoute({
  id: 'getVillagePower',
  method: 'GET',
  path: '/v1/villages/{villageId}/powers/{powerCode}',
  summary: 'One power of the village with its steps, as a flowchart shows them',
  ...publicRead,
  ...power,
  response: listedPowerSchema,
});

export const setVillagePowerBodySchema = z.object({
  /** The village's version of the power (its code is the one in the path), or null: the village does not exercise this county power. */
  power: z.nullable(powerSchema),
  /** Why the village changes its list (recorded in the audit log). */
  reason: z.string().check(z.trim(), z.minLength(2), z.maxLength(500)),
});

export const setVillagePower = defineRoute({
  id: 'setVillagePower',
  method: 'PUT',
  path: '/v1/villages/{villageId}/powers/{powerCode}',
  summary: "Adopt, reword or leave out one power of the village's list (a cadre of the village)",
  ...signedInChange(200, cadres),
  ...power,
  body: setVillagePowerBodySchema,
  publishes: true,
});
