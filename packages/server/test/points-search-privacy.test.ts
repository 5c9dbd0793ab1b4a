import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { codePoints, maskName } from '@shanzhi/rules';
import { getLeaderboard, type Client, type PageItem, type RouteInput } from '@shanzhi/sdk';
import { generateDemoCounty } from '../src/seed/index.js';
import { demoToday, startTestServer, type TestServer } from './harness.js';

/*
 * The leaderboard's `q` may only match what the caller is allowed to see (个人信息保护法 Arts 25, 51):
 * for the public, villagers and staff of other villages the name as the board shows it (张*明) and the
 * household number; the registered name only for staff of the village. Otherwise `q` is an oracle: a
 * guess of the hidden character of 杜*梦 answers only when it is right, and `list=black` answers whether a
 * named person is on the black list.
 */

type Row = PageItem<typeof getLeaderboard>;
type BoardQuery = NonNullable<RouteInput<typeof getLeaderboard>['query']>;

const village = 'v-qs-01';
const otherVillage = 'v-qs-02';
const ownStaff = ['demo-gridWorker', 'demo-cadre', 'demo-supervisor', 'demo-mediator'] as const;
/** A character no demo name holds: the wrong guess. */
const wrongGuess = '〇';

let server: TestServer;
let pub: Client;
/** Registered names by household id, from the same deterministic seed the server loaded. */
const registered = new Map<string, string>();

before(async () => {
  server = await startTestServer();
  pub = server.client();
  for (const household of generateDemoCounty({ households: 600, asOf: demoToday }).households)
    registered.set(household.id, household.headName);
});

after(() => server.close());

async function search(client: Client, villageId: string, query: BoardQuery): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const row of client.paginate(getLeaderboard, { params: { villageId }, query: { limit: 200, ...query } })) rows.push(row);
  return rows;
}

const ids = (rows: readonly Row[]) => rows.map((row) => row.householdId);

/** Every row a search returned is explained by what the caller sees: its shown name or its household number. */
function assertExplained(rows: readonly Row[], q: string): void {
  const needle = q.toLowerCase();
  for (const row of rows)
    assert.ok(
      row.name.toLowerCase().includes(needle) || row.householdNumber.toLowerCase().includes(needle),
      `${row.name} (${row.householdNumber}) matched ${q}`,
    );
}

function fullName(householdId: string): string {
  const name = registered.get(householdId);
  assert.ok(name !== undefined, householdId);
  return name;
}

/** A shown name with exactly one hidden character (杜*梦, 张*), as a reviewer would try to reverse it. */
interface Target {
  readonly row: Row;
  readonly full: readonly string[];
  readonly shown: readonly string[];
  readonly hidden: number;
}

function targetsOf(rows: readonly Row[]): Target[] {
  return rows.flatMap((row) => {
    if (!row.nameMasked) return [];
    const full = codePoints(fullName(row.householdId));
    const shown = codePoints(row.name);
    const stars = shown.flatMap((ch, index) => (ch === '*' ? [index] : []));
    const hidden = stars[0];
    if (stars.length !== 1 || hidden === undefined || shown.length !== full.length) return [];
    return [{ row, full, shown, hidden }];
  });
}

/** The shown characters from..to with the hidden one replaced by `guess`. */
function guessed(target: Target, guess: string, from = 0, to = target.shown.length): string {
  return target.shown
    .slice(from, to)
    .map((ch, index) => (index + from === target.hidden ? guess : ch))
    .join('');
}

