import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from '@shanzhi/rules';
import type { Kysely } from 'kysely';
import { auditChange } from '../audit/log.js';
import type { ServiceKeyTable } from '../db/auth-schema.js';
import type { Database } from '../db/schema.js';
import { isVillage } from '../store/county-register.js';
import type { Principal } from './principal.js';

/**
 * Service API keys for machine clients: `szk_<id>_<secret>`.
 *
 * - The prefix makes a leaked key recognisable (secret scanners, log reviews) and tells the authentication
 *   middleware which mechanism to try without guessing.
 * - The id (16 hex digits) is public: listings, revocation and the audit log name a key by it, never by its secret.
 * - The secret is 32 random bytes (256 bits). Only sha256 of the whole key is stored. A slow password hash
 *   (scrypt, argon2) protects *low*-entropy secrets from guessing after a database leak; a 256-bit random secret
 *   cannot be guessed whatever the hash costs, so a fast hash loses nothing and keeps every request cheap.
 */
export const serviceKeyPrefix = 'szk_';

const keyPattern = /^szk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

/** Roles a machine may act as. Never `public` (pointless) nor `villager` (a person bound to one household). */
export const serviceKeyRoles = ['gridWorker', 'cadre', 'supervisor', 'mediator', 'admin'] as const satisfies readonly Role[];
export type ServiceKeyRole = (typeof serviceKeyRoles)[number];

export function isServiceKeyRole(value: string): value is ServiceKeyRole {
  return (serviceKeyRoles as readonly string[]).includes(value);
}

/** Longest validity a key may be given: keys are rotated at least yearly. */
export const maxServiceKeyLifetimeMs = 366 * 86_400_000;

/** The id of a string shaped like a service key, else `undefined` (then it is some other kind of token). */
export function serviceKeyId(token: string): string | undefined {
  return keyPattern.exec(token)?.[1];
}

export function looksLikeServiceKey(token: string): boolean {
  return token.startsWith(serviceKeyPrefix);
}

function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export interface NewServiceKey {
  readonly role: ServiceKeyRole;
  /** Required for every role but `admin` (county-wide). */
  readonly villageId?: string | undefined;
  readonly label: string;
  readonly expiresAt: Date;
  /** Who created it, for the audit log (an operator's login name, `cli`). */
  readonly actor: string;
  readonly now?: Date;
}

/** A key's public facts: what a listing shows. Never the secret nor its hash. */
export interface ServiceKeyInfo {
  readonly id: string;
  readonly role: string;
  readonly villageId: string | null;
  readonly label: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
  readonly status: 'active' | 'expired' | 'revoked';
}

/** The row without its hash: what may be shown, listed and hashed into the audit log. */
function publicFacts(row: ServiceKeyTable): Omit<ServiceKeyTable, 'key_hash'> {
  return {
    id: row.id,
    role: row.role,
    village_id: row.village_id,
    label: row.label,
    created_at: row.created_at,
    expires_at: row.expires_at,
    revoked_at: row.revoked_at,
  };
}

function infoOf(row: Omit<ServiceKeyTable, 'key_hash'>, now: Date): ServiceKeyInfo {
  const status = row.revoked_at !== null ? 'revoked' : Date.parse(row.expires_at) <= now.getTime() ? 'expired' : 'active';
  return {
    id: row.id,
    role: row.role,
    villageId: row.village_id,
    label: row.label,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    status,
  };
}

export class ServiceKeyError extends Error {
  override readonly name = 'ServiceKeyError';
}

/**
 * Creates a key and records the creation in the audit log (same transaction). Returns the full key — the only
 * time it exists outside its holder: show it once and do not keep it.
 */
