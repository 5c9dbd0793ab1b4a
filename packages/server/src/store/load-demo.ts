import type { Role } from '@shanzhi/rules';
import type { Kysely } from 'kysely';
import { hashToken, issueToken, type Principal } from '../auth/principal.js';
import type { Database } from '../db/schema.js';
import { insertDecisions, insertItems, insertReliefLists, insertSettings } from '../disclosure/store.js';
import { insertCases } from '../mediation/case-store.js';
import { continueCaseNumbers } from '../mediation/numbering.js';
import { insertConsents } from '../points/consents.js';
import { insertEntries, insertRedemptions, insertSchemes } from '../points/documents.js';
import type { DemoCounty } from '../seed/index.js';
import { insertGuides } from '../services/catalogue.js';
import { insertPowerRows } from '../powers/store.js';
import { demoPowerRows } from '../seed/powers.js';
import { demoRequests } from '../seed/requests.js';
import { insertRequests } from '../requests/store.js';
import { insertDemoGrids } from '../seed/grid.js';
import { demoQueries, insertDemoQueries } from '../seed/desk-work.js';
import { demoFinancePlans, insertDemoFinance } from '../seed/finance.js';
import { insertPlans } from '../mentoring/store.js';
import { insertPostings } from '../postings/store.js';
import { demoPostings } from '../seed/postings.js';
import { insertDrafts } from '../disclosure/drafts-store.js';
import { demoDrafts } from '../seed/disclosure-drafts.js';
import { goodsRow, insertDonations, insertGoods, insertReceipts, insertStockMoves } from '../supermarket/store.js';
import { insertHouseholds, insertRegions, insertStaff } from './county-register.js';

/** A demo token with the role and scope of the principal it stands for (not its id) and its label. */
export interface DemoToken extends Omit<Principal, 'id'> {
  readonly token: string;
  readonly label: string;
}

export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('regions')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0) === 0;
}

/**
 * Inserts the generated demo county in one transaction (all or nothing) and issues one demo token per role.
 * Every table is written by its store's own insert (the code the API writes with), in bulk. Tracking codes are
 * stored only as hashes; the demo tokens are deterministic so the docs can name them.
 */
export async function loadDemoCounty(db: Kysely<Database>, county: DemoCounty): Promise<DemoToken[]> {
  const firstVillage = county.villages[0];
  if (!firstVillage) throw new Error('The demo county has no village');
  await db.transaction().execute(async (trx) => {
    await insertRegions(trx, [county.county, ...county.towns, ...county.villages]);
    await insertStaff(trx, county.staff);
    await insertHouseholds(trx, county.households);
    await insertConsents(trx, county.consents);
    await insertSchemes(trx, county.pointsSchemes);
    const villageOf = new Map(county.households.map((h) => [h.id, h.villageId]));
    await insertEntries(
      trx,
      county.ledgerEntries.map((entry) => ({ villageId: villageOf.get(entry.householdId) ?? '', entry })),
    );
    await insertRedemptions(trx, county.redemptions);
    await insertSettings(trx, county.disclosureSchemes);
    await insertItems(trx, county.disclosureItems);
    await insertDecisions(trx, county.decisions);
    await insertReliefLists(trx, county.reliefLists);
    await insertPostings(trx, demoPostings(county.disclosureItems, county.staff, county.asOf));
    await insertDrafts(trx, demoDrafts(county.villages, county.staff, county.asOf));
    await insertCases(
      trx,
      county.mediationCases.map(({ trackingCode, ...doc }) => ({ doc, trackingHash: hashToken(trackingCode) })),
    );
    await insertGuides(trx, county.county.id, county.serviceGuides);
    await insertPowerRows(trx, demoPowerRows(county.county.id, county.villages, `${county.asOf}T00:00:00.000Z`));
    await continueCaseNumbers(
      trx,
      county.mediationCases.map((m) => m.caseNumber),
    );
    await insertGoods(
      trx,
      county.supermarket.goods.map((goods) => goodsRow(goods, goods.createdOn)),
    );
    await insertStockMoves(trx, county.supermarket.stockMoves);
    await insertDonations(trx, county.supermarket.donations);
    await insertReceipts(trx, county.supermarket.receipts);
    await insertPlans(trx, county.supermarket.mentoringPlans);
    await insertRequests(
      trx,
      demoRequests(county).map(({ request, receiptCode }) => ({ request, receiptHash: hashToken(receiptCode) })),
    );
    await insertDemoGrids(trx, county);
    await insertDemoQueries(trx, demoQueries(county));
    await insertDemoFinance(trx, demoFinancePlans(county));
  });

  const pick = (role: Role) =>
    county.staff.find((s) => s.role === role && (s.villageId === undefined || s.villageId === firstVillage.id)) ??
    county.staff.find((s) => s.role === role);
  const firstHousehold = county.households.find((h) => h.villageId === firstVillage.id);
  const tokens: DemoToken[] = [];
  const add = async (token: string, principal: Principal, label: string) => {
    await issueToken(db, token, principal, label);
    tokens.push({ token, role: principal.role, label, villageId: principal.villageId, householdId: principal.householdId });
  };
  for (const role of ['gridWorker', 'cadre', 'supervisor', 'mediator', 'storekeeper'] as const) {
    const person = pick(role);
    if (person)
      await add(
        `demo-${role}`,
        { id: person.id, role, villageId: person.villageId ?? firstVillage.id },
        `${person.title} (${firstVillage.name})`,
      );
  }
  await add('demo-admin', { id: 'admin', role: 'admin' }, 'county administrator');
  if (firstHousehold)
    await add(
      'demo-villager',
      { id: firstHousehold.id, role: 'villager', villageId: firstVillage.id, householdId: firstHousehold.id },
      `villager of household ${firstHousehold.number}`,
    );
  return tokens;
}
