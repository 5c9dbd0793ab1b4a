import { crc32 } from 'node:zlib';

/**
 * Small files built byte by byte with the real magic numbers and structures of their formats, so the sniffing
 * and metadata tests need no fixtures on disk. None is meant to decode to a picture; each is what a parser sees.
 */

const bytes = (...parts: (number[] | Uint8Array | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : [...part])));

const u16be = (value: number) => [value >> 8, value & 0xff];
const u32be = (value: number) => [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
const u32le = (value: number) => [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff];

function segment(marker: number, body: Uint8Array | number[] | string): Uint8Array {
  const data = bytes(body);
  return bytes([0xff, marker, ...u16be(data.length + 2)], data);
}

/** Where the test photo was taken: 30°15′N 120°10′E (a village of the demo county), as EXIF rationals. */
export const gpsLatitude = [30, 1, 15, 1, 0, 1];

/**
 * A big-endian TIFF with IFD0 {Orientation = `orientation`, Make = "PhoneCo", GPS pointer} and a GPS IFD
 * {LatitudeRef N, Latitude 30/1 15/1 0/1}: what a phone writes into APP1.
 */
export function exifTiff(orientation: number): Uint8Array {
  // IFD0 at 8: 3 entries (2 + 36 + 4 = 42 bytes) → "PhoneCo\0" at 50, GPS IFD at 58: 2 entries (2 + 24 + 4) → rationals at 88.
  const ifd0 = [
    ...u16be(3),
    ...[0x01, 0x0f, 0, 2, ...u32be(8), ...u32be(50)], // Make, ASCII, 8 chars at 50
    ...[0x01, 0x12, 0, 3, ...u32be(1), ...u16be(orientation), 0, 0], // Orientation, SHORT
    ...[0x88, 0x25, 0, 4, ...u32be(1), ...u32be(58)], // GPS IFD pointer
    ...u32be(0),
  ];
  const gps = [
    ...u16be(2),
    ...[0x00, 0x01, 0, 2, ...u32be(2), 0x4e, 0, 0, 0], // GPSLatitudeRef "N"
    ...[0x00, 0x02, 0, 5, ...u32be(3), ...u32be(88)], // GPSLatitude, 3 RATIONALs at 88
    ...u32be(0),
  ];
  return bytes('MM', [0, 0x2a], u32be(8), ifd0, 'PhoneCo\0', gps, gpsLatitude.flatMap(u32be));
}

/** The image part of the JPEG: quantization and frame headers, then the scan and the end of image. */
export const jpegImage = bytes(
  segment(0xdb, [0, ...Array.from({ length: 64 }, (_, i) => (i % 50) + 1)]),
  segment(0xc0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]),
  segment(0xc4, [0, ...Array.from({ length: 16 }, (_, i) => (i === 0 ? 1 : 0)), 0]),
  segment(0xda, [1, 1, 0, 0, 0x3f, 0]),
  [0xd2, 0x8a, 0x28, 0xa0, 0xff, 0x00, 0x0f, 0xff, 0xd9],
);

/** A JPEG as a phone sends it: JFIF, an APP1 Exif with GPS, an APP1 XMP, a comment, then the image. */
export function phoneJpeg(orientation = 6): Uint8Array {
  return bytes(
    [0xff, 0xd8],
    segment(0xe0, bytes('JFIF\0', [1, 1, 0, 0, 1, 0, 1, 0, 0])),
    segment(0xe1, bytes('Exif\0\0', exifTiff(orientation))),
    segment(0xe1, 'http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>30,15N</exif:GPSLatitude></x:xmpmeta>'),
    segment(0xfe, 'taken at Zhang San home'),
    jpegImage,
  );
}

function pngChunk(type: string, data: Uint8Array | string): Uint8Array {
  const body = bytes(type, data);
  return bytes(u32be(body.length - 4), body, u32be(crc32(body)));
}

export const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A 1×1 PNG with text chunks (tEXt, iTXt), an eXIf chunk and a tIME chunk around its image data. */
export function annotatedPng(): Uint8Array {
  return bytes(
    pngSignature,
    pngChunk('IHDR', bytes(u32be(1), u32be(1), [8, 6, 0, 0, 0])),
    pngChunk('tEXt', 'Author\0Zhang San'),
    pngChunk('iTXt', 'Location\0\0\0\0\0near the well'),
    pngChunk('eXIf', exifTiff(1)),
    pngChunk('tIME', bytes([0x07, 0xea, 11, 29, 8, 0, 0])),
    pngChunk('sRGB', bytes([0])),
    pngChunk('IDAT', bytes([0x78, 0x9c, 0x62, 0x60, 0x60, 0x60, 0xf8, 0x0f, 0, 1, 4, 1, 0])),
    pngChunk('IEND', ''),
  );
}

function riffChunk(type: string, data: Uint8Array): Uint8Array {
  return bytes(type, u32le(data.length), data, data.length % 2 === 1 ? [0] : []);
}

/** An extended WebP (VP8X with the EXIF and XMP flags) holding a lossless image, an EXIF and an XMP chunk. */
export function annotatedWebp(): Uint8Array {
  const body = bytes(
    riffChunk('VP8X', bytes([0x08 | 0x04, 0, 0, 0, 0, 0, 0, 0, 0, 0])),
    riffChunk('VP8L', bytes([0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07, 0])),
    riffChunk('EXIF', exifTiff(1)),
    riffChunk('XMP ', bytes('<x:xmpmeta>near the well</x:xmpmeta>')),
  );
  return bytes('RIFF', u32le(body.length + 4), 'WEBP', body);
}

export const pdf = bytes('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A Windows program (MZ header, PE signature): what a renamed `photo.jpg.exe` really is. */
export const windowsProgram = bytes(
  'MZ',
  [0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0],
  new Uint8Array(44),
  u32le(64),
  'PE\0\0',
  new Uint8Array(64),
);

export const gif = bytes(
  'GIF89a',
  [
    1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0x21, 0xf9, 4, 1, 0, 0, 0, 0, 0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0,
    0x3b,
  ],
);

/** Whether `needle` occurs in `haystack`. */
export function contains(haystack: Uint8Array, needle: Uint8Array | string): boolean {
  return Buffer.from(haystack).includes(Buffer.from(typeof needle === 'string' ? Buffer.from(needle, 'latin1') : needle));
}
