import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { getDisclosure, getDisclosureQuery, listDisclosureQueries } from '@shanzhi/sdk';
import { generateDemoCounty, type DemoCounty } from '../src/seed/index.js';
import { demoQueries, demoQueryPlans } from '../src/seed/desk-work.js';
import { demoToday, startTestServer, type TestServer } from './harness.js';

/*
 * The demo county opens the query desk with work on it (seed/desk-work.ts): villagers' queries in every state.
 */

let server: TestServer;
let county: DemoCounty;
const villageId = 'v-qs-01';

before(async () => {
  server = await startTestServer();
  county = generateDemoCounty({ households: 600, asOf: demoToday });
});
after(async () => {
  await server.close();
});

describe('the seeded desk work is plain data drawn from the county', () => {
  test('the same county gives the same plans, without Math.random; every village has every state', () => {
    const original = Math.random;
    Math.random = () => {
      throw new Error('The seed must not use Math.random');
    };
    try {
      const again = generateDemoCounty({ households: 600, asOf: demoToday });
      assert.deepEqual(demoQueryPlans(again), demoQueryPlans(county));
      assert.deepEqual(demoQueries(again), demoQueries(county), 'the documents and their receipt codes too');
    } finally {
      Math.random = original;
    }
    const queries = demoQueryPlans(county);
    for (const village of county.villages) {
      const states = new Set(queries.filter((one) => one.villageId === village.id).map((one) => one.state));
      assert.deepEqual([...states].sort(), ['answered', 'faq', 'open', 'overdue'], village.id);
    }
    for (const plan of queries) {
      assert.ok(plan.receivedOn <= demoToday && (plan.faq?.on ?? plan.answer?.on ?? plan.receivedOn) <= demoToday, plan.receivedOn);
    }
  });
});

describe('the demo portal’s desks open with work', () => {
  test('the query desk: open, overdue, answered and FAQ queries, the phone for the committee only', async () => {
    const cadre = server.client('demo-cadre');
    const { data } = await cadre.request(listDisclosureQueries, { params: { villageId } });
    assert.ok(data.items.some((one) => one.status === 'received' && !one.overdue));
    assert.ok(data.overdue >= 1);
    assert.ok(data.items.some((one) => one.status === 'answered'));
    const details = await Promise.all(
      data.items.map(async (one) => (await cadre.request(getDisclosureQuery, { params: { villageId, queryId: one.id } })).data),
    );
    const published = details.filter((one) => one.faq !== undefined);
    assert.ok(published.length >= 2, 'answers published as FAQ entries');

    // The public item shows the FAQ entries and nothing of the askers: no phone anyone left, no household.
    const mobiles = county.households.filter((one) => one.villageId === villageId).map((one) => one.mobile);
    const seeded = demoQueryPlans(county).filter((one) => one.villageId === villageId);
    assert.ok(
      seeded.some((one) => one.body.contactPhone !== undefined),
      'some askers left a phone',
    );
    const faqItem = seeded.find((one) => one.faq !== undefined);
    assert.ok(faqItem);
    const item = await server.client().request(getDisclosure, { params: { villageId, disclosureId: faqItem.disclosureId } });
    assert.ok((item.data.faq ?? []).some((entry) => entry.question === faqItem.faq?.question));
    const text = JSON.stringify(item.data);
    for (const mobile of mobiles) assert.equal(text.includes(mobile), false, 'no phone in the public item');
    assert.equal(text.includes(faqItem.householdId), false, 'no asker in the public item');
  });
});
