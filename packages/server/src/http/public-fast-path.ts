import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { todayInShanghai } from '@shanzhi/rules';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { villageVersion } from '../points/cache.js';
import { matchesIfNoneMatch } from './cache.js';
import { isSaneRequestId, requestIdHeader } from './request-id.js';

/**
 * The public leaderboard at close to node:http's own speed. When a village TV screen or a WeChat group shares a
 * board, thousands of anonymous readers ask for the same few pages. The Hono pipeline (request objects, a dozen
 * middleware, header rebuilding) costs far more per request than sending an answer that is already serialized, so
 * this runs in front of it, in the node:http listener, and does one thing: it replays an answer the full pipeline
 * gave to the same request, if the village has not changed since.
 *
 * - What it replays is captured, never built here: status, every header (security headers, CORS, cache headers,
 *   contract version, ETag) and body, as Hono sent them for the same URL, Accept-Language and Origin on the same
 *   day. Only the request id is made afresh. So the fast path cannot drift from the pipeline's answer: a test
 *   compares the two header for header.
 * - Only anonymous reads: a request with an `Authorization` header, a method other than GET, or a conditional or
 *   range header other than If-None-Match goes to Hono, and only answers marked `Cache-Control: public` are kept.
 * - Fresh as the pipeline: each request reads the village's version row first (`villageVersion`, the same read the
 *   board cache makes), so a write through any process is served on the next request after its commit.
 * - Bounded: at most `maxEntries` answers, least recently used first out (a URL's query and the request headers
 *   in the key are the caller's to vary).
 */
export interface PublicFastPathOptions {
  readonly db: Kysely<Database>;
  readonly now?: () => Date;
  readonly maxEntries?: number;
}

/** One captured answer: the headers as a flat name/value list (node's raw form) and the body. */
interface Answer {
  readonly status: number;
  readonly headers: readonly string[];
  readonly body: Buffer | undefined;
}

interface Entry {
  readonly version: number;
  readonly etag: string;
  ok?: Answer;
  notModified?: Answer;
}

/** What the fast path hands to the capture, on the node request, when Hono is to answer and be remembered. */
interface Mark {
  readonly key: string;
  readonly version: number;
}

export interface PublicFastPath {
  /** Answers the request from a captured answer and resolves true, or resolves false: then Hono must answer it. */
  serve(request: IncomingMessage, response: ServerResponse): Promise<boolean>;
  /** Wraps the app's fetch so that the answers Hono gives to requests `serve` passed on are captured. */
  capture<Env extends { readonly incoming?: object }>(
    fetch: (request: Request, env: Env) => Response | Promise<Response>,
  ): (request: Request, env: Env) => Promise<Response>;
  /** Answers served and passed on since start, for the tests and the bench. */
  readonly stats: { readonly served: number; readonly passed: number };
}

/** The public board; the village id is checked by the route itself (an unknown one answers 404, never kept). */
const boardPath = /^\/v1\/villages\/([^/?#]{1,100})\/points\/leaderboard(?:\?|$)/;
/** Request headers that make Hono's answer depend on more than the key, or that ask for more than a replay. */
const passOn = ['authorization', 'if-modified-since', 'if-match', 'if-unmodified-since', 'if-range', 'range'] as const;
/** Response headers that belong to one answer, not to the page: made afresh (request id, date) or by node. */
const perResponse = new Set([requestIdHeader.toLowerCase(), 'date', 'content-length', 'connection', 'keep-alive', 'transfer-encoding']);
const marks = new WeakMap<object, Mark>();

export function createPublicFastPath(options: PublicFastPathOptions): PublicFastPath {
  const now = options.now ?? (() => new Date());
  const maxEntries = options.maxEntries ?? 512;
  const entries = new Map<string, Entry>();
  const stats = { served: 0, passed: 0 };

  const keep = (key: string, entry: Entry) => {
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > maxEntries) {
      const oldest = entries.keys().next();
      if (oldest.done !== true) entries.delete(oldest.value);
    }
  };

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    const url = request.url ?? '';
    const village = request.method === 'GET' ? boardPath.exec(url)?.[1] : undefined;
    if (village === undefined || passOn.some((name) => request.headers[name] !== undefined)) return false;
    const version = await villageVersion(options.db, village);
    const key = `${todayInShanghai(now())}\u0000${url}\u0000${request.headers['accept-language'] ?? ''}\u0000${request.headers.origin ?? ''}`;
    const entry = entries.get(key);
    const answer =
      entry?.version !== version
        ? undefined
        : matchesIfNoneMatch(request.headers['if-none-match'], entry.etag)
          ? entry.notModified
          : entry.ok;
    if (entry === undefined || answer === undefined) {
      marks.set(request, { key, version });
      stats.passed += 1;
      return false;
    }
    keep(key, entry);
    const incomingId = request.headers[requestIdHeader.toLowerCase()];
    const id = typeof incomingId === 'string' && isSaneRequestId(incomingId) ? incomingId : randomUUID();
    const headers = [...answer.headers, requestIdHeader, id];
    if (answer.body !== undefined) headers.push('Content-Length', String(answer.body.length));
    response.writeHead(answer.status, headers);
    response.end(answer.body);
    stats.served += 1;
    return true;
  }

  async function remember(mark: Mark, answered: Response): Promise<void> {
    const etag = answered.headers.get('etag');
    const cacheControl = answered.headers.get('cache-control') ?? '';
    if (etag === null || !/(^|,)\s*public\b/.test(cacheControl) || answered.headers.has('set-cookie')) return;
    if (answered.status !== 200 && answered.status !== 304) return;
    const headers: string[] = [];
    answered.headers.forEach((value, name) => {
      if (!perResponse.has(name)) headers.push(name, value);
    });
    const body = answered.status === 200 ? Buffer.from(await answered.clone().arrayBuffer()) : undefined;
    const found = entries.get(mark.key);
    // A newer version already kept (another request computed after a write) is not replaced by an older one.
    if (found !== undefined && found.version > mark.version) return;
    const entry: Entry = found?.version === mark.version && found.etag === etag ? found : { version: mark.version, etag };
    const answer: Answer = { status: answered.status, headers, body };
    if (answered.status === 200) entry.ok = answer;
    else entry.notModified = answer;
    keep(mark.key, entry);
  }

  return {
    serve,
    capture: (fetch) => async (request, env) => {
      const answered = await fetch(request, env);
      const mark = env.incoming === undefined ? undefined : marks.get(env.incoming);
      if (mark !== undefined) await remember(mark, answered);
      return answered;
    },
    stats,
  };
}
