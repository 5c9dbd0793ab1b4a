import * as z from 'zod/mini';
import { defineRoute } from '../route.js';
import { dateSchema, idSchema, villageResourceParams } from './common.js';
import { pointsBalanceSchema } from './points.js';

/**
 * A household's balance, and nothing else of its ledger: what the 爱心超市 keeper needs to build a cart (the server
 * checks it again when the goods are handed over). The ledger itself (`getHouseholdPoints`: entries, notes, the
 * registered name) stays with the village's reviewers and the household (个人信息保护法 Art 6: no more than the
 * purpose needs).
 */
export const getHouseholdBalance = defineRoute({
  id: 'getHouseholdBalance',
  method: 'GET',
  path: '/v1/villages/{villageId}/households/{householdId}/points/balance',
  summary: "A household's points balance only (for the 爱心超市 keeper, the reviewers and the household)",
  tags: ['points'],
  params: villageResourceParams('householdId'),
  response: z.looseObject({
    householdId: idSchema,
    balance: pointsBalanceSchema,
    asOf: dateSchema,
  }),
  status: 200,
  access: { roles: ['storekeeper', 'gridWorker', 'cadre', 'supervisor'], relation: 'household' },
  idempotency: 'none',
});
