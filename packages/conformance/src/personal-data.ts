import {
  activeConsentPurposes,
  findRawPersonalData,
  hasRawPersonalData,
  maskName,
  type ConsentPurpose,
  type ConsentRecord,
} from '@shanzhi/rules';
import { findHouseholds, listHouseholdConsents, type RouteSpec } from '@shanzhi/sdk';
import { oncePerRun } from './sample-lookups.js';
import { callerFor, pathFor } from './samples.js';
import type { CheckContext, KitResponse } from './types.js';

/**
 * What the privacy suite knows about personal data (个人信息保护法): where raw numbers sit in an answer, what a masked
 * name looks like, and — with a staff token — a household's registered name and its consents, to hold a public row
 * against them. The predicates are @shanzhi/rules' own, so the kit and the reference server agree on what is raw.
 */

/** The character maskName puts for each hidden character (张小明 → 张*明). */
export const maskCharacter = maskName('张三').slice(-1);

/** A row of a public list that names a household. */
export interface NamedRow {
  readonly householdId: string;
  readonly householdNumber?: string;
  readonly name: string;
  readonly nameMasked: boolean;
}

/**
 * Where an answer holds a raw mainland mobile or resident ID number: JSON paths of the body (or "body" for a text
 * one) and header names. Standalone digit runs only (the rules' scanner), so ids and timestamps are not taken for one.
 */
export function rawPersonalDataIn(response: KitResponse): string[] {
  const places =
    response.json === undefined
      ? hasRawPersonalData(response.text)
        ? ['body']
        : []
      : findRawPersonalData(response.json).map((path) => `body.${path.join('.')}`);
  response.headers.forEach((value, name) => {
    if (hasRawPersonalData(value)) places.push(`header ${name}`);
  });
  return places;
}

/** Every object in a JSON answer that names a household with a `nameMasked` flag, at any depth. */
export function namedRows(json: unknown): NamedRow[] {
  if (Array.isArray(json)) return json.flatMap(namedRows);
  if (typeof json !== 'object' || json === null) return [];
  const row = json as Record<string, unknown>;
  const own =
    typeof row.name === 'string' && typeof row.nameMasked === 'boolean' && typeof row.householdId === 'string'
      ? [row as unknown as NamedRow]
      : [];
  return [...own, ...Object.values(row).flatMap(namedRows)];
}

/** The registered name of a household of the run's village, as the village's staff read it (findHouseholds), or undefined. */
export function registeredName(context: CheckContext, row: NamedRow): Promise<string | undefined> {
  return oncePerRun(context, `registeredName:${row.householdId}`, async () => {
    const route = findHouseholds as RouteSpec;
    const caller = callerFor(route, context.roles);
    if (caller?.role === undefined || row.householdNumber === undefined) return undefined;
    const path = pathFor(route, { villageId: context.village, q: row.householdNumber });
    const response = await context.send({ method: 'GET', path, role: caller.role });
    const items = (response.json as { items?: unknown } | undefined)?.items;
    const found = Array.isArray(items)
      ? (items as { householdId?: unknown; name?: unknown }[]).find((item) => item.householdId === row.householdId)
      : undefined;
    return typeof found?.name === 'string' ? found.name : undefined;
  });
}

/** Whether the staff may read registered names here (a token for findHouseholds). */
export function canReadRegisteredNames(context: CheckContext): boolean {
  return callerFor(findHouseholds, context.roles)?.role !== undefined;
}

/** The purposes a household has an active consent for (listHouseholdConsents, the cadre's read), or undefined without a cadre. */
export function consentedPurposes(context: CheckContext, householdId: string): Promise<readonly ConsentPurpose[] | undefined> {
  return oncePerRun(context, `consents:${householdId}`, async () => {
    const route = listHouseholdConsents as RouteSpec;
    if (!context.roles.includes('cadre')) return undefined;
    const response = await context.send({
      method: 'GET',
      path: pathFor(route, { villageId: context.village, householdId }),
      role: 'cadre',
    });
    const consents = (response.json as { consents?: unknown } | undefined)?.consents;
    return Array.isArray(consents) ? activeConsentPurposes(consents as ConsentRecord[]) : undefined;
  });
}
