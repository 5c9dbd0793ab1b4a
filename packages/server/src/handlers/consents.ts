import type { Kysely, Transaction } from 'kysely';
import type { Handlers } from '../api/register.js';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/schema.js';
import { auditChange } from '../audit/log.js';
import { bumpVillageVersion, requireConsentManager, writeTransaction } from '../points/access.js';
import { householdConsents, recordConsent, withdrawConsent } from '../points/consents.js';
import { loadHousehold } from '../points/documents.js';

/*
 * A household's consents to being named, per purpose (个人信息保护法 Arts 14, 25). The village's cadre
 * records them (from the signed form) and may withdraw them; the household itself may list and withdraw
 * its own (Art 15: withdrawing must be as easy as consenting). Every change is audited and bumps the
 * village's version, so every cached board shows the new names on its next read.
 */

/** A consent change's start: the caller may manage the household's consents, which exists in the village. */
async function openConsentChange(
  db: Kysely<Database> | Transaction<Database>,
  params: { readonly villageId: string; readonly householdId: string },
  principal: Principal,
  allowHousehold: boolean,
): Promise<{ trx: Transaction<Database>; villageId: string; householdId: string }> {
  const { villageId, householdId } = params;
  requireConsentManager(principal, villageId, householdId, allowHousehold);
  const trx = writeTransaction(db);
  await loadHousehold(trx, villageId, householdId);
  return { trx, villageId, householdId };
}

export type ConsentHandlers = Pick<Handlers, 'listHouseholdConsents' | 'recordHouseholdConsent' | 'withdrawHouseholdConsent'>;

export const consentHandlers: ConsentHandlers = {
  listHouseholdConsents: async ({ db, params, principal }) => {
    const { villageId, householdId } = params;
    requireConsentManager(principal, villageId, householdId, true);
    await loadHousehold(db, villageId, householdId);
    return { body: { householdId, consents: await householdConsents(db, householdId) } };
  },

  recordHouseholdConsent: async ({ db, params, body, principal, now }) => {
    const { trx, villageId, householdId } = await openConsentChange(db, params, principal, false);
    const { consent, created } = await recordConsent(trx, { villageId, householdId, purpose: body.purpose, by: principal.id, at: now });
    if (!created) return { status: 200, body: consent };
    await auditChange(trx, principal, now, 'points.consent.record', `household-consent:${consent.id}`, null, consent);
    await bumpVillageVersion(trx, villageId);
    return { status: 201, body: consent };
  },

  withdrawHouseholdConsent: async ({ db, params, body, principal, now }) => {
    const { trx, villageId, householdId } = await openConsentChange(db, params, principal, true);
    const { before, after } = await withdrawConsent(trx, { villageId, householdId, purpose: body.purpose, by: principal.id, at: now });
    await auditChange(trx, principal, now, 'points.consent.withdraw', `household-consent:${before.id}`, before, after);
    // Takes effect at once: the cached boards of the village are dropped on the next read.
    await bumpVillageVersion(trx, villageId);
    return { body: after };
  },
};
