import { issue } from '@shanzhi/rules';
import type { Handlers } from '../api/register.js';
import { auditChange } from '../audit/log.js';
import { requireOwnVillage } from '../disclosure/access.js';
import { transactionOf } from '../disclosure/ids.js';
import { requireVillage } from '../disclosure/store.js';
import { HttpProblem } from '../http/problem.js';
import { bumpVillageVersion } from '../points/cache.js';
import { findPowerRows, loadVillagePowers, nextPosition, saveVillagePower } from '../powers/store.js';
import { countyOf } from '../services/catalogue.js';

type PowerHandlers = Pick<Handlers, 'listVillagePowers' | 'getVillagePower' | 'setVillagePower'>;

/*
 * The 小微权力清单 (docs/rules/powers.md): public reads of a village's list (its county's template with the
 * village's own changes) and the cadre's write that adopts, rewords or leaves out one power, audited with the reason.
 */
export const powerHandlers: PowerHandlers = {
  listVillagePowers: async ({ db, params }) => {
    await requireVillage(db, params.villageId);
    const powers = await loadVillagePowers(db, params.villageId, await countyOf(db, params.villageId));
    return { body: { villageId: params.villageId, powers } };
  },

  getVillagePower: async ({ db, params }) => {
    await requireVillage(db, params.villageId);
    const powers = await loadVillagePowers(db, params.villageId, await countyOf(db, params.villageId));
    const power = powers.find((one) => one.code === params.powerCode);
    if (!power) throw HttpProblem.of('not-found');
    return { body: power };
  },

  setVillagePower: async ({ db, params, body, principal, now }) => {
    const { villageId, powerCode } = params;
    requireOwnVillage(principal, villageId);
    const trx = transactionOf(db);
    await requireVillage(trx, villageId);
    const countyId = await countyOf(trx, villageId);
    if (body.power !== null && body.power.code !== powerCode)
      throw HttpProblem.validation([issue('powers.power.codeMismatch', { code: body.power.code, expected: powerCode }, ['power', 'code'])]);
    const { village, county } = await findPowerRows(trx, villageId, countyId, powerCode);
    // Only a county power can be left out; the village's own additions are reworded, never hidden without trace.
    if (body.power === null && !county)
      throw HttpProblem.validation([issue('powers.override.unknownCode', { code: powerCode }, ['power'])]);
    const doc = body.power === null ? null : JSON.stringify(body.power);
    await saveVillagePower(trx, {
      region_id: villageId,
      code: powerCode,
      position: village?.position ?? county?.position ?? (await nextPosition(trx, villageId, countyId)),
      doc,
      updated_at: now.toISOString(),
      updated_by: principal.id,
    });
    const before = village ?? county;
    await auditChange(
      trx,
      principal,
      now,
      'powers.village.set',
      `village-power:${villageId}:${powerCode}`,
      before ? { doc: before.doc, source: before.region_id === villageId ? 'village' : 'county' } : null,
      { doc, reason: body.reason },
    );
    await bumpVillageVersion(trx, villageId);
    return { body: { villageId, powers: await loadVillagePowers(trx, villageId, countyId) } };
  },
};