describe('public search matches only what the public sees', () => {
  test('guessing the hidden character of a masked name right finds nothing a wrong guess does not', async () => {
    const targets = targetsOf(await search(pub, village, {})).slice(0, 25);
    assert.equal(targets.length, 25, 'the seed has 25 masked names with one hidden character');
    let recovered = 0;
    for (const target of targets) {
      const right = await search(pub, village, { q: target.full.join('') });
      const wrong = await search(pub, village, { q: guessed(target, wrongGuess) });
      if (ids(right).includes(target.row.householdId) && !ids(wrong).includes(target.row.householdId)) recovered++;
    }
    assert.equal(recovered, 0, `names recovered from public search: ${String(recovered)}/${String(targets.length)}`);
    for (const target of targets) assertExplained(await search(pub, village, { q: target.full.join('') }), target.full.join(''));
  });

  test('the public still finds a household by its number and by the name exactly as shown', async () => {
    const [target] = targetsOf(await search(pub, village, {}));
    assert.ok(target);
    assert.ok(ids(await search(pub, village, { q: target.row.householdNumber })).includes(target.row.householdId));
    assert.ok(ids(await search(pub, village, { q: target.row.name })).includes(target.row.householdId));
  });

  test('searching a black-listed household by its full name reveals nothing to the public or a villager', async () => {
    const black = await search(pub, village, { list: 'black', period: 'all' });
    assert.ok(black.length > 0, 'the seed has a black list');
    let revealed = 0;
    const answers: { q: string; hits: Row[] }[] = [];
    for (const token of [undefined, 'demo-villager']) {
      const client = server.client(token);
      for (const row of black) {
        const q = fullName(row.householdId);
        const hits = await search(client, village, { list: 'black', period: 'all', q });
        if (ids(hits).includes(row.householdId)) revealed++;
        answers.push({ q, hits });
      }
    }
    assert.equal(
      revealed,
      0,
      `black-list searches by full name that found their household: ${String(revealed)}/${String(black.length * 2)}`,
    );
    for (const { q, hits } of answers) assertExplained(hits, q);
  });

  test('the village’s own staff find households by registered name; staff of another village do not', async () => {
    const [target] = targetsOf(await search(pub, village, {}));
    const [elsewhere] = targetsOf(await search(pub, otherVillage, {}));
    assert.ok(target && elsewhere);
    for (const token of ownStaff) {
      const client = server.client(token);
      const own = await search(client, village, { q: target.full.join('') });
      assert.ok(ids(own).includes(target.row.householdId), `${token} searches its own village by full name`);
      const other = await search(client, otherVillage, { q: elsewhere.full.join('') });
      assert.ok(!ids(other).includes(elsewhere.row.householdId), `${token} of ${village} finds ${otherVillage}'s household by full name`);
      assertExplained(other, elsewhere.full.join(''));
    }
    const admin = await search(server.client('demo-admin'), village, { q: target.full.join('') });
    assert.ok(!ids(admin).includes(target.row.householdId), 'the county administrator is not the village’s staff');
    const villager = await search(server.client('demo-villager'), village, { q: target.full.join('') });
    assert.ok(!ids(villager).includes(target.row.householdId), 'a villager searches like the public');
  });

  test('for any public query built from shown characters and one guess, a right guess answers like a wrong one', async () => {
    const lists = {
      all: await search(pub, village, { period: 'all' }),
      red: await search(pub, village, { period: 'all', list: 'red' }),
      black: await search(pub, village, { period: 'all', list: 'black' }),
    };
    const targets = targetsOf(lists.all);
    assert.ok(targets.length > 10);
    /** What a search may answer: the rows whose shown name or number holds `q` — nothing the caller cannot see. */
    const visibleMatches = (rows: readonly Row[], q: string) =>
      ids(rows.filter((row) => `${row.householdNumber}\u0000${row.name}`.toLowerCase().includes(q.toLowerCase())));
    const query = fc
      .record({
        index: fc.nat({ max: targets.length - 1 }),
        from: fc.nat(),
        to: fc.nat(),
        list: fc.constantFrom('all', 'red', 'black' as const),
        villager: fc.boolean(),
      })
      .map(({ index, from, to, list, villager }) => {
        const target = targets[index] ?? targets[0];
        assert.ok(target);
        // A window of the shown name that covers the hidden character.
        const start = from % (target.hidden + 1);
        const end = target.hidden + 1 + (to % (target.shown.length - target.hidden));
        return { target, start, end, list, villager };
      });
    await fc.assert(
      fc.asyncProperty(query, async ({ target, start, end, list, villager }) => {
        const client = villager ? server.client('demo-villager') : pub;
        const right = guessed(target, target.full[target.hidden] ?? '', start, end);
        const wrong = guessed(target, wrongGuess, start, end);
        const rightHits = await search(client, village, { period: 'all', list, q: right });
        const wrongHits = await search(client, village, { period: 'all', list, q: wrong });
        // Both answers are exactly what the shown board predicts, so the right guess tells nothing more.
        assert.deepEqual(ids(rightHits), visibleMatches(lists[list], right), `${target.row.name} ← ${right}`);
        assert.deepEqual(ids(wrongHits), visibleMatches(lists[list], wrong), `${target.row.name} ← ${wrong}`);
        const shown = `${target.row.householdNumber}\u0000${target.row.name}`;
        if (!shown.includes(right))
          assert.equal(ids(rightHits).includes(target.row.householdId), ids(wrongHits).includes(target.row.householdId));
      }),
      { numRuns: 80 },
    );
  });
});

test('the masked form the tests guess at is the rules’ own mask', () => {
  assert.equal(maskName('杜小梦'), '杜*梦');
});
