import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { compareDates, containsRawPersonalData, defaultDisclosureCategories, endOfMonth, maskName } from '@shanzhi/rules';
import { getDisclosure, getDisclosureCompliance, listDisclosures, type Client } from '@shanzhi/sdk';
import { generateDemoCounty, quirksFor } from '../src/seed/index.js';
import { demoToday, startTestServer, type TestServer } from './harness.js';
import { problemOf } from './support/problems.js';

const home = 'v-qs-01';
let server: TestServer;
let publicClient: Client;

before(async () => {
  server = await startTestServer();
  publicClient = server.client();
});
after(() => server.close());

/** Every row of a village's board, page by page, as the widgets read it. */
async function allRows(villageId: string, query: Record<string, unknown> = {}, client = publicClient) {
  const rows = [];
  for await (const row of client.paginate(listDisclosures, { params: { villageId }, query: { limit: 200, ...query } })) rows.push(row);
  return rows;
}

function overlaps(period: { from: string; to: string }, from: string, to: string): boolean {
  return compareDates(period.from, to) <= 0 && compareDates(period.to, from) >= 0;
}

describe('listing disclosures', () => {
  test('pages of 7 cover every item of the board exactly once, newest first', async () => {
    const everything = await allRows(home);
    const ids: string[] = [];
    let pages = 0;
    for await (const page of publicClient.pages(listDisclosures, { params: { villageId: home }, query: { limit: 7 } })) {
      pages += 1;
      assert.ok(page.data.items.length <= 7);
      assert.equal(page.data.total, everything.length);
      ids.push(...page.data.items.map((row) => row.id));
    }
    assert.equal(new Set(ids).size, ids.length, 'no item twice');
    assert.deepEqual([...ids].sort(), everything.map((row) => row.id).sort());
    assert.equal(pages, Math.ceil(everything.length / 7));
    everything.slice(1).forEach((row, index) => {
      const previous = everything[index];
      assert.ok(previous && compareDates(previous.published, row.published) >= 0, 'newest first');
    });
  });

  test('sends 20 rows by default with the categories and the total', async () => {
    const { data } = await publicClient.request(listDisclosures, { params: { villageId: home } });
    assert.equal(data.items.length, 20);
    assert.ok(data.total > 20);
    assert.ok(data.nextCursor);
    assert.deepEqual(
      data.categories.map((category) => category.code),
      defaultDisclosureCategories.map((category) => category.code),
    );
  });

  test('refuses more than 200 rows a page and a cursor it did not issue', async () => {
    const tooMany = await problemOf(publicClient.request(listDisclosures, { params: { villageId: home }, query: { limit: 201 } }));
    assert.equal(tooMany.status, 400);
    const forged = await problemOf(
      publicClient.request(listDisclosures, { params: { villageId: home }, query: { cursor: 'not-a-cursor' } }),
    );
    assert.equal(forged.status, 400);
    assert.deepEqual(
      forged.issues.map((found) => found.path),
      [['cursor']],
    );
  });

  test('filters by category', async () => {
    const finance = await allRows(home, { category: 'finance' });
    assert.ok(finance.length >= 10);
    assert.ok(finance.every((row) => row.category === 'finance' && row.hasFinance));
  });

  test('filters by the period reported on: December 2025 finds that month’s statement and the fourth quarter', async () => {
    const rows = await allRows(home, { year: 2025, month: 12 });
    assert.ok(rows.length > 0);
    assert.ok(rows.every((row) => overlaps(row.period, '2025-12-01', '2025-12-31')));
    assert.ok(rows.some((row) => row.category === 'finance' && row.period.from === '2025-12-01'));
    assert.ok(rows.some((row) => row.category === 'party' && row.period.from === '2025-10-01'));
    // Posted in January 2026, reported on December 2025: found under December, not under January.
    const january = await allRows(home, { year: 2026, month: 1 });
    assert.ok(january.every((row) => overlaps(row.period, '2026-01-01', endOfMonth('2026-01-01'))));
    assert.ok(!january.some((row) => row.category === 'finance' && row.period.from === '2025-12-01'));
  });

  test('filters by year alone', async () => {
    const rows = await allRows(home, { year: 2025 });
    assert.ok(rows.length > 0);
    assert.ok(rows.every((row) => overlaps(row.period, '2025-01-01', '2025-12-31')));
  });

  test('gives each item its status on the demo day and filters by it', async () => {
    const everything = await allRows(home);
    const byStatus = new Map<string, number>();
    for (const status of ['upcoming', 'inNotice', 'closed'] as const) {
      const rows = await allRows(home, { status });
      assert.ok(rows.every((row) => row.status === status));
      byStatus.set(status, rows.length);
    }
    assert.equal(
      [...byStatus.values()].reduce((a, b) => a + b, 0),
      everything.length,
    );
    assert.ok((byStatus.get('inNotice') ?? 0) > 0 && (byStatus.get('closed') ?? 0) > 0);
    for (const row of everything) {
      if (row.status === 'inNotice') assert.ok(row.noticeUntil === undefined || compareDates(demoToday, row.noticeUntil) <= 0, row.id);
      if (row.status === 'closed') assert.ok(row.noticeUntil !== undefined && compareDates(demoToday, row.noticeUntil) > 0, row.id);
    }
  });

  test('searches titles and the plain text of bodies', async () => {
    const byTitle = await allRows(home, { q: '财务收支' });
    assert.ok(byTitle.length > 0 && byTitle.every((row) => row.title.includes('财务收支')));
    // Only in the finance bodies, never in their titles.
    const byBody = await allRows(home, { q: '原始凭证' });
    assert.ok(byBody.length > 0);
    assert.ok(byBody.every((row) => row.category === 'finance' && !row.title.includes('原始凭证')));
    assert.equal((await allRows(home, { q: '没有这样的内容' })).length, 0);
  });

  test('answers 404 for a village that does not exist', async () => {
    const problem = await problemOf(publicClient.request(listDisclosures, { params: { villageId: 'v-nowhere' } }));
    assert.equal(problem.status, 404);
  });
});

