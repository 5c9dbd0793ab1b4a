import type { DayTable } from './days.js';
import type { Random } from './random.js';
import type { DemoConsent, DemoHousehold, DemoStaff } from './types.js';

/** Share of households without a current consent that once gave one for the honour board and withdrew it. */
const withdrawnShare = 0.04;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** A working-hours instant (10:00 Asia/Shanghai) on a day of the window. */
function instantOn(days: DayTable, day: number): string {
  return `${days.date(day)}T02:00:00.000Z`;
}

/**
 * The consent records behind each household's `consentPurposes`: recorded by the village's cadre from
 * the signed form on a day of the window (个人信息保护法 Arts 14, 25), plus a few honour-board consents
 * the household later withdrew itself (Art 15), so the demo shows a withdrawal and its masked name.
 * Uses its own random stream: the rest of the county does not depend on it.
 */
export function generateConsents(
  households: readonly DemoHousehold[],
  staff: readonly DemoStaff[],
  days: DayTable,
  random: Random,
): DemoConsent[] {
  const cadreOf = new Map<string, string>();
  for (const person of staff)
    if (person.role === 'cadre' && person.villageId !== undefined && !cadreOf.has(person.villageId))
      cadreOf.set(person.villageId, person.id);
  const consents: DemoConsent[] = [];
  const add = (consent: Omit<DemoConsent, 'id'>) => consents.push({ id: `hc-${pad(consents.length + 1, 7)}`, ...consent });
  for (const household of households) {
    const givenBy = cadreOf.get(household.villageId) ?? 'system';
    const base = { householdId: household.id, villageId: household.villageId, givenBy };
    if (household.consentPurposes.length > 0) {
      const given = random.int(0, days.last);
      for (const purpose of household.consentPurposes) add({ ...base, purpose, givenAt: instantOn(days, given) });
    } else if (random.chance(withdrawnShare)) {
      const given = random.int(0, Math.max(0, days.last - 1));
      const withdrawn = random.int(given + 1, Math.max(given + 1, days.last));
      add({
        ...base,
        purpose: 'honourBoard',
        givenAt: instantOn(days, given),
        withdrawnBy: household.id,
        withdrawnAt: instantOn(days, withdrawn),
      });
    }
  }
  return consents;
}
