import { powerListSchema, powerOverrideSchema, validate, type Power, type Result } from '@shanzhi/rules';
import powerData from './data/village-powers.json' with { type: 'json' };
import type { VillagePowerTable } from '../db/powers-schema.js';

/*
 * The county's 小微权力清单 (seed 004: "28项…监督措施95项"; here the seven a villager meets most: 四议两公开,
 * 宅基地, 低保, 小型工程, 集体资产租赁, 用章, 报账) and two villages' changes to it, as data in
 * data/village-powers.json, validated against the rules' schemas when the seed loads. Statutes are cited as enacted;
 * the step time limits are the county's commitments (承诺时限) unless a step names the rule it comes from; the county's
 * seal rules are fictional like its offices.
 */

function checked<T>(what: string, result: Result<T>): T {
  if (result.ok) return result.value;
  const found = result.issues.map((one) => `${one.code} at ${one.path.join('.')}`).join('; ');
  throw new Error(`The seed's ${what} is not valid: ${found}`);
}

/** The rows of the power lists: the county's template, then each village's replacements and omissions. */
export function demoPowerRows(
  countyId: string,
  villages: readonly { readonly id: string; readonly name: string }[],
  updatedAt: string,
): VillagePowerTable[] {
  const county = checked('county power list', validate(powerListSchema, powerData.county));
  const row = (regionId: string, code: string, position: number, power: Power | null): VillagePowerTable => ({
    region_id: regionId,
    code,
    position,
    doc: power === null ? null : JSON.stringify(power),
    updated_at: updatedAt,
    updated_by: 'seed',
  });
  const rows = county.map((power, index) => row(countyId, power.code, index + 1, power));
  for (const [name, raw] of Object.entries(powerData.villages)) {
    const village = villages.find((one) => one.name === name);
    if (!village) throw new Error(`The seed's power lists name a village that does not exist: ${name}`);
    const override = checked(`power list of ${name}`, validate(powerOverrideSchema, raw));
    for (const power of override.replace ?? []) {
      const place = county.findIndex((one) => one.code === power.code);
      rows.push(row(village.id, power.code, place >= 0 ? place + 1 : county.length + 1, power));
    }
    for (const code of override.omit ?? []) {
      const place = county.findIndex((one) => one.code === code);
      if (place < 0) throw new Error(`${name} leaves out a power the county does not have: ${code}`);
      rows.push(row(village.id, code, place + 1, null));
    }
  }
  return rows;
}
