import type { Role } from '@shanzhi/rules';

/*
 * What the tests know of the seeded demo county: its staff tokens belong to `village`; `otherVillage` is a
 * neighbour they have no rights in.
 */

export const village = 'v-qs-01';
export const otherVillage = 'v-qs-02';
/** The path params of a route under `village`. */
export const villageParams = { villageId: village } as const;

/** Demo tokens by role (the start-up issues one per role); `public` calls without a token. */
export const demoRoles = [
  'gridWorker',
  'cadre',
  'supervisor',
  'mediator',
  'admin',
  'villager',
  'storekeeper',
] as const satisfies readonly Role[];
export type DemoRole = (typeof demoRoles)[number];
export const tokenOf = (role: DemoRole): string => `demo-${role}`;
