import {
  aggregateTotals,
  balancesAsOf,
  blackListMarks,
  boardNamePurpose,
  buildBoard,
  minDate,
  nameForPurpose,
  periodKindOf,
  periodOf,
  periodRange,
  previousPeriod,
  type BoardPeriodKind,
  type CalendarDate,
  type LedgerColumns,
  type PeriodKey,
  type PointsSettings,
  type RankedHousehold,
} from '@shanzhi/rules';
import type { getLeaderboard, PageItem } from '@shanzhi/sdk';
import type { BoardHousehold, VillageSnapshot } from './snapshot.js';

export type LeaderboardRow = PageItem<typeof getLeaderboard>;

/**
 * Who may search a board by what. A cached board is shared by every viewer, so each item carries one
 * search text per scope and the request picks the scope of its caller (`boardSearchScope`).
 * - `shown`: the household number and the name exactly as the board shows it (张*明 unless consented).
 * - `registered`: the household number and the registered name, for the village's own staff only.
 */
export type BoardSearchScope = 'shown' | 'registered';

/** One ranked household with what a search needs; the raw name never leaves the server. */
export interface BoardItem {
  readonly row: LeaderboardRow;
  readonly household: BoardHousehold;
  /** Household number and name, lower-cased once, NUL-separated so a match never spans both. */
  readonly searchText: Readonly<Record<BoardSearchScope, string>>;
}

/** A computed board: the three lists share row objects, so a page is a slice. */
export interface ComputedBoard {
  readonly period: PeriodKey;
  readonly periodKind: BoardPeriodKind;
  readonly category: string | null;
  readonly asOf: CalendarDate;
  readonly totalHouseholds: number;
  readonly blackListEnabled: boolean;
  readonly all: readonly BoardItem[];
  readonly red: readonly BoardItem[];
  readonly black: readonly BoardItem[];
}

/** `period` of the query: a key ('2026-11', '2026-Q4', '2026', 'all'), or relative to today ('current' = the village's board period). */
export function resolvePeriod(requested: string | undefined, today: CalendarDate, settings: Pick<PointsSettings, 'periodKind'>): PeriodKey {
  if (requested === undefined || requested === 'current') return periodOf(today, settings.periodKind);
  if (requested === 'month' || requested === 'quarter' || requested === 'year') return periodOf(today, requested);
  return requested;
}

/**
 * The day a period's totals are taken: its last day once it is over (so a published board keeps the
 * entries it counted, even one revoked later), else today.
 */
export function periodAsOf(period: PeriodKey, today: CalendarDate): CalendarDate {
  const range = periodRange(period);
  return range ? minDate(today, range.to) : today;
}

/** The ledger restricted to the rules of one category (rule caps are per rule, so they carry over unchanged). */
function columnsOfCategory(snapshot: VillageSnapshot, category: string): LedgerColumns {
  const { columns, ruleCategories } = snapshot;
  const keep = new Uint8Array(ruleCategories.length);
  for (const [index, code] of ruleCategories.entries()) keep[index] = code === category ? 1 : 0;
  let n = 0;
  for (const rule of columns.rule) if (keep[rule] === 1) n++;
  const out = {
    household: new Int32Array(n),
    points: new Int32Array(n),
    effectiveDay: new Int32Array(n),
    revokedDay: new Int32Array(n),
    rule: new Int32Array(n),
  };
  let k = 0;
  for (let i = 0; i < columns.rule.length; i++) {
    const rule = columns.rule[i] ?? 0;
    if (keep[rule] !== 1) continue;
    out.household[k] = columns.household[i] ?? 0;
    out.points[k] = columns.points[i] ?? 0;
    out.effectiveDay[k] = columns.effectiveDay[i] ?? 0;
    out.revokedDay[k] = columns.revokedDay[i] ?? 0;
    out.rule[k] = rule;
    k++;
  }
  return out;
}

/**
 * Households the village excludes from rewards on `asOf` (a base score used up by deductions), from the
 * rules' balances. Only a base score can make a household ineligible, so without one nothing is computed.
 */
function ineligibleOn(snapshot: VillageSnapshot, asOf: CalendarDate): Set<string> {
  const { settings, catalogue } = snapshot.scheme;
  const out = new Set<string>();
  if (settings.baseScore === 0) return out;
  for (const [id, balance] of balancesAsOf(snapshot.entries, snapshot.redemptions, asOf, settings, catalogue, snapshot.householdIds)) {
    if (!balance.rewardEligible) out.add(id);
  }
  return out;
}

