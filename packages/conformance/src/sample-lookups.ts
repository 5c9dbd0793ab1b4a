import { getLeaderboard, listOwnPointsEntries, listRegions } from '@shanzhi/sdk';
import { pathFor, villagesOf } from './samples.js';
import type { CheckContext } from './types.js';

/**
 * Facts about the backend that several checks need and that only listing reveals: another village (for village
 * scoping), the villager token's own household and a household that is not theirs (for the household relation).
 * Each is looked up once per run (memoized per CheckContext) with public reads or the villager's own read.
 */

const memo = new WeakMap<CheckContext, Map<string, Promise<unknown>>>();

/** `make` run once per run and key. */
export function oncePerRun<T>(context: CheckContext, key: string, make: () => Promise<T>): Promise<T> {
  let cache = memo.get(context);
  if (cache === undefined) {
    cache = new Map();
    memo.set(context, cache);
  }
  let value = cache.get(key) as Promise<T> | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** A village the backend lists that is not the run's village, or undefined when it lists only one. */
export function otherVillage(context: CheckContext): Promise<string | undefined> {
  return oncePerRun(context, 'otherVillage', async () => {
    const response = await context.send({ method: 'GET', path: pathFor(listRegions, {}) });
    return villagesOf(response.json).find((id) => id !== context.village);
  });
}

/** The household the villager token belongs to (its own entries say), or undefined without a villager token. */
export function ownHousehold(context: CheckContext): Promise<string | undefined> {
  return oncePerRun(context, 'ownHousehold', async () => {
    if (!context.roles.includes('villager')) return undefined;
    const path = pathFor(listOwnPointsEntries, { villageId: context.village, limit: '1' });
    const response = await context.send({ method: 'GET', path, role: 'villager' });
    const id = (response.json as { householdId?: unknown } | undefined)?.householdId;
    return typeof id === 'string' ? id : undefined;
  });
}

/** Households of the run's village as the public board lists them (the first page), with their shown names. */
export function boardRows(context: CheckContext): Promise<readonly BoardRow[]> {
  return oncePerRun(context, 'boardRows', async () => {
    const path = pathFor(getLeaderboard, { villageId: context.village, limit: '50', period: 'all' });
    const response = await context.send({ method: 'GET', path });
    const items = (response.json as { items?: unknown } | undefined)?.items;
    return Array.isArray(items) ? (items as BoardRow[]).filter((row) => typeof row.householdId === 'string') : [];
  });
}

export interface BoardRow {
  readonly householdId: string;
  readonly householdNumber: string;
  readonly name: string;
  readonly nameMasked: boolean;
}

/** A household of the run's village that is not the villager token's own, for asking about a stranger's data. */
export async function strangerHousehold(context: CheckContext, preferred: string | undefined): Promise<string | undefined> {
  const own = await ownHousehold(context);
  if (preferred !== undefined && preferred !== own) return preferred;
  return (await boardRows(context)).find((row) => row.householdId !== own)?.householdId;
}
