import {
  blackListClearances,
  LedgerTableBuilder,
  type CalendarDate,
  type ConsentPurpose,
  type LedgerColumns,
  type LedgerEntry,
  type Redemption,
  type RuleCap,
} from '@shanzhi/rules';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { plansOf } from '../mentoring/store.js';
import { villageConsentPurposes } from './consents.js';
import { loadScheme, type PointsScheme } from './documents.js';

/** A household as the boards are computed from it: the raw name stays on the server. */
export interface BoardHousehold {
  readonly id: string;
  readonly number: string;
  readonly group: string;
  /**
   * The head's name as registered: sent only where the household consented to the board's purpose, and
   * matched by `q` only for the village's own staff (board.ts decides both).
   */
  readonly rawName: string;
  /** The purposes the household currently consents to being named for (个人信息保护法 Arts 14, 25). */
  readonly consents: readonly ConsentPurpose[];
}

/**
 * Everything a village's boards are computed from, read once per village version: the scheme, its
 * households in id order, and the entries that took effect as the rules' columnar ledger.
 */
export interface VillageSnapshot {
  readonly villageId: string;
  readonly scheme: PointsScheme;
  readonly households: readonly BoardHousehold[];
  readonly householdIds: readonly string[];
  /** Entries that took effect (effective or revoked), ordered by effective day then id (the order caps count in). */
  readonly columns: LedgerColumns & { readonly rule: Int32Array; readonly revokedDay: Int32Array };
  /** Cap of each rule index of `columns.rule` (catalogue order). */
  readonly ruleCaps: readonly (RuleCap | undefined)[];
  /** Category of each rule index (undefined for a code missing from the catalogue). */
  readonly ruleCategories: readonly (string | undefined)[];
  /**
   * The same entries and the village's redemptions as records, for the rules' balances (reward eligibility).
   * Only a base score can make a household ineligible, so without one these stay empty.
   */
  readonly entries: readonly LedgerEntry[];
  readonly redemptions: readonly Redemption[];
  /** 帮教 (mentoring/): who is on an active plan, and who left the black list through one (with its deductions). */
  readonly mentoring: MentoringOnBoard;
}

/**
 * What the black list needs of 帮教: households on an active plan (the public sees only "在帮教中"), and households a
 * completed plan took off the list, with the day and their deductions, so a new deduction puts them back on it.
 */
export interface MentoringOnBoard {
  readonly active: ReadonlySet<string>;
  readonly cleared: ReadonlyMap<string, { readonly on: CalendarDate; readonly deductions: readonly LedgerEntry[] }>;
}

async function mentoringOnBoard(db: Kysely<Database>, villageId: string, deductionsOf: (householdId: string) => LedgerEntry[]) {
  const plans = await plansOf(db, { villageId });
  const active = new Set(plans.filter((plan) => plan.status === 'active').map((plan) => plan.householdId));
  const cleared = new Map(
    [...blackListClearances(plans)].map(([householdId, on]) => [householdId, { on, deductions: deductionsOf(householdId) }]),
  );
  return { active, cleared };
}

export async function loadVillageSnapshot(db: Kysely<Database>, villageId: string): Promise<VillageSnapshot> {
  const scheme = await loadScheme(db, villageId);
  const householdRows = await db
    .selectFrom('households')
    .select(['id', 'number', 'group_id', 'head_name'])
    .where('village_id', '=', villageId)
    .orderBy('id')
    .execute();
  // Consent is read from its own table, per purpose; the old general `consent_public_name` is not read.
  const consents = await villageConsentPurposes(db, villageId);
  const households = householdRows.map((row): BoardHousehold => ({
    id: row.id,
    number: row.number,
    group: row.group_id,
    rawName: row.head_name,
    consents: consents.get(row.id) ?? [],
  }));
  const householdIds = households.map((one) => one.id);

  const rows = await db
    .selectFrom('points_entries')
    .select(['id', 'household_id', 'rule_code', 'points', 'status', 'effective_on', 'revoked_on'])
    .where('village_id', '=', villageId)
    .where('status', 'in', ['effective', 'revoked'])
    .where('effective_on', 'is not', null)
    .orderBy('effective_on')
    .orderBy('id')
    .execute();
  // The rules' builder lays out the columns and decides how rule codes map to caps; rows arrive in cap order.
  const builder = new LedgerTableBuilder(scheme.catalogue, householdIds, rows.length);
  const needBalances = scheme.settings.baseScore > 0;
  const entries: LedgerEntry[] = [];
  for (const row of rows) {
    if (row.effective_on === null) continue;
    const revokedOn = row.revoked_on ?? undefined;
    const added = builder.add({
      id: row.id,
      householdId: row.household_id,
      ruleCode: row.rule_code,
      points: row.points,
      effectiveOn: row.effective_on,
      revokedOn,
    });
    if (added && needBalances) {
      entries.push({
        id: row.id,
        householdId: row.household_id,
        ruleCode: row.rule_code,
        points: row.points,
        occurredOn: row.effective_on,
        status: row.status as LedgerEntry['status'],
        effectiveOn: row.effective_on,
        revokedOn,
        history: [],
      });
    }
  }
  const table = builder.build();
  const categoryOf = new Map(scheme.catalogue.rules.map((rule) => [rule.code, rule.category]));
  const ruleCategories = table.ruleCodes.map((code) => categoryOf.get(code));

  const redemptionRows = needBalances
    ? await db
        .selectFrom('redemptions')
        .select(['id', 'household_id', 'date', 'points'])
        .where('village_id', '=', villageId)
        .orderBy('id')
        .execute()
    : [];
  const redemptions = redemptionRows.map((row): Redemption => ({
    id: row.id,
    householdId: row.household_id,
    date: row.date,
    points: row.points,
    kind: 'goods',
  }));

  const deductionsOf = (householdId: string): LedgerEntry[] =>
    rows
      .filter((row) => row.household_id === householdId && row.points < 0 && row.effective_on !== null)
      .map((row) => ({
        id: row.id,
        householdId,
        ruleCode: row.rule_code,
        points: row.points,
        occurredOn: row.effective_on ?? '',
        status: row.status as LedgerEntry['status'],
        effectiveOn: row.effective_on ?? undefined,
        revokedOn: row.revoked_on ?? undefined,
        history: [],
      }));

  return {
    villageId,
    scheme,
    households,
    householdIds,
    columns: table.columns,
    ruleCaps: table.ruleCaps,
    ruleCategories,
    entries,
    redemptions,
    mentoring: await mentoringOnBoard(db, villageId, deductionsOf),
  };
}
