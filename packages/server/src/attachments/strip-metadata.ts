import type { AttachmentMediaType } from '@shanzhi/sdk';

/**
 * Removes what a photo says about its taker beyond the picture: EXIF (GPS position, camera serial number, time),
 * XMP, comments and text chunks (个人信息保护法 Art 6: collect no more than the purpose needs; a photo of a
 * cleaned lane must not publish where the villager lives). The picture data is copied byte for byte, never
 * decoded or re-encoded, so nothing of it changes and no native image library is needed (docs/attachments.md).
 * PDFs are returned as they came.
 */
export function stripMetadata(bytes: Uint8Array, mediaType: AttachmentMediaType): Uint8Array {
  switch (mediaType) {
    case 'image/jpeg':
      return stripJpeg(bytes);
    case 'image/png':
      return stripPng(bytes);
    case 'image/webp':
      return stripWebp(bytes);
    case 'application/pdf':
      return bytes;
  }
}

/** The file's structure is broken where metadata removal walks it: it is refused, not stored half-read. */
export class DamagedFileError extends Error {
  override readonly name = 'DamagedFileError';
}

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, Math.min(bytes.length, start + length)));

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

// ---- JPEG (ITU T.81 markers; JFIF; Exif 2.3 / TIFF 6.0 for the orientation) ---------------------------------

const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP14 = 0xee;
const COM = 0xfe;
const SOS = 0xda;

/**
 * Segments kept before the image data: everything that is not an application segment (APPn) or a comment, plus
 * APP0 (JFIF), the ICC colour profile (APP2 `ICC_PROFILE`) and APP14 `Adobe` (how CMYK colours are read). Every
 * other APPn goes — APP1 holds EXIF and XMP. The EXIF orientation survives as a new, minimal APP1 holding that
 * one tag, or a phone photo taken upright would show on its side.
 */
function keepsJpegSegment(marker: number, body: Uint8Array): boolean {
  if (marker === COM) return false;
  if (marker < APP0 || marker > 0xef) return true;
  if (marker === APP0) return true;
  if (marker === APP2) return ascii(body, 0, 12) === 'ICC_PROFILE\u0000';
  if (marker === APP14) return ascii(body, 0, 5) === 'Adobe';
  return false;
}

export function stripJpeg(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new DamagedFileError('not a JPEG');
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  let orientation: number | undefined;
  let at = 2;
  for (;;) {
    if (at + 4 > bytes.length) throw new DamagedFileError('JPEG ends before its image data');
    if (bytes[at] !== 0xff) throw new DamagedFileError('JPEG marker expected');
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte before a marker (T.81 B.1.1.2)
      continue;
    }
    // From the start of scan on, the entropy-coded data and every later marker are copied unchanged.
    if (marker === SOS) {
      // JFIF wants its APP0 right after the start of image: the orientation goes after it.
      const slot = kept[1]?.[1] === APP0 ? 2 : 1;
      if (orientation !== undefined && orientation !== 1) kept.splice(slot, 0, orientationSegment(orientation));
      kept.push(bytes.subarray(at));
      return concat(kept);
    }
    const length = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
    const end = at + 2 + length;
    if (length < 2 || end > bytes.length) throw new DamagedFileError('JPEG segment runs past the end');
    const body = bytes.subarray(at + 4, end);
    if (keepsJpegSegment(marker, body)) kept.push(bytes.subarray(at, end));
    else if (marker === APP1 && ascii(body, 0, 6) === 'Exif\u0000\u0000') orientation ??= exifOrientation(body.subarray(6));
    at = end;
  }
}

