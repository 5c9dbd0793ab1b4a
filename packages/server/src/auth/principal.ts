import { createHash } from 'node:crypto';
import type { Role } from '@shanzhi/rules';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** Who is calling. A villager token may be bound to a household (reads its own ledger); staff to a village. */
export interface Principal {
  readonly id: string;
  readonly role: Role;
  readonly villageId?: string | undefined;
  readonly householdId?: string | undefined;
}

export const anonymous: Principal = { id: 'anonymous', role: 'public' };

/** Tokens are stored only as SHA-256 hashes, so a copy of the database does not hand out sessions. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export async function principalFromToken(db: Kysely<Database>, token: string): Promise<Principal | undefined> {
  const row = await db.selectFrom('api_tokens').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst();
  if (!row) return undefined;
  return { id: row.subject_id, role: row.role as Role, villageId: row.village_id ?? undefined, householdId: row.household_id ?? undefined };
}

export async function issueToken(db: Kysely<Database>, token: string, principal: Principal, label: string): Promise<void> {
  await db
    .insertInto('api_tokens')
    .values({
      token_hash: hashToken(token),
      subject_id: principal.id,
      role: principal.role,
      village_id: principal.villageId ?? null,
      household_id: principal.householdId ?? null,
      label,
    })
    .onConflict((oc) => oc.column('token_hash').doNothing())
    .execute();
}
