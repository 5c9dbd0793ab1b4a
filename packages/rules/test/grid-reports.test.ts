import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as z from 'zod/mini';
import {
  checkGridAssignment,
  checkGridReport,
  checkGridVisitDay,
  defaultGridCategories,
  defaultGridSettings,
  disclosureSettingsSchema,
  gridCategoryLimits,
  gridReportStateCodes,
  gridRoundEnd,
  gridSettingsSchema,
  gridStepsFrom,
  nextGridState,
  periodsOverlap,
  type GridReportStep,
} from '../src/index.js';

const codesOf = (issues: readonly { code: string }[]) => issues.map((one) => one.code);

describe('a grid report moves reported → assessed → assigned → handling → closed, no step skipped', () => {
  const steps: GridReportStep[] = ['assess', 'assign', 'dispose', 'close'];
  const allowed: Record<string, GridReportStep[]> = {
    reported: ['assess'],
    assessed: ['assign'],
    assigned: ['dispose', 'close'],
    handling: ['dispose', 'close'],
    closed: [],
  };
  for (const state of gridReportStateCodes)
    test(`from ${state}: only the steps its state allows`, () => {
      assert.deepEqual(gridStepsFrom(state), allowed[state]);
      for (const step of steps) {
        const result = nextGridState(state, step);
        if (allowed[state]?.includes(step)) assert.ok(result.ok);
        else assert.deepEqual(result.ok ? [] : codesOf(result.issues), [state === 'closed' ? 'grid.step.closed' : 'grid.step.outOfOrder']);
      }
    });

  test('the steps lead to their states', () => {
    assert.deepEqual(nextGridState('reported', 'assess'), { ok: true, value: 'assessed' });
    assert.deepEqual(nextGridState('assessed', 'assign'), { ok: true, value: 'assigned' });
    assert.deepEqual(nextGridState('assigned', 'dispose'), { ok: true, value: 'handling' });
    assert.deepEqual(nextGridState('handling', 'dispose'), { ok: true, value: 'handling' });
    assert.deepEqual(nextGridState('handling', 'close'), { ok: true, value: 'closed' });
  });
});

describe('the category list (seed 002: 30 categories, 111 items)', () => {
  test('the default list: unique codes, items prefixed by their category, within the limits', () => {
    const codes = defaultGridCategories.map((one) => one.code);
    assert.equal(new Set(codes).size, codes.length);
    const items = defaultGridCategories.flatMap((one) => one.items.map((item) => [one.code, item.code] as const));
    assert.equal(new Set(items.map(([, code]) => code)).size, items.length);
    assert.ok(items.every(([category, code]) => code.startsWith(`${category}.`)));
    assert.equal(defaultGridCategories.length, 12);
    assert.equal(items.length, 44);
    assert.ok(defaultGridCategories.some((one) => one.dispute === true));
  });

  test('a village may adopt a list as long as seed 002’s, and no longer than the limits', () => {
    const item = (c: number, i: number) => ({ code: `c${String(c)}.i${String(i)}`, label: { 'zh-CN': '项', en: 'Item' } });
    const category = (c: number, n: number) => ({
      code: `c${String(c)}`,
      label: { 'zh-CN': '类', en: 'Category' },
      items: Array.from({ length: n }, (_, i) => item(c, i)),
    });
    // 30 categories, 111 items.
    const seed002 = Array.from({ length: 30 }, (_, c) => category(c, c < 21 ? 4 : 3));
    assert.equal(
      seed002.reduce((sum, one) => sum + one.items.length, 0),
      111,
    );
    assert.ok(z.safeParse(gridSettingsSchema, { categories: seed002 }).success);
    const tooMany = Array.from({ length: gridCategoryLimits.categories + 1 }, (_, c) => category(c, 1));
    assert.ok(!z.safeParse(gridSettingsSchema, { categories: tooMany }).success);
  });

  test('defaults: counts unpublished, cells under 3 withheld, a month per round, 5 working days a step', () => {
    assert.equal(defaultGridSettings.publishMonthlyCounts, false);
    assert.equal(defaultGridSettings.minimumPublishedCount, 3);
    assert.equal(defaultGridSettings.roundDays, 30);
    assert.equal(defaultGridSettings.stepWorkingDays, 5);
    assert.equal(defaultGridSettings.categories.length, defaultGridCategories.length);
  });
});

