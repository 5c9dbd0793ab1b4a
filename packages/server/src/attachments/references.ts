import type { AttachmentPurpose } from '@shanzhi/sdk';
import type { Kysely, Transaction } from 'kysely';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/schema.js';
import { HttpProblem } from '../http/problem.js';
import { mayRead } from './access.js';

/**
 * For a form that names attachments (a points declaration's `attachmentIds`, an objection's evidence, a goods
 * photo): every id must be a file of this village, uploaded for `purpose`, that the caller may read — else 400
 * `validation` at the id's place in the form. So no one can attach a file of another village or another purpose,
 * nor one they could not see themselves. Call it inside the form's write transaction.
 */
export async function checkAttachmentIds(
  db: Kysely<Database> | Transaction<Database>,
  principal: Principal,
  villageId: string,
  purpose: AttachmentPurpose,
  ids: readonly string[],
  path: readonly (string | number)[] = ['attachmentIds'],
): Promise<void> {
  if (ids.length === 0) return;
  const rows = await db
    .selectFrom('attachments')
    .select(['id', 'village_id', 'purpose', 'owner', 'public'])
    .where('id', 'in', [...ids])
    .execute();
  const usable = new Set(
    rows.filter((row) => row.village_id === villageId && row.purpose === purpose && mayRead(principal, row)).map((row) => row.id),
  );
  const issues = ids.flatMap((id, index) => (usable.has(id) ? [] : [{ code: 'field.invalidOption' as const, path: [...path, index] }]));
  if (issues.length > 0) throw HttpProblem.validation(issues);
}
