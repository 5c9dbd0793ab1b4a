import type { CalendarDate } from '../calendar/date.js';
import type { PointsRule, RuleCap } from './catalogue.js';
import type { LedgerEntry } from './entry.js';
import { epochDayOf, periodIndexOfEpochDay } from './epoch.js';
import { periodOf, periodRange, type PeriodKey } from './period.js';
import type { PointsSettings } from './settings.js';

/** `revokedDay` of an entry that was never revoked. */
export const notRevoked = 0x7fffffff;

/**
 * The ledger as columns, one index per entry across all arrays: the shape a server reads from SQL and
 * the only shape that ranks millions of entries fast (no object per entry, no parsing). Only entries
 * that took effect belong here; pending and rejected ones never count.
 */
export interface LedgerColumns {
  /** Household of each entry, as an index into the `householdIds` passed alongside. */
  readonly household: Int32Array;
  /** Points as recorded (positive award, negative deduction). */
  readonly points: Int32Array;
  /** Day the entry took effect, as days since 1970-01-01 (`epochDayOf`). */
  readonly effectiveDay: Int32Array;
  /** Day it was revoked (`notRevoked` if never); omit when no entry is revoked. */
  readonly revokedDay?: Int32Array | undefined;
  /** Index of the entry's rule into `ruleCaps` (−1 for none); omit when no caps apply per rule. */
  readonly rule?: Int32Array | undefined;
}

/** The settings that cap points: per rule, per period, and the period the caps count in. */
export type CapSettings = Pick<PointsSettings, 'capPeriodKind' | 'defaultRuleCap' | 'periodAwardCap'>;

/** What `aggregateTotals` totals: the board period, the day the totals are taken, and the caps to apply. */
export interface AggregateOptions {
  /** Board period to total: entries count in the period in which they took effect. */
  readonly period: PeriodKey;
  /** Day the totals are taken: later entries are ignored, entries revoked on or before it do not count. */
  readonly asOf: CalendarDate;
  /** Caps by rule index (`LedgerColumns.rule`); a missing one falls back to `settings.defaultRuleCap`. */
  readonly ruleCaps?: readonly (RuleCap | undefined)[] | undefined;
  readonly settings: CapSettings;
}

/** Per-household totals of one period, as columns in the order of `householdIds`. */
export interface HouseholdTotals {
  readonly householdIds: readonly string[];
  /** Net points (awards minus deductions, after caps). */
  readonly totals: Float64Array;
  /** Number of counting deduction entries in the period (what the black list looks at). */
  readonly deductions: Int32Array;
}

/** One household's net total for a period, with how many deductions it had. */
export interface HouseholdTotal {
  readonly householdId: string;
  readonly total: number;
  readonly deductions?: number | undefined;
}

const minDay = -0x80000000;

/**
 * Cap state lives in typed arrays indexed by (household × capped rule × cap period) while that space is
 * small or not much larger than the entries to cap; beyond, in a Map, so a county with many capped
 * rules does not allocate hundreds of megabytes for a handful of entries.
 */
function denseEnough(slots: number, entries: number): boolean {
  return slots <= Math.max(1 << 20, 4 * entries);
}

interface Accumulated {
  readonly totals: Float64Array;
  readonly deductions: Int32Array;
}

/**
 * The one implementation of "what counts": effective by `asOf`, not revoked by then, in the period,
 * after caps. `counted`, when given, receives each entry's counted points (0 where it does not count).
 *
 * Caps need chronological order (the first entries of a cap period count, later ones are cut), but
 * walking millions of entries in a sorted order means random reads across every column, which costs
 * more than everything else together. So uncapped entries are summed in one sequential pass, and only
 * entries a cap can touch are copied out, put in day order by a stable counting sort (days span a few
 * thousand values) and walked sequentially.
 */
