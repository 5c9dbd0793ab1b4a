/**
 * The two read routes of attachments (`getAttachment`, `getAttachmentContent`) for the stories of the staff desks'
 * file lists (docs/attachments.md, "Staff read the files on the desks"). The recorder uploads no files, so the
 * recorded fixtures name none: these files are made up here, in code — a small PNG drawn pixel by pixel and a one-page
 * PDF written as text — so no binary is committed and nothing of a real person is in them.
 *
 * Answered as the reference server answers (packages/server/src/attachments/serve.ts): the description without a
 * name or uploader, the bytes with their type, `nosniff`, a sandboxing CSP and PDFs as downloads; 404 for an id that
 * is not there or a caller without a token (private files: the same answer, so ids cannot be probed).
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { problem, tokenOf } from './handlers.js';

export interface StoryFile {
  readonly id: string;
  readonly villageId: string;
  readonly purpose: string;
  readonly mediaType: 'image/png' | 'application/pdf';
  readonly bytes: Uint8Array<ArrayBuffer>;
}

/** What goes wrong in a story: descriptions that answer 404 (cleaned up, or not the reader's), bytes that answer 500. */
export interface FileTrouble {
  readonly gone?: readonly string[];
  readonly failing?: readonly string[];
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let bit = 0; bit < 8; bit += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: readonly number[]): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const u32 = (n: number) => [n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

function pngChunk(type: string, data: readonly number[]): number[] {
  const body = [...ascii(type), ...data];
  return [...u32(data.length), ...body, ...u32(crc32(body))];
}

/** zlib with one stored (uncompressed) deflate block: valid for PNG, and no compressor needed for a few hundred pixels. */
function zlibStored(raw: readonly number[]): number[] {
  let a = 1;
  let b = 0;
  for (const byte of raw) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  const length = raw.length;
  return [0x78, 0x01, 0x01, length & 0xff, length >>> 8, ~length & 0xff, (~length >>> 8) & 0xff, ...raw, ...u32(((b << 16) | a) >>> 0)];
}

type Rgb = readonly [number, number, number];

/**
 * A 40×30 RGB PNG of a made-up scene — sky, a field, a lane across it in `lane`'s colour — so a thumbnail looks like a
 * photo rather than a blot (a real photo would carry EXIF and a place; this one carries nothing).
 */
export function scenePng(lane: Rgb): Uint8Array<ArrayBuffer> {
  const width = 40;
  const height = 30;
  const pixel = (x: number, y: number): Rgb => {
    if (y < 11) return [150 + y * 5, 200 + y * 3, 250];
    if (Math.abs(x - 8 - (y - 11) * 1.5) < 3) return lane;
    return (x + y) % 7 === 0 ? [70, 140, 60] : [90, 165, 75];
  };
  const raw: number[] = [];
  for (let y = 0; y < height; y += 1) {
    raw.push(0);
    for (let x = 0; x < width; x += 1) raw.push(...pixel(x, y));
  }
  const header = [...u32(width), ...u32(height), 8, 2, 0, 0, 0];
  return Uint8Array.from([
    ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    ...pngChunk('IHDR', header),
    ...pngChunk('IDAT', zlibStored(raw)),
    ...pngChunk('IEND', []),
  ]);
}

/** A valid one-page PDF (A4, one line of Helvetica), its cross-reference table counted from the text it writes. */
export function onePagePdf(line: string): Uint8Array<ArrayBuffer> {
  const content = `BT /F1 16 Tf 72 760 Td (${line.replace(/[\\()]/g, '\\$&')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${String(content.length)} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let text = '%PDF-1.4\n';
  const offsets = objects.map((body, index) => {
    const offset = text.length;
    text += `${String(index + 1)} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = text.length;
  text += `xref\n0 ${String(objects.length + 1)}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<< /Size ${String(objects.length + 1)} /Root 1 0 R >>\nstartxref\n${String(xref)}\n%%EOF\n`;
  return Uint8Array.from(ascii(text));
}

async function sha256Of(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The files' two read routes; `trouble` names the ids whose description is gone or whose bytes fail. */
export function attachmentHandlers(files: readonly StoryFile[], trouble: FileTrouble = {}): HttpHandler[] {
  const route = '*/v1/villages/:villageId/attachments/:attachmentId';
  const find = (request: Request, params: Record<string, unknown>) => {
    const id = String(params.attachmentId);
    if (!tokenOf(request) || trouble.gone?.includes(id)) return undefined;
    return files.find((file) => file.id === id && file.villageId === String(params.villageId));
  };
  return [
    http.get(route, async ({ request, params }) => {
      const file = find(request, params);
      if (!file) return problem(request, 'not-found');
      return HttpResponse.json({
        id: file.id,
        villageId: file.villageId,
        purpose: file.purpose,
        mediaType: file.mediaType,
        size: file.bytes.byteLength,
        sha256: await sha256Of(file.bytes),
        public: false,
        // The recorded stories' pinned clock (the demo day).
        createdAt: '2026-11-29T04:00:00.000Z',
      });
    }),
    http.get(`${route}/content`, async ({ request, params }) => {
      const file = find(request, params);
      if (!file) return problem(request, 'not-found');
      if (trouble.failing?.includes(file.id)) return problem(request, 'internal');
      const pdf = file.mediaType === 'application/pdf';
      return new HttpResponse(file.bytes, {
        headers: {
          'Content-Type': file.mediaType,
          'Content-Length': String(file.bytes.byteLength),
          'X-Content-Type-Options': 'nosniff',
          'Content-Security-Policy': "default-src 'none'; sandbox",
          'Content-Disposition': `${pdf ? 'attachment' : 'inline'}; filename="${file.id}.${pdf ? 'pdf' : 'png'}"`,
          'Cache-Control': 'private, no-store',
          ETag: `"${await sha256Of(file.bytes)}"`,
        },
      });
    }),
  ];
}
