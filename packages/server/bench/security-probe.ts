/* eslint-disable @typescript-eslint/no-misused-spread -- Han names: one code point per character is what a mask hides */
// Black-box probe of the security review's findings against a running server (the demo county):
//   node --import tsx packages/server/bench/security-probe.ts http://localhost:8080
// It attacks as an outsider would and prints one figure per finding, so the same script measures a server
// before and after a fix. Only ever point it at a server of your own on this machine.
import { get as httpGet } from 'node:http';
import { connect, type Socket } from 'node:net';
import { neighbourIntake } from '../test/support/intakes.js';

const base = (process.argv[2] ?? 'http://localhost:8080').replace(/\/$/, '');
const village = process.argv[3] ?? 'v-qs-01';

interface Answer {
  readonly status: number;
  readonly text: string;
  readonly json: unknown;
}

async function call(
  method: string,
  path: string,
  options: { body?: string; token?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
  const response = await fetch(`${base}${path}`, { method, headers, ...(options.body === undefined ? {} : { body: options.body }) });
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, text, json };
}

interface Row {
  readonly householdNumber: string;
  readonly name: string;
}

async function board(list: 'all' | 'red' | 'black', q?: string): Promise<Row[]> {
  const query = new URLSearchParams({ list, limit: '100' });
  if (q !== undefined) query.set('q', q);
  const answer = await call('GET', `/v1/villages/${village}/points/leaderboard?${query.toString()}`);
  const items = (answer.json as { items?: Row[] } | undefined)?.items;
  return Array.isArray(items) ? items : [];
}

async function reidentification(): Promise<string> {
  const rows = await board('all');
  // Three-character names masked in the middle (杜*梦): one hidden character to guess.
  const masked = rows.filter((row) => [...row.name].length === 3 && [...row.name][1] === '*' && !row.name.endsWith('*')).slice(0, 25);
  // The attacker's alphabet: every character that appears in any name shown on the public board.
  const alphabet = [...new Set(rows.flatMap((row) => [...row.name]).filter((ch) => ch !== '*' && ch !== '·'))];
  let recovered = 0;
  let requests = 0;
  for (const row of masked) {
    const [first, , last] = [...row.name];
    for (const guess of alphabet) {
      requests++;
      const hits = await board('all', `${first ?? ''}${guess}${last ?? ''}`);
      if (hits.some((hit) => hit.householdNumber === row.householdNumber)) {
        recovered++;
        break;
      }
    }
  }
  return `names recovered from public search: ${String(recovered)} of ${String(masked.length)} sampled (${String(requests)} requests, alphabet ${String(alphabet.length)})`;
}

async function blackList(): Promise<string> {
  const rows = await board('black');
  const full = rows.filter((row) => !row.name.includes('*'));
  return `full names on the public black list: ${String(full.length)} of ${String(rows.length)} rows`;
}

function nested(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

const intake = neighbourIntake();

async function nesting(): Promise<string> {
  const results: string[] = [];
  let deepest4xx = 0;
  let any5xx = 0;
  for (const depth of [100, 1000, 5000, 30_000]) {
    const body = `${JSON.stringify(intake).slice(0, -1)},"extra":${nested(depth)}}`;
    const answer = await call('POST', '/v1/mediation/cases', {
      body,
      headers: { 'Idempotency-Key': `probe-deep-${String(depth)}-${String(Date.now())}` },
    });
    results.push(`${String(depth)}→${String(answer.status)}`);
    if (answer.status >= 400 && answer.status < 500) deepest4xx = Math.max(deepest4xx, depth);
    if (answer.status >= 500) any5xx++;
  }
  return `nesting: ${results.join(', ')}; deepest body answering 4xx: ${String(deepest4xx)}; 5xx: ${String(any5xx)}`;
}

async function submit(): Promise<{ caseNumber: string; trackingCode: string }> {
  const answer = await call('POST', '/v1/mediation/cases', {
    body: JSON.stringify(intake),
    headers: { 'Idempotency-Key': `probe-${String(Math.random())}` },
  });
  const receipt = answer.json as { caseNumber: string; trackingCode: string };
  return receipt;
}

/** Looks a case up by its code: the current contract's POST …/lookup, else the old query string. */
async function lookUp(caseNumber: string, code: string): Promise<number> {
  const path = `/v1/mediation/cases/${encodeURIComponent(caseNumber)}`;
  const modern = await call('POST', `${path}/lookup`, {
    body: JSON.stringify({ trackingCode: code }),
    headers: { 'Idempotency-Key': `probe-${String(Math.random())}` },
  });
  if (modern.status !== 404 || !modern.text.includes('not-found') || modern.text.includes('mediation')) return modern.status;
  return (await call('GET', `${path}?trackingCode=${encodeURIComponent(code)}`)).status;
}

async function lockout(): Promise<string> {
  const a = await submit();
  const b = await submit();
  const wrong = a.trackingCode === 'ABCD2345' ? 'ABCD2346' : 'ABCD2345';
  for (let i = 0; i < 20; i++) await lookUp(a.caseNumber, wrong);
  const other = await lookUp(b.caseNumber, b.trackingCode);
  const mediator = await call('GET', `/v1/mediation/cases/${encodeURIComponent(a.caseNumber)}`, { token: 'demo-mediator' });
  return `lockout: after 20 wrong codes for case A, the correct code for case B answers ${String(other)}; a mediator's read of case A answers ${String(mediator.status)}`;
}

async function echo(): Promise<string> {
  const body = {
    ...intake,
    safety: { ...intake.safety, alreadyBefore: 'otherAgency', otherAgencyName: '镇信访办 13912345678 11010519491231002X' },
  };
  const answer = await call('POST', '/v1/mediation/cases', {
    body: JSON.stringify(body),
    headers: { 'Idempotency-Key': `probe-echo-${String(Date.now())}` },
  });
  const leaks = ['13912345678', '11010519491231002X'].filter((value) => answer.text.includes(value)).length;
  return `problem body of a refused intake: ${String(answer.status)}, raw numbers echoed: ${String(leaks)} of 2`;
}

/** A calendar day in Asia/Shanghai, `days` from today. */
function shanghaiDay(days = 0): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

async function publicField(): Promise<string> {
  const today = shanghaiDay();
  const body = {
    category: 'village',
    version: {
      title: '道路养护通知 联系 13912345678',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: '本村将于下月组织道路养护。' }] }],
      period: { from: `${today.slice(0, 8)}01`, to: today },
      notice: { published: today, until: shanghaiDay(10) },
      attachments: [],
    },
  };
  const written = await call('POST', `/v1/villages/${village}/disclosures`, { body: JSON.stringify(body), token: 'demo-cadre' });
  const list = await call('GET', `/v1/villages/${village}/disclosures`);
  return `disclosure title with a mobile number: write ${String(written.status)}, public list afterwards ${String(list.status)}`;
}

