import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { containsRawPersonalData } from '@shanzhi/rules';
import { canonicalJson } from '../src/audit/canonical.js';
import { maxJsonDepth } from '../src/http/limits.js';
import { assertProblem, sampleIntake, send, startContractServer, tokenOf, type ContractServer } from './contract-fixtures.js';

/**
 * What hostile or careless input does to the server: deep nesting, personal data typed where it is echoed or
 * published. Each test here failed on the server before the security review's fixes.
 */

let server: ContractServer;
before(async () => {
  server = await startContractServer();
});
after(() => server.close());

const phone = '13912345678';
const residentId = '11010519491231002X';

/** `[[[…]]]` nested `depth` deep. */
function nested(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

function intakeWithExtra(extra: string): string {
  const json = JSON.stringify(sampleIntake());
  return `${json.slice(0, -1)},"extra":${extra}}`;
}

describe('deeply nested bodies', () => {
  test('a 5,000-deep array in an extra key of an anonymous intake answers 400 problem+json, not 500', async () => {
    const body = intakeWithExtra(nested(5000));
    assert.ok(body.length < 12_000, 'the review sent about 10 KB');
    const response = await send(server.url, {
      method: 'POST',
      path: '/v1/mediation/cases',
      body,
      headers: { 'Idempotency-Key': 'deep-intake-1' },
    });
    assertProblem(response, 400, 'nesting-too-deep');
  });

  test('the same on proxy requests (村级代办)', async () => {
    const body = `{"villageId":"${server.ids.village}","applicant":{"name":"张三","mobile":"13812345678"},"extra":${nested(5000)}}`;
    const response = await send(server.url, {
      method: 'POST',
      path: `/v1/services/${server.ids.serviceCode}/proxy-requests`,
      body,
      headers: { 'Idempotency-Key': 'deep-proxy-1' },
    });
    assertProblem(response, 400, 'nesting-too-deep');
  });

  test('the deepest body that fits the size limit still answers 4xx; the contract’s own depth passes', async () => {
    const deepest = intakeWithExtra(nested(30_000));
    const refused = await send(server.url, {
      method: 'POST',
      path: '/v1/mediation/cases',
      body: deepest,
      headers: { 'Idempotency-Key': 'deep-intake-2' },
    });
    assertProblem(refused, 400, 'nesting-too-deep');
    const justOver = intakeWithExtra(nested(maxJsonDepth));
    assertProblem(
      await send(server.url, {
        method: 'POST',
        path: '/v1/mediation/cases',
        body: justOver,
        headers: { 'Idempotency-Key': 'deep-intake-3' },
      }),
      400,
      'nesting-too-deep',
    );
    // At the limit the body is parsed, the schema drops the unknown key, and the case is registered.
    const atLimit = intakeWithExtra(nested(maxJsonDepth - 1));
    const accepted = await send(server.url, {
      method: 'POST',
      path: '/v1/mediation/cases',
      body: atLimit,
      headers: { 'Idempotency-Key': 'deep-intake-4' },
    });
    assert.equal(accepted.status, 201, accepted.text.slice(0, 300));
  });

  test('brackets inside strings do not count as nesting', async () => {
    const intake = sampleIntake(`${'['.repeat(200)}邻居堆放柴火堵路${']'.repeat(200)}`);
    const response = await send(server.url, {
      method: 'POST',
      path: '/v1/mediation/cases',
      body: JSON.stringify(intake),
      headers: { 'Idempotency-Key': 'deep-intake-5' },
    });
    assert.equal(response.status, 201, response.text.slice(0, 300));
  });

  test('canonical JSON refuses a hostile depth with a RangeError instead of overflowing the stack', () => {
    let value: unknown = [];
    for (let i = 0; i < 10_000; i++) value = [value];
    assert.throws(() => canonicalJson(value), RangeError);
  });
});

describe('problem bodies never echo what was typed', () => {
  test('a refused intake (another agency has it) does not quote the agency name with a phone and ID number in it', async () => {
    const intake = sampleIntake();
    intake.safety = {
      ...intake.safety,
      alreadyBefore: 'otherAgency',
      otherAgencyName: `镇信访办 王主任 ${phone} ${residentId}`,
    };
    const response = await send(server.url, {
      method: 'POST',
      path: '/v1/mediation/cases',
      body: JSON.stringify(intake),
      headers: { 'Idempotency-Key': 'echo-1' },
    });
    assertProblem(response, 422);
    assert.ok(!response.text.includes(phone) && !response.text.includes('1234'), response.text);
    assert.ok(!response.text.includes('0519491231'), response.text);
    assert.ok(!response.text.includes('王主任'), 'free text is not echoed at all');
    assert.deepEqual(containsRawPersonalData(JSON.parse(response.text)), []);
  });

  test('a rejected link does not quote the href', async () => {
    const href = `javascript:alert(${phone})`;
    const body = {
      category: 'village',
      version: {
        title: '道路养护通知',
        body: [{ type: 'paragraph', children: [{ type: 'link', href, children: [{ type: 'text', text: '详情' }] }] }],
        period: { from: '2026-11-01', to: '2026-11-30' },
        notice: { published: '2026-11-29', until: '2026-12-09' },
        attachments: [],
      },
    };
    const response = await send(server.url, {
      method: 'POST',
      path: `/v1/villages/${server.ids.village}/disclosures`,
      token: tokenOf('cadre'),
      body: JSON.stringify(body),
    });
    const problem = assertProblem(response, [400, 422]);
    assert.ok(
      problem.issues?.some((issue) => issue.code === 'disclosure.richText.unsafeLink'),
      response.text,
    );
    assert.ok(!response.text.includes(phone), response.text);
    assert.ok(!response.text.includes('javascript'), response.text);
  });
});

describe('public fields', () => {
  const publish = (title: string, text = '本村将于下月组织道路养护。') =>
    send(server.url, {
      method: 'POST',
      path: `/v1/villages/${server.ids.village}/disclosures`,
      token: tokenOf('cadre'),
      body: JSON.stringify({
        category: 'village',
        version: {
          title,
          body: [{ type: 'paragraph', children: [{ type: 'text', text }] }],
          period: { from: '2026-11-01', to: '2026-11-30' },
          notice: { published: '2026-11-29', until: '2026-12-09' },
          attachments: [],
        },
      }),
    });

  test('a disclosure whose title holds a mobile number is refused with 422 naming the field', async () => {
    const response = await publish(`道路养护通知 联系人 ${phone}`);
    const problem = assertProblem(response, 422, 'validation');
    assert.deepEqual(
      problem.issues?.map((issue) => [issue.path.join('.'), issue.code]),
      [['version.title', 'identity.publicField.rawPersonalData']],
    );
    assert.ok(!response.text.includes(phone));
    const list = await send(server.url, { method: 'GET', path: `/v1/villages/${server.ids.village}/disclosures` });
    assert.equal(list.status, 200);
    assert.ok(!list.text.includes(phone));
  });

  test('an ID number in the body text is refused the same way; a masked one is accepted', async () => {
    const refused = await publish('低保名单说明', `联系人身份证 ${residentId}`);
    const problem = assertProblem(refused, 422, 'validation');
    assert.equal(problem.issues?.[0]?.path.join('.'), 'version.body.0.children.0.text');
    const accepted = await publish('低保名单说明', '联系电话 139****5678');
    assert.equal(accepted.status, 201, accepted.text.slice(0, 300));
  });

  test('stray personal data already stored is masked on a public read, and the list still answers 200', async () => {
    const row = await server.db
      .selectFrom('disclosure_items')
      .select(['id', 'doc'])
      .where('village_id', '=', server.ids.village)
      .executeTakeFirstOrThrow();
    const doc = JSON.parse(row.doc) as { versions: { title: string }[] };
    const last = doc.versions[doc.versions.length - 1];
    assert.ok(last);
    last.title = `${last.title} ${phone}`;
    await server.db
      .updateTable('disclosure_items')
      .set({ doc: JSON.stringify(doc), title: last.title })
      .where('id', '=', row.id)
      .execute();
    const list = await send(server.url, { method: 'GET', path: `/v1/villages/${server.ids.village}/disclosures?limit=100` });
    assert.equal(list.status, 200, list.text.slice(0, 300));
    const detail = await send(server.url, { method: 'GET', path: `/v1/villages/${server.ids.village}/disclosures/${row.id}` });
    assert.equal(detail.status, 200, detail.text.slice(0, 300));
    assert.ok(!detail.text.includes(phone));
    assert.ok(detail.text.includes('139****5678'), 'masked where it stands, not dropped');
  });
});