function badgesOf(row: RankedHousehold, named: boolean, red: ReadonlySet<string>, black: ReadonlySet<string>): string[] {
  const badges: string[] = [];
  if (red.has(row.householdId)) badges.push('red');
  if (black.has(row.householdId)) badges.push('black');
  if (row.stars > 0) badges.push(`stars:${row.stars}`);
  if (named) badges.push('consented');
  return badges;
}

/** Ranks the village for one period and category with the rules' columnar aggregation and `buildBoard`. */
export function computeBoard(snapshot: VillageSnapshot, period: PeriodKey, category: string | null, today: CalendarDate): ComputedBoard {
  const { settings } = snapshot.scheme;
  const columns = category === null ? snapshot.columns : columnsOfCategory(snapshot, category);
  const ids = snapshot.householdIds;
  const ruleCaps = snapshot.ruleCaps;
  const asOf = periodAsOf(period, today);
  const current = aggregateTotals(columns, ids, { period, asOf, ruleCaps, settings });
  const before = previousPeriod(period);
  const previous =
    before === null ? undefined : aggregateTotals(columns, ids, { period: before, asOf: periodAsOf(before, today), ruleCaps, settings });
  const board = buildBoard(current, settings, { previous, ineligible: ineligibleOn(snapshot, asOf) });

  const red = new Set(board.redList.map((row) => row.householdId));
  // A household a completed 帮教 plan took off the black list stays off until a new deduction counts (mentoring.ts).
  const { cleared, active } = snapshot.mentoring;
  const blackRows = (board.blackList.enabled ? board.blackList.rows : []).filter((row) => {
    const clearance = cleared.get(row.householdId);
    return clearance === undefined || blackListMarks(clearance.deductions, asOf, clearance.on).length > 0;
  });
  const black = new Set(blackRows.map((row) => row.householdId));
  const householdById = new Map(snapshot.households.map((one) => [one.id, one]));
  const items = new Map<string, BoardItem>();
  for (const ranked of board.rows) {
    const household = householdById.get(ranked.householdId);
    if (household === undefined) continue;
    // The honour-board consent names a household on this board, but never on the black list: a black-
    // listed row is masked in every list, since the 'all' list carries its black badge (个人信息保护法
    // Arts 14, 25 — consent covers only the purpose it was given for).
    const shown = nameForPurpose(household.rawName, household.consents, boardNamePurpose(black.has(ranked.householdId)));
    const row: LeaderboardRow = {
      householdId: ranked.householdId,
      householdNumber: household.number,
      name: shown.name,
      nameMasked: shown.masked,
      group: household.group,
      rank: ranked.rank,
      points: ranked.total,
      stars: ranked.stars,
      movement: ranked.movement,
      previousRank: ranked.previousRank,
      deductions: ranked.deductions,
      badges: badgesOf(ranked, !shown.masked, red, black),
      // The public sees only that the household is being helped off the black list, never the plan.
      ...(black.has(ranked.householdId) && active.has(ranked.householdId) ? { inMentoring: true } : {}),
    };
    const searchText = {
      shown: `${household.number}\u0000${shown.name}`.toLowerCase(),
      registered: `${household.number}\u0000${household.rawName}`.toLowerCase(),
    };
    items.set(ranked.householdId, { row, household, searchText });
  }
  const pick = (rows: readonly RankedHousehold[]) => rows.flatMap((row) => items.get(row.householdId) ?? []);
  return {
    period,
    periodKind: periodKindOf(period),
    category,
    asOf,
    totalHouseholds: ids.length,
    blackListEnabled: settings.blackListEnabled,
    all: [...items.values()],
    red: pick(board.redList),
    black: pick(blackRows),
  };
}

/**
 * Rows whose household number or name contains `q`, matching only what the scope may see. Matching the
 * registered name for everyone made `q` an oracle: a right guess of the hidden character of 杜*梦 hit
 * and a wrong one did not, and `list=black` answered whether a named person was on the black list
 * (个人信息保护法 Art 25: not publishing a name includes not confirming it).
 */
export function searchBoard(items: readonly BoardItem[], q: string | undefined, scope: BoardSearchScope): readonly BoardItem[] {
  const needle = q?.trim().toLowerCase() ?? '';
  if (needle === '' || needle.includes('\u0000')) return needle === '' ? items : [];
  return items.filter(({ searchText }) => searchText[scope].includes(needle));
}