describe('checks beyond the body’s schema', () => {
  const households = new Set(['h1', 'h2']);
  test('a report: the village’s category and item, households of its grid, a day not after today', () => {
    assert.deepEqual(
      checkGridReport({ category: 'facilities', item: 'facilities.light' }, defaultGridCategories, households, '2026-11-29'),
      [],
    );
    const issues = checkGridReport(
      { category: 'facilities', item: 'safety.fire', seenOn: '2026-11-30', householdIds: ['h1', 'h9'] },
      defaultGridCategories,
      households,
      '2026-11-29',
    );
    assert.deepEqual(
      issues.map((one) => [one.code, one.path]),
      [
        ['grid.item.unknown', ['item']],
        ['grid.date.future', ['seenOn']],
        ['grid.household.outsideGrid', ['householdIds', 1]],
      ],
    );
    assert.deepEqual(codesOf(checkGridReport({ category: 'weather' }, defaultGridCategories, households, '2026-11-29')), [
      'grid.category.unknown',
    ]);
  });

  test('an assignment: a department named, only a dispute to mediation and with its application, not due in the past', () => {
    assert.deepEqual(codesOf(checkGridAssignment({ target: 'department' }, false, '2026-11-29')), ['grid.assign.departmentRequired']);
    assert.deepEqual(codesOf(checkGridAssignment({ target: 'mediation', intake: {} }, false, '2026-11-29')), ['grid.assign.notDispute']);
    assert.deepEqual(codesOf(checkGridAssignment({ target: 'mediation' }, true, '2026-11-29')), ['grid.assign.intakeRequired']);
    assert.deepEqual(codesOf(checkGridAssignment({ target: 'village', dueOn: '2026-11-28' }, false, '2026-11-29')), [
      'grid.assign.dueBeforeToday',
    ]);
    assert.deepEqual(checkGridAssignment({ target: 'mediation', intake: {} }, true, '2026-11-29'), []);
  });

  test('rounds: a month by default, overlapping periods found, a visit within the round and not after today', () => {
    assert.equal(gridRoundEnd('2026-12-01', undefined, { roundDays: 30 }), '2026-12-30');
    assert.equal(gridRoundEnd('2026-12-01', '2026-12-15', { roundDays: 30 }), '2026-12-15');
    assert.ok(periodsOverlap({ from: '2026-11-01', to: '2026-11-30' }, { from: '2026-11-30', to: '2026-12-29' }));
    assert.ok(!periodsOverlap({ from: '2026-11-01', to: '2026-11-30' }, { from: '2026-12-01', to: '2026-12-30' }));
    assert.deepEqual(checkGridVisitDay('2026-11-10', { from: '2026-11-01' }, '2026-11-29'), []);
    assert.deepEqual(codesOf(checkGridVisitDay('2026-10-31', { from: '2026-11-01' }, '2026-11-29')), ['grid.visit.outsidePeriod']);
    assert.deepEqual(codesOf(checkGridVisitDay('2026-11-30', { from: '2026-11-01' }, '2026-11-29')), ['grid.visit.outsidePeriod']);
  });
});

describe('request step deadlines as a village setting', () => {
  test('the setting names steps by kind.step; an unknown step or a negative day is refused', () => {
    assert.ok(z.safeParse(disclosureSettingsSchema, { requestStepWorkingDays: { 'order.negotiate': 7, 'proxy.process': 15 } }).success);
    assert.ok(
      !z.safeParse(disclosureSettingsSchema, { requestStepWorkingDays: { 'order.order': 1 } }).success,
      'the villager’s own first step has no deadline',
    );
    assert.ok(!z.safeParse(disclosureSettingsSchema, { requestStepWorkingDays: { 'order.negotiate': -1 } }).success);
    assert.equal(z.parse(disclosureSettingsSchema, {}).requestStepWorkingDays, undefined, 'without it, the lifecycle’s defaults');
  });
});
