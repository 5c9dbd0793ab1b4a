import { createHash } from 'node:crypto';
import { routes, type RouteSpec } from '@shanzhi/sdk';
import type { Context } from 'hono';
import { hasBody, isJsonContentType, mediaTypeOf, readJson, uploadTypeProblem } from '../http/limits.js';

/** A route of the table whose body is a file's bytes, with the pattern of its path. */
interface UploadRoute {
  readonly method: string;
  readonly pattern: RegExp;
  readonly mediaTypes: readonly string[];
}

const uploadRoutes: readonly UploadRoute[] = (routes as readonly RouteSpec[]).flatMap((route) =>
  route.upload
    ? [{ method: route.method, pattern: new RegExp(`^${route.path.replace(/\{\w+\}/g, '[^/]+')}$`), mediaTypes: route.upload.mediaTypes }]
    : [],
);

/**
 * The media types a request may declare when it targets an upload route (matched on method and path before the
 * router runs: the body limit and the JSON check are middleware), or undefined for every other request.
 */
export function uploadTypesOf(c: Context): readonly string[] | undefined {
  const method = c.req.method.toUpperCase();
  return uploadRoutes.find((route) => route.method === method && route.pattern.test(c.req.path))?.mediaTypes;
}

/** True when the request sends a file's bytes to an upload route: it gets the attachments' size limit, not JSON's. */
export function isFileUpload(c: Context): boolean {
  return uploadTypesOf(c)?.includes(mediaTypeOf(c.req.header('Content-Type'))) === true;
}

/**
 * The uploaded bytes (already bounded by the body limit). A JSON body is read as JSON first, so a malformed one
 * answers 400 'malformed-json' as on every route, and is then refused with 415: an upload is the file itself.
 * No body at all is an empty file (refused by the handler as `empty`).
 */
export async function readUpload(c: Context, mediaTypes: readonly string[]): Promise<Uint8Array> {
  if (isJsonContentType(c.req.header('Content-Type'))) {
    await readJson(c);
    throw uploadTypeProblem(mediaTypes);
  }
  if (!hasBody(c)) return new Uint8Array(0);
  if (!mediaTypes.includes(mediaTypeOf(c.req.header('Content-Type')))) throw uploadTypeProblem(mediaTypes);
  return new Uint8Array(await c.req.arrayBuffer());
}

/** What an upload's Idempotency-Key is bound to (with the method and the path, which names the purpose): the bytes sent. */
export function uploadFingerprint(bytes: Uint8Array): unknown {
  return { sha256: createHash('sha256').update(bytes).digest('hex') };
}
