import { checkTrail, type DecisionRecord, type DisclosureSettings, type Trail } from '@shanzhi/rules';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { villageDoc, villageDocs } from '../db/village-row.js';
import { findDecision, insertDecisions, loadDecisions, type StoredDecision } from '../disclosure/store.js';

/*
 * The desk's decisions (table decision_records, migration 0011) and their mirror in the 0002 `decisions` table, which
 * the public board (getDisclosure's trail) and the Art 30 schedule read. A decision reaches `decisions` once its
 * resolution is valid, because only then has it a day decided (`decidedOn`) from which Art 30's 随时 is counted.
 */

type Db = Kysely<Database> | Transaction<Database>;

/** A decision as the desk keeps it. */
export interface StoredDecisionRecord extends DecisionRecord {
  readonly villageId: string;
  readonly trail: Trail;
  /** Found only in `decisions` (seed, imports): not yet recorded on the desk. */
  readonly legacy?: boolean | undefined;
}

/** A decision recorded before the desk: its trail as stored, opened on its first step's day. */
function fromLegacy(decision: StoredDecision): StoredDecisionRecord {
  const trail: Trail = decision.trail ?? { steps: [] };
  const first = [...trail.steps].map((step) => step.date).sort()[0];
  return {
    id: decision.id,
    title: decision.title,
    ...(trail.matter === undefined ? {} : { matter: trail.matter }),
    ...(decision.category === undefined ? {} : { category: decision.category }),
    openedOn: first ?? decision.decidedOn,
    openedBy: '',
    decidedOn: decision.decidedOn,
    villageId: decision.villageId,
    trail,
    legacy: true,
  };
}

/** Every decision of the village: the desk's, and those only in `decisions`. */
export async function loadDecisionRecords(db: Db, villageId: string): Promise<StoredDecisionRecord[]> {
  const records = await villageDocs<StoredDecisionRecord>(db, 'decision_records', villageId);
  const known = new Set(records.map((record) => record.id));
  const legacy = (await loadDecisions(db, villageId)).filter((decision) => !known.has(decision.id)).map(fromLegacy);
  return [...records, ...legacy];
}

/** One decision of this village, or undefined: another village's id is answered like an unknown one. */
export async function findDecisionRecord(db: Db, villageId: string, id: string): Promise<StoredDecisionRecord | undefined> {
  const record = await villageDoc<StoredDecisionRecord>(db, 'decision_records', villageId, id);
  if (record) return record;
  const decision = await findDecision(db, villageId, id);
  return decision ? fromLegacy(decision) : undefined;
}

/** What of an attempt at a step stays on the desk: the minutes, the uploaded files and the supervisor's working notes. */
function withoutDeskNotes<A extends { minutes?: string; attachmentIds?: readonly string[]; observations?: readonly { note?: string }[] }>(
  attempt: A,
): A {
  const kept = { ...attempt };
  delete kept.minutes;
  delete kept.attachmentIds;
  if (attempt.observations !== undefined) {
    kept.observations = attempt.observations.map((observation) => {
      const shown = { ...observation };
      delete shown.note;
      return shown;
    });
  }
  return kept;
}

/**
 * The record as the public board reads it (0002 `decisions`): the Decision fields and the trail — dates, meetings and
 * their counts, how the villagers were heard, the supervisor's observations and reconvened attempts — without the
 * desk's minutes, files (private: a sign-in sheet carries villagers' names, 个人信息保护法 Art 6) and working notes.
 * What the public reads of the decision itself is the 公开 item its disclosure steps post.
 */
function boardDecision(record: StoredDecisionRecord, decidedOn: string): StoredDecision {
  const trail: Trail = {
    ...record.trail,
    steps: record.trail.steps.map((step) => ({
      ...withoutDeskNotes(step),
      ...(step.earlierAttempts === undefined ? {} : { earlierAttempts: step.earlierAttempts.map(withoutDeskNotes) }),
    })),
  };
  return {
    id: record.id,
    title: record.title,
    decidedOn,
    ...(record.category === undefined ? {} : { category: record.category }),
    villageId: record.villageId,
    trail,
  };
}

/**
 * Stores the record (insert or replace) and, once it has a day decided, its board copy. `before` is the record as it
 * was (undefined for a new one; a legacy one is inserted on its first write).
 */
export async function saveDecisionRecord(
  trx: Transaction<Database>,
  before: StoredDecisionRecord | undefined,
  after: StoredDecisionRecord,
  settings: DisclosureSettings,
): Promise<void> {
  // Stored on the desk from now on: `legacy` (undefined) is left out of the JSON.
  const record: StoredDecisionRecord = { ...after, legacy: undefined };
  const row = {
    id: record.id,
    village_id: record.villageId,
    state: checkTrail(record.trail, { settings }).status,
    opened_on: record.openedOn,
    doc: JSON.stringify(record),
  };
  if (before === undefined || before.legacy === true) await trx.insertInto('decision_records').values(row).execute();
  else
    await trx
      .updateTable('decision_records')
      .set({ state: row.state, doc: row.doc })
      .where('id', '=', record.id)
      .where('village_id', '=', record.villageId)
      .execute();

  if (record.decidedOn === undefined) return;
  const board = boardDecision(record, record.decidedOn);
  if (await findDecision(trx, record.villageId, record.id))
    await trx
      .updateTable('decisions')
      .set({ doc: JSON.stringify(board) })
      .where('id', '=', record.id)
      .where('village_id', '=', record.villageId)
      .execute();
  else await insertDecisions(trx, [board]);
}
