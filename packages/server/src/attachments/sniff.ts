import { attachmentMediaTypes, type AttachmentMediaType } from '@shanzhi/sdk';
import { fileTypeFromBuffer } from 'file-type/core';

export type Sniffed =
  | { readonly ok: true; readonly mediaType: AttachmentMediaType }
  /** `detected`: the recognized format's usual extension (`exe`, `gif`, `zip`), or `unknown`, or `empty`. */
  | { readonly ok: false; readonly detected: string };

const accepted: ReadonlySet<string> = new Set(attachmentMediaTypes);

/**
 * The file's format from its bytes (magic numbers), never from its name or the Content-Type the client declared:
 * a program renamed `photo.jpg` is still a program. `file-type` recognizes some hundred formats, so a refusal can
 * say what was sent (`exe`, `zip`, `heic`), not just "not an image".
 */
export async function sniff(bytes: Uint8Array): Promise<Sniffed> {
  if (bytes.length === 0) return { ok: false, detected: 'empty' };
  const found = await fileTypeFromBuffer(bytes);
  if (found === undefined) return { ok: false, detected: 'unknown' };
  if (accepted.has(found.mime)) return { ok: true, mediaType: found.mime as AttachmentMediaType };
  return { ok: false, detected: found.ext };
}