function accumulate(columns: LedgerColumns, householdCount: number, options: AggregateOptions, counted: Float64Array | null): Accumulated {
  const { household, points, effectiveDay, revokedDay, rule } = columns;
  const n = points.length;
  if (
    household.length !== n ||
    effectiveDay.length !== n ||
    (revokedDay !== undefined && revokedDay.length !== n) ||
    (rule !== undefined && rule.length !== n)
  ) {
    throw new RangeError('Ledger columns must all have the same length');
  }
  const totals = new Float64Array(householdCount);
  const deductions = new Int32Array(householdCount);
  const asOfDay = epochDayOf(options.asOf);
  const range = periodRange(options.period);
  const fromDay = range ? epochDayOf(range.from) : minDay;
  const upperDay = range ? Math.min(asOfDay, epochDayOf(range.to)) : asOfDay;
  const { settings } = options;
  const capKind = settings.capPeriodKind;
  const defaultCap = settings.defaultRuleCap;
  const awardCap = settings.periodAwardCap;
  const ruleCaps = options.ruleCaps ?? [];
  const ruleCount = ruleCaps.length;

  // capIndex[r + 1]: compact number of the cap that applies to rule r (slot 0 = no rule), or −1.
  const capIndex = new Int32Array(ruleCount + 1).fill(-1);
  const caps: RuleCap[] = [];
  for (let r = -1; r < ruleCount; r++) {
    const cap = r >= 0 ? (ruleCaps[r] ?? defaultCap) : defaultCap;
    if (cap !== undefined) {
      capIndex[r + 1] = caps.length;
      caps.push(cap);
    }
  }
  const capping = caps.length > 0 || awardCap !== undefined;
  // A cap counts from the start of its own period, which may begin before the board period (a yearly
  // cap on a monthly board): entries from that start on must be walked too.
  const capRange = capping && range ? periodRange(periodOf(range.from, capKind)) : null;
  const lowerDay = capRange ? Math.min(fromDay, epochDayOf(capRange.from)) : fromDay;

  const pendingIndex = capping ? new Int32Array(n) : null;
  const pendingHousehold = capping ? new Int32Array(n) : null;
  const pendingPoints = capping ? new Int32Array(n) : null;
  const pendingCap = capping ? new Int32Array(n) : null;
  const pendingDay = capping ? new Int32Array(n) : null;
  let pending = 0;
  let low = Infinity;
  let high = -Infinity;
  let inOrder = true;

  for (let i = 0; i < n; i++) {
    const day = effectiveDay[i] ?? 0;
    if (day < lowerDay || day > upperDay) continue;
    if (revokedDay !== undefined && (revokedDay[i] ?? notRevoked) <= asOfDay) continue;
    const h = household[i] ?? -1;
    if (h < 0 || h >= householdCount) throw new RangeError(`Entry ${i} names household ${h}, outside 0…${householdCount - 1}`);
    const p = points[i] ?? 0;
    if (pendingIndex && pendingHousehold && pendingPoints && pendingCap && pendingDay) {
      const r = rule === undefined ? -1 : (rule[i] ?? -1);
      const c = capIndex[r >= 0 && r < ruleCount ? r + 1 : 0] ?? -1;
      if (c >= 0 || (awardCap !== undefined && p > 0)) {
        if (pending > 0 && day < (pendingDay[pending - 1] ?? 0)) inOrder = false;
        pendingIndex[pending] = i;
        pendingHousehold[pending] = h;
        pendingPoints[pending] = p;
        pendingCap[pending] = c;
        pendingDay[pending] = day;
        pending++;
        if (day < low) low = day;
        if (day > high) high = day;
        continue;
      }
    }
    if (day < fromDay) continue;
    totals[h] = (totals[h] ?? 0) + p;
    if (p < 0) deductions[h] = (deductions[h] ?? 0) + 1;
    if (counted) counted[i] = p;
  }
  if (pending === 0 || !pendingIndex || !pendingHousehold || !pendingPoints || !pendingCap || !pendingDay) return { totals, deductions };

  const span = high - low + 1;
  let sIndex = pendingIndex;
  let sHousehold = pendingHousehold;
  let sPoints = pendingPoints;
  let sCap = pendingCap;
  let sDay = pendingDay;
  if (!inOrder) {
    const starts = new Int32Array(span + 1);
    for (let k = 0; k < pending; k++) {
      const slot = (pendingDay[k] ?? 0) - low + 1;
      starts[slot] = (starts[slot] ?? 0) + 1;
    }
    for (let d = 1; d <= span; d++) starts[d] = (starts[d] ?? 0) + (starts[d - 1] ?? 0);
    sIndex = new Int32Array(pending);
    sHousehold = new Int32Array(pending);
    sPoints = new Int32Array(pending);
    sCap = new Int32Array(pending);
    sDay = new Int32Array(pending);
    for (let k = 0; k < pending; k++) {
      const day = pendingDay[k] ?? 0;
      const bucket = day - low;
      const to = starts[bucket] ?? 0;
      starts[bucket] = to + 1;
      sIndex[to] = pendingIndex[k] ?? 0;
      sHousehold[to] = pendingHousehold[k] ?? 0;
      sPoints[to] = pendingPoints[k] ?? 0;
      sCap[to] = pendingCap[k] ?? -1;
      sDay[to] = day;
    }
  }

  // Cap period of each day in [low, high], relative to the first one.
  const capBase = periodIndexOfEpochDay(low, capKind);
  const periodOfDay = new Int32Array(span);
  for (let d = 0; d < span; d++) periodOfDay[d] = periodIndexOfEpochDay(low + d, capKind) - capBase;
  const capPeriods = (periodOfDay[span - 1] ?? 0) + 1;
  const capCount = caps.length;

  const ruleSlots = householdCount * capCount * capPeriods;
  const denseRule = denseEnough(ruleSlots, pending);
  const ruleSlotOf = denseRule ? null : new Map<number, number>();
  const seen = new Int32Array(denseRule ? ruleSlots : pending);
  const used = new Float64Array(denseRule ? ruleSlots : pending);
  const awardSlots = householdCount * capPeriods;
  const awarded = awardCap !== undefined && denseEnough(awardSlots, pending) ? new Float64Array(awardSlots) : null;
  const awardedSparse = awardCap !== undefined && awarded === null ? new Map<number, number>() : null;

  for (let k = 0; k < pending; k++) {
    const h = sHousehold[k] ?? 0;
    const raw = sPoints[k] ?? 0;
    const c = sCap[k] ?? -1;
    const day = sDay[k] ?? 0;
    const capPeriod = periodOfDay[day - low] ?? 0;
    let p = raw;
    const cap = caps[c];
    if (cap !== undefined) {
      const key = (h * capCount + c) * capPeriods + capPeriod;
      let slot = key;
      if (ruleSlotOf) {
        const found = ruleSlotOf.get(key);
        slot = found ?? ruleSlotOf.size;
        if (found === undefined) ruleSlotOf.set(key, slot);
      }
      const count = (seen[slot] ?? 0) + 1;
      seen[slot] = count;
      // The first maxEntries entries of the rule in the cap period count; later ones count 0.
      if (cap.maxEntries !== undefined && count > cap.maxEntries) p = 0;
      if (cap.maxPoints !== undefined && p !== 0) {
        const before = used[slot] ?? 0;
        const room = Math.max(0, cap.maxPoints - before);
        if (Math.abs(p) > room) p = p > 0 ? room : -room;
        used[slot] = before + Math.abs(p);
      }
    }
    if (awardCap !== undefined && p > 0) {
      // The period cap limits awards only: a cap on deductions would let good deeds buy off breaches.
      const key = h * capPeriods + capPeriod;
      const before = awarded ? (awarded[key] ?? 0) : (awardedSparse?.get(key) ?? 0);
      p = Math.min(p, Math.max(0, awardCap - before));
      if (awarded) awarded[key] = before + p;
      else awardedSparse?.set(key, before + p);
    }
    if (day < fromDay) continue;
    totals[h] = (totals[h] ?? 0) + p;
    if (raw < 0) deductions[h] = (deductions[h] ?? 0) + 1;
    if (counted) counted[sIndex[k] ?? 0] = p;
  }
  return { totals, deductions };
}

