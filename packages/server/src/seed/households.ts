import { addDays, residentIdCheckCharacter, type CalendarDate, type ConsentPurpose } from '@shanzhi/rules';
import { NameGenerator, type Sex } from './names.js';
import { WeightedTable, type Random } from './random.js';
import { demoCountyCode, type Regions } from './regions.js';
import type { DemoHousehold } from './types.js';

/*
 * 140, 141, 144, 146 and 148 are MIIT segments for 13-digit IoT numbers: an 11-digit number there
 * passes the mobile validator (1[3-9] + 9 digits) yet belongs to nobody, so demo data cannot reach a
 * real person.
 */
const fictionalMobilePrefixes = ['140', '141', '144', '146', '148'] as const;

const memberCounts = new WeightedTable<number>([
  [1, 12],
  [2, 25],
  [3, 22],
  [4, 20],
  [5, 12],
  [6, 6],
  [7, 3],
]);

/** Age of household heads: rural China is old; most heads are 45–75. */
const headAges = new WeightedTable<readonly [number, number]>([
  [[26, 34], 6],
  [[35, 44], 14],
  [[45, 54], 24],
  [[55, 64], 26],
  [[65, 74], 20],
  [[75, 90], 10],
]);

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export interface HouseholdIdentity {
  readonly mobiles: Set<string>;
  readonly residentIds: Set<string>;
}

/** A mobile in the fictional segments, unique within the county. */
export function fictionalMobile(random: Random, used: Set<string>): string {
  for (;;) {
    const mobile = random.pick(fictionalMobilePrefixes) + random.digits(8);
    if (!used.has(mobile)) {
      used.add(mobile);
      return mobile;
    }
  }
}

/** A GB 11643 number under the demo county code, unique within the county; sequence parity follows sex. */
export function fictionalResidentId(random: Random, birthDate: CalendarDate, sex: Sex, used: Set<string>): string {
  const birth = birthDate.replace(/-/g, '');
  for (;;) {
    // GB 11643-1999 §5.3: odd sequence for men, even for women.
    const sequence = random.int(0, 499) * 2 + (sex === 'male' ? 1 : 0);
    const first17 = demoCountyCode + birth + pad(sequence, 3);
    const id = first17 + (residentIdCheckCharacter(first17) ?? '0');
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

/** A birth date for someone aged within [minAge, maxAge] on `asOf`. */
export function birthDateForAge(random: Random, asOf: CalendarDate, minAge: number, maxAge: number): CalendarDate {
  const age = random.int(minAge, maxAge);
  return addDays(asOf, -(age * 365 + random.int(0, 364) + Math.floor(age / 4)));
}

/** What a household that agreed to the honour board signed: every other one also agreed to 公示 lists. */
function consentPurposesOf(serial: number): readonly ConsentPurpose[] {
  return serial % 2 === 0 ? ['honourBoard', 'publicNotice'] : ['honourBoard'];
}

export function generateHouseholds(regions: Regions, asOf: CalendarDate, random: Random, identity: HouseholdIdentity): DemoHousehold[] {
  const names = new NameGenerator();
  const households: DemoHousehold[] = [];
  const town = new Map(regions.towns.map((one) => [one.id, one]));
  let serial = 0;
  for (const village of regions.villages) {
    const groups = regions.groupsByVillage.get(village.id) ?? [];
    const place = `${regions.county.name}${town.get(village.townId)?.name ?? ''}${village.name}`;
    const villageSuffix = village.code.slice(6);
    for (let i = 0; i < village.households; i++) {
      serial += 1;
      // Contiguous blocks: neighbours in a group have neighbouring household numbers, as on the ground.
      const groupIndex = Math.min(groups.length - 1, Math.floor((i * groups.length) / village.households));
      const group = groups[groupIndex] ?? groups[0];
      if (!group) throw new RangeError(`Village ${village.id} has no groups`);
      const sex: Sex = random.chance(0.8) ? 'male' : 'female';
      const [minAge, maxAge] = headAges.draw(random);
      const headBirthDate = birthDateForAge(random, asOf, minAge, maxAge);
      const birthYear = Number(headBirthDate.slice(0, 4));
      // Clan villages: a third of the heads carry the village's clan surname.
      const surname = random.chance(0.35) ? random.pick(village.clanSurnames) : undefined;
      const headName = names.name(random, { sex, birthYear, surname });
      const household: DemoHousehold = {
        id: `h-${pad(serial, 6)}`,
        villageId: village.id,
        groupId: group.id,
        number: `${villageSuffix}-${pad(i + 1, 5)}`,
        headName,
        headSex: sex,
        headBirthDate,
        mobile: fictionalMobile(random, identity.mobiles),
        memberCount: memberCounts.draw(random),
        // Drawn exactly where the old general flag was drawn (same draw, same order), so the rest of the county stays as it was.
        consentPurposes: random.chance(0.3) ? consentPurposesOf(serial) : [],
        address: `${place}${String(group.number)}组${String(random.int(1, 160))}号`,
      };
      households.push(
        random.chance(0.45)
          ? { ...household, residentId: fictionalResidentId(random, headBirthDate, sex, identity.residentIds) }
          : household,
      );
    }
  }
  return households;
}
