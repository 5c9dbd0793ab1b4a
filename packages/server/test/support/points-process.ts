import assert from 'node:assert/strict';
import { addDays, type CalendarDate, type Role } from '@shanzhi/rules';
import { createClient, declarePointsEntry, transitionPointsEntry, type Client, type RouteOutput } from '@shanzhi/sdk';
import type { Kysely } from 'kysely';
import { issueToken } from '../../src/auth/principal.js';
import type { Database } from '../../src/db/index.js';
import { demoToday, testCallTimeoutMs, type TestServer } from '../harness.js';
import { deferredClient } from './deferred-client.js';
import { otherVillage, village } from './demo-county.js';
import { readThrough, startedForFile } from './lifecycle.js';
import { startFileServer } from './scratch.js';
import { mergeVillageSettings } from './village-settings.js';

/*
 * The points process tests' server: the demo county over a SQLite file (a second connection reads what was stored
 * and issues extra tokens) on a clock the test moves.
 */

export type Entry = RouteOutput<typeof declarePointsEntry>;

export { otherVillage, village };

/** A clock the test sets; with `tick`, every reading moves it on (to make requests straddle midnight). */
export class Clock {
  private at: number;
  private tick = 0;

  constructor(day: CalendarDate = demoToday) {
    this.at = Date.parse(`${day}T04:00:00Z`);
  }

  /** Noon in Shanghai (04:00Z) of `day`. */
  setDay(day: CalendarDate): void {
    this.at = Date.parse(`${day}T04:00:00Z`);
    this.tick = 0;
  }

  /** `ms` before the Shanghai midnight that starts `day`, moving on by `tick` ms at every reading. */
  beforeMidnightOf(day: CalendarDate, ms: number, tick: number): void {
    this.at = Date.parse(`${addDays(day, -1)}T16:00:00Z`) - ms;
    this.tick = tick;
  }

  now = (): Date => {
    const reading = new Date(this.at);
    this.at += this.tick;
    return reading;
  };
}

export interface ProcessServer {
  readonly server: TestServer;
  readonly db: Kysely<Database>;
  readonly clock: Clock;
  client(token?: string): Client;
  /** A new villager token bound to `householdId` (of `villageId`). */
  villager(householdId: string, villageId?: string): Promise<Client>;
  /** A new staff token (its own principal id, so its family ties are its own). */
  staff(role: Role, id: string, villageId?: string): Promise<Client>;
  close(): Promise<void>;
}

let serial = 0;

export async function startProcessServer(prefix: string): Promise<ProcessServer> {
  const clock = new Clock();
  const { server, db, close } = await startFileServer(prefix, { households: 600, now: clock.now });
  const client = (token?: string) =>
    createClient({ baseUrl: server.url, retry: { limit: 0 }, timeout: testCallTimeoutMs, ...(token ? { token } : {}) });
  const issue = async (principal: Parameters<typeof issueToken>[2]) => {
    serial += 1;
    const token = `test-${prefix}-${String(serial)}`;
    await issueToken(db, token, principal, 'points process test');
    return client(token);
  };
  return {
    server,
    db,
    clock,
    client,
    villager: (householdId, villageId = village) => issue({ id: householdId, role: 'villager', villageId, householdId }),
    staff: (role, id, villageId = village) => issue({ id, role, villageId }),
    close,
  };
}

/** Households of the village, in id order. */
export async function householdsOf(db: Kysely<Database>, villageId = village): Promise<string[]> {
  const rows = await db.selectFrom('households').select('id').where('village_id', '=', villageId).orderBy('id').execute();
  return rows.map((row) => row.id);
}

/** The households by index; an index the seed does not reach fails the test. */
function pickerOf(households: readonly string[]): (index: number) => string {
  return (index) => {
    const found = households[index];
    assert.ok(found, `household #${String(index)}`);
    return found;
  };
}

/** The village's households by index (id order); an index the seed does not reach fails the test. */
export async function householdPicker(db: Kysely<Database>, villageId = village): Promise<(index: number) => string> {
  return pickerOf(await householdsOf(db, villageId));
}

export interface ProcessFixture<R extends Role> extends Omit<ProcessServer, 'close'> {
  /** The village's households, in id order. */
  readonly households: readonly string[];
  /** The village's household at `index` (id order); an index the seed does not reach fails the test. */
  readonly householdAt: (index: number) => string;
  /** A staff client per role asked for, each with its own principal id (so its family ties are its own). */
  readonly staffOf: Readonly<Record<R, Client>>;
  /** A client without a token. */
  readonly publicClient: Client;
}

/**
 * `startProcessServer` for a whole test file: started in `before` (with a staff token per `staffIds` entry, role to
 * principal id; `{}` for none), closed in `after`. The fixture is there when the file loads; the server once the tests run.
 */
export function useProcessServer<R extends Role = never>(
  prefix: string,
  staffIds: Readonly<Partial<Record<R, string>>>,
): ProcessFixture<R> {
  const current = startedForFile(`The ${prefix} process server`, async () => {
    const env = await startProcessServer(prefix);
    const staff = new Map<string, Client>();
    for (const [role, id] of Object.entries(staffIds) as [R, string][]) staff.set(role, await env.staff(role, id));
    return { ...env, env, households: await householdsOf(env.db), staff };
  });
  const staffOf = Object.fromEntries(
    Object.keys(staffIds).map(
      (role) => [role, deferredClient(() => current().staff.get(role) ?? assert.fail(`no ${role} token`))] as const,
    ),
  ) as Record<R, Client>;
  return readThrough(current, ['server', 'db', 'clock', 'households'], {
    householdAt: (index: number) => pickerOf(current().households)(index),
    client: (token?: string) => current().env.client(token),
    villager: (householdId: string, villageId?: string) => current().env.villager(householdId, villageId),
    staff: (role: Role, id: string, villageId?: string) => current().env.staff(role, id, villageId),
    staffOf,
    publicClient: deferredClient(() => current().env.client()),
  });
}

/** An entry declared by the cadre and taken through both reviews onto the notice board today. */
export async function publicized(cadre: Client, householdId: string, ruleCode = 'volunteer.activity', note?: string): Promise<Entry> {
  const { data } = await cadre.request(declarePointsEntry, {
    params: { villageId: village },
    body: { householdId, ruleCode, occurredOn: '2026-11-01', ...(note === undefined ? {} : { note }) },
  });
  let entry: Entry = data;
  for (const action of ['submit', 'passFirstReview', 'publicize'] as const) {
    entry = (await cadre.request(transitionPointsEntry, { params: { villageId: village, entryId: entry.id }, body: { action } })).data;
  }
  return entry;
}

/** The entry as stored (what every reader computes from). */
export async function storedEntry(db: Kysely<Database>, entryId: string): Promise<Entry> {
  const row = await db.selectFrom('points_entries').select('doc').where('id', '=', entryId).executeTakeFirstOrThrow();
  return JSON.parse(row.doc) as Entry;
}

/** Sets one of the village's points settings (as a village changing its scheme would). */
export async function changeSetting(db: Kysely<Database>, change: Record<string, unknown>, villageId = village): Promise<void> {
  await mergeVillageSettings(db, 'points_schemes', villageId, change);
}