/**
 * Totals per household for one board period, from columns: the fast path (a server with SQL rows, the
 * benchmark). Caps apply per rule and per cap period in chronological order of taking effect; entries of
 * one day count in input order, so pass them ordered by id for stable results.
 */
export function aggregateTotals(columns: LedgerColumns, householdIds: readonly string[], options: AggregateOptions): HouseholdTotals {
  const { totals, deductions } = accumulate(columns, householdIds.length, options, null);
  return { householdIds, totals, deductions };
}

/** Each entry's counted points after caps (0 where it does not count), to show which entries were capped. */
export function countedPoints(columns: LedgerColumns, householdCount: number, options: AggregateOptions): Float64Array {
  const counted = new Float64Array(columns.points.length);
  accumulate(columns, householdCount, options, counted);
  return counted;
}

/** Columns built from entry objects, with the lookup tables that go with them. */
export interface LedgerTable {
  /** Every column filled (revocations and rule indexes included). */
  readonly columns: LedgerColumns & { readonly revokedDay: Int32Array; readonly rule: Int32Array };
  readonly householdIds: readonly string[];
  /** Id of the entry at each column index. */
  readonly entryIds: readonly string[];
  readonly ruleCaps: readonly (RuleCap | undefined)[];
  /** The rule code behind each index of `ruleCaps` (the catalogue's, then codes the catalogue lacks). */
  readonly ruleCodes: readonly string[];
}