describe('Art 30 compliance', () => {
  const villages = Array.from({ length: 12 }, (_, index) => `v-qs-${String(index + 1).padStart(2, '0')}`);

  test('shows overdue obligations exactly for the two villages the seed leaves behind', async () => {
    const overdue = new Map<string, string[]>();
    for (const villageId of villages) {
      const { data } = await publicClient.request(getDisclosureCompliance, { params: { villageId } });
      assert.equal(data.villageId, villageId);
      assert.equal(data.asOf, demoToday);
      const late = data.obligations.filter((obligation) => obligation.status === 'overdue');
      assert.equal(data.summary.overdue, late.length);
      if (late.length > 0) {
        assert.equal(data.summary.onSchedule, false);
        overdue.set(
          villageId,
          late.map((obligation) => obligation.category),
        );
      }
    }
    const expected = villages.filter((_, index) => quirksFor(index).skipLastFinance || quirksFor(index).skipLastRelief);
    assert.equal(expected.length, 2);
    assert.deepEqual([...overdue.keys()].sort(), expected.sort());
    villages.forEach((villageId, index) => {
      if (quirksFor(index).skipLastFinance) assert.ok(overdue.get(villageId)?.includes('finance'), villageId);
      if (quirksFor(index).skipLastRelief) assert.ok(overdue.get(villageId)?.includes('relief'), villageId);
    });
  });

  test('judges as of an earlier day from a chosen start', async () => {
    const { data } = await publicClient.request(getDisclosureCompliance, {
      params: { villageId: home },
      query: { asOf: '2026-06-30', from: '2026-04-01' },
    });
    assert.equal(data.asOf, '2026-06-30');
    assert.equal(data.from, '2026-04-01');
    assert.ok(data.obligations.length > 0);
    assert.ok(
      data.obligations.every((obligation) => obligation.cadence === 'immediate' || compareDates(obligation.period.to, '2026-04-01') >= 0),
    );
    // Nothing posted after 30 June counts towards that day.
    assert.ok(
      data.obligations.every((obligation) => obligation.disclosedOn === null || compareDates(obligation.disclosedOn, '2026-06-30') <= 0),
    );
  });
});

