import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { getHouseholdBalance, getHouseholdPoints } from '@shanzhi/sdk';
import { startTestServer, type TestServer } from './harness.js';
import { rejectsWith } from './support/problems.js';

// The 爱心超市 keeper builds a cart against a household's balance, and sees nothing else of its ledger.

describe('a household balance, without the ledger', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  const own = { villageId: 'v-qs-01', householdId: 'h-000001' };
  const other = { villageId: 'v-qs-01', householdId: 'h-000002' };

  test('the storekeeper reads the balance the ledger gives, and only that', async () => {
    const { data } = await server.client('demo-storekeeper').request(getHouseholdBalance, { params: other });
    assert.deepEqual(Object.keys(data).sort(), ['asOf', 'balance', 'householdId']);
    const ledger = (await server.client('demo-cadre').request(getHouseholdPoints, { params: other, query: {} })).data;
    assert.deepEqual(data.balance, { total: ledger.balance.total, redeemable: ledger.balance.redeemable, base: ledger.balance.base });
    await rejectsWith(server.client('demo-storekeeper').request(getHouseholdPoints, { params: other, query: {} }), 403, 'forbidden');
  });

  test('the household reads its own, not another; the public and other villages are refused', async () => {
    const villager = server.client('demo-villager');
    assert.equal((await villager.request(getHouseholdBalance, { params: own })).data.householdId, own.householdId);
    await rejectsWith(villager.request(getHouseholdBalance, { params: other }), 403, 'forbidden');
    await rejectsWith(server.client().request(getHouseholdBalance, { params: other }), 401, 'unauthorized');
    await rejectsWith(
      server.client('demo-storekeeper').request(getHouseholdBalance, { params: { ...other, villageId: 'v-qs-02' } }),
      403,
      'forbidden',
    );
  });
});