async function idleSockets(count = 50, limitMs = 90_000): Promise<string> {
  const { hostname, port } = new URL(base);
  const started = Date.now();
  const closedAfter: number[] = [];
  const sockets: Socket[] = [];
  await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<void>((resolve) => {
          const socket = connect(Number(port), hostname);
          sockets.push(socket);
          const timer = setTimeout(() => {
            socket.destroy();
            resolve();
          }, limitMs);
          socket.on('close', () => {
            clearTimeout(timer);
            closedAfter.push(Date.now() - started);
            resolve();
          });
          socket.on('error', () => undefined);
          // Read (and drop) whatever the server sends, so its 408 and FIN are seen; the probe itself never writes.
          socket.resume();
        }),
    ),
  );
  const closedByServer = closedAfter.filter((ms) => ms < limitMs - 100);
  const slowest = closedByServer.length === 0 ? '—' : `${(Math.max(...closedByServer) / 1000).toFixed(1)} s`;
  return `idle sockets: ${String(closedByServer.length)} of ${String(count)} closed by the server within ${String(limitMs / 1000)} s (last after ${slowest})`;
}

/** Opens `count` silent sockets from this one address, then asks for /v1/health while they are open. */
async function connectionCap(count = 400): Promise<string> {
  const { hostname, port } = new URL(base);
  const started = Date.now();
  let refusedAtOnce = 0;
  const sockets = await Promise.all(
    Array.from({ length: count }, () => {
      const socket = connect(Number(port), hostname);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        if (Date.now() - started < 2_000) refusedAtOnce++;
      });
      socket.resume();
      return new Promise<Socket>((resolve) =>
        socket.once('connect', () => {
          resolve(socket);
        }),
      );
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  // Another client: this machine again, from a second loopback source address (the whole 127.0.0.0/8 is local).
  const status = (localAddress?: string) =>
    new Promise<string>((resolve) => {
      const request = httpGet(`${base}/v1/health`, { timeout: 5_000, ...(localAddress ? { localAddress } : {}) }, (response) => {
        response.resume();
        resolve(String(response.statusCode));
      });
      request.on('timeout', () => request.destroy());
      request.on('error', () => {
        resolve('no answer');
      });
    });
  const sameClient = await status();
  const otherClient = await status('127.0.0.2');
  for (const socket of sockets) socket.destroy();
  return `${String(count)} silent sockets from one address: ${String(refusedAtOnce)} closed at once by the per-address cap; /v1/health meanwhile: ${sameClient} from that address, ${otherClient} from another`;
}

const findings: [string, () => Promise<string>][] = [
  ['1', reidentification],
  ['2', blackList],
  ['3', nesting],
  ['4', lockout],
  ['5', echo],
  ['6', publicField],
  ['7', () => idleSockets()],
  ['7b', () => connectionCap()],
];
const only = process.env.PROBE_ONLY?.split(',');
for (const [id, run] of findings) {
  if (only && !only.includes(id)) continue;
  try {
    console.log(`defect ${id}: ${await run()}`);
  } catch (error) {
    console.log(`defect ${id}: probe failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
