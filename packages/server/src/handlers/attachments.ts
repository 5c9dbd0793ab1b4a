import { createHash, randomUUID } from 'node:crypto';
import type { AttachmentMediaType, AttachmentPurpose } from '@shanzhi/sdk';
import type { Kysely, Transaction } from 'kysely';
import type { Handlers } from '../api/register.js';
import { mayRead, requireUploader } from '../attachments/access.js';
import { purposePolicies } from '../attachments/purposes.js';
import type { AttachmentTable } from '../attachments/schema.js';
import type { ServedFile } from '../attachments/serve.js';
import { maxBytesOf } from '../attachments/settings.js';
import { sniff } from '../attachments/sniff.js';
import { DamagedFileError, stripMetadata } from '../attachments/strip-metadata.js';
import { auditChange } from '../audit/log.js';
import type { Database } from '../db/schema.js';
import { villageRow } from '../db/village-row.js';
import { HttpProblem } from '../http/problem.js';
import { actorOf, writeTransaction } from '../points/access.js';
import { isVillage } from '../store/county-register.js';

type AttachmentHandlers = Pick<Handlers, 'uploadAttachment' | 'getAttachment' | 'getAttachmentContent'>;

/** The contract's view of a row: no uploader, no file name. */
function viewOf(row: AttachmentTable) {
  return {
    id: row.id,
    villageId: row.village_id,
    purpose: row.purpose as AttachmentPurpose,
    mediaType: row.media_type as AttachmentMediaType,
    size: row.size,
    sha256: row.sha256,
    public: row.public === 1,
    createdAt: row.created_at,
  };
}

/** The formats as a refusal names them (`JPEG-PNG-WebP-PDF`: a plain token, which problem details may echo). */
const formatNames: Readonly<Record<AttachmentMediaType, string>> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'application/pdf': 'PDF',
};

function refused(purpose: AttachmentPurpose, detected: string): HttpProblem {
  const { mediaTypes } = purposePolicies[purpose];
  return new HttpProblem(415, 'file-type-not-accepted', {
    params: { purpose, accepted: mediaTypes.map((type) => formatNames[type]).join('-'), detected },
    headers: { 'Accept-Post': mediaTypes.join(', ') },
  });
}

/** The attachment in the path, readable by the caller; 404 alike for a missing one and one the caller may not see. */
async function readable(
  db: Kysely<Database> | Transaction<Database>,
  principal: Parameters<typeof mayRead>[0],
  villageId: string,
  attachmentId: string,
): Promise<AttachmentTable> {
  const row = await villageRow(db, 'attachments', villageId, attachmentId);
  // Whether a private file exists is itself not told to someone who may not read it.
  if (row === undefined || !mayRead(principal, row)) throw HttpProblem.of('not-found');
  return row;
}

export const attachmentHandlers: AttachmentHandlers = {
  uploadAttachment: async ({ app, db, params, principal, upload, now }) => {
    const { purpose } = params;
    requireUploader(principal, params.villageId, purpose);
    const trx = writeTransaction(db);
    if (!(await isVillage(trx, params.villageId))) throw HttpProblem.of('not-found');
    const bytes = upload ?? new Uint8Array(0);
    const maximum = maxBytesOf(app.attachments.settings, purpose);
    if (bytes.length > maximum) throw HttpProblem.of('payload-too-large', { params: { maximum } });
    const sniffed = await sniff(bytes);
    if (!sniffed.ok) throw refused(purpose, sniffed.detected);
    if (!purposePolicies[purpose].mediaTypes.includes(sniffed.mediaType)) throw refused(purpose, formatNames[sniffed.mediaType]);
    let stored: Uint8Array;
    try {
      stored = stripMetadata(bytes, sniffed.mediaType);
    } catch (error) {
      if (error instanceof DamagedFileError) throw refused(purpose, 'damaged');
      throw error;
    }
    const sha256 = createHash('sha256').update(stored).digest('hex');
    // The bytes first: a transaction that then fails leaves an unreferenced object under its hash, which the
    // retry (same bytes, same hash) writes over; a row never points at bytes that are not there.
    await app.attachments.store.put(sha256, stored, sniffed.mediaType);
    const row: AttachmentTable = {
      id: `att-${randomUUID()}`,
      village_id: params.villageId,
      purpose,
      owner: principal.id,
      owner_role: principal.role,
      media_type: sniffed.mediaType,
      size: stored.length,
      sha256,
      public: purposePolicies[purpose].public ? 1 : 0,
      created_at: now.toISOString(),
    };
    await trx.insertInto('attachments').values(row).execute();
    await auditChange(trx, actorOf(principal), now, 'attachment.upload', `attachment:${row.id}`, null, viewOf(row));
    return { status: 201, body: viewOf(row) };
  },

  getAttachment: async ({ db, params, principal }) => {
    return { body: viewOf(await readable(db, principal, params.villageId, params.attachmentId)) };
  },

  getAttachmentContent: async ({ app, db, params, principal }) => {
    const row = await readable(db, principal, params.villageId, params.attachmentId);
    const bytes = await app.attachments.store.get(row.sha256);
    // A row without its bytes is the server's fault (a store emptied by hand), not the caller's.
    if (bytes === undefined) throw new Error(`attachment ${row.id}: the store has no object for it`);
    const file: ServedFile = {
      kind: 'attachment-file',
      id: row.id,
      villageId: row.village_id,
      bytes,
      mediaType: row.media_type,
      sha256: row.sha256,
      public: row.public === 1,
    };
    return { body: file };
  },
};