function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What the builder needs of one entry: an entry object, or a database row mapped to these fields. */
export interface LedgerRow {
  readonly id: string;
  readonly householdId: string;
  readonly ruleCode: string;
  readonly points: number;
  readonly effectiveOn: CalendarDate;
  readonly revokedOn?: CalendarDate | undefined;
}

/**
 * Fills ledger columns one entry at a time, in the order caps count in (effective date, then id) — for entry
 * objects (`toLedgerTable`) and for a server streaming rows out of its database alike, so the column layout and
 * the rule-index policy exist once.
 */
export class LedgerTableBuilder {
  private readonly households = new Map<string, number>();
  private readonly rules = new Map<string, number>();
  private readonly ruleCaps: (RuleCap | undefined)[];
  private readonly ruleCodes: string[];
  private readonly days = new Map<string, number>();
  private readonly entryIds: string[] = [];
  private readonly columns: {
    household: Int32Array;
    points: Int32Array;
    effectiveDay: Int32Array;
    revokedDay: Int32Array;
    rule: Int32Array;
  };
  private size = 0;

  constructor(
    catalogue: { readonly rules: readonly PointsRule[] },
    private readonly householdIds: readonly string[],
    capacity: number,
  ) {
    for (const [index, id] of householdIds.entries()) this.households.set(id, index);
    this.ruleCaps = catalogue.rules.map((one, index) => {
      this.rules.set(one.code, index);
      return one.cap;
    });
    this.ruleCodes = catalogue.rules.map((one) => one.code);
    this.columns = {
      household: new Int32Array(capacity),
      points: new Int32Array(capacity),
      effectiveDay: new Int32Array(capacity),
      revokedDay: new Int32Array(capacity),
      rule: new Int32Array(capacity),
    };
  }

  private dayOf(date: CalendarDate): number {
    let day = this.days.get(date);
    if (day === undefined) {
      day = epochDayOf(date);
      this.days.set(date, day);
    }
    return day;
  }

