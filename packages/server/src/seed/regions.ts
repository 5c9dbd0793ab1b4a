import { NameGenerator, type Sex } from './names.js';
import type { Random } from './random.js';
import type { DemoCountyRegion, DemoStaff, DemoTown, DemoVillage, DemoVillageGroup } from './types.js';
import townRows from './data/town-specs.json' with { type: 'json' };

/** 青山县: a fictional county. 339901 is not a GB/T 2260 code (Zhejiang has no prefecture 99). */
export const demoCountyCode = '339901';
export const demoCountyName = '青山县';
export const demoCountyId = 'c-qs';

interface VillageSpec {
  readonly name: string;
  readonly abbreviation: string;
  readonly clan: readonly string[];
  /** Relative size (households). */
  readonly weight: number;
}

interface TownSpec {
  readonly name: string;
  readonly kind: '镇' | '乡';
  readonly codeSuffix: string;
  readonly villages: readonly VillageSpec[];
}

const townSpecs = townRows as readonly TownSpec[];

const numerals = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 20 → 二十, 35 → 三十五 (up to 99: village groups). */
export function chineseNumeral(n: number): string {
  if (n <= 10) return numerals[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : (numerals[tens] ?? '')}十${ones === 0 ? '' : (numerals[ones] ?? '')}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export interface Regions {
  readonly county: DemoCountyRegion;
  readonly towns: readonly DemoTown[];
  readonly villages: readonly DemoVillage[];
  readonly villageGroups: readonly DemoVillageGroup[];
  /** Groups of each village, in order. */
  readonly groupsByVillage: ReadonlyMap<string, readonly DemoVillageGroup[]>;
}

/** Splits `total` households over the villages by weight, each village getting at least one. */
function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.max(1, Math.floor((total * w) / sum)));
  let rest = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % counts.length, rest--) counts[i] = (counts[i] ?? 0) + 1;
  return counts;
}

export function generateRegions(totalHouseholds: number): Regions {
  const county: DemoCountyRegion = { id: demoCountyId, code: demoCountyCode, name: demoCountyName, level: 'county' };
  const specs = townSpecs.flatMap((town, townIndex) => town.villages.map((village) => ({ town, townIndex, village })));
  const sizes = allocate(
    totalHouseholds,
    specs.map((one) => one.village.weight),
  );
  const towns: DemoTown[] = townSpecs.map((town, index) => ({
    id: `t-qs-${pad(index + 1, 2)}`,
    code: demoCountyCode + town.codeSuffix,
    name: town.name,
    level: 'town',
    countyId: county.id,
    kind: town.kind,
  }));
  const villages: DemoVillage[] = [];
  const villageGroups: DemoVillageGroup[] = [];
  const groupsByVillage = new Map<string, DemoVillageGroup[]>();
  const perTown = new Map<number, number>();
  specs.forEach(({ town, townIndex, village }, index) => {
    const inTown = (perTown.get(townIndex) ?? 0) + 1;
    perTown.set(townIndex, inTown);
    const id = `v-qs-${pad(index + 1, 2)}`;
    const households = sizes[index] ?? 1;
    villages.push({
      id,
      code: `${demoCountyCode}${town.codeSuffix}${String(200 + inTown)}`,
      name: village.name,
      level: 'village',
      townId: towns[townIndex]?.id ?? '',
      countyId: county.id,
      households,
      abbreviation: village.abbreviation,
      clanSurnames: village.clan,
    });
    // A 村民小组 has some 30–80 households; a small demo village still has a few groups.
    const groupCount = Math.max(3, Math.min(99, Math.round(households / 45)));
    const groups: DemoVillageGroup[] = [];
    for (let g = 1; g <= groupCount; g++) {
      groups.push({ id: `${id}-g${pad(g, 2)}`, villageId: id, number: g, name: `第${chineseNumeral(g)}村民小组` });
    }
    groupsByVillage.set(id, groups);
    villageGroups.push(...groups);
  });
  return { county, towns, villages, villageGroups, groupsByVillage };
}

/** Grid workers, cadres, supervisory committee members and mediators of the county. */
export function generateStaff(regions: Regions, random: Random): DemoStaff[] {
  const names = new NameGenerator();
  const staff: DemoStaff[] = [];
  const person = (sex: Sex, birthYear: number) => names.name(random, { sex, birthYear });
  const countyId = regions.county.id;

  for (const village of regions.villages) {
    const groups = regions.groupsByVillage.get(village.id) ?? [];
    let n = 0;
    const add = (role: DemoStaff['role'], title: string, sex: Sex, extra: Partial<DemoStaff> = {}) => {
      n += 1;
      staff.push({
        id: `${village.id}-s${pad(n, 2)}`,
        name: person(sex, random.int(1965, 1992)),
        role,
        title,
        countyId,
        townId: village.townId,
        villageId: village.id,
        ...extra,
      });
    };
    // Since 2021 most villages have one person as party secretary and committee chair (一肩挑).
    add('cadre', '村党组织书记、村委会主任', random.chance(0.8) ? 'male' : 'female');
    add('cadre', '村委会副主任', random.chance(0.6) ? 'male' : 'female');
    add('cadre', '村委委员（妇联主席）', 'female');
    add('cadre', '村报账员', random.chance(0.5) ? 'male' : 'female');
    add('supervisor', '村务监督委员会主任', random.chance(0.7) ? 'male' : 'female');
    add('supervisor', '村务监督委员会委员', random.chance(0.5) ? 'male' : 'female');
    add('supervisor', '村务监督委员会委员', random.chance(0.5) ? 'male' : 'female');
    add('mediator', '村人民调解委员会主任', random.chance(0.7) ? 'male' : 'female', { mediationLevel: 'village' });
    add('mediator', '村人民调解员', random.chance(0.5) ? 'male' : 'female', { mediationLevel: 'village' });
    // One grid worker per one or two groups (a 网格 of 60–150 households).
    for (let g = 0; g < groups.length; g += 2) {
      const covered = groups.slice(g, g + 2).map((group) => group.id);
      add('gridWorker', '专职网格员', random.chance(0.55) ? 'female' : 'male', { groupIds: covered, mediationLevel: 'grid' });
    }
  }
  for (const town of regions.towns) {
    let n = 0;
    const add = (role: DemoStaff['role'], title: string, extra: Partial<DemoStaff> = {}) => {
      n += 1;
      staff.push({
        id: `${town.id}-s${pad(n, 2)}`,
        name: person(random.chance(0.6) ? 'male' : 'female', random.int(1968, 1995)),
        role,
        title,
        countyId,
        townId: town.id,
        ...extra,
      });
    };
    add('mediator', `${town.name}矛盾纠纷调处化解中心主任`, { mediationLevel: 'township' });
    add('mediator', `${town.name}人民调解委员会专职调解员`, { mediationLevel: 'township' });
    add('mediator', `${town.name}司法所调解员`, { mediationLevel: 'township' });
    add('cadre', `${town.name}便民服务中心工作人员`);
  }
  let n = 0;
  const addCounty = (title: string) => {
    n += 1;
    staff.push({
      id: `${countyId}-s${pad(n, 2)}`,
      name: person(random.chance(0.6) ? 'male' : 'female', random.int(1962, 1990)),
      role: 'mediator',
      title,
      countyId,
      mediationLevel: 'county',
    });
  };
  addCounty('青山县医疗纠纷人民调解委员会调解员');
  addCounty('青山县道路交通事故纠纷人民调解委员会调解员');
  addCounty('青山县人民法院诉前调解员');
  addCounty('青山县劳动人事争议调解中心调解员');
  return staff;
}
