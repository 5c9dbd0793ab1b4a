/**
 * Records the disclosure board's story fixtures from the REAL reference server (seeded demo county, pinned clock
 * 2026-11-29) into `stories/fixtures/disclosure-*.json`, served by `stories/msw/disclosure-handlers.ts`:
 *
 *   node --conditions=shanzhi-source --import tsx packages/components/scripts/fixtures-disclosure.ts
 *
 * - disclosure-v-qs-01.json: the village's whole list (every item, one page), every item's detail, compliance today.
 * - disclosure-query-receipt.json: the receipt the server gives a villager's question.
 * - disclosure-overdue.json: the same village's compliance as of a later date, when obligations have fallen overdue.
 * - disclosure-long-finance.json: a long statement the demo cadre publishes on the server first (as many lines as the
 *   server's 64 KB request-body limit lets through: a 2,000-line statement cannot be published today).
 * - disclosure-invalid-trail.json: the first seeded decision whose trail the rules find invalid, if the seed has one.
 * The non-reconciling statement is in the first file: the seed's corrected finance items keep their wrong version 1.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { askAboutDisclosure, publishDisclosure } from '@shanzhi/sdk';
import { startTestServer } from '@shanzhi/server/testing';

const outDir = fileURLToPath(new URL('../../../stories/fixtures/', import.meta.url));
const village = 'v-qs-01';
/** Lines in the long statement: about 120 bytes each, under the server's 64 KB body limit. */
const longLines = 420;

type Json = Record<string, unknown>;

function write(name: string, value: unknown): void {
  writeFileSync(`${outDir}${name}`, `${JSON.stringify(value, null, 1)}\n`);
  console.log(`stories/fixtures/${name}`);
}

async function get<T = Json>(base: string, path: string): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    headers: { Accept: 'application/json', 'Accept-Language': 'zh-CN', 'X-Request-Id': 'story-fixture' },
  });
  if (response.status !== 200) throw new Error(`${path}: HTTP ${String(response.status)} ${await response.text()}`);
  return (await response.json()) as T;
}

interface ListBody extends Json {
  readonly items: readonly (Json & { readonly id: string })[];
}

const server = await startTestServer();
try {
  const base = server.url;
  const list = await get<ListBody>(base, `/v1/villages/${village}/disclosures?limit=200`);
  const details: Record<string, unknown> = {};
  for (const item of list.items) details[item.id] = await get(base, `/v1/villages/${village}/disclosures/${item.id}`);
  const compliance = await get(base, `/v1/villages/${village}/disclosures/compliance`);
  write('disclosure-v-qs-01.json', { villageId: village, list: { ...list, nextCursor: null }, details, compliance });

  // A villager's question and the receipt the server gives (recorded once; the mock replays it).
  const asked = await server.client('demo-villager').request(askAboutDisclosure, {
    params: { villageId: village, disclosureId: 'dsc-01-0035' },
    body: { kind: 'question', text: '十月份的误工补贴发给了哪些人？' },
  });
  write('disclosure-query-receipt.json', asked.data);

  write('disclosure-overdue.json', await get(base, `/v1/villages/${village}/disclosures/compliance?asOf=2027-03-31`));

  // A long statement, published through the contract by the demo cadre so the server validates and stores it.
  const income = [];
  const expenditure = [];
  let totalIn = 0;
  let totalOut = 0;
  for (let i = 0; i < longLines; i++) {
    const day = String((i % 30) + 1).padStart(2, '0');
    const amount = 10_000 + ((i * 7919) % 990_000);
    const line = { date: `2026-11-${day}`, voucher: `记-${String(i + 1).padStart(4, '0')}`, amount };
    if (i % 2 === 0) {
      income.push({ ...line, classification: 'contractIncome', description: `土地发包收入 第${String(i + 1)}笔` });
      totalIn += amount;
    } else {
      expenditure.push({ ...line, classification: 'publicWorksExpense', description: `村道维修 第${String(i + 1)}笔` });
      totalOut += amount;
    }
  }
  const period = { from: '2026-11-01', to: '2026-11-30' };
  const openingBalance = 50_000_000;
  const cadre = server.client('demo-cadre');
  const published = await cadre.request(publishDisclosure, {
    params: { villageId: village },
    body: {
      category: 'finance',
      version: {
        title: `2026年11月村级财务收支公开（明细 ${String(longLines)} 笔）`,
        body: [{ type: 'paragraph', children: [{ type: 'text', text: `本月收支明细如下，共 ${String(longLines)} 笔。` }] }],
        period,
        notice: { published: '2026-11-29', until: '2026-12-14' },
        attachments: [],
        finance: {
          period,
          openingBalance,
          income,
          expenditure,
          totals: { income: totalIn, expenditure: totalOut },
          closingBalance: openingBalance + totalIn - totalOut,
        },
      },
    },
  });
  write('disclosure-long-finance.json', published.data);

  // Other villages of the county, scanned for a decision whose trail the rules find invalid.
  let invalid: unknown = null;
  for (let n = 1; n <= 40 && invalid === null; n++) {
    const id = `v-qs-${String(n).padStart(2, '0')}`;
    let page: ListBody;
    try {
      page = await get<ListBody>(base, `/v1/villages/${id}/disclosures?category=resolutions&limit=200`);
    } catch {
      break;
    }
    for (const item of page.items) {
      const detail = await get<{ findings: { trail?: { status: string } } }>(base, `/v1/villages/${id}/disclosures/${item.id}`);
      if (detail.findings.trail?.status === 'invalid') {
        invalid = detail;
        break;
      }
    }
  }
  if (invalid === null) console.warn('No invalid trail in the seed: the invalid-meeting story is not recorded (ask for one in the seed).');
  else write('disclosure-invalid-trail.json', invalid);
} finally {
  await server.close();
}