  private ruleOf(code: string): number {
    let rule = this.rules.get(code);
    if (rule === undefined) {
      // A code missing from the catalogue still caps on its own (under the default cap), never pooled with others.
      rule = this.ruleCaps.length;
      this.rules.set(code, rule);
      this.ruleCaps.push(undefined);
      this.ruleCodes.push(code);
    }
    return rule;
  }

  /** Adds an entry that took effect; false (and nothing added) for a household outside the table. */
  add(row: LedgerRow): boolean {
    const household = this.households.get(row.householdId);
    if (household === undefined) return false;
    const i = this.size++;
    this.columns.household[i] = household;
    this.columns.points[i] = row.points;
    this.columns.effectiveDay[i] = this.dayOf(row.effectiveOn);
    this.columns.revokedDay[i] = row.revokedOn === undefined ? notRevoked : this.dayOf(row.revokedOn);
    this.columns.rule[i] = this.ruleOf(row.ruleCode);
    this.entryIds.push(row.id);
    return true;
  }

  build(): LedgerTable {
    const n = this.size;
    const { household, points, effectiveDay, revokedDay, rule } = this.columns;
    return {
      columns: {
        household: household.subarray(0, n),
        points: points.subarray(0, n),
        effectiveDay: effectiveDay.subarray(0, n),
        revokedDay: revokedDay.subarray(0, n),
        rule: rule.subarray(0, n),
      },
      householdIds: this.householdIds,
      entryIds: this.entryIds,
      ruleCaps: this.ruleCaps,
      ruleCodes: this.ruleCodes,
    };
  }
}

/**
 * Turns entry objects into columns: only entries that took effect, ordered by effective date then id
 * (the order caps count in). Households come in the order of `householdIds` (so households without
 * entries get a total of 0), then any others in id order.
 */
export function toLedgerTable(
  entries: readonly LedgerEntry[],
  catalogue: { readonly rules: readonly PointsRule[] },
  householdIds: readonly string[] = [],
): LedgerTable {
  const took = entries.filter((entry) => entry.effectiveOn !== undefined && (entry.status === 'effective' || entry.status === 'revoked'));
  took.sort((a, b) => byCode(a.effectiveOn ?? '', b.effectiveOn ?? '') || byCode(a.id, b.id));
  const known = new Set(householdIds);
  const extra = [...new Set(took.map((entry) => entry.householdId).filter((id) => !known.has(id)))].sort(byCode);
  const builder = new LedgerTableBuilder(catalogue, [...householdIds, ...extra], took.length);
  for (const entry of took) builder.add({ ...entry, effectiveOn: entry.effectiveOn ?? '' });
  return builder.build();
}

/**
 * What `periodTotals` needs: the cap settings, the catalogue (for each rule's cap) and the day the totals are
 * taken.
 */
export interface PeriodTotalsOptions {
  readonly settings: CapSettings;
  readonly catalogue: { readonly rules: readonly PointsRule[] };
  readonly asOf: CalendarDate;
  /** Households to include even without entries (all households of the village, for a board). */
  readonly householdIds?: readonly string[] | undefined;
}

/** Totals per household for one board period, from entry objects (fine for a village; use columns for a county). */
export function periodTotals(entries: readonly LedgerEntry[], period: PeriodKey, options: PeriodTotalsOptions): HouseholdTotals {
  const table = toLedgerTable(entries, options.catalogue, options.householdIds);
  return aggregateTotals(table.columns, table.householdIds, {
    period,
    asOf: options.asOf,
    ruleCaps: table.ruleCaps,
    settings: options.settings,
  });
}

/** Totals as a list of objects (for JSON, tests and small boards). */
export function totalsList(totals: HouseholdTotals): HouseholdTotal[] {
  return totals.householdIds.map((householdId, i) => ({
    householdId,
    total: totals.totals[i] ?? 0,
    deductions: totals.deductions[i] ?? 0,
  }));
}
