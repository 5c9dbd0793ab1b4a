import type { AttachmentPurpose } from '@shanzhi/sdk';
import type { Kysely, Transaction } from 'kysely';
import { auditChange, lockForWriting, type AuditActor } from '../audit/log.js';
import type { Database } from '../db/schema.js';
import type { AttachmentTable } from './schema.js';
import type { Attachments } from './service.js';

/*
 * Files nobody attached. An upload is stored before its form is sent (so the form can name it), and a form that is
 * never sent — a closed tab, an applicant who changed their mind, a removed photo — leaves a file no record names.
 * Kept, such files would be personal data held for no purpose (个人信息保护法 Art 19: no longer than the purpose
 * needs), so a daily sweep (start.ts) deletes those older than a grace period: their rows and, when no other row
 * shares them, their bytes.
 */

/** Default grace period: a form filled in over an afternoon (or sent the next morning) still finds its files. */
export const defaultUnreferencedGraceHours = 24;

/** The sweep is the server's own act: the audit names the system, not a person. */
const system: AuditActor = { id: 'system', role: 'system' };

type Db = Kysely<Database> | Transaction<Database>;

/** Where records keep the attachment ids they name: a text column holding the id, or a JSON document holding it. */
type ReferenceSource =
  | { readonly table: 'supermarket_goods' | 'disclosure_postings'; readonly column: 'photo_id' }
  | {
      readonly table: 'points_entries' | 'mediation_cases' | 'service_requests' | 'decision_records' | 'grid_reports';
      readonly doc: 'doc';
    };

/**
 * How each purpose's files are referenced. A purpose that is not listed is never swept: its forms do not name their
 * files anywhere the sweep can see yet (a disclosure's attachments), so deleting them could lose a published file.
 * A form that starts naming files adds its table here (docs/attachments.md, "Clean-up of unreferenced files").
 */
const referencesOf: Partial<Readonly<Record<AttachmentPurpose, readonly ReferenceSource[]>>> = {
  // A declaration's `attachmentIds` and its objections' `attachmentIds` travel in the entry's document.
  'points-evidence': [{ table: 'points_entries', doc: 'doc' }],
  'objection-evidence': [{ table: 'points_entries', doc: 'doc' }],
  // `intake.attachments[i].attachmentId` in the case's document (mediation/attachments.ts).
  'mediation-intake': [{ table: 'mediation_cases', doc: 'doc' }],
  'goods-photo': [{ table: 'supermarket_goods', column: 'photo_id' }],
  // A photo of the notice board with a posted item (postings/store.ts).
  'disclosure-posting': [{ table: 'disclosure_postings', column: 'photo_id' }],
  // A step's or a note's `attachmentIds` in the request's document (requests/store.ts).
  'service-request': [{ table: 'service_requests', doc: 'doc' }],
  // A step's (or an earlier attempt's) `attachmentIds` in the decision's record (decisions/store.ts).
  'decision-record': [{ table: 'decision_records', doc: 'doc' }],
  // A report's or a step's `attachmentIds` in the grid report's document (grid/store.ts).
  'grid-report': [{ table: 'grid_reports', doc: 'doc' }],
};

/** Every string anywhere in a JSON value: an id counts as named wherever a document holds it (the safe side). */
function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) collectStrings(item, into);
}

/** Which of `candidates` a source names. A document is read only when its text holds one of them. */
async function namedBy(db: Db, source: ReferenceSource, candidates: ReadonlySet<string>): Promise<Set<string>> {
  const named = new Set<string>();
  if ('column' in source) {
    const rows = await db.selectFrom(source.table).select(source.column).where(source.column, 'is not', null).execute();
    for (const row of rows) if (row.photo_id !== null && candidates.has(row.photo_id)) named.add(row.photo_id);
    return named;
  }
  // Only documents that name attachments at all (`attachmentId`, `attachmentIds`) are parsed.
  const rows = await db.selectFrom(source.table).select('doc').where('doc', 'like', '%attachmentId%').execute();
  for (const row of rows) {
    if (![...candidates].some((id) => row.doc.includes(id))) continue;
    const strings = new Set<string>();
    collectStrings(JSON.parse(row.doc), strings);
    for (const id of candidates) if (strings.has(id)) named.add(id);
  }
  return named;
}

