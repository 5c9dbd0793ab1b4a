import type {
  CalendarDate,
  ConsentPurpose,
  Decision,
  DisclosureItem,
  DisclosureSettings,
  LedgerEntry,
  PointsCatalogue,
  PointsSettings,
  Redemption,
  ReliefList,
  ServiceGuide,
  Trail,
} from '@shanzhi/rules';

import type { StoredCase } from '../mediation/case-store.js';
import type { ConsentRecordRow } from '../points/consents.js';
import type { HouseholdRecord, StaffRecord } from '../store/county-register.js';

/*
 * The demo county as plain data: flat arrays joined by string ids, ready for a loader to insert.
 * Everything here is fictional — names, phones (an unassigned number range), ID numbers (valid check
 * characters under a made-up county code), companies and credit codes.
 */

export interface DemoCountyRegion {
  readonly id: string;
  /** 6-digit administrative division code (GB/T 2260 form; this one does not exist). */
  readonly code: string;
  readonly name: string;
  readonly level: 'county';
}

export interface DemoTown {
  readonly id: string;
  /** 9-digit statistical division code: county code + 3 digits (1xx 镇, 2xx 乡). */
  readonly code: string;
  readonly name: string;
  readonly level: 'town';
  readonly countyId: string;
  /** 镇 (town) or 乡 (township). */
  readonly kind: '镇' | '乡';
}

export interface DemoVillage {
  readonly id: string;
  /** 12-digit statistical division code: town code + 3 digits (2xx for a 村委会). */
  readonly code: string;
  readonly name: string;
  readonly level: 'village';
  readonly townId: string;
  readonly countyId: string;
  /** Number of households generated for the village. */
  readonly households: number;
  /** Short name the mediation committee prints in case numbers, e.g. 王坞 → （2026）王坞调字第0001号. */
  readonly abbreviation: string;
  /** The clan surnames common in the village (王家坞: 王). */
  readonly clanSurnames: readonly string[];
}

/** 村民小组. */
export interface DemoVillageGroup {
  readonly id: string;
  readonly villageId: string;
  /** 1, 2, 3 … within the village. */
  readonly number: number;
  /** 第三村民小组. */
  readonly name: string;
}

/** People who act on records: cadres, grid workers, supervisors, mediators; the register's staff record and more. */
export interface DemoStaff extends StaffRecord {
  /** 职务, e.g. 村党组织书记、村委会主任 / 网格员 / 村务监督委员会主任. */
  readonly title: string;
  readonly countyId: string;
  readonly townId?: string | undefined;
  /** The village groups a grid worker covers (网格). */
  readonly groupIds?: readonly string[] | undefined;
  /** For mediators: the level at which they mediate. */
  readonly mediationLevel?: 'grid' | 'village' | 'township' | 'county' | undefined;
}

/**
 * The register's household record and more. Its `number` is the 户号 as printed in the household register;
 * `residentId` is given for some heads only: a GB 11643 number with a valid check character under the
 * fictional county code.
 */
export interface DemoHousehold extends HouseholdRecord {
  readonly headSex: 'male' | 'female';
  readonly headBirthDate: CalendarDate;
  /** 11 digits in the 140/141/144/146/148 segments, which carry only 13-digit IoT numbers: no person has one. */
  readonly mobile: string;
  readonly memberCount: number;
  /**
   * Purposes the household currently consents to having its head's name published for (个人信息保护法
   * Arts 14, 25): the honour board for ~30 % of households, half of those 公示 lists too. The records
   * (who, when, withdrawals) are `DemoCounty.consents`.
   */
  readonly consentPurposes: readonly ConsentPurpose[];
  readonly address: string;
}

/** One recorded consent, as the server's `household_consents` holds it; withdrawn ones carry their withdrawal. */
export type DemoConsent = ConsentRecordRow;

export interface DemoPointsScheme {
  readonly villageId: string;
  readonly catalogue: PointsCatalogue;
  readonly settings: PointsSettings;
}

/** A ledger entry as the rules' state machine left it; its village is its household's (`householdId`). */
export type DemoLedgerEntry = LedgerEntry;

export interface DemoRedemptionItem {
  readonly name: string;
  readonly pricePoints: number;
  readonly quantity: number;
}

export interface DemoRedemption extends Redemption {
  readonly villageId: string;
  /** Staff id of the love-supermarket keeper who handled it. */
  readonly handledBy: string;
  /** Voucher values handed over (kind 'vouchers'). */
  readonly vouchers?: readonly number[] | undefined;
  /** Goods handed over (kind 'goods'). */
  readonly items?: readonly DemoRedemptionItem[] | undefined;
}

export interface DemoDisclosureScheme {
  readonly villageId: string;
  readonly settings: DisclosureSettings;
}

export interface DemoDisclosureItem extends DisclosureItem {
  readonly villageId: string;
  /** Staff id of the cadre who posted it. */
  readonly publishedBy: string;
}

/** A decision of the villagers' (representatives') meeting with its 四议两公开 trail. */
export interface DemoDecision extends Decision {
  readonly villageId: string;
  readonly trail: Trail;
}

/**
 * A relief or subsidy recipient list, held in full (real-looking fictional names and ID numbers): the
 * server redacts it for public viewers. `itemId` is the disclosure item that posts it.
 */
export interface DemoReliefList extends ReliefList {
  readonly id: string;
  readonly villageId: string;
  readonly itemId: string;
}

/** A case as the server stores it, with the tracking code in clear (the loader keeps only its hash). */
export interface DemoMediationCase extends StoredCase {
  readonly villageId: string;
  readonly townId: string;
  /** The applicant's household. */
  readonly householdId: string;
  /** A bearer secret for looking the case up without an account. */
  readonly trackingCode: string;
}

export interface DemoCounty {
  readonly seed: number;
  readonly asOf: CalendarDate;
  /** The year of activity generated: first day of the month eleven months before `asOf`, to `asOf`. */
  readonly window: { readonly from: CalendarDate; readonly to: CalendarDate };
  readonly county: DemoCountyRegion;
  readonly towns: readonly DemoTown[];
  readonly villages: readonly DemoVillage[];
  readonly villageGroups: readonly DemoVillageGroup[];
  readonly staff: readonly DemoStaff[];
  readonly households: readonly DemoHousehold[];
  readonly consents: readonly DemoConsent[];
  readonly pointsSchemes: readonly DemoPointsScheme[];
  readonly ledgerEntries: readonly DemoLedgerEntry[];
  readonly redemptions: readonly DemoRedemption[];
  readonly disclosureSchemes: readonly DemoDisclosureScheme[];
  readonly disclosureItems: readonly DemoDisclosureItem[];
  readonly decisions: readonly DemoDecision[];
  readonly reliefLists: readonly DemoReliefList[];
  readonly mediationCases: readonly DemoMediationCase[];
  readonly serviceGuides: readonly ServiceGuide[];
}

export interface GenerateOptions {
  /** Default 20261129. */
  readonly seed?: number | undefined;
  /** Default 4000; at least one per village. */
  readonly households?: number | undefined;
  /** Default '2026-11-29'. */
  readonly asOf?: CalendarDate | undefined;
}
