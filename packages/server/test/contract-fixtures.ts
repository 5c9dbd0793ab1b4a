import assert from 'node:assert/strict';
import { createClient, problemSchema, type Client, type ClientOptions, type Problem, type RouteSpec } from '@shanzhi/sdk';
import type { Kysely } from 'kysely';
import { openDatabase } from '../src/db/open.js';
import type { Database } from '../src/db/schema.js';
import type { Started } from '../src/start.js';
import { demoNow, demoToday, startServerInTest, testCallTimeoutMs } from './harness.js';
import { neighbourIntake } from './support/intakes.js';
import { readThrough, startedForFile } from './support/lifecycle.js';
import { villageRows } from './support/rows.js';

/**
 * Shared by the contract-*, fuzz-* tests: the real server over an in-memory demo county whose database the test
 * can also read (for real ids), plus valid-looking inputs for every route of the route table.
 */

export const problemJson = 'application/problem+json';

export { demoRoles, tokenOf, type DemoRole } from './support/demo-county.js';

/** Real ids of the seeded county; staff tokens belong to `village`, the villager token to `ownHousehold`. */
export interface Ids {
  readonly village: string;
  readonly otherVillage: string;
  /** The villager token's household. */
  readonly ownHousehold: string;
  /** Another household of `village` (no relation to the villager token). */
  readonly household: string;
  readonly otherVillageHousehold: string;
  readonly entry: string;
  readonly otherVillageEntry: string;
  readonly disclosure: string;
  readonly disclosureDoc: Record<string, unknown>;
  readonly otherVillageDisclosure: string;
  readonly caseNumber: string;
  readonly otherVillageCaseNumber: string;
  readonly serviceCode: string;
  readonly regionId: string;
  readonly ruleCode: string;
  /** The first goods on the village's 爱心超市 shelf, and a receipt of the village. */
  readonly goods: string;
  readonly receiptNumber: string;
}

export interface ContractServer extends Started {
  readonly db: Kysely<Database>;
  readonly ids: Ids;
  client(token?: string, options?: Partial<ClientOptions>): Client;
}

async function firstId(query: Promise<{ id: string } | undefined>, what: string): Promise<string> {
  const row = await query;
  assert.ok(row, `the demo county has no ${what}`);
  return row.id;
}

async function readIds(db: Kysely<Database>): Promise<Ids> {
  const village = 'v-qs-01';
  const otherVillage = 'v-qs-02';
  const tokens = await db.selectFrom('api_tokens').select(['role', 'household_id']).where('role', '=', 'villager').executeTakeFirst();
  const ownHousehold = tokens?.household_id ?? 'h-000001';
  const household = await firstId(
    villageRows(db, 'households', village).select('id').where('id', '!=', ownHousehold).executeTakeFirst(),
    'second household',
  );
  const otherVillageHousehold = await firstId(
    villageRows(db, 'households', otherVillage).select('id').executeTakeFirst(),
    'household in v-qs-02',
  );
  const entry = await firstId(villageRows(db, 'points_entries', village).select('id').executeTakeFirst(), 'points entry');
  const otherVillageEntry = await firstId(
    villageRows(db, 'points_entries', otherVillage).select('id').executeTakeFirst(),
    'points entry in v-qs-02',
  );
  const item = await villageRows(db, 'disclosure_items', village).select(['id', 'doc']).executeTakeFirst();
  assert.ok(item, 'the demo county has no disclosure');
  const otherVillageDisclosure = await firstId(
    villageRows(db, 'disclosure_items', otherVillage).select('id').executeTakeFirst(),
    'disclosure in v-qs-02',
  );
  // The first case of the village ('=') and the first of any other ('!=').
  const firstCase = (inVillage: '=' | '!=') =>
    db.selectFrom('mediation_cases').select('case_number').where('village_id', inVillage, village).orderBy('id').executeTakeFirst();
  const ownCase = await firstCase('=');
  const otherCase = await firstCase('!=');
  assert.ok(ownCase && otherCase, 'the demo county has too few mediation cases');
  const service = await db.selectFrom('service_guides').select('code').orderBy('code').executeTakeFirst();
  assert.ok(service, 'the demo county has no service guide');
  const region = await firstId(db.selectFrom('regions').select('id').where('level', '=', 'county').executeTakeFirst(), 'county');
  const scheme = await db.selectFrom('points_schemes').select('catalogue').where('village_id', '=', village).executeTakeFirst();
  const rules = (JSON.parse(scheme?.catalogue ?? '{"rules":[]}') as { rules: { code: string; active?: boolean; points?: unknown }[] })
    .rules;
  const rule = rules.find((one) => one.active !== false);
  assert.ok(rule, 'the first village has no active points rule');
  const goods = await firstId(villageRows(db, 'supermarket_goods', village).select('id').executeTakeFirst(), 'goods');
  const receiptNumber = await firstId(
    villageRows(db, 'supermarket_receipts', village).select('id').executeTakeFirst(),
    'supermarket receipt',
  );
  return {
    village,
    otherVillage,
    ownHousehold,
    household,
    otherVillageHousehold,
    entry,
    otherVillageEntry,
    disclosure: item.id,
    disclosureDoc: JSON.parse(item.doc) as Record<string, unknown>,
    otherVillageDisclosure,
    caseNumber: ownCase.case_number,
    otherVillageCaseNumber: otherCase.case_number,
    serviceCode: service.code,
    regionId: region,
    ruleCode: rule.code,
    goods,
    receiptNumber,
  };
}