/** Ids per query: well below SQLite's and PostgreSQL's bound-parameter limits. */
const chunkSize = 500;

function chunks<T>(items: readonly T[]): T[][] {
  return Array.from({ length: Math.ceil(items.length / chunkSize) }, (_, index) => items.slice(index * chunkSize, (index + 1) * chunkSize));
}

export interface CleanupResult {
  /** Attachment rows deleted. */
  readonly files: number;
  /** Stored objects deleted (fewer than `files` when deleted rows shared bytes, or other rows still use them). */
  readonly objects: number;
}

/**
 * Deletes the attachments that are older than the grace period and that no record names, each audited as
 * `attachment.delete-unreferenced` by `system`, in one transaction; then the bytes no remaining row uses. The bytes
 * go after the commit: a transaction that fails leaves every row with its bytes, and a failed deletion of bytes leaves
 * only bytes no row points at (harmless; never served).
 */
export async function sweepUnreferencedAttachments(db: Kysely<Database>, attachments: Attachments, now: Date): Promise<CleanupResult> {
  const graceHours = attachments.settings.unreferencedGraceHours ?? defaultUnreferencedGraceHours;
  const cutoff = new Date(now.getTime() - graceHours * 60 * 60 * 1000).toISOString();
  const purposes = Object.keys(referencesOf) as AttachmentPurpose[];
  const { deleted, orphans } = await db.transaction().execute(async (trx) => {
    // No form links a file while the sweep decides (on SQLite the single writer does the same).
    await lockForWriting(trx);
    const candidates: AttachmentTable[] = await trx
      .selectFrom('attachments')
      .selectAll()
      .where('created_at', '<', cutoff)
      .where('purpose', 'in', purposes)
      .execute();
    if (candidates.length === 0) return { deleted: [], orphans: [] };
    const ids = new Set(candidates.map((row) => row.id));
    const named = new Set<string>();
    const sources = new Set(candidates.flatMap((row) => referencesOf[row.purpose as AttachmentPurpose] ?? []));
    for (const source of sources) for (const id of await namedBy(trx, source, ids)) named.add(id);
    const doomed = candidates.filter((row) => !named.has(row.id));
    for (const batch of chunks(doomed)) {
      await trx
        .deleteFrom('attachments')
        .where(
          'id',
          'in',
          batch.map((row) => row.id),
        )
        .execute();
    }
    for (const row of doomed) await auditChange(trx, system, now, 'attachment.delete-unreferenced', `attachment:${row.id}`, row, null);
    const hashes = [...new Set(doomed.map((row) => row.sha256))];
    const stillUsed = new Set<string>();
    for (const batch of chunks(hashes)) {
      const rows = await trx.selectFrom('attachments').select('sha256').where('sha256', 'in', batch).execute();
      for (const row of rows) stillUsed.add(row.sha256);
    }
    const orphanRows = hashes.flatMap((sha256) => {
      const row = doomed.find((one) => one.sha256 === sha256);
      return row && !stillUsed.has(sha256) ? [row] : [];
    });
    return { deleted: doomed, orphans: orphanRows };
  });
  let objects = 0;
  for (const row of orphans) if (await deleteBytes(db, attachments, row)) objects += 1;
  return { files: deleted.length, objects };
}

/**
 * Deletes one object, then looks again: an upload of the very same bytes may have stored its row meanwhile (another
 * process on PostgreSQL; its `put` found the object still there and wrote nothing), and then gets the bytes back.
 */
async function deleteBytes(db: Kysely<Database>, attachments: Attachments, row: AttachmentTable): Promise<boolean> {
  const { store } = attachments;
  const bytes = await store.get(row.sha256);
  await store.delete(row.sha256);
  const reused = await db.selectFrom('attachments').select('id').where('sha256', '=', row.sha256).executeTakeFirst();
  if (reused === undefined) return true;
  if (bytes !== undefined) await store.put(row.sha256, bytes, row.media_type);
  return false;
}
