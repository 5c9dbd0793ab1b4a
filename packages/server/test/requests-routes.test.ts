import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import {
  addServiceRequestNote,
  advanceServiceRequest,
  answerRequestFollowUp,
  fileOrderRequest,
  getRequestRatings,
  getServiceRequest,
  listServiceRequests,
  listServices,
  lookUpServiceRequest,
  rateServiceRequest,
  requestProxyService,
} from '@shanzhi/sdk';
import { generateDemoCounty } from '../src/seed/index.js';
import { demoRequests, type DemoRequest } from '../src/seed/requests.js';
import { demoToday } from './harness.js';
import { auditActions } from './support/audit.js';
import { idempotencyKeys } from './support/idempotency-keys.js';
import { rejectsWith } from './support/problems.js';
import { useFileServer } from './support/scratch.js';
import { uploadSample } from './support/uploads.js';

const villageId = 'v-qs-01';
const mobile = '13912345678';
const applicant = { name: '王秀英', mobile };
const env = useFileServer('shanzhi-requests-', { guessLimit: { perCase: { maxFailures: 3, windowMs: 60_000 } } });
let seeded: DemoRequest[];

before(() => {
  seeded = demoRequests(generateDemoCounty({ households: 600, asOf: demoToday }));
});

const anyone = () => env.server.client();
const cadre = () => env.server.client('demo-cadre');
const grid = () => env.server.client('demo-gridWorker');
const supervisor = () => env.server.client('demo-supervisor');
const fresh = idempotencyKeys('requests-test');

async function order(text = '村东桥头的路灯坏了，晚上看不见路') {
  const { data } = await anyone().request(
    fileOrderRequest,
    { params: { villageId }, body: { applicant, category: 'facilities', text } },
    fresh(),
  );
  return data;
}

