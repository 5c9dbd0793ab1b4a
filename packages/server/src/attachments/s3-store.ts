import { AwsClient } from 'aws4fetch';
import type { S3Settings } from './settings.js';
import { checkKey, type AttachmentStore } from './store.js';

/**
 * Objects in an S3-compatible bucket, shared by every server process (several processes behind one PostgreSQL
 * database cannot share a folder of one machine). Requests are signed with AWS Signature Version 4 by `aws4fetch`
 * (no dependencies, Web Crypto and `fetch` only) and carry the payload's SHA-256, so the service checks the bytes
 * it receives. Path-style URLs (`<endpoint>/<bucket>/<key>`), which every S3-compatible service understands.
 */
export function s3Store(settings: S3Settings, fetchImpl: typeof fetch = fetch): AttachmentStore {
  const client = new AwsClient({
    accessKeyId: settings.accessKeyId,
    secretAccessKey: settings.secretAccessKey,
    region: settings.region,
    service: 's3',
  });
  const base = `${settings.endpoint.replace(/\/+$/, '')}/${encodeURIComponent(settings.bucket)}/`;
  const urlOf = (sha256: string) => `${base}${settings.prefix}${checkKey(sha256).slice(0, 2)}/${sha256}`;
  const send = async (url: string, init: RequestInit): Promise<Response> => fetchImpl(await client.sign(url, init));
  return {
    kind: 's3',
    async put(sha256, bytes, mediaType) {
      const response = await send(urlOf(sha256), {
        method: 'PUT',
        // A copy over a plain ArrayBuffer: what fetch's body type takes whichever buffer the caller's bytes sit on.
        body: new Uint8Array(bytes),
        headers: { 'Content-Type': mediaType, 'X-Amz-Content-Sha256': sha256 },
      });
      await response.body?.cancel();
      // The status only: an S3 error body can name the bucket and the key, which a log has no need of.
      if (!response.ok) throw new Error(`attachment store: PUT answered ${String(response.status)}`);
    },
    async get(sha256) {
      const response = await send(urlOf(sha256), { method: 'GET' });
      if (response.status === 404) {
        await response.body?.cancel();
        return undefined;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new Error(`attachment store: GET answered ${String(response.status)}`);
      }
      return new Uint8Array(await response.arrayBuffer());
    },
    async delete(sha256) {
      const response = await send(urlOf(sha256), { method: 'DELETE' });
      await response.body?.cancel();
      // S3 answers 204 whether or not the object was there; some compatible services answer 404 for a missing one.
      if (!response.ok && response.status !== 404) throw new Error(`attachment store: DELETE answered ${String(response.status)}`);
    },
  };
}
