import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { canonicalJson } from '../audit/canonical.js';

/**
 * What the idempotency table may know. A replayable response can hold a secret (an intake receipt holds the
 * tracking code, which works like a password), so a copy of the database must reveal neither the responses nor
 * the keys that would unlock them. Everything is derived with HKDF-SHA256 (RFC 5869) from the raw
 * Idempotency-Key — which only the client holds — salted with the principal:
 *
 * - `lookup`: the row's `key` column, a one-way digest that finds the row again when the same key comes back;
 * - `fingerprint`: an HMAC of the request body (a plain hash of a short body — a withdrawal's tracking code —
 *   could be reversed by trying every code);
 * - `seal`: the AES-256-GCM key of the stored response, authenticated together with the row it belongs to.
 *
 * Keys must therefore be unguessable (the SDK and the widgets send random UUIDs), as the IETF draft asks.
 */

export interface IdempotencySecrets {
  /** Hex digest stored as `idempotency_keys.key`. */
  readonly lookup: string;
  readonly fingerprintKey: Buffer;
  readonly sealKey: Buffer;
}

const infoPrefix = 'shanzhi/idempotency/v1/';
const sealVersion = 'v1';

/**
 * HKDF-SHA256 (RFC 5869) with one extract for the three keys: PRK = HMAC(salt = principal, raw key), then each
 * 32-byte key is the first expand block HMAC(PRK, info ‖ 0x01) — byte for byte what `hkdfSync(…, 32)` returns per
 * purpose (the test pins it), without three extracts and the KeyObject set-up `hkdfSync` pays on every call.
 */
function expand(prk: Buffer, purpose: string): Buffer {
  return createHmac('sha256', prk)
    .update(infoPrefix + purpose, 'utf8')
    .update(firstBlock)
    .digest();
}

const firstBlock = Buffer.from([1]);

export function idempotencySecrets(rawKey: string, principal: string): IdempotencySecrets {
  const prk = createHmac('sha256', Buffer.from(principal, 'utf8')).update(rawKey, 'utf8').digest();
  return {
    lookup: expand(prk, 'lookup').toString('hex'),
    fingerprintKey: expand(prk, 'fingerprint'),
    sealKey: expand(prk, 'seal'),
  };
}

/** The same keys through node's `hkdfSync`, the reference `idempotencySecrets` must equal (tests). */
export function idempotencySecretsByHkdf(rawKey: string, principal: string): IdempotencySecrets {
  const derive = (purpose: string) =>
    Buffer.from(
      hkdfSync('sha256', Buffer.from(rawKey, 'utf8'), Buffer.from(principal, 'utf8'), Buffer.from(infoPrefix + purpose, 'utf8'), 32),
    );
  return { lookup: derive('lookup').toString('hex'), fingerprintKey: derive('fingerprint'), sealKey: derive('seal') };
}

/** HMAC-SHA256 (hex) of the canonical JSON of the request body: equal bodies give equal fingerprints. */
export function bodyFingerprint(secrets: IdempotencySecrets, body: unknown): string {
  return createHmac('sha256', secrets.fingerprintKey)
    .update(canonicalJson(body ?? null), 'utf8')
    .digest('hex');
}

/** The row a sealed response belongs to: moving it to another row (or editing the status) breaks the seal. */
export interface SealContext {
  readonly principal: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
}

function associatedData(secrets: IdempotencySecrets, context: SealContext): Buffer {
  return Buffer.from(JSON.stringify([secrets.lookup, context.principal, context.method, context.path, context.status]), 'utf8');
}

/** `v1.<iv>.<ciphertext>.<tag>` (base64url): the response's JSON text under AES-256-GCM with a fresh 96-bit IV. */
export function sealResponse(secrets: IdempotencySecrets, context: SealContext, json: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', secrets.sealKey, iv);
  cipher.setAAD(associatedData(secrets, context));
  const ciphertext = Buffer.concat([cipher.update(json, 'utf8'), cipher.final()]);
  return [sealVersion, iv.toString('base64url'), ciphertext.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
}

/** The JSON text sealed by `sealResponse`; throws when the value was altered, moved or sealed under another key. */
export function openResponse(secrets: IdempotencySecrets, context: SealContext, sealed: string): string {
  const [version, iv, ciphertext, tag, ...rest] = sealed.split('.');
  if (version !== sealVersion || iv === undefined || ciphertext === undefined || tag === undefined || rest.length > 0) {
    throw new Error('Not a sealed idempotent response');
  }
  const decipher = createDecipheriv('aes-256-gcm', secrets.sealKey, Buffer.from(iv, 'base64url'), { authTagLength: 16 });
  decipher.setAAD(associatedData(secrets, context));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}