export async function createServiceKey(db: Kysely<Database>, input: NewServiceKey): Promise<{ key: string; info: ServiceKeyInfo }> {
  const now = input.now ?? new Date();
  if (!isServiceKeyRole(input.role)) throw new ServiceKeyError(`role must be one of ${serviceKeyRoles.join(', ')}`);
  if (input.role !== 'admin' && (input.villageId === undefined || input.villageId === ''))
    throw new ServiceKeyError(`a ${input.role} key needs a village (--village)`);
  const lifetime = input.expiresAt.getTime() - now.getTime();
  if (!(lifetime > 0)) throw new ServiceKeyError('the expiry must lie in the future');
  if (lifetime > maxServiceKeyLifetimeMs)
    throw new ServiceKeyError('a key may be valid for at most 366 days; create a new one to rotate it');
  const label = input.label.trim();
  if (label.length === 0 || label.length > 200) throw new ServiceKeyError('the label must have 1–200 characters');

  const id = randomBytes(8).toString('hex');
  const key = `${serviceKeyPrefix}${id}_${randomBytes(32).toString('base64url')}`;
  const row: ServiceKeyTable = {
    id,
    key_hash: hashKey(key),
    role: input.role,
    village_id: input.villageId ?? null,
    label,
    created_at: now.toISOString(),
    expires_at: input.expiresAt.toISOString(),
    revoked_at: null,
  };
  await db.transaction().execute(async (trx) => {
    if (row.village_id !== null) {
      // A typo in the village would make a key that can do nothing; refuse it when the regions are known.
      const known = await trx.selectFrom('regions').select('id').where('level', '=', 'village').limit(1).executeTakeFirst();
      if (known !== undefined && !(await isVillage(trx, row.village_id))) throw new ServiceKeyError(`unknown village ${row.village_id}`);
    }
    await trx.insertInto('service_keys').values(row).execute();
    await auditChange(
      trx,
      { id: input.actor, role: 'system' },
      now,
      'auth.service-key.create',
      `service-key:${id}`,
      null,
      publicFacts(row),
    );
  });
  return { key, info: infoOf(publicFacts(row), now) };
}

/** Every key, newest first, without secrets. */
export async function listServiceKeys(db: Kysely<Database>, now: Date = new Date()): Promise<ServiceKeyInfo[]> {
  const rows = await db
    .selectFrom('service_keys')
    .select(['id', 'role', 'village_id', 'label', 'created_at', 'expires_at', 'revoked_at'])
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((row) => infoOf(row, now));
}

/** Revokes a key (effective for the very next request: keys are looked up on every request). */
export async function revokeServiceKey(
  db: Kysely<Database>,
  id: string,
  actor: string,
  now: Date = new Date(),
): Promise<'revoked' | 'already-revoked' | 'unknown'> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('service_keys')
      .select(['id', 'role', 'village_id', 'label', 'created_at', 'expires_at', 'revoked_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (row === undefined) return 'unknown';
    if (row.revoked_at !== null) return 'already-revoked';
    const revokedAt = now.toISOString();
    await trx.updateTable('service_keys').set({ revoked_at: revokedAt }).where('id', '=', id).execute();
    await auditChange(trx, { id: actor, role: 'system' }, now, 'auth.service-key.revoke', `service-key:${id}`, row, {
      ...row,
      revoked_at: revokedAt,
    });
    return 'revoked';
  });
}

/**
 * The principal of a presented key, or `undefined` when it is malformed, unknown, revoked or expired. No cache:
 * one primary-key read per request, so a revocation or an expiry takes effect at once on every process.
 */
export async function principalFromServiceKey(db: Kysely<Database>, key: string, now: Date = new Date()): Promise<Principal | undefined> {
  const id = serviceKeyId(key);
  if (id === undefined) return undefined;
  const row = await db.selectFrom('service_keys').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) return undefined;
  const given = Buffer.from(hashKey(key), 'hex');
  const stored = Buffer.from(row.key_hash, 'hex');
  if (given.length !== stored.length || !timingSafeEqual(given, stored)) return undefined;
  if (row.revoked_at !== null || !(Date.parse(row.expires_at) > now.getTime())) return undefined;
  if (!isServiceKeyRole(row.role)) return undefined;
  return { id: `service-key:${row.id}`, role: row.role, villageId: row.village_id ?? undefined };
}
