import * as z from 'zod/mini';
import { personalRead, publicRead, publicSubmission } from './answers.js';
import { idSchema } from './common.js';
import { resourceAt, villageAt } from './resource.js';

/**
 * What a file is attached to. The purpose decides everything else: who may upload it, which formats and how many
 * bytes it may have, who may see it, and whether it is public (docs/attachments.md).
 */
export const attachmentPurposes = [
  'points-evidence',
  'objection-evidence',
  'mediation-intake',
  'disclosure',
  // Photos a grid worker takes of an event they report or handle (grid.ts, 网格).
  'grid-report',
  'goods-photo',
  // A photo of the physical 公开栏 showing a posted item (postings.ts).
  'disclosure-posting',
  // A photo or scan staff add to a 代办 or 点单 request's step or note (requests.ts).
  'service-request',
  // Minutes, attendance sheets and photos of a decision's meetings (decisions.ts, 一听、四议、两公开).
  'decision-record',
] as const;
export type AttachmentPurpose = (typeof attachmentPurposes)[number];

/** The formats a server accepts, as it recognizes them from the bytes (never from a file name or a declared type). */
export const attachmentMediaTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type AttachmentMediaType = (typeof attachmentMediaTypes)[number];

/** An attachment as the contract describes it: never who uploaded it (a person) nor the file's original name. */
export const attachmentSchema = z.looseObject({
  id: idSchema,
  villageId: idSchema,
  purpose: z.enum(attachmentPurposes),
  /** Recognized from the content. */
  mediaType: z.enum(attachmentMediaTypes),
  /** Bytes as stored: after metadata (EXIF, GPS, XMP, text chunks) was removed from an image. */
  size: z.int().check(z.nonnegative()),
  /** SHA-256 (hex) of the stored bytes; the content's ETag. */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** Anyone may read it (goods photos, disclosure attachments); otherwise the uploader and the purpose's staff. */
  public: z.boolean(),
  createdAt: z.iso.datetime(),
});

/** Where a file for a form of the village is uploaded: the purpose, in the path, decides what it may be. */
const uploads = resourceAt(
  'attachments',
  '/v1/villages/{villageId}/uploads/{purpose}',
  z.object({ villageId: idSchema, purpose: z.enum(attachmentPurposes) }),
  attachmentSchema,
);

/**
 * One file for a form of the village: the request body is the file's bytes (not JSON, not multipart), its
 * Content-Type one of `mediaTypes` (`application/octet-stream` when the client does not know). The purpose is in
 * the path, so a body that is not a file is answered like on every route (400 for broken JSON, 413 past the JSON
 * limit) before anything else. Who may upload depends on the purpose (the public only for a mediation
 * application), so the route admits anyone and the server checks the purpose.
 */
export const uploadAttachment = uploads.post(publicSubmission, {
  id: 'uploadAttachment',
  summary: 'Upload one file (photo or PDF) for a form; the body is the bytes, the format is recognized from them',
  upload: { mediaTypes: [...attachmentMediaTypes, 'application/octet-stream'] },
});

/** One attachment of the village, named by its id. */
const attachment = villageAt('attachments', '/attachments/{attachmentId}', attachmentSchema);

/** Public attachments to anyone; the others to their uploader and the purpose's staff in the village (404 to the rest). */
export const getAttachment = attachment.get(personalRead({ roles: 'anyone' }), {
  id: 'getAttachment',
  summary: "An attachment's description: format, size, SHA-256, purpose (never who uploaded it)",
});

/**
 * The bytes, with the recognized Content-Type, `nosniff`, a sandboxing CSP and ETag = the SHA-256. The route admits
 * anyone, as a public read does; the server answers 404 to whoever may not read the description.
 */
export const getAttachmentContent = attachment.get('/content', publicRead, {
  id: 'getAttachmentContent',
  summary: "An attachment's bytes (images inline, PDFs as a download), to whoever may read its description",
  response: z.unknown(),
  download: { mediaTypes: attachmentMediaTypes },
});
