import { randomUUID } from 'node:crypto';
import { Agent, createServer, request as forward, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buffer } from 'node:stream/consumers';
import { demoToday, generateDemoCounty, startTestServer, testConnections, type TestServer } from '@shanzhi/server/testing';

/*
 * The reference server with bugs switched on, for the kit's proof: each fault is one way a real backend breaks a
 * promise of the contract, and the kit must name it. The faults are applied by a small proxy in front of the real
 * server (the server itself stays correct, so the same binary proves the healthy run and the broken one).
 */

/** The faults a broken server can have, each a bug seen in (or easy to make in) a backend written from the docs. */
export const faults = [
  /**
   * Public boards (the leaderboard, the 公示 notices) show the household's REAL name while still saying
   * `nameMasked: true`: a backend that masks in a view template, then adds a JSON endpoint that serializes the row
   * as stored. Breaks 个人信息保护法 Art 25 (no disclosure without consent) → suite `privacy`.
   */
  'unmaskedNames',
  /**
   * The backend ignores Idempotency-Key: no 400 without one, a replay runs the write again (two ledger entries for one
   * tap on a flaky 3G link), a reused key with another body is not refused. The usual cause is a gateway or framework
   * that never passes the header on → suite `idempotency`.
   */
  'noIdempotencyCheck',
  /**
   * Errors go out as `application/json` instead of `application/problem+json` (RFC 9457 §3): a global exception
   * handler that serializes the problem object with the framework's default JSON writer → suite `problems`.
   */
  'wrongProblemType',
  /**
   * Each cursor page silently drops its last row while its `nextCursor` still points after it: an off-by-one between
   * `LIMIT n` and the cursor taken from row n+1, so one row per page is never shown to anyone → suite `paging`.
   */
  'pagingGap',
] as const;
export type Fault = (typeof faults)[number];

export interface BrokenServer {
  /** The proxy's origin, as a kit's `--base-url` (the reference server's own URL stays hidden behind it). */
  readonly url: string;
  stop(): Promise<void>;
}

/** The demo county the test server seeds (its defaults): the proxy reads the real names from the same seed. */
const households = 600;

/** Headers that belong to one connection (RFC 9110 §7.6.1), never forwarded; the body's length is set anew. */
const perConnection = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'content-length']);

function forwardable(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !perConnection.has(name)) kept[name] = value;
  return kept;
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Puts the real name on every row the server masked (`nameMasked: true`), leaving the flag as it was. */
function unmask(value: unknown, realNames: ReadonlyMap<string, string>): boolean {
  if (Array.isArray(value)) return value.map((item) => unmask(item, realNames)).some(Boolean);
  if (!isRecord(value)) return false;
  let changed = false;
  const real = typeof value.householdId === 'string' ? realNames.get(value.householdId) : undefined;
  if (value.nameMasked === true && typeof value.name === 'string' && real !== undefined && real !== value.name) {
    value.name = real;
    changed = true;
  }
  for (const child of Object.values(value)) if (typeof child === 'object' && unmask(child, realNames)) changed = true;
  return changed;
}

/** Drops a cursor page's last row when another page follows: that row is on neither page. */
function dropLastRow(page: unknown): boolean {
  if (!isRecord(page) || !Array.isArray(page.items) || typeof page.nextCursor !== 'string' || page.items.length === 0) return false;
  page.items.pop();
  return true;
}

const writeMethods = new Set(['POST', 'PUT', 'DELETE', 'PATCH']);

export interface BrokenServerOptions {
  /**
   * Another BrokenServer (or a reference server seeded with startTestServer's demo county) to put this proxy in front
   * of, instead of starting a reference server: proxies are cheap, a seeded county takes seconds. It is not stopped.
   */
  readonly upstream?: Pick<BrokenServer, 'url'>;
}

/**
 * Starts the reference server (SQLite in memory, the demo county, `https://portal.example` allowed by CORS) behind a
 * proxy that applies `faults`. With no faults the proxy only forwards.
 */
export async function startBrokenServer(switchedOn: readonly Fault[], options: BrokenServerOptions = {}): Promise<BrokenServer> {
  const on = new Set(switchedOn);
  const started: TestServer | undefined =
    options.upstream === undefined ? await startTestServer({ households, corsOrigins: ['https://portal.example'] }) : undefined;
  const target = new URL(options.upstream?.url ?? started?.url ?? '');
  const agent = new Agent({ keepAlive: true });
  const realNames = new Map<string, string>();
  if (on.has('unmaskedNames')) {
    for (const household of generateDemoCounty({ households, asOf: demoToday }).households) realNames.set(household.id, household.headName);
  }

  const handle = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const method = incoming.method ?? 'GET';
    const body = await buffer(incoming);
    const headers = forwardable(incoming.headers);
    if (on.has('noIdempotencyCheck') && writeMethods.has(method)) headers['idempotency-key'] = randomUUID();
    if (body.length > 0 || writeMethods.has(method)) headers['content-length'] = String(body.length);
    const answer = await new Promise<IncomingMessage>((resolve, reject) => {
      const sent = forward({ host: target.hostname, port: target.port, method, path: incoming.url, headers, agent }, resolve);
      sent.on('error', reject);
      sent.end(body);
    });
    let payload = await buffer(answer);
    const answerHeaders = forwardable(answer.headers);
    const type = answer.headers['content-type'] ?? '';
    if (on.has('wrongProblemType') && type.startsWith('application/problem+json')) {
      answerHeaders['content-type'] = type.replace('application/problem+json', 'application/json');
    }
    if ((on.has('unmaskedNames') || on.has('pagingGap')) && method === 'GET' && type.includes('json')) {
      const json = parseJson(payload);
      const unmasked = on.has('unmaskedNames') && unmask(json, realNames);
      const gap = on.has('pagingGap') && dropLastRow(json);
      if (unmasked || gap) payload = Buffer.from(JSON.stringify(json), 'utf8');
    }
    // A HEAD, 204 or 304 answer has no body whatever its length says; every other one gets the length of what is sent.
    const bodiless = method === 'HEAD' || answer.statusCode === 204 || answer.statusCode === 304;
    if (bodiless) {
      const length = answer.headers['content-length'];
      if (length !== undefined) answerHeaders['content-length'] = length;
    } else answerHeaders['content-length'] = String(payload.length);
    outgoing.writeHead(answer.statusCode ?? 502, answerHeaders);
    outgoing.end(bodiless ? undefined : payload);
  };

  const proxy = createServer((incoming, outgoing) => {
    handle(incoming, outgoing).catch((error: unknown) => {
      if (outgoing.headersSent) outgoing.destroy();
      else outgoing.writeHead(502, { 'content-type': 'text/plain' }).end(`broken-server proxy: ${String(error)}`);
    });
  });
  // Connections are kept longer than Node's 5 s: the kit in the test process shares its event loop with the proxy, and
  // on a loaded CI machine a stalled loop let the proxy close a pooled socket just as the kit reused it (fetch failed).
  proxy.keepAliveTimeout = testConnections.keepAliveTimeoutMs;
  proxy.headersTimeout = testConnections.keepAliveTimeoutMs + 5_000;
  await new Promise<void>((resolve) => {
    proxy.listen(0, '127.0.0.1', resolve);
  });
  const { port } = proxy.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    stop: async () => {
      proxy.closeAllConnections();
      await new Promise<void>((resolve) =>
        proxy.close(() => {
          resolve();
        }),
      );
      agent.destroy();
      await started?.close();
    },
  };
}
