import { randomUUID } from 'node:crypto';
import type { Role } from '@shanzhi/rules';
import { uploadAttachment, type AttachmentPurpose } from '@shanzhi/sdk';
import { answerEvidence as evidence } from './evidence.js';
import { CheckFailure, SkipCheck, type CheckContext } from './types.js';

/**
 * The one file the kit uploads in a run that may write, so the attachment reads (`getAttachment`,
 * `getAttachmentContent`) have something to read on a backend that holds no file the kit can find.
 *
 * Purpose `disclosure` (docs/attachments.md, Purposes): it needs no other record, it is the one purpose whose files
 * are public AND may be a PDF. Public, because the read checks call the attachment routes as the anonymous public
 * (their access is `anyone`; a private file answers 404 to the public, by design). A PDF, because a PDF is stored as
 * sent and so carries the test marker where an operator sees it (its title, and a comment line of its bytes), while
 * a PNG's text chunks are removed before storage (metadata removal). The purpose the kit's test mediation
 * application could name, `mediation-intake`, is private to the village's mediators, so the public reads would
 * prove nothing with it. Only a cadre may upload for `disclosure`.
 */
const purpose: AttachmentPurpose = 'disclosure';
const uploader: Role = 'cadre';

/** What the upload needs of the run (the samples have no CheckContext: they are made before it). */
export interface AttachmentUpload {
  readonly send: CheckContext['send'];
  readonly village: string;
  readonly roles: readonly Role[];
  readonly marker: string;
}

/**
 * A minimal one-page PDF 1.4, in a string sent as UTF-8: `%` then the marker on the second line (a comment: PDF
 * readers skip it, and its non-ASCII bytes are the "binary file" hint of ISO 32000-1 §7.5.2), the marker again as
 * the document title (UTF-16BE, §7.9.2.2, so every reader shows it), and one line of ASCII text on the page. The
 * cross-reference offsets count UTF-8 bytes.
 */
export function testPdf(marker: string): string {
  const title = `${marker}一致性检测程序上传的测试文件，可删除。`;
  const hex = `FEFF${Buffer.from(title, 'utf16le').swap16().toString('hex').toUpperCase()}`;
  const text = 'BT /F1 10 Tf 10 20 Td (shanzhi-conformance test record: safe to delete) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 50] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${String(text.length)} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Title <${hex}> >>`,
  ];
  let pdf = `%PDF-1.4\n%${marker}\n`;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(pdf));
    pdf += `${String(index + 1)} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf);
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `xref\n0 ${String(objects.length + 1)}\n0000000000 65535 f \n${entries}`;
  pdf += `trailer\n<< /Size ${String(objects.length + 1)} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${String(xref)}\n%%EOF\n`;
  return pdf;
}

/**
 * Uploads the marked test PDF in the run's village (the samples call it once per run) and answers its id. Skips
 * without a cadre token; a backend that refuses a valid upload fails the checks that wanted the file, with its answer.
 */
export async function uploadTestAttachment(upload: AttachmentUpload): Promise<string> {
  if (!upload.roles.includes(uploader))
    throw new SkipCheck(`the kit uploads its test file as ${uploader}, and no ${uploader} token was given`);
  const response = await upload.send({
    method: 'POST',
    path: uploadAttachment.path.replace('{villageId}', encodeURIComponent(upload.village)).replace('{purpose}', purpose),
    body: testPdf(upload.marker),
    headers: { 'content-type': 'application/pdf', 'idempotency-key': randomUUID() },
    role: uploader,
  });
  const id = (response.json as { id?: unknown } | undefined)?.id;
  if (response.status !== 201 || typeof id !== 'string')
    throw new CheckFailure(
      `the kit's test upload (a valid one-page PDF, purpose ${purpose}) must be answered 201 with the attachment`,
      evidence(response),
    );
  return id;
}

/** Why a read-only run cannot read an attachment on a backend that lists none. */
export const readOnlyAttachmentSkip = 'read-only: the kit would have to upload a test file (name --village to allow it)';
