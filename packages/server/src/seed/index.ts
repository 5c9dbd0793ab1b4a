import { isCalendarDate } from '@shanzhi/rules';
import { generateConsents } from './consents.js';
import { DayTable } from './days.js';
import { generateVillageDisclosures } from './disclosure.js';
import { generateHouseholds } from './households.js';
import { generateMediationCases } from './mediation.js';
import { withMediationDesks } from './mediation-desk.js';
import { generatePointsSchemes, LedgerGenerator, villagePointsContext } from './points.js';
import { Random } from './random.js';
import { generateRegions, generateStaff } from './regions.js';
import { generateServiceGuides } from './services.js';
import { generateSupermarket } from './supermarket.js';
import type {
  DemoCounty,
  DemoDecision,
  DemoDisclosureItem,
  DemoDisclosureScheme,
  DemoHousehold,
  DemoLedgerEntry,
  DemoRedemption,
  DemoReliefList,
  GenerateOptions,
} from './types.js';

export type * from './types.js';
export { Random, WeightedTable } from './random.js';
export { demoCountyCode, demoCountyId, demoCountyName } from './regions.js';
export { quirksFor, type VillageQuirks } from './disclosure.js';

export const defaultSeed = 20261129;
export const defaultHouseholds = 4000;
export const defaultAsOf = '2026-11-29';

/**
 * The demo county 青山县 as plain data: 3 towns, 12 villages, ~4,000 households (any number up to
 * 100,000 and beyond for benchmarks), a year of civility points, disclosures, mediation cases and
 * about sixty service guides. Deterministic: the same options always give deep-equal output. Every
 * object was produced through the rules package (state machines, schemas, checks), so it is legal data.
 *
 * Deliberate flaws for the widgets' warnings (see `quirksFor`): two villages are behind on their
 * disclosures as of `asOf`, one held an inquorate representatives' meeting, one posted a quarter late.
 */
export function generateDemoCounty(options: GenerateOptions = {}): DemoCounty {
  const seed = (options.seed ?? defaultSeed) >>> 0;
  const householdCount = options.households ?? defaultHouseholds;
  const asOf = options.asOf ?? defaultAsOf;
  if (!isCalendarDate(asOf)) throw new RangeError(`asOf must be a calendar date, got ${JSON.stringify(asOf)}`);
  if (!Number.isSafeInteger(householdCount) || householdCount < 12)
    throw new RangeError(`households must be a whole number of at least 12, got ${String(householdCount)}`);

  const root = new Random(seed);
  const days = new DayTable(asOf);
  const regions = generateRegions(householdCount);
  const staff = generateStaff(regions, root.fork('staff'));
  const households = generateHouseholds(regions, asOf, root.fork('households'), { mobiles: new Set(), residentIds: new Set() });
  const consents = generateConsents(households, staff, days, root.fork('consents'));
  const householdsByVillage = new Map<string, DemoHousehold[]>();
  for (const household of households) {
    const list = householdsByVillage.get(household.villageId);
    if (list) list.push(household);
    else householdsByVillage.set(household.villageId, [household]);
  }

  const pointsSchemes = generatePointsSchemes(regions.villages, root.fork('points:schemes'));
  const ledger = new LedgerGenerator(days);
  const ledgerEntries: DemoLedgerEntry[] = [];
  const redemptions: DemoRedemption[] = [];
  regions.villages.forEach((village, index) => {
    const scheme = pointsSchemes[index];
    if (!scheme) throw new Error(`No points scheme for ${village.id}`);
    const members = householdsByVillage.get(village.id) ?? [];
    const context = villagePointsContext(village, scheme, staff, members);
    const random = root.fork(`points:${village.id}`);
    for (const household of members) {
      const entries = ledger.entriesFor(household, context, random);
      for (const entry of entries) ledgerEntries.push(entry);
      for (const redemption of ledger.redemptionsFor(household, entries, context, random)) redemptions.push(redemption);
    }
  });

  const disclosureSchemes: DemoDisclosureScheme[] = [];
  const disclosureItems: DemoDisclosureItem[] = [];
  const decisions: DemoDecision[] = [];
  const reliefLists: DemoReliefList[] = [];
  regions.villages.forEach((village, index) => {
    const result = generateVillageDisclosures({
      village,
      index,
      households: householdsByVillage.get(village.id) ?? [],
      groups: regions.groupsByVillage.get(village.id) ?? [],
      staff,
      days,
      random: root.fork(`disclosure:${village.id}`),
    });
    disclosureSchemes.push(result.scheme);
    disclosureItems.push(...result.items);
    decisions.push(...result.decisions);
    reliefLists.push(...result.reliefLists);
  });

  const mediationCases = withMediationDesks(
    generateMediationCases({
      villages: regions.villages,
      householdsByVillage,
      staff,
      days,
      random: root.fork('mediation'),
    }),
    asOf,
    root.fork('mediation-desk'),
  );
  const serviceGuides = generateServiceGuides(root.fork('services'), days);
  // Last, from its own stream: the 爱心超市 and 帮教 join the county without changing anything generated above.
  const supermarket = generateSupermarket({
    villages: regions.villages,
    householdsByVillage,
    staff,
    schemes: pointsSchemes,
    ledgerEntries,
    redemptions,
    days,
    random: root.fork('supermarket'),
  });
  staff.push(...supermarket.storekeepers);
  redemptions.push(...supermarket.redemptions);

  return {
    seed,
    asOf,
    window: { from: days.from, to: asOf },
    county: regions.county,
    towns: regions.towns,
    villages: regions.villages,
    villageGroups: regions.villageGroups,
    staff,
    households,
    consents,
    pointsSchemes,
    ledgerEntries,
    redemptions,
    disclosureSchemes,
    disclosureItems,
    decisions,
    reliefLists,
    mediationCases,
    serviceGuides,
    supermarket,
  };
}
