import { randomUUID } from 'node:crypto';
import type { RuleIssue } from '@shanzhi/rules';
import type { Kysely, Transaction } from 'kysely';
import type { DisclosureDraftTable } from '../db/disclosure-drafts-schema.js';
import { rowWriter } from '../db/insert-rows.js';
import type { Database } from '../db/schema.js';
import { villageRow } from '../db/village-row.js';
import type { PublishBody } from './publish.js';

/* Row ↔ document mapping for disclosure drafts: the `publishDisclosure` body in `doc`, the rest in columns. */

type Db = Kysely<Database> | Transaction<Database>;

/** A draft as stored: what publishing will send, its revision, and what the rules found at the last save. */
export interface StoredDraft {
  readonly id: string;
  readonly villageId: string;
  readonly revision: number;
  readonly body: PublishBody;
  readonly findings: readonly RuleIssue[];
  readonly createdBy: string;
  readonly updatedBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** How many unpublished drafts a village may keep: more is a forgotten pile, not work in progress. */
export const maxDraftsPerVillage = 200;

/** `dd-…`: random, so a draft's id says nothing about how many drafts a village has or had. */
export function newDraftId(): string {
  return `dd-${randomUUID()}`;
}

function fromRow(row: DisclosureDraftTable): StoredDraft {
  return {
    id: row.id,
    villageId: row.village_id,
    revision: row.revision,
    body: JSON.parse(row.doc) as PublishBody,
    findings: JSON.parse(row.findings) as RuleIssue[],
    createdBy: row.created_by,
    updatedBy: row.updated_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(draft: StoredDraft): DisclosureDraftTable {
  return {
    id: draft.id,
    village_id: draft.villageId,
    revision: draft.revision,
    corrects_id: draft.body.correctsId ?? null,
    title: draft.body.version.title,
    doc: JSON.stringify(draft.body),
    findings: JSON.stringify(draft.findings),
    created_by: draft.createdBy,
    updated_by: draft.updatedBy,
    created_at: draft.createdAt,
    updated_at: draft.updatedAt,
  };
}

/** The village's drafts, the most recently saved first. */
export async function loadDrafts(db: Db, villageId: string): Promise<StoredDraft[]> {
  const rows = await db
    .selectFrom('disclosure_drafts')
    .selectAll()
    .where('village_id', '=', villageId)
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(fromRow);
}

export async function countDrafts(db: Db, villageId: string): Promise<number> {
  const row = await db
    .selectFrom('disclosure_drafts')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('village_id', '=', villageId)
    .executeTakeFirst();
  // PostgreSQL answers COUNT(*) as a bigint string, SQLite as a number.
  return Number(row?.n ?? 0);
}

/** The draft of this village, or undefined: another village's draft id is answered like an unknown one. */
export async function findDraft(db: Db, villageId: string, id: string): Promise<StoredDraft | undefined> {
  const row = await villageRow(db, 'disclosure_drafts', villageId, id);
  return row ? fromRow(row) : undefined;
}

/** Drafts in bulk (the demo county's); `insertDraft` one. */
export const insertDrafts = rowWriter('disclosure_drafts', toRow);

export async function insertDraft(trx: Transaction<Database>, draft: StoredDraft): Promise<void> {
  await insertDrafts(trx, [draft]);
}

/** Stores the new revision only if the row is still at the one before (a concurrent save makes this a no-op: false). */
export async function replaceDraft(trx: Transaction<Database>, draft: StoredDraft): Promise<boolean> {
  const { id, village_id, ...changed } = toRow(draft);
  const result = await trx
    .updateTable('disclosure_drafts')
    .set(changed)
    .where('id', '=', id)
    .where('village_id', '=', village_id)
    .where('revision', '=', draft.revision - 1)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function deleteDraft(trx: Transaction<Database>, draft: StoredDraft): Promise<void> {
  await trx.deleteFrom('disclosure_drafts').where('id', '=', draft.id).where('village_id', '=', draft.villageId).execute();
}
