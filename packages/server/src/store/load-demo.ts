import { buildSearchKeys } from '@shanzhi/rules/search-keys';
import type { Role } from '@shanzhi/rules';
import type { Kysely, Transaction } from 'kysely';
import { hashToken, issueToken, type Principal } from '../auth/principal.js';
import type { Database } from '../db/schema.js';
import type { DemoCounty } from '../seed/index.js';

export interface DemoToken {
  readonly token: string;
  readonly role: Role;
  readonly label: string;
  readonly villageId?: string | undefined;
  readonly householdId?: string | undefined;
}

const chunkSize = 400;

async function insertChunks(trx: Transaction<Database>, table: keyof Database, rows: readonly Record<string, unknown>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += chunkSize) {
    await trx
      .insertInto(table)
      .values(rows.slice(start, start + chunkSize))
      .execute();
  }
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
 * Tracking codes are stored only as hashes; the demo tokens are deterministic so the docs can name them.
 */
export async function loadDemoCounty(db: Kysely<Database>, county: DemoCounty): Promise<DemoToken[]> {
  const firstVillage = county.villages[0];
  if (!firstVillage) throw new Error('The demo county has no village');
  const json = (value: unknown) => JSON.stringify(value);
  await db.transaction().execute(async (trx) => {
    await insertChunks(trx, 'regions', [
      {
        id: county.county.id,
        code: county.county.code,
        name: county.county.name,
        level: 'county',
        parent_id: null,
        doc: json(county.county),
      },
      ...county.towns.map((t) => ({ id: t.id, code: t.code, name: t.name, level: 'town', parent_id: t.countyId, doc: json(t) })),
      ...county.villages.map((v) => ({ id: v.id, code: v.code, name: v.name, level: 'village', parent_id: v.townId, doc: json(v) })),
    ]);
    await insertChunks(
      trx,
      'staff',
      county.staff.map((s) => ({ id: s.id, name: s.name, role: s.role, village_id: s.villageId ?? null, doc: json(s) })),
    );
    await insertChunks(
      trx,
      'households',
      county.households.map((h) => ({
        id: h.id,
        village_id: h.villageId,
        group_id: h.groupId,
        number: h.number,
        head_name: h.headName,
        mobile: h.mobile,
        resident_id: h.residentId ?? null,
        // The old general flag is no longer read; 0 so nothing older can take it for a consent to every board.
        consent_public_name: 0,
        doc: json(h),
      })),
    );
    await insertChunks(
      trx,
      'household_consents',
      county.consents.map((c) => ({
        id: c.id,
        household_id: c.householdId,
        village_id: c.villageId,
        purpose: c.purpose,
        given_by: c.givenBy,
        given_at: c.givenAt,
        withdrawn_by: c.withdrawnBy ?? null,
        withdrawn_at: c.withdrawnAt ?? null,
      })),
    );
    await insertChunks(
      trx,
      'points_schemes',
      county.pointsSchemes.map((p) => ({ village_id: p.villageId, catalogue: json(p.catalogue), settings: json(p.settings) })),
    );
    const villageOf = new Map(county.households.map((h) => [h.id, h.villageId]));
    await insertChunks(
      trx,
      'points_entries',
      county.ledgerEntries.map((e) => ({
        id: e.id,
        village_id: villageOf.get(e.householdId) ?? '',
        household_id: e.householdId,
        rule_code: e.ruleCode,
        points: e.points,
        status: e.status,
        effective_on: e.effectiveOn ?? null,
        revoked_on: e.revokedOn ?? null,
        doc: json(e),
      })),
    );
    await insertChunks(
      trx,
      'redemptions',
      county.redemptions.map((r) => ({
        id: r.id,
        village_id: r.villageId,
        household_id: r.householdId,
        date: r.date,
        points: r.points,
        doc: json(r),
      })),
    );
    await insertChunks(
      trx,
      'disclosure_schemes',
      county.disclosureSchemes.map((d) => ({ village_id: d.villageId, settings: json(d.settings) })),
    );
    await insertChunks(
      trx,
      'disclosure_items',
      county.disclosureItems.map((item) => {
        const first = item.versions[0];
        const last = item.versions[item.versions.length - 1];
        return {
          id: item.id,
          village_id: item.villageId,
          category: item.category,
          title: last?.title ?? '',
          published: first?.notice.published ?? '',
          decision_id: item.decisionId ?? null,
          doc: json(item),
        };
      }),
    );
    await insertChunks(
      trx,
      'decisions',
      county.decisions.map((d) => ({ id: d.id, village_id: d.villageId, doc: json(d) })),
    );
    await insertChunks(
      trx,
      'relief_lists',
      county.reliefLists.map((r) => ({ id: r.id, village_id: r.villageId, item_id: r.itemId, doc: json(r) })),
    );
    await insertChunks(
      trx,
      'mediation_cases',
      county.mediationCases.map((m) => {
        const { trackingCode, ...doc } = m;
        return {
          id: m.id,
          case_number: m.caseNumber,
          tracking_hash: hashToken(trackingCode),
          village_id: m.villageId,
          state: m.case.state,
          doc: json(doc),
        };
      }),
    );
    await insertChunks(
      trx,
      'service_guides',
      county.serviceGuides.map((guide) => {
        return {
          code: guide.code,
          region_id: county.county.id,
          department: guide.department,
          doc: json(guide),
          search_keys: json(buildSearchKeys(guide)),
        };
      }),
    );
    const sequences = new Map<string, number>();
    for (const m of county.mediationCases) {
      const [, region, year, seq] = /^MED-(\d+)-(\d{4})-(\d+)$/.exec(m.caseNumber) ?? [];
      if (region && year && seq) {
        const name = `case:${region}:${year}`;
        sequences.set(name, Math.max(sequences.get(name) ?? 0, Number(seq)));
      }
    }
    await insertChunks(
      trx,
      'counters',
      [...sequences].map(([name, value]) => ({ name, value })),
    );
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
  for (const role of ['gridWorker', 'cadre', 'supervisor', 'mediator'] as const) {
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
