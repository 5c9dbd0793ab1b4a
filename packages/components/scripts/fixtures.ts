/**
 * Records the story fixtures from the REAL reference server (seeded demo county, pinned clock), so the data the
 * stories show can never drift from the contract or the seed: `stories/fixtures/*.json`, served by MSW
 * (`stories/msw/handlers.ts`).
 *
 *   node --conditions=shanzhi-source --import tsx packages/components/scripts/fixtures.ts
 *
 * Deterministic: the same seed and clock give byte-identical files, so a diff means the server changed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { demoNow, demoToday, openDatabase, startServer, startTestServer } from '@shanzhi/server/testing';

const outDir = fileURLToPath(new URL('../../../stories/fixtures/', import.meta.url));
const locales = ['zh-CN', 'en'] as const;
/** The demo cadre's village (ledgers are readable only there) and a village that switched its black list off. */
const mainVillage = 'v-qs-01';
const blackListOffVillage = 'v-qs-02';
const periods = ['month', 'quarter', 'year', 'all'] as const;
const lists = ['all', 'red', 'black'] as const;

interface Recorded {
  readonly status: number;
  readonly body: unknown;
}

type Row = Readonly<Record<string, unknown>>;

/** A leaderboard page as the server sends it. */
interface BoardBody {
  readonly items: Row[];
  readonly nextCursor: string | null;
  readonly [key: string]: unknown;
}

/** A whole board: every row, and the page's other fields (period, list, blackListEnabled …) without the cursor. */
interface WholeBoard {
  readonly items: Row[];
  readonly [key: string]: unknown;
}