/** The real reference server (as `startTestServer`), keeping the database handle so tests can read real ids. */
export async function startContractServer(options: { households?: number } = {}): Promise<ContractServer> {
  const db = openDatabase({ filename: ':memory:' });
  // Every contract test calls from 127.0.0.1, and one of them sends an unknown token to every route: the token throttle
  // (tested on its own in mediation-lockout.test.ts) must not turn those 401s into 429s.
  const started = await startServerInTest({
    db,
    port: 0,
    hostname: '127.0.0.1',
    households: options.households ?? 600,
    now: demoNow,
    tokenLimit: { maxFailures: 10_000 },
  });
  const ids = await readIds(db);
  return {
    ...started,
    db,
    ids,
    client: (token, extra = {}) =>
      createClient({ baseUrl: started.url, retry: { limit: 0 }, timeout: testCallTimeoutMs, ...(token ? { token } : {}), ...extra }),
  };
}

/** `startContractServer` for a whole test file: started in `before`, closed in `after`; its members once the tests run. */
export function useContractServer(options: { households?: number } = {}): Pick<ContractServer, 'url' | 'db' | 'ids' | 'client'> {
  const current = startedForFile('The contract server', () => startContractServer(options));
  const client: ContractServer['client'] = (token, extra) => current().client(token, extra);
  return readThrough(current, ['url', 'db', 'ids'], { client });
}

/** Path params for a route: the ids of the first village (or `overrides`). */
export function sampleParams(route: RouteSpec, ids: Ids, overrides: Readonly<Record<string, string>> = {}): Record<string, string> {
  const values: Record<string, string> = {
    villageId: ids.village,
    householdId: ids.household,
    entryId: ids.entry,
    disclosureId: ids.disclosure,
    caseNumber: ids.caseNumber,
    serviceCode: ids.serviceCode,
    regionId: ids.regionId,
    // Attachments: a purpose anyone may upload for, and an id no attachment has (so reads answer 404).
    purpose: 'mediation-intake',
    attachmentId: 'att-none',
    goodsId: ids.goods,
    receiptNumber: ids.receiptNumber,
    // A month the demo county keeps no statement for (seed/finance.ts seeds 2026-09 to 2026-11), so reads answer 404.
    month: '2026-02',
    draftId: 'dd-none',
    planId: 'mp-000001',
    milestoneId: 'm3',
    // A seeded decision of the village whose every step is done: step writes are refused (409), no state left behind.
    decisionId: 'dec-01-01',
    powerCode: 'homestead',
    // Villagers' queries: an id no query has (reads and look-ups answer 404; the demo county seeds none).
    queryId: 'dq-none',
    // 代办/点单: the seed's first request of the village is closed (归档, rated, no follow-up): every write answers 409.
    requestId: 'rq-qs-01-0001',
    // The mediator's desk: a session no case has (recording it answers 404).
    sessionId: 's99',
    // 网格: the demo grid worker's grid, its closed first report (every step answers 409) and last month's round.
    gridId: 'grid-qs-01-01',
    reportId: 'grr-qs-01-0001',
    roundId: 'grd-qs-01-01-a',
    ...overrides,
  };
  const out: Record<string, string> = {};
  for (const [, name] of route.path.matchAll(/\{(\w+)\}/g)) {
    if (name === undefined) continue;
    const value = values[name];
    assert.ok(value !== undefined, `no sample value for path parameter ${name} of ${route.id}`);
    out[name] = value;
  }
  return out;
}

