import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sniff } from '../src/attachments/sniff.js';
import { DamagedFileError, exifOrientation, stripJpeg, stripMetadata, stripPng, stripWebp } from '../src/attachments/strip-metadata.js';
import {
  annotatedPng,
  annotatedWebp,
  contains,
  gif,
  gpsLatitude,
  jpegImage,
  pdf,
  phoneJpeg,
  pngSignature,
  windowsProgram,
} from './support/attachment-samples.js';

/** Formats are recognized from the bytes; metadata goes, the picture stays byte for byte. */

const gpsRationals = Uint8Array.from(gpsLatitude.flatMap((value) => [0, 0, 0, value]));

describe('sniffing recognizes the format from the bytes', () => {
  test('JPEG, PNG, WebP and PDF by their magic numbers', async () => {
    assert.deepEqual(await sniff(phoneJpeg()), { ok: true, mediaType: 'image/jpeg' });
    assert.deepEqual(await sniff(annotatedPng()), { ok: true, mediaType: 'image/png' });
    assert.deepEqual(await sniff(annotatedWebp()), { ok: true, mediaType: 'image/webp' });
    assert.deepEqual(await sniff(pdf), { ok: true, mediaType: 'application/pdf' });
  });

  test('a program is a program whatever it is called; other formats and nothing at all are named', async () => {
    assert.deepEqual(await sniff(windowsProgram), { ok: false, detected: 'exe' });
    assert.deepEqual(await sniff(gif), { ok: false, detected: 'gif' });
    assert.deepEqual(await sniff(new TextEncoder().encode('just some text, called photo.jpg')), { ok: false, detected: 'unknown' });
    assert.deepEqual(await sniff(new Uint8Array(0)), { ok: false, detected: 'empty' });
  });
});

describe('JPEG: EXIF (with GPS), XMP and comments are removed', () => {
  const original = phoneJpeg(6);
  const stripped = stripJpeg(original);

  test('the GPS position, the camera make, the XMP and the comment are gone', () => {
    assert.ok(contains(original, gpsRationals) && contains(original, 'PhoneCo'), 'the sample carries them');
    assert.equal(contains(stripped, gpsRationals), false, 'GPS latitude');
    assert.equal(contains(stripped, 'PhoneCo'), false, 'camera make');
    assert.equal(contains(stripped, 'xmpmeta'), false, 'XMP');
    assert.equal(contains(stripped, 'Zhang San'), false, 'comment');
  });

  test('the picture data is kept byte for byte, JFIF stays first, and the orientation survives alone', () => {
    assert.deepEqual(stripped.subarray(stripped.length - jpegImage.length), jpegImage);
    assert.deepEqual([...stripped.subarray(0, 4)], [0xff, 0xd8, 0xff, 0xe0]);
    const app1 = Buffer.from(stripped).indexOf(Buffer.from('Exif\0\0', 'latin1'));
    assert.ok(app1 > 0, 'a minimal Exif segment');
    assert.equal(exifOrientation(stripped.subarray(app1 + 6)), 6);
    // SOI + APP0 (18) + the orientation-only APP1 (36) + the image.
    assert.equal(stripped.length, 2 + 18 + 36 + jpegImage.length);
    assert.equal(stripJpeg(stripped).length, stripped.length, 'stripping twice changes nothing');
  });

  test('an upright photo gets no Exif segment at all', () => {
    assert.equal(contains(stripJpeg(phoneJpeg(1)), 'Exif'), false);
  });

  test('a JPEG whose segment runs past its end is refused as damaged', () => {
    assert.throws(() => stripJpeg(original.subarray(0, 40)), DamagedFileError);
    assert.throws(() => stripJpeg(pdf), DamagedFileError);
  });
});

describe('PNG and WebP', () => {
  test('PNG: text, eXIf and tIME chunks go; header, colour, image data and end stay', () => {
    const stripped = stripPng(annotatedPng());
    for (const gone of ['tEXt', 'iTXt', 'eXIf', 'tIME', 'Zhang San', 'near the well', 'PhoneCo'])
      assert.equal(contains(stripped, gone), false, gone);
    for (const kept of ['IHDR', 'sRGB', 'IDAT', 'IEND']) assert.ok(contains(stripped, kept), kept);
    assert.deepEqual([...stripped.subarray(0, 8)], pngSignature);
  });

  test('WebP: EXIF and XMP chunks go, their VP8X flags are cleared and the RIFF size is right', () => {
    const original = annotatedWebp();
    const stripped = stripWebp(original);
    assert.ok(contains(original, 'PhoneCo'));
    for (const gone of ['EXIF', 'XMP ', 'PhoneCo', 'near the well']) assert.equal(contains(stripped, gone), false, gone);
    assert.ok(contains(stripped, 'VP8L'));
    assert.equal(stripped[20] ?? 0, 0, 'VP8X flags without EXIF and XMP');
    assert.equal(Buffer.from(stripped).readUInt32LE(4), stripped.length - 8);
  });

  test('a PDF passes unchanged', () => {
    assert.equal(stripMetadata(pdf, 'application/pdf'), pdf);
  });
});