/** JSON with one leaf object (a row, a history step) per line: small, and a diff names the rows that changed. */
function format(value: unknown, indent = ''): string {
  const flat = (v: unknown): boolean =>
    v === null || typeof v !== 'object' || (Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object'));
  if (flat(value) || (typeof value === 'object' && value !== null && Object.values(value).every(flat))) return JSON.stringify(value);
  const inner = `${indent} `;
  if (Array.isArray(value)) return `[\n${value.map((item) => inner + format(item, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value as Record<string, unknown>).map(
    ([key, item]) => `${inner}${JSON.stringify(key)}: ${format(item, inner)}`,
  );
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

function write(name: string, value: unknown): void {
  writeFileSync(`${outDir}${name}`, `${format(value)}\n`);
  console.log(`stories/fixtures/${name}`);
}

async function get(base: string, path: string, options: { token?: string; locale?: string; requestId?: string } = {}): Promise<Recorded> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': options.locale ?? 'zh-CN',
  };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  // A fixed request id keeps the recorded problems byte-identical between runs.
  if (options.requestId) headers['X-Request-Id'] = options.requestId;
  const response = await fetch(`${base}${path}`, { headers });
  return { status: response.status, body: (await response.json()) as unknown };
}

async function ok<T>(base: string, path: string, options: { token?: string } = {}): Promise<T> {
  const recorded = await get(base, path, options);
  if (recorded.status !== 200) throw new Error(`${path}: HTTP ${String(recorded.status)} ${JSON.stringify(recorded.body)}`);
  return recorded.body as T;
}

/** Every row of one board (all pages at the contract's largest limit); the page fields are dropped, MSW re-pages. */
async function wholeBoard(base: string, villageId: string, query: Record<string, string>): Promise<WholeBoard> {
  const items: Row[] = [];
  let cursor: string | null = null;
  let first: BoardBody | undefined;
  do {
    const search = new URLSearchParams({ ...query, limit: '200', ...(cursor ? { cursor } : {}) });
    const page: BoardBody = await ok<BoardBody>(base, `/v1/villages/${villageId}/points/leaderboard?${search.toString()}`);
    first ??= page;
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  const meta: Record<string, unknown> = { ...first };
  delete meta.nextCursor;
  return { ...meta, items };
}

async function boardsOf(base: string, villageId: string, categories: readonly string[]): Promise<WholeBoard[]> {
  const boards: WholeBoard[] = [];
  for (const period of periods) for (const list of lists) boards.push(await wholeBoard(base, villageId, { period, list }));
  // Categories for the current period, every list.
  for (const category of categories) for (const list of lists) boards.push(await wholeBoard(base, villageId, { category, list }));
  return boards;
}

mkdirSync(outDir, { recursive: true });
const seedNote = { households: 600, today: demoToday, recordedBy: 'packages/components/scripts/fixtures.ts' };
const server = await startTestServer();
try {
  const base = server.url;

  // The rules (catalogue + settings) of both villages.
  const rules: Record<string, unknown> = {};
  const categoriesOf: Record<string, string[]> = {};
  for (const villageId of [mainVillage, blackListOffVillage]) {
    const body = await ok<{ catalogue: { categories: { code: string }[] } }>(base, `/v1/villages/${villageId}/points/rules`);
    rules[villageId] = body;
    categoriesOf[villageId] = body.catalogue.categories.map((category) => category.code);
  }
  write('points-rules.json', { seed: seedNote, villages: rules });

  // Boards: every period × list, and every category of the current period, of the main village.
  const main = await boardsOf(base, mainVillage, categoriesOf[mainVillage] ?? []);
  // Searches exactly as the server answers the public: by household number, by the name as published (masked
  // unless consented), by the full name (found only where it is published), and ones that find nobody.
  const top = main[0]?.items[0];
  if (!top) throw new Error('the main board is empty');
  const ledgerOfTop = await ok<{ name: string }>(base, `/v1/villages/${mainVillage}/households/${String(top.householdId)}/points`, {
    token: 'demo-cadre',
  });
  const searches: WholeBoard[] = [];
  const queries = [...new Set([String(top.householdNumber), String(top.name), ledgerOfTop.name, '王', 'no-such-household', '没有这户'])];
  for (const q of queries) searches.push({ q, ...(await wholeBoard(base, mainVillage, { q })) });
  // A period before the seeded year: a board with no rows at all (the empty state).
  const empty = await wholeBoard(base, mainVillage, { period: '2024-01', list: 'red' });
  write(`leaderboard-${mainVillage}.json`, { seed: seedNote, boards: [...main, empty], searches });

  // The village with its black list switched off: the month board and its (empty, flagged) black list.
  const off: WholeBoard[] = [];
  for (const list of lists) off.push(await wholeBoard(base, blackListOffVillage, { list }));
  write(`leaderboard-${blackListOffVillage}.json`, { seed: seedNote, boards: off, searches: [] });

  // Ledgers as the demo cadre reads them, for the first ten rows of the default board (the household dialog).
  const ledgers: Record<string, unknown> = {};
  for (const row of (main[0]?.items ?? []).slice(0, 10)) {
    const householdId = String(row.householdId);
    ledgers[householdId] = await ok<unknown>(base, `/v1/villages/${mainVillage}/households/${householdId}/points`, { token: 'demo-cadre' });
  }
  write('household-points.json', { seed: seedNote, villageId: mainVillage, token: 'demo-cadre', households: ledgers });

  // Problems, in both languages, exactly as the server words them.
  const problems: Record<string, Record<string, Recorded>> = {};
  const record = async (code: string, path: string, token?: string, target = base) => {
    const byLocale: Record<string, Recorded> = {};
    for (const locale of locales)
      byLocale[locale] = await get(target, path, { locale, requestId: `story-${code}-${locale}`, ...(token ? { token } : {}) });
    problems[code] = byLocale;
  };
  await record('not-found', '/v1/villages/v-nowhere/points/leaderboard');
  await record('unauthorized', `/v1/villages/${mainVillage}/households/h-000002/points`);
  await record('forbidden', `/v1/villages/${mainVillage}/households/h-000002/points`, 'demo-villager');
  await record('validation', `/v1/villages/${mainVillage}/points/leaderboard?category=no-such-category`);

  // A real 500: the same server code over a database that has gone away.
  const db = openDatabase({ filename: ':memory:' });
  const broken = await startServer({ db, port: 0, hostname: '127.0.0.1', households: 60, now: demoNow });
  await db.destroy();
  // The server logs the failure with its stack to stderr (as it should); here that is expected, so it is dropped.
  const stderr = process.stderr;
  const stderrWrite = stderr.write.bind(stderr);
  const filtered = (chunk: unknown, ...rest: unknown[]): boolean =>
    String(chunk).startsWith('[shanzhi] request story-internal-')
      ? true
      : (Reflect.apply(stderrWrite, stderr, [chunk, ...rest]) as boolean);
  stderr.write = filtered;
  try {
    await record('internal', `/v1/villages/${mainVillage}/points/leaderboard`, undefined, broken.url);
  } finally {
    stderr.write = stderrWrite;
    await broken.close().catch(() => undefined);
  }
  write('problems.json', { seed: seedNote, problems });
} finally {
  await server.close();
}

// A village of the default `npm start` county (4,000 households): long enough to switch the virtualizer on.
const large = await startTestServer({ households: 4000 });
try {
  const board = await wholeBoard(large.url, mainVillage, {});
  write('leaderboard-large.json', { seed: { ...seedNote, households: 4000 }, boards: [board], searches: [] });
} finally {
  await large.close();
}