/** The route's path with its `{params}` filled in, each percent-encoded (as the SDK does) unless `raw`. */
export function fillPath(route: RouteSpec, params: Readonly<Record<string, string>>, raw = false): string {
  return route.path.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = params[name] ?? '';
    return raw ? value : encodeURIComponent(value);
  });
}

/** A complete, valid mediation intake (the rules package's own test example). */
export const sampleIntake = neighbourIntake;

function correctionOf(doc: Record<string, unknown>, ids: Ids): Record<string, unknown> {
  const versions = Array.isArray(doc.versions) ? (doc.versions as Record<string, unknown>[]) : [];
  const latest: Record<string, unknown> = { ...versions[versions.length - 1] };
  delete latest.version;
  delete latest.correction;
  return { correctsId: ids.disclosure, category: doc.category, version: latest, correctionReason: '更正附件名称中的笔误' };
}

/** A minimal body that the route's schema accepts, built from real ids (so a handler gets to run). */
export function sampleBody(route: RouteSpec, ids: Ids): unknown {
  switch (route.id) {
    case 'declarePointsEntry':
      return { householdId: ids.household, ruleCode: ids.ruleCode, occurredOn: '2026-11-20', note: '契约测试' };
    case 'transitionPointsEntry':
      return { action: 'reject', reason: '契约测试：材料不全' };
    case 'declareOwnPointsEntry':
      return { ruleCode: ids.ruleCode, occurredOn: '2026-11-20', note: '契约测试' };
    case 'reviewPointsEntries':
      return { entryIds: [ids.entry], action: 'reject', reason: '契约测试：材料不全' };
    case 'fileObjection':
      return { reason: '契约测试：申报的事项与实际不符' };
    case 'ruleOnObjection':
      return { objectionId: `${ids.entry}.o1`, outcome: 'dismiss', answer: '契约测试：经核实异议不成立' };
    case 'declareFamilyTies':
      // A household of another village: refused with 422, so the contract tests leave no tie behind.
      return { householdIds: [ids.otherVillageHousehold] };
    case 'redeemPoints':
      return { householdId: ids.ownHousehold, kind: 'goods', amountPoints: 1, note: '契约测试' };
    case 'recordHouseholdConsent':
    case 'withdrawHouseholdConsent':
      return { purpose: 'honourBoard' };
    case 'publishDisclosure':
      return correctionOf(ids.disclosureDoc, ids);
    case 'createDisclosureDraft':
      return correctionOf(ids.disclosureDoc, ids);
    case 'updateDisclosureDraft':
      return { ...correctionOf(ids.disclosureDoc, ids), revision: 1 };
    case 'discardDisclosureDraft':
    case 'publishDisclosureDraft':
      return { revision: 1 };
    case 'setVillagePower':
      // Leaves the county's power out of the village's list: valid, and touches no other route's data.
      return { power: null, reason: '契约测试：本村不办理此项' };
    case 'openDecision':
      return { title: '契约测试：村东道路硬化' };
    case 'recordDecisionStep':
      return { step: 'hearing', date: '2026-11-20', hearing: { channels: ['visits'], summary: '契约测试：村民意见摘要' } };
    case 'reconveneDecisionStep':
      return { step: 'review', date: '2026-11-20', reason: '契约测试：重新召开' };
    case 'observeDecisionStep':
      return { step: 'hearing', kind: 'observed', note: '契约测试' };
    case 'publishDecisionStep':
      return { step: 'resultDisclosure', version: correctionOf(ids.disclosureDoc, ids).version };
    // Finance: `month` has no statement, so the 民主理财 steps answer 404 and leave nothing behind.
    case 'submitFinanceStatement':
      return { note: '契约测试' };
    case 'signOffFinanceStatement':
      return { decision: 'object', reason: '契约测试：凭证不全' };
    case 'answerFinanceObjection':
      return { answer: '契约测试：已补齐凭证' };
    case 'publishFinanceStatement':
      return { published: demoToday };
    case 'setFinanceSettings':
      // The documented defaults: the village's rules stay as they were.
      return {
        accountingSystem: '2023',
        financeSignOff: 'none',
        financeSignOffPanel: [],
        mandateThresholdFen: 5_000_000,
        reason: '契约测试',
      };
    case 'askAboutDisclosure':
      return { kind: 'question', text: '请问这项公开内容的明细在哪里可以查看？' };
    case 'recordDisclosurePosting':
      return { board: '契约测试：村委会门口公开栏', postedOn: demoToday };
    case 'answerDisclosureQuery':
      return { text: '契约测试：明细见本月财务公开。' };
    case 'publishDisclosureQueryFaq':
      return { question: '这项公开内容的明细在哪里查看？', answer: '契约测试：明细见本月财务公开。' };
    case 'lookUpDisclosureQuery':
      return { receiptCode: 'ABCD-EFGH-JKMN' };
    case 'submitMediationIntake':
      return sampleIntake();
    case 'recordMediationEvent':
      return { type: 'accept', on: demoToday };
    case 'lookUpMediationCase':
    case 'withdrawMediationCase':
      return { trackingCode: 'ABCD2345' };
    // The mediator's desk: dated after the demo's today, a party the case does not have, or a step out of order, so
    // every step is refused (409/422) and the shared demo county keeps its cases as seeded.
    case 'acceptMediationCase':
    case 'remindJudicialConfirmation':
      return { on: '2099-01-01' };
    case 'refuseMediationCase':
      return { on: '2099-01-01', reason: 'otherPartyRefused' };
    case 'assignMediators':
      return { on: '2099-01-01', mediatorIds: ['v-qs-01-s01'] };
    case 'declareMediationTies':
      return { parties: ['respondent-99'] };
    case 'scheduleMediationSession':
      return { on: '2099-01-01', place: '契约测试：村调委会调解室', notify: ['respondent-99'] };
    case 'recordMediationSession':
      return { heldOn: '2099-01-01', attended: [], notes: '契约测试' };
    case 'draftMediationAgreement':
      return { on: '2099-01-01', facts: '契约测试', terms: '契约测试', performanceMethod: '契约测试' };
    case 'signMediationAgreement':
      return { signer: 'mediator', on: '2099-01-01' };
    case 'recordMediationFollowUp':
      return { on: '2099-01-01', performance: 'fulfilled', note: '契约测试' };
    case 'closeMediationCase':
      return { on: '2099-01-01', outcome: 'noAgreement' };
    case 'escalateMediationCase':
      return { on: '2099-01-01', toLevel: 'county' };
    case 'checkEligibility':
      return { answers: {} };
    case 'createSupermarketGoods':
      return { name: '契约测试毛巾', pricePoints: 5, stock: 3 };
    case 'changeSupermarketGoods':
      return { pricePoints: 6, reason: '契约测试' };
    case 'restockSupermarketGoods':
      return { quantity: 2 };
    case 'recordSupermarketDonation':
      return { donor: { kind: 'anonymous' }, date: '2026-11-20', cashFen: 10_000 };
    case 'redeemGoods':
      return { householdId: ids.ownHousehold, items: [{ goodsId: ids.goods, quantity: 1 }] };
    case 'assignMentoringPlan':
      return { householdId: ids.household, mentorId: 'v-qs-01-s01', milestones: [{ title: '契约测试：参加一次志愿服务' }] };
    case 'completeMentoringMilestone':
      return { note: '契约测试' };
    case 'setMentoringSettings':
      return { quietDays: 90 };
    case 'requestProxyService':
      return { villageId: ids.village, applicant: { name: '张三', mobile: '13812345678' }, note: '契约测试' };
    case 'fileOrderRequest':
      return { applicant: { name: '张三', mobile: '13812345678' }, category: 'facilities', text: '契约测试：路灯坏了' };
    case 'lookUpServiceRequest':
      return { receiptCode: 'ABCD-EFGH-JKMN' };
    case 'rateServiceRequest':
      return { receiptCode: 'ABCD-EFGH-JKMN', grade: 5 };
    case 'advanceServiceRequest':
      return { step: 'archive' };
    case 'addServiceRequestNote':
      return { text: '契约测试' };
    case 'answerRequestFollowUp':
      return { answer: '契约测试：已回访核实' };
    // 网格: a category the village's list lacks (422), a round overlapping this month's (409), another village's
    // household (422), steps on a closed report (409), the seeded settings again: nothing is left behind.
    case 'setGridSettings':
      return { publishMonthlyCounts: true };
    case 'fileGridReport':
      return { gridId: 'grid-qs-01-01', category: 'none', place: { text: '契约测试' }, text: '契约测试' };
    case 'assessGridReport':
      return { level: 'grid', dispute: false };
    case 'assignGridReport':
      return { target: 'village' };
    case 'recordGridDisposal':
      return { note: '契约测试' };
    case 'closeGridReport':
      return { outcome: 'resolved' };
    case 'openGridRound':
      return { gridId: 'grid-qs-01-01', from: demoToday };
    case 'recordGridVisit':
      return { householdId: ids.otherVillageHousehold };
    default:
      assert.equal(route.body, undefined, `no sample body for ${route.id}`);
      return undefined;
  }
}