describe('one disclosed item', () => {
  test('carries every version of a corrected item, with who corrected it, when and why', async () => {
    const corrected = (await allRows(home)).filter((row) => row.versions > 1);
    assert.ok(corrected.length > 0);
    for (const row of corrected) {
      const { data } = await publicClient.request(getDisclosure, { params: { villageId: home, disclosureId: row.id } });
      assert.equal(data.versions.length, row.versions);
      assert.deepEqual(
        data.versions.map((version) => version.version),
        data.versions.map((_, index) => index + 1),
      );
      assert.equal(data.versions[0]?.correction, undefined);
      for (const version of data.versions.slice(1)) {
        assert.ok(version.correction && version.correction.reason.length > 0 && version.correction.by.length > 0);
      }
      assert.equal(data.versions.at(-1)?.title, row.title);
    }
  });

  test('reports the inquorate representatives’ meeting in the decision’s trail, in Chinese and in English', async () => {
    const village = 'v-qs-08';
    const resolutions = await allRows(village, { category: 'resolutions' });
    const row = resolutions.find((one) => (one as { decisionId?: string }).decisionId === 'dec-08-01');
    assert.ok(row, 'the invalid decision is disclosed');
    const zh = (
      await server.client(undefined, { locale: 'zh-CN' }).request(getDisclosure, { params: { villageId: village, disclosureId: row.id } })
    ).data;
    assert.equal(zh.decision?.id, 'dec-08-01');
    assert.ok(zh.decision.trail && zh.decision.trail.steps.length >= 4);
    assert.equal(zh.findings.trail?.status, 'invalid');
    const codes = zh.findings.trail.issues.map((found) => found.code);
    assert.ok(codes.includes('disclosure.trail.meetingInvalid'));
    assert.ok(codes.includes('disclosure.meeting.quorumTwoThirds'));
    const quorumZh = zh.findings.trail.issues.find((found) => found.code === 'disclosure.meeting.quorumTwoThirds');
    assert.match(quorumZh?.message ?? '', /三分之二/);
    const en = (
      await server.client(undefined, { locale: 'en' }).request(getDisclosure, { params: { villageId: village, disclosureId: row.id } })
    ).data;
    const quorumEn = en.findings.trail?.issues.find((found) => found.code === 'disclosure.meeting.quorumTwoThirds');
    assert.match(quorumEn?.message ?? '', /two thirds/);
  });

  test('finds a valid trail valid', async () => {
    const resolutions = await allRows(home, { category: 'resolutions' });
    const row = resolutions.find((one) => (one as { decisionId?: string }).decisionId !== undefined);
    assert.ok(row);
    const { data } = await publicClient.request(getDisclosure, { params: { villageId: home, disclosureId: row.id } });
    assert.ok(data.findings.trail);
    assert.notEqual(data.findings.trail.status, 'invalid');
    assert.deepEqual(data.findings.trail.issues, []);
  });

  test('reconciles the current finance statement, and only for finance', async () => {
    const [finance] = await allRows(home, { category: 'finance' });
    assert.ok(finance);
    const { data } = await publicClient.request(getDisclosure, { params: { villageId: home, disclosureId: finance.id } });
    assert.deepEqual(data.findings.reconciliation, { reconciles: true, issues: [] });
    const [party] = await allRows(home, { category: 'party' });
    assert.ok(party);
    const other = await publicClient.request(getDisclosure, { params: { villageId: home, disclosureId: party.id } });
    assert.equal(other.data.findings.reconciliation, undefined);
    assert.equal(other.data.findings.trail, undefined);
  });

  test('answers 404 for an unknown id and for another village’s item', async () => {
    assert.equal(
      (await problemOf(publicClient.request(getDisclosure, { params: { villageId: home, disclosureId: 'dsc-01-9999' } }))).status,
      404,
    );
    const [elsewhere] = await allRows('v-qs-02');
    assert.ok(elsewhere);
    assert.equal(
      (await problemOf(publicClient.request(getDisclosure, { params: { villageId: home, disclosureId: elsewhere.id } }))).status,
      404,
    );
  });
});

