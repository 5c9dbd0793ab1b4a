import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { recordAccess } from '../audit/access-log.js';
import type { Database } from '../db/schema.js';
import { matchesIfNoneMatch } from '../http/cache.js';

/** What the content handler answers: the bytes and what the headers are made of. */
export interface ServedFile {
  readonly kind: 'attachment-file';
  readonly id: string;
  readonly villageId: string;
  readonly bytes: Uint8Array;
  readonly mediaType: string;
  readonly sha256: string;
  readonly public: boolean;
}

export function isServedFile(value: unknown): value is ServedFile {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'attachment-file';
}

/** How long anyone may keep a public file: it never changes under its id (a new version is a new upload). */
const publicMaxAgeSeconds = 86_400;

/**
 * The file as sent: its recognized type (never what the uploader declared), `nosniff`, a CSP that forbids it to
 * run or load anything even when opened directly (an SVG or HTML disguise could not execute), images inline and
 * PDFs as downloads (a PDF viewer in the page is a large attack surface), ETag = the SHA-256, and caching shared
 * only for public files. A read of a non-public file goes to the access log (个人信息保护法 Art 51).
 */
export async function sendFile(c: Context, db: Kysely<Database>, file: unknown, action: string, at: Date): Promise<Response> {
  if (!isServedFile(file)) throw new Error(`${action}: the handler did not answer a file`);
  const etag = `"${file.sha256}"`;
  const extension = file.mediaType.split('/')[1] ?? 'bin';
  const headers: Record<string, string> = {
    'Content-Type': file.mediaType,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Content-Disposition': `${file.mediaType === 'application/pdf' ? 'attachment' : 'inline'}; filename="${file.id}.${extension}"`,
    'Cache-Control': file.public ? `public, max-age=${String(publicMaxAgeSeconds)}` : 'private, no-store',
    'Cross-Origin-Resource-Policy': file.public ? 'cross-origin' : 'same-site',
    ETag: etag,
    Vary: 'Authorization',
  };
  const notModified = matchesIfNoneMatch(c.req.header('If-None-Match'), etag);
  if (!file.public) {
    const subject = `villageId=${file.villageId} attachmentId=${file.id}`;
    await recordAccess(db, c, { kind: 'read', action, subject, status: notModified ? 304 : 200 }, at);
  }
  if (notModified) return c.body(null, 304, headers);
  headers['Content-Length'] = String(file.bytes.length);
  // Read from a file or a response body: never backed by a SharedArrayBuffer.
  return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, headers);
}