/** Orientation (tag 0x0112) of IFD0 in a TIFF structure, or undefined when absent or unreadable. */
export function exifOrientation(tiff: Uint8Array): number | undefined {
  const order = ascii(tiff, 0, 2);
  if (order !== 'II' && order !== 'MM') return undefined;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const little = order === 'II';
  try {
    const ifd = view.getUint32(4, little);
    const count = view.getUint16(ifd, little);
    for (let index = 0; index < count; index++) {
      const entry = ifd + 2 + index * 12;
      if (view.getUint16(entry, little) !== 0x0112) continue;
      const value = view.getUint16(entry + 8, little);
      return value >= 1 && value <= 8 ? value : undefined;
    }
  } catch {
    // RangeError: an offset outside the segment; no orientation then.
  }
  return undefined;
}

/** APP1 with `Exif\0\0` and a big-endian TIFF whose IFD0 holds only the orientation. */
function orientationSegment(orientation: number): Uint8Array {
  const tiff = [0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0];
  const body = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
  const length = body.length + 2;
  return Uint8Array.from([0xff, APP1, length >> 8, length & 0xff, ...body]);
}

// ---- PNG (ISO/IEC 15948; APNG) -------------------------------------------------------------------------------

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Chunks that draw the picture: the critical ones, transparency, colour (gamma, chromaticities, sRGB, ICC),
 * significant bits, background, pixel size, and the animation chunks of APNG. Text (tEXt, zTXt, iTXt), eXIf,
 * tIME and every unknown ancillary chunk are dropped.
 */
const pngKept = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'gAMA',
  'cHRM',
  'sRGB',
  'iCCP',
  'sBIT',
  'bKGD',
  'pHYs',
  'acTL',
  'fcTL',
  'fdAT',
]);

export function stripPng(bytes: Uint8Array): Uint8Array {
  if (!pngSignature.every((byte, index) => bytes[index] === byte)) throw new DamagedFileError('not a PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept: Uint8Array[] = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    if (at + 12 > bytes.length) throw new DamagedFileError('PNG chunk header runs past the end');
    const length = view.getUint32(at);
    const type = ascii(bytes, at + 4, 4);
    const end = at + 12 + length;
    if (end > bytes.length) throw new DamagedFileError('PNG chunk runs past the end');
    const critical = (bytes[at + 4] ?? 0) < 0x60; // upper-case first letter (ISO/IEC 15948 5.4)
    if (pngKept.has(type)) kept.push(bytes.subarray(at, end));
    else if (critical) throw new DamagedFileError('PNG has an unknown critical chunk');
    at = end;
    if (type === 'IEND') return concat(kept);
  }
  throw new DamagedFileError('PNG ends without IEND');
}

// ---- WebP (RIFF container, Google's WebP container specification) ----------------------------------------------

const webpKept = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF', 'ICCP']);
/** VP8X flags: EXIF (bit 3) and XMP (bit 2) metadata present. */
const vp8xMetadataFlags = 0x08 | 0x04;

export function stripWebp(bytes: Uint8Array): Uint8Array {
  if (ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 4) !== 'WEBP') throw new DamagedFileError('not a WebP');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const riffEnd = Math.min(bytes.length, 8 + view.getUint32(4, true));
  const kept: Uint8Array[] = [];
  let at = 12;
  while (at + 8 <= riffEnd) {
    const type = ascii(bytes, at, 4);
    const size = view.getUint32(at + 4, true);
    const end = at + 8 + size + (size % 2); // chunks are padded to an even length
    if (at + 8 + size > riffEnd) throw new DamagedFileError('WebP chunk runs past the end');
    if (webpKept.has(type)) {
      const chunk = bytes.slice(at, Math.min(end, riffEnd));
      if (type === 'VP8X' && chunk.length > 8) chunk[8] = (chunk[8] ?? 0) & ~vp8xMetadataFlags;
      kept.push(chunk);
    }
    at = end;
  }
  if (kept.length === 0) throw new DamagedFileError('WebP without image data');
  const body = concat(kept);
  const header = new Uint8Array(12);
  header.set([0x52, 0x49, 0x46, 0x46]);
  new DataView(header.buffer).setUint32(4, body.length + 4, true);
  header.set([0x57, 0x45, 0x42, 0x50], 8);
  return concat([header, body]);
}