describe('relief lists on the board', () => {
  interface Recipient {
    name: string;
    idNumber?: string;
    phone?: string;
    villageGroup: string;
  }
  const listsOf = (data: unknown) => (data as { reliefLists?: { recipients: Recipient[]; total: number }[] }).reliefLists ?? [];

  async function reliefItem(villageId: string) {
    const relief = await allRows(villageId, { category: 'relief' });
    assert.ok(relief.length > 0);
    return relief;
  }

  test('the public and villagers see masked names and no ID numbers or phones', async () => {
    const staffView = server.client('demo-cadre');
    let withIds = 0;
    for (const row of await reliefItem(home)) {
      const full = listsOf((await staffView.request(getDisclosure, { params: { villageId: home, disclosureId: row.id } })).data);
      assert.ok(full.length > 0, 'the relief item posts its lists');
      withIds += full.flatMap((list) => list.recipients).filter((recipient) => recipient.idNumber !== undefined).length;
      for (const token of [undefined, 'demo-villager']) {
        const response = await server.client(token).request(getDisclosure, { params: { villageId: home, disclosureId: row.id } });
        const shown = listsOf(response.data);
        assert.equal(shown.length, full.length);
        shown.forEach((list, at) => {
          const original = full[at];
          assert.ok(original);
          assert.equal(list.total, original.total);
          list.recipients.forEach((recipient, index) => {
            assert.equal(recipient.name, maskName(original.recipients[index]?.name ?? ''));
            assert.match(recipient.name, /\*/);
            assert.equal(recipient.idNumber, undefined);
            assert.equal(recipient.phone, undefined);
          });
        });
        assert.deepEqual(containsRawPersonalData(response.data), []);
      }
    }
    assert.ok(withIds > 0, 'the seed holds ID numbers the public must not see');
  });

  test('a village that publishes no names shows only its chosen fields, and never an ID, phone, address or health data', async () => {
    const scheme = generateDemoCounty().disclosureSchemes.find((one) => !one.settings.reliefPublicFields.includes('name'));
    assert.ok(scheme, 'the seed has a village that posts relief lists without names');
    const chosen = scheme.settings.reliefPublicFields;
    const [row] = await reliefItem(scheme.villageId);
    assert.ok(row);
    for (const client of [publicClient, server.client('demo-villager')]) {
      const answer = await client.request(getDisclosure, { params: { villageId: scheme.villageId, disclosureId: row.id } });
      const recipients: Recipient[] = listsOf(answer.data).flatMap((list) => list.recipients);
      assert.ok(recipients.length > 0);
      for (const recipient of recipients) {
        assert.equal('name' in recipient, false);
        for (const key of Object.keys(recipient)) assert.ok((chosen as readonly string[]).includes(key), key);
      }
    }
  });

  test('the village’s own cadre sees the list as held, staff of another village do not', async () => {
    const [row] = await reliefItem('v-qs-02');
    assert.ok(row);
    const own = listsOf(
      (
        await server
          .client('demo-cadre')
          .request(getDisclosure, { params: { villageId: home, disclosureId: (await reliefItem(home))[0]?.id ?? '' } })
      ).data,
    );
    assert.ok(own.flatMap((list) => list.recipients).every((recipient) => !recipient.name.includes('*')));
    const other = listsOf(
      (await server.client('demo-gridWorker').request(getDisclosure, { params: { villageId: 'v-qs-02', disclosureId: row.id } })).data,
    );
    assert.ok(other.length > 0);
    assert.ok(
      other.flatMap((list) => list.recipients).every((recipient) => recipient.name.includes('*') && recipient.idNumber === undefined),
    );
  });
});
