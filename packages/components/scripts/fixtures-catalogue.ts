/**
 * Records the service catalogue's story and bench fixtures from the REAL reference server (seeded demo county,
 * pinned clock) into `stories/fixtures/catalogue-*.json`:
 *
 *   node --conditions=shanzhi-source --import tsx packages/components/scripts/fixtures-catalogue.ts
 *
 * - catalogue-list.json: the whole catalogue of the demo county (every page), zh-CN and en.
 * - catalogue-guides.json: every full guide (getService), keyed by code.
 * - catalogue-eligibility.json: outcomes for one service: eligible, not eligible, need more information.
 * - catalogue-proxy.json: a proxy receipt (a made-up applicant; the receipt carries no name or phone).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { demoToday, startTestServer } from '@shanzhi/server/testing';

const outDir = fileURLToPath(new URL('../../../stories/fixtures/', import.meta.url));
const region = 'v-qs-01';
const seedNote = { households: 600, today: demoToday, recordedBy: 'packages/components/scripts/fixtures-catalogue.ts' };

function write(name: string, value: unknown): void {
  writeFileSync(`${outDir}${name}`, `${JSON.stringify(value, null, 1)}\n`);
  console.log(`stories/fixtures/${name}`);
}

async function call(
  base: string,
  path: string,
  init: { method?: string; body?: unknown; locale?: string; key?: string } = {},
): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': init.locale ?? 'zh-CN',
    'X-Request-Id': 'fixture-catalogue',
  };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  if (init.key) headers['Idempotency-Key'] = init.key;
  const response = await fetch(`${base}${path}`, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  return { status: response.status, body: await response.json() };
}

interface ListBody {
  readonly items: { readonly code: string; readonly villageProxy: boolean }[];
  readonly nextCursor: string | null;
  readonly [key: string]: unknown;
}

mkdirSync(outDir, { recursive: true });
const server = await startTestServer();
try {
  const lists: Record<string, unknown> = {};
  let codes: ListBody['items'] = [];
  for (const locale of ['zh-CN', 'en']) {
    const items: ListBody['items'] = [];
    let cursor: string | null = null;
    let rest: Omit<ListBody, 'items' | 'nextCursor'> = {};
    do {
      const query = `limit=200${cursor === null ? '' : `&cursor=${cursor}`}`;
      const page = (await call(server.url, `/v1/regions/${region}/services?${query}`, { locale })).body as ListBody;
      const { items: pageItems, nextCursor, ...others } = page;
      items.push(...pageItems);
      rest = others;
      cursor = nextCursor;
    } while (cursor !== null);
    lists[locale] = { ...rest, items, nextCursor: null };
    codes = items;
  }
  write('catalogue-list.json', { seed: seedNote, region, lists });

  const guides: Record<string, unknown> = {};
  for (const { code } of codes) guides[code] = (await call(server.url, `/v1/services/${code}`)).body;
  write('catalogue-guides.json', { seed: seedNote, guides });

  // 残疾人证新办: born 1960, local hukou, assessed → eligible; not local → not eligible; nothing → need more.
  const code = '339901-CL-0029';
  const guide = guides[code] as { eligibility?: { questions: { code: string; type: string }[] } } | undefined;
  const questions = guide?.eligibility?.questions ?? [];
  const yes: Record<string, unknown> = {};
  for (const question of questions) yes[question.code] = question.type === 'date' ? '1960-05-01' : true;
  const noLocal = { ...yes, localHukou: false };
  const eligibility: Record<string, unknown> = {};
  for (const locale of ['zh-CN', 'en']) {
    eligibility[locale] = {
      eligible: (await call(server.url, `/v1/services/${code}/eligibility`, { method: 'POST', body: { answers: yes }, locale })).body,
      notEligible: (await call(server.url, `/v1/services/${code}/eligibility`, { method: 'POST', body: { answers: noLocal }, locale }))
        .body,
      needMoreInfo: (await call(server.url, `/v1/services/${code}/eligibility`, { method: 'POST', body: { answers: {} }, locale })).body,
    };
  }
  write('catalogue-eligibility.json', {
    seed: seedNote,
    serviceCode: code,
    answers: { eligible: yes, notEligible: noLocal, needMoreInfo: {} },
    eligibility,
  });

  const receipt = await call(server.url, `/v1/services/${code}/proxy-requests`, {
    method: 'POST',
    key: 'fixture-catalogue-proxy-0001',
    body: { villageId: region, applicant: { name: '示例村民', mobile: '13800000000' } },
  });
  write('catalogue-proxy.json', { seed: seedNote, serviceCode: code, status: receipt.status, receipt: receipt.body });
} finally {
  await server.close();
}