export interface RawResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

export interface RawRequest {
  readonly method: string;
  readonly path: string;
  readonly token?: string | undefined;
  readonly body?: string | undefined;
  readonly headers?: Readonly<Record<string, string>>;
}

/** One raw `fetch` to the server (no SDK): the body is sent as given, JSON by default. */
export async function send(baseUrl: string, request: RawRequest): Promise<RawResponse> {
  const headers: Record<string, string> = {};
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  if (request.token !== undefined) headers.Authorization = `Bearer ${request.token}`;
  Object.assign(headers, request.headers);
  const response = await fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    headers,
    ...(request.body === undefined ? {} : { body: request.body }),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** Asserts an RFC 9457 problem of `status` (and `code`), carrying the response's request id; returns it. */
export function assertProblem(response: RawResponse, status?: number | readonly number[], code?: string, label = ''): Problem {
  const where = `${label} → ${String(response.status)} ${response.text.slice(0, 300)}`;
  if (typeof status === 'number') assert.equal(response.status, status, where);
  else if (status !== undefined) assert.ok(status.includes(response.status), `expected one of ${status.join('/')}: ${where}`);
  assert.equal(response.headers.get('content-type'), problemJson, where);
  const parsed = problemSchema.safeParse(JSON.parse(response.text));
  assert.ok(parsed.success, `not a problem document: ${where}`);
  const problem = parsed.data;
  assert.equal(problem.status, response.status, where);
  if (code !== undefined) assert.equal(problem.code, code, where);
  assert.ok(problem.title.length > 0, where);
  assert.equal(problem.requestId, response.headers.get('x-request-id'), where);
  return problem;
}
