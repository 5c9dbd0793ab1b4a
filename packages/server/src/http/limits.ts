import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HttpProblem, problemResponse } from './problem.js';

/** Default most bytes a request body may have: 64 KiB is far above any form of the widgets. */
export const defaultMaxBodyBytes = 64 * 1024;

/**
 * Middleware: refuses bodies over `maxBytes` with a 413 'payload-too-large' problem. Hono's bodyLimit trusts
 * Content-Length when present and otherwise counts the streamed bytes before the handler runs.
 */
export function limitBody(options: { readonly maxBytes?: number; readonly files?: FileBodies } = {}): MiddlewareHandler {
  const limit = limiter(options.maxBytes ?? defaultMaxBodyBytes);
  const files = options.files;
  const fileLimit = files === undefined ? undefined : limiter(files.maxBytes);
  // A GET or HEAD request has no body in the node adapter; asking for it would only build a full Request object.
  return (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : fileLimit && files?.applies(c) ? fileLimit(c, next) : limit(c, next);
}

/** Requests whose body is a file (an attachment upload): their own, larger limit. */
export interface FileBodies {
  readonly maxBytes: number;
  readonly applies: (c: Context) => boolean;
}

function limiter(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    // The unread remainder of the body is still on the socket, so the connection cannot be reused: say so, or a
    // keep-alive client sends its next request into a socket the server is about to drop.
    onError: (c) =>
      problemResponse(c, HttpProblem.of('payload-too-large', { params: { maximum: maxBytes }, headers: { Connection: 'close' } })),
  });
}

/**
 * Reads what is left of a request body the route answered without reading (a 401 before the JSON, a 403, a 415),
 * before the answer goes out. Otherwise the node adapter drops the socket if the rest of the body has not arrived
 * half a second after the answer, and a client whose body was still on its way — a phone on rural mobile data, or
 * any client while the server is paused by a long garbage collection — gets a connection reset instead of the
 * problem that says what to fix. The body is already bounded by `limitBody`; a 413 is not read (it answers
 * `Connection: close`: reading what is too large is what it refuses).
 */
export function readUnreadBody(): MiddlewareHandler {
  return async function readUnreadBodyMiddleware(c, next) {
    await next();
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.res.status === 413 || !hasBody(c)) return;
    const raw = c.req.raw;
    if (raw.bodyUsed) return;
    await raw.arrayBuffer().catch(() => undefined);
  };
}

/** True when the request carries a body (a declared non-zero length, chunked transfer, or a body stream). */
export function hasBody(c: Context): boolean {
  const length = c.req.header('Content-Length');
  if (length !== undefined) return length.trim() !== '0';
  if (c.req.header('Transfer-Encoding') !== undefined) return true;
  // Node hands every request a body stream, even a bodiless DELETE; only methods that carry content count here.
  // The method first: reading `body` makes the node adapter build a full Request, which a GET never needs.
  return !['GET', 'HEAD', 'DELETE', 'OPTIONS'].includes(c.req.method.toUpperCase()) && c.req.raw.body !== null;
}

/** The media type of a Content-Type value, lower case, without its parameters ('' when there is none). */
export function mediaTypeOf(value: string | undefined): string {
  return (value ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** 415 for a body an upload route does not take; Accept-Post names the types it does. */
export function uploadTypeProblem(mediaTypes: readonly string[]): HttpProblem {
  return HttpProblem.of('unsupported-media-type', { headers: { 'Accept-Post': mediaTypes.join(', ') } });
}

/** `application/json`, optionally with `charset=utf-8` (JSON is UTF-8 by RFC 8259; other charsets are refused). */
export function isJsonContentType(value: string | undefined): boolean {
  if (value === undefined) return false;
  const [type = '', ...parameters] = value.split(';');
  if (type.trim().toLowerCase() !== 'application/json') return false;
  return parameters.every((parameter) => {
    const [name = '', raw = ''] = parameter.split('=');
    if (name.trim().toLowerCase() !== 'charset') return true;
    return raw.trim().replace(/^"|"$/g, '').toLowerCase() === 'utf-8';
  });
}

/**
 * Middleware: a request with a body must say `Content-Type: application/json`, else 415 'unsupported-media-type';
 * a request to an upload route (`uploadTypesOf` names its types) may send one of those instead.
 */
export function requireJson(uploadTypesOf?: (c: Context) => readonly string[] | undefined): MiddlewareHandler {
  return async function requireJsonMiddleware(c, next) {
    if (hasBody(c) && !isJsonContentType(c.req.header('Content-Type'))) {
      // An upload route takes a file's bytes in the types it lists (its handler refuses the rest the same way).
      const uploadTypes = uploadTypesOf?.(c);
      if (uploadTypes !== undefined) {
        if (uploadTypes.includes(mediaTypeOf(c.req.header('Content-Type')))) return next();
        return problemResponse(c, uploadTypeProblem(uploadTypes));
      }
      const method = c.req.method.toUpperCase();
      const headers: Record<string, string> =
        method === 'POST' ? { 'Accept-Post': 'application/json' } : method === 'PATCH' ? { 'Accept-Patch': 'application/json' } : {};
      return problemResponse(c, HttpProblem.of('unsupported-media-type', { headers }));
    }
    await next();
    return undefined;
  };
}

/** Deepest nesting of arrays and objects a body may have: the deepest form of the contract needs 6. */
export const maxJsonDepth = 32;

/**
 * Whether JSON text nests arrays/objects deeper than `limit`, found by one pass over the characters (brackets
 * inside strings do not count). Run BEFORE anything parses or walks the body: a 10 KB body can nest 5,000 deep,
 * and every recursive walker (canonical JSON, schema checks, the privacy scan) would overflow the stack on it.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c)
        i++; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x5b || code === 0x7b) {
      if (++depth > limit) return true;
    } else if (code === 0x5d || code === 0x7d) {
      depth--;
    }
  }
  return false;
}

/**
 * The request body parsed as JSON, or a 400 'malformed-json' problem (an empty body counts as malformed), or
 * 400 'nesting-too-deep' past `maxJsonDepth`. The parser's message is not passed on: it can quote the body.
 */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') throw HttpProblem.of('malformed-json');
  if (nestsDeeperThan(text, maxJsonDepth)) throw HttpProblem.of('nesting-too-deep', { params: { maximum: maxJsonDepth } });
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw HttpProblem.of('malformed-json');
  }
}
