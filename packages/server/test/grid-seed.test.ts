import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gridReportStateCodes } from '@shanzhi/rules';
import { demoGridData, householdsPerGrid } from '../src/seed/grid.js';
import { generateDemoCounty } from '../src/seed/index.js';

/*
 * The demo county's grids against seed 002 ("以每个网格120户农户…为基准"): every household in exactly one grid, grids of
 * about 120 households, each with a grid worker of its village; reports in every state in every village; rounds
 * finished, overdue and under way.
 */

const county = generateDemoCounty();
const data = demoGridData(county);

describe('the demo grids are sized as seed 002 says', () => {
  test('every household is in exactly one grid of its own village', () => {
    const villageOf = new Map(county.households.map((one) => [one.id, one.villageId]));
    const seen = new Set<string>();
    for (const grid of data.grids)
      for (const id of grid.householdIds) {
        assert.ok(!seen.has(id), `${id} is in two grids`);
        seen.add(id);
        assert.equal(villageOf.get(id), grid.villageId);
      }
    assert.equal(seen.size, county.households.length);
  });

  test('grids hold about 120 households (every one within 100–150, the mean within 110–130)', () => {
    const sizes = data.grids.map((grid) => grid.householdIds.length);
    assert.equal(householdsPerGrid, 120);
    assert.ok(Math.min(...sizes) >= 100 && Math.max(...sizes) <= 150, sizes.join(','));
    const mean = sizes.reduce((sum, n) => sum + n, 0) / sizes.length;
    assert.ok(mean >= 110 && mean <= 130, String(mean));
  });

  test('each grid has a grid worker of its village, and every grid worker works a grid', () => {
    const staff = new Map(county.staff.map((one) => [one.id, one]));
    for (const grid of data.grids) {
      assert.ok(grid.workerIds.length > 0, grid.id);
      for (const id of grid.workerIds) {
        assert.equal(staff.get(id)?.role, 'gridWorker');
        assert.equal(staff.get(id)?.villageId, grid.villageId);
      }
    }
    const working = new Set(data.grids.flatMap((grid) => grid.workerIds));
    assert.ok(county.staff.filter((one) => one.role === 'gridWorker').every((one) => working.has(one.id)));
  });
});

describe('the demo reports and rounds', () => {
  test('every village has reports in every state, a dispute taken over by the mediation committee among them', () => {
    for (const village of county.villages) {
      const mine = data.reports.filter((one) => one.villageId === village.id);
      assert.deepEqual(new Set(mine.map((one) => one.state)), new Set(gridReportStateCodes), village.id);
      assert.ok(
        mine.some((one) => one.target === 'mediation' && one.mediationCase !== undefined),
        village.id,
      );
      for (const report of mine) assert.equal(report.history.length, gridReportStateCodes.indexOf(report.state) + 1, report.id);
    }
  });

  test('every grid has last month’s round (half of them overdue) and this month’s, under way', () => {
    for (const grid of data.grids) {
      const rounds = data.rounds.filter((one) => one.gridId === grid.id);
      assert.equal(rounds.length, 2, grid.id);
      const current = rounds.find((one) => one.from <= county.asOf && county.asOf <= one.to);
      assert.ok(current && current.visits.length < grid.householdIds.length, grid.id);
    }
    const ended = data.rounds.filter((one) => one.to < county.asOf);
    const overdue = ended.filter(
      (one) => new Set(one.visits.filter((visit) => !visit.absent).map((visit) => visit.householdId)).size < one.householdIds.length,
    );
    assert.ok(overdue.length > 0 && overdue.length < ended.length);
  });

  test('deterministic: the same county gives deep-equal grid data', () => {
    assert.deepEqual(demoGridData(county), data);
  });
});