function post(path: string, body: unknown) {
  return fetch(new URL(path, env.server.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('a villager orders a service (群众点单) and follows it with the receipt code', () => {
  test('the receipt: 点单 done, 协商定单 due, the code shown once and kept only as a hash; no name or phone echoed', async () => {
    const receipt = await order();
    assert.match(receipt.id, /^rq-qs-01-\d{4}$/);
    assert.match(receipt.receiptCode, /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    assert.equal(receipt.state, 'open');
    assert.deepEqual(
      receipt.steps.map((step) => [step.label, step.done]),
      [
        ['群众点单', true],
        ['协商定单', false],
        ['村委派单', false],
        ['干部埋单', false],
        ['群众评单', false],
      ],
    );
    assert.equal(receipt.steps[1]?.dueOn, '2026-12-02', '3 working days after Sunday 29 November');
    assert.equal(receipt.canRate, false);
    const text = JSON.stringify(receipt);
    assert.ok(!text.includes(mobile) && !text.includes('王秀英'));
    const row = await env.db
      .selectFrom('service_request_receipts')
      .selectAll()
      .where('request_id', '=', receipt.id)
      .executeTakeFirstOrThrow();
    assert.match(row.receipt_hash, /^[0-9a-f]{64}$/);
    const everything = JSON.stringify(await env.db.selectFrom('service_requests').selectAll().execute());
    assert.ok(!everything.includes(receipt.receiptCode.replaceAll('-', '')), 'the code itself is not kept');
    assert.deepEqual(await auditActions(env.db, `service-request:${receipt.id}`), ['requests.file']);
  });

  test('a retried Idempotency-Key replays the receipt and files one request; no key is 400', async () => {
    const body = { applicant, category: 'care' as const, text: '隔壁独居老人想请人帮忙买药' };
    const options = fresh();
    const first = await anyone().request(fileOrderRequest, { params: { villageId }, body }, options);
    const second = await anyone().request(fileOrderRequest, { params: { villageId }, body }, options);
    assert.equal(second.replayed, true);
    assert.equal(second.data.id, first.data.id);
    const response = await post(`/v1/villages/${villageId}/requests`, body);
    assert.equal(response.status, 400);
    assert.equal(((await response.json()) as { code: string }).code, 'idempotency-key-missing');
  });

  test('a raw ID or phone number in the text, a bad category or an unknown village are refused', async () => {
    await rejectsWith(
      anyone().request(
        fileOrderRequest,
        { params: { villageId }, body: { applicant, category: 'care', text: '我的电话 13812345678' } },
        fresh(),
      ),
      400,
      'validation',
    );
    await rejectsWith(
      anyone().request(
        fileOrderRequest,
        { params: { villageId: 'v-nowhere' }, body: { applicant, category: 'care', text: '帮忙买药' } },
        fresh(),
      ),
      404,
      'not-found',
    );
  });

  test('the look-up takes the code in the body only; a wrong code is 404 and misses are limited per request', async () => {
    const receipt = await order();
    const { data } = await anyone().request(lookUpServiceRequest, {
      params: { villageId, requestId: receipt.id },
      body: { receiptCode: receipt.receiptCode.toLowerCase() },
    });
    assert.equal(data.id, receipt.id);
    const inUrl = await post(`/v1/villages/${villageId}/requests/${receipt.id}/lookup?receiptCode=${receipt.receiptCode}`, {
      receiptCode: receipt.receiptCode,
    });
    assert.equal(inUrl.status, 400);
    assert.ok(!(await inUrl.text()).includes(receipt.receiptCode));
    const wrong = { receiptCode: 'ABCD-EFGH-JKMN' };
    for (let miss = 0; miss < 3; miss++) {
      await rejectsWith(
        anyone().request(lookUpServiceRequest, { params: { villageId, requestId: receipt.id }, body: wrong }),
        404,
        'not-found',
      );
    }
    await rejectsWith(
      anyone().request(lookUpServiceRequest, { params: { villageId, requestId: receipt.id }, body: { receiptCode: receipt.receiptCode } }),
      429,
      'rate-limited',
    );
  });

  test('misses on the rating route count against the same request', async () => {
    const receipt = await order();
    const params = { villageId, requestId: receipt.id };
    for (let miss = 0; miss < 3; miss++) {
      await rejectsWith(
        anyone().request(rateServiceRequest, { params, body: { receiptCode: 'ABCD-EFGH-JKMN', grade: 1 } }, fresh()),
        404,
        'not-found',
      );
    }
    await rejectsWith(anyone().request(lookUpServiceRequest, { params, body: { receiptCode: receipt.receiptCode } }), 429, 'rate-limited');
  });
});

describe('staff work a 点单 through 协商定单 → 村委派单 → 干部埋单, and the villager rates it (评单)', () => {
  test('steps in order by their owners; out of order, not the owner, rating early and rating twice are refused', async () => {
    const receipt = await order();
    const params = { villageId, requestId: receipt.id };
    const code = { receiptCode: receipt.receiptCode };
    const early = await rejectsWith(
      cadre().request(advanceServiceRequest, { params, body: { step: 'process' } }),
      409,
      'requests.step.outOfOrder',
    );
    // The steps are named in the caller's language (the server's own words pass the filter that hides typed text).
    assert.equal(early.title, '还不能办理“干部埋单”：下一步应是“协商定单”，各步不能跳过');
    const earlyEn = await rejectsWith(
      env.server.client('demo-cadre', { locale: 'en' }).request(advanceServiceRequest, { params, body: { step: 'process' } }),
      409,
      'requests.step.outOfOrder',
    );
    assert.equal(earlyEn.title, 'The step "Done" cannot be done yet: the next step is "Agreed", and no step may be skipped');
    await rejectsWith(grid().request(advanceServiceRequest, { params, body: { step: 'negotiate' } }), 403, 'requests.step.notOwner');
    await rejectsWith(cadre().request(advanceServiceRequest, { params, body: { step: 'order' } }), 409, 'requests.step.alreadyDone');
    await cadre().request(advanceServiceRequest, { params, body: { step: 'negotiate', note: '与群众商定周三上门查看' } });
    await rejectsWith(cadre().request(advanceServiceRequest, { params, body: { step: 'dispatch' } }), 400, 'validation');
    const gridWorker = await env.db
      .selectFrom('api_tokens')
      .select('subject_id')
      .where('role', '=', 'gridWorker')
      .executeTakeFirstOrThrow();
    const dispatched = await cadre().request(advanceServiceRequest, {
      params,
      body: { step: 'dispatch', assignee: gridWorker.subject_id },
    });
    assert.equal(dispatched.data.next?.owner.staff?.id, gridWorker.subject_id);
    assert.equal(dispatched.data.canAdvance, false, 'the cadre is not the one named');
    await rejectsWith(
      anyone().request(rateServiceRequest, { params, body: { ...code, grade: 5 } }, fresh()),
      409,
      'requests.rating.beforeCompletion',
    );
    await rejectsWith(cadre().request(advanceServiceRequest, { params, body: { step: 'process' } }), 403, 'requests.step.notOwner');
    const photo = await uploadSample(grid(), villageId, 'service-request');
    const done = await grid().request(advanceServiceRequest, {
      params,
      body: { step: 'process', note: '已更换灯泡', attachmentIds: [photo] },
    });
    assert.equal(done.data.state, 'done');
    assert.deepEqual(done.data.steps[3]?.attachmentIds, [photo]);
    // The villager's 评单 is theirs: staff cannot close it before its deadline.
    await rejectsWith(cadre().request(advanceServiceRequest, { params, body: { step: 'rate' } }), 403, 'requests.step.notOwner');

    const rated = await anyone().request(
      rateServiceRequest,
      { params, body: { ...code, grade: 2, comment: '灯修好了，但等了很久' } },
      fresh(),
    );
    assert.equal(rated.status, 201);
    assert.equal(rated.data.state, 'closed');
    assert.equal(rated.data.rating?.label, '不满意');
    assert.equal(rated.data.followUp?.status, 'open');
    await rejectsWith(
      anyone().request(rateServiceRequest, { params, body: { ...code, grade: 5 } }, fresh()),
      409,
      'requests.rating.second',
    );

    // The bad rating waits for the supervisor, who then sees the number to call back.
    const waiting = await supervisor().request(listServiceRequests, { params: { villageId }, query: { followUp: 'open', limit: 200 } });
    assert.ok(waiting.data.items.some((item) => item.id === receipt.id));
    const detail = await supervisor().request(getServiceRequest, { params });
    assert.equal(detail.data.applicantMobile, mobile);
    await rejectsWith(cadre().request(answerRequestFollowUp, { params, body: { answer: '已核实' } }), 403, 'forbidden');
    const answered = await supervisor().request(answerRequestFollowUp, {
      params,
      body: { answer: '已回访核实，已提醒网格员按时办理并告知进度。' },
    });
    assert.equal(answered.data.followUp?.status, 'answered');
    assert.equal(answered.data.applicantMobile, undefined, 'the supervisor no longer needs the number');
    await rejectsWith(
      supervisor().request(answerRequestFollowUp, { params, body: { answer: '再次答复' } }),
      409,
      'requests.followUp.answered',
    );
    const status = await anyone().request(lookUpServiceRequest, { params, body: code });
    assert.equal(status.data.followUp?.answer, '已回访核实，已提醒网格员按时办理并告知进度。');
    assert.deepEqual(await auditActions(env.db, `service-request:${receipt.id}`), [
      'requests.file',
      'requests.step.negotiate',
      'requests.step.dispatch',
      'requests.step.process',
      'requests.rate',
      'requests.followUp.answer',
    ]);
  });

  test('a comment with a raw phone number is refused, a grade outside 1–5 too', async () => {
    const receipt = seeded.find(
      ({ request }) => request.villageId === villageId && request.kind === 'order' && request.progress.history.length === 4,
    );
    assert.ok(receipt, 'the seed has a 点单 waiting for its rating');
    const params = { villageId, requestId: receipt.request.id };
    await rejectsWith(
      anyone().request(
        rateServiceRequest,
        { params, body: { receiptCode: receipt.receiptCode, grade: 4, comment: '有事打我 13812345678' } },
        fresh(),
      ),
      400,
      'validation',
    );
    await rejectsWith(
      anyone().request(rateServiceRequest, { params, body: { receiptCode: receipt.receiptCode, grade: 0 } }, fresh()),
      400,
      'validation',
    );
  });
});

describe('代办 from requestProxyService enters the same lifecycle', () => {
  test('the proxy receipt carries the request and its code; staff carry it through every step and the villager rates it', async () => {
    const { data: services } = await anyone()
      .request(listServices, { params: { regionId: 'c-qs' }, query: { villageProxy: 'true', limit: 1 } })
      .catch(async () => {
        const region = await env.db.selectFrom('regions').select('id').where('level', '=', 'county').executeTakeFirstOrThrow();
        return anyone().request(listServices, { params: { regionId: region.id }, query: { villageProxy: 'true', limit: 1 } });
      });
    const serviceCode = services.items[0]?.code;
    assert.ok(serviceCode);
    const { data: proxy } = await anyone().request(
      requestProxyService,
      { params: { serviceCode }, body: { villageId, applicant, note: '老人行动不便' } },
      fresh(),
    );
    assert.ok(proxy.requestId && proxy.receiptCode);
    const params = { villageId, requestId: proxy.requestId };
    await grid().request(advanceServiceRequest, { params, body: { step: 'accept' } });
    await grid().request(advanceServiceRequest, { params, body: { step: 'report', note: '已报镇便民服务中心' } });
    await rejectsWith(grid().request(advanceServiceRequest, { params, body: { step: 'process' } }), 403, 'requests.step.notOwner');
    await cadre().request(advanceServiceRequest, { params, body: { step: 'process' } });
    await rejectsWith(
      anyone().request(rateServiceRequest, { params, body: { receiptCode: proxy.receiptCode, grade: 5 } }, fresh()),
      409,
      'requests.rating.beforeCompletion',
    );
    await grid().request(advanceServiceRequest, { params, body: { step: 'deliver' } });
    const rated = await anyone().request(
      rateServiceRequest,
      { params, body: { receiptCode: proxy.receiptCode, grade: 5, comment: '很方便' } },
      fresh(),
    );
    assert.equal(rated.data.followUp, undefined, 'a good rating opens no follow-up');
    await grid().request(advanceServiceRequest, { params, body: { step: 'followUp' } });
    const filed = await cadre().request(advanceServiceRequest, { params, body: { step: 'archive' } });
    assert.equal(filed.data.state, 'closed');
    await rejectsWith(cadre().request(addServiceRequestNote, { params, body: { text: '补充说明' } }), 409, 'requests.step.closed');
  });
});

describe('the staff list and detail', () => {
  test('filters by kind, state, overdue and follow-up; pages with a cursor; never a phone in a list', async () => {
    const all = await cadre().request(listServiceRequests, { params: { villageId }, query: { limit: 200 } });
    const states = new Set(all.data.items.map((item) => `${item.kind}:${item.state}`));
    for (const wanted of ['proxy:open', 'proxy:done', 'proxy:closed', 'order:open', 'order:done', 'order:closed'])
      assert.ok(states.has(wanted), wanted);
    assert.ok(all.data.overdue > 0, 'the seed has overdue requests');
    assert.ok(!JSON.stringify(all.data).includes('"applicantMobile"'));
    const proxies = await cadre().request(listServiceRequests, {
      params: { villageId },
      query: { kind: 'proxy', state: 'open', limit: 200 },
    });
    assert.ok(proxies.data.items.every((item) => item.kind === 'proxy' && item.state === 'open'));
    const overdue = await cadre().request(listServiceRequests, { params: { villageId }, query: { overdue: 'true', limit: 200 } });
    assert.equal(overdue.data.items.length, all.data.overdue);
    const dues = all.data.items.flatMap((item) => (item.dueOn === null ? [] : [item.dueOn]));
    assert.deepEqual(dues, [...dues].sort(), 'soonest deadline first');
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await grid().request(listServiceRequests, {
        params: { villageId },
        query: { limit: 7, ...(cursor === undefined ? {} : { cursor }) },
      });
      seen.push(...page.data.items.map((item) => item.id));
      cursor = page.data.nextCursor ?? undefined;
    } while (cursor !== undefined);
    assert.deepEqual(
      seen,
      all.data.items.map((item) => item.id),
    );
    await rejectsWith(env.server.client('demo-villager').request(listServiceRequests, { params: { villageId } }), 403, 'forbidden');
    await rejectsWith(env.server.client('demo-mediator').request(listServiceRequests, { params: { villageId } }), 403, 'forbidden');
    await rejectsWith(cadre().request(listServiceRequests, { params: { villageId: 'v-qs-02' } }), 403, 'forbidden');
  });

  test('a note with an attachment of another purpose is refused at its place', async () => {
    const open = seeded.find(
      ({ request }) => request.villageId === villageId && request.kind === 'proxy' && request.progress.history.length === 2,
    );
    assert.ok(open);
    const params = { villageId, requestId: open.request.id };
    const evidence = await uploadSample(grid(), villageId, 'points-evidence');
    const problem = await rejectsWith(
      grid().request(addServiceRequestNote, { params, body: { text: '材料已收', attachmentIds: [evidence] } }),
      400,
      'validation',
    );
    assert.deepEqual(
      problem.issues.map((one) => one.path.join('.')),
      ['attachmentIds.0'],
    );
    const noted = await supervisor().request(addServiceRequestNote, { params, body: { text: '请按期上报' } });
    assert.equal(noted.status, 201);
    assert.equal(noted.data.notes.at(-1)?.text, '请按期上报');
    assert.equal(noted.data.applicantMobile, undefined, 'no open follow-up: the supervisor does not get the number');
  });
});

describe('好差评 aggregates are public, per village and per service, without raters', () => {
  test('counts per grade, average and 满意率 once five ratings exist; fewer are not shown', async () => {
    const { data } = await anyone().request(getRequestRatings, { params: { villageId: 'v-qs-02' } });
    assert.equal(data.minimum, 5);
    assert.ok(data.village.shown);
    const expected = seeded.filter(({ request }) => request.villageId === 'v-qs-02' && request.progress.rating !== undefined);
    // The village figure counts the shown services' ratings, and the withheld ones only when together they reach the
    // minimum: subtracting the shown services from it never reveals fewer ratings than the minimum.
    const shownCount = data.services.reduce((sum, one) => sum + (one.ratings.shown ? one.ratings.count : 0), 0);
    const remainder = data.village.count - shownCount;
    assert.ok(remainder === 0 || remainder >= data.minimum, `the withheld remainder is ${String(remainder)}`);
    assert.ok(data.village.count <= expected.length);
    assert.equal(
      data.village.grades.reduce((sum, one) => sum + one.count, 0),
      data.village.count,
    );
    assert.ok(
      data.services.some((one) => one.ratings.shown),
      'the common service and category reach five',
    );
    assert.ok(
      data.services.some((one) => !one.ratings.shown),
      'a service rated once or twice is not shown',
    );
    const text = JSON.stringify(data);
    for (const { request } of expected) {
      assert.ok(!text.includes(request.id) && !text.includes(request.applicant.name));
      if (request.ratingComment !== undefined) assert.ok(!text.includes(request.ratingComment));
    }
  });
});
