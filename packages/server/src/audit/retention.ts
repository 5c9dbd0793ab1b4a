import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { lockForWriting } from './log.js';

export interface RetentionSettings {
  /** Days the access log (reads of personal data, refusals) is kept. */
  readonly accessLogDays: number;
  /** Days the hash-chained audit log of writes is kept. */
  readonly auditLogDays: number;
}

/**
 * The least either log may be kept: 网络安全法 Art 21(3) requires network logs be kept no less than six months;
 * the configuration refuses less.
 */
export const minimumRetentionDays = 180;

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Deletes log rows older than their retention; returns how many. The audit chain stays verifiable: the newest
 * removed entry's seq and hash become the anchor the verifier starts from (written first, in the same
 * transaction, and the append-only guard lets a DELETE through only at or below the anchor).
 */
export async function applyRetention(
  db: Kysely<Database>,
  settings: RetentionSettings,
  now: Date = new Date(),
): Promise<{ accessLog: number; auditLog: number }> {
  const accessCutoff = new Date(now.getTime() - Math.max(settings.accessLogDays, minimumRetentionDays) * dayMs).toISOString();
  const accessResult = await db.deleteFrom('access_log').where('at', '<', accessCutoff).executeTakeFirst();

  const auditCutoff = new Date(now.getTime() - Math.max(settings.auditLogDays, minimumRetentionDays) * dayMs).toISOString();
  const auditLog = await db.transaction().execute(async (trx) => {
    await lockForWriting(trx);
    // Entries are appended in time order, so the expired ones are a prefix of the chain.
    const last = await trx
      .selectFrom('audit_log')
      .select(['seq', 'hash'])
      .where('at', '<', auditCutoff)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (last === undefined) return 0;
    await trx.insertInto('audit_anchor').values({ seq: last.seq, hash: last.hash, at: now.toISOString() }).execute();
    const removed = await trx.deleteFrom('audit_log').where('seq', '<=', last.seq).executeTakeFirst();
    return Number(removed.numDeletedRows);
  });
  return { accessLog: Number(accessResult.numDeletedRows), auditLog };
}
