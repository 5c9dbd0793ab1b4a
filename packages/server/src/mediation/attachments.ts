import type { MediationIntake } from '@shanzhi/rules';
import type { Transaction } from 'kysely';
import { mayRead } from '../attachments/access.js';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/schema.js';
import { HttpProblem } from '../http/problem.js';
import type { StoredCase } from './case-store.js';

/** The purpose every file of an application is uploaded for (attachments/purposes.ts: read by the village's mediators). */
const purpose = 'mediation-intake';

/**
 * The files an application names (`attachments[i].attachmentId`), checked in the intake's transaction: each must be
 * a `mediation-intake` upload, all of one village — the case's village when the case has one (a signed-in caller's),
 * else whichever village the form uploaded to — and the caller's own: a signed-in caller must be able to read it
 * (`mayRead`, as `checkAttachmentIds` asks of every form), the public only name files sent without a token (the
 * anonymous applicant cannot prove more; an id is a random secret only its uploader was told). Anything else is 400
 * `validation` at `['attachments', i, 'attachmentId']`, so the form shows it next to the file.
 *
 * Once the case is stored with the ids, the files are linked to it: the clean-up sweep (attachments/cleanup.ts)
 * keeps them, and the village's mediators read them (人民调解法 Art 15: nobody else, not even the applicant).
 */
export async function checkIntakeAttachments(
  trx: Transaction<Database>,
  principal: Principal,
  intake: MediationIntake,
  caseVillageId: string | null,
): Promise<void> {
  const named = intake.attachments.flatMap((one, index) => (one.attachmentId === undefined ? [] : [{ id: one.attachmentId, index }]));
  if (named.length === 0) return;
  const rows = await trx
    .selectFrom('attachments')
    .select(['id', 'village_id', 'purpose', 'owner', 'public'])
    .where(
      'id',
      'in',
      named.map((one) => one.id),
    )
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const village = caseVillageId ?? byId.get(named[0]?.id ?? '')?.village_id;
  const own = (row: (typeof rows)[number]) => (principal.role === 'public' ? row.owner === principal.id : mayRead(principal, row));
  const issues = named.flatMap(({ id, index }) => {
    const row = byId.get(id);
    const usable = row?.purpose === purpose && row.village_id === village && own(row);
    return usable ? [] : [{ code: 'field.invalidOption' as const, path: ['attachments', index, 'attachmentId'] }];
  });
  if (issues.length > 0) throw HttpProblem.validation(issues);
}

/** A case's files as its mediators read them: the ids and their village (for the content route), never a file name. */
export interface CaseAttachment {
  readonly attachmentId: string;
  readonly villageId: string;
}

/** The linked files of a stored case (ids only: the rows say the rest, and only to those allowed to read them). */
export async function caseAttachments(trx: Pick<Transaction<Database>, 'selectFrom'>, doc: StoredCase): Promise<CaseAttachment[]> {
  const ids = doc.intake.attachments.flatMap((one) => (one.attachmentId === undefined ? [] : [one.attachmentId]));
  if (ids.length === 0) return [];
  const rows = await trx.selectFrom('attachments').select(['id', 'village_id']).where('id', 'in', ids).execute();
  const villageOf = new Map(rows.map((row) => [row.id, row.village_id]));
  return ids.flatMap((id) => {
    const villageId = villageOf.get(id);
    return villageId === undefined ? [] : [{ attachmentId: id, villageId }];
  });
}
