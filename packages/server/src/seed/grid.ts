import {
  addDays,
  addWorkingDays,
  daysBetween,
  defaultGridCategories,
  defaultGridSettings,
  type CalendarDate,
  type GridReportState,
  type GridSettings,
  type GridTarget,
} from '@shanzhi/rules';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import {
  insertGrids,
  insertReports,
  insertRounds,
  saveGridSettings,
  type StoredGrid,
  type StoredGridReport,
  type StoredGridRound,
} from '../grid/store.js';
import { findCaseById, updateCase } from '../mediation/case-store.js';
import { printedNumber } from '../mediation/numbering.js';
import { withGridOrigin } from '../grid/mediation.js';
import { Random } from './random.js';
import type { DemoCounty } from './types.js';

/*
 * The grids of the demo county (docs/grid.md): each village's households cut into grids of about 120, the size seed
 * 002 takes as its norm ("以每个网格120户农户…为基准"), with the village's grid workers. Each village has reports in every state (one of them a dispute taken over by the mediation committee as an
 * existing case of the village) spread over half a year, and for each grid last month's 摸排 round (finished, or
 * overdue with households not visited) and this month's, under way. The first village publishes its monthly counts.
 */

interface Template {
  readonly state: GridReportState;
  readonly category: string;
  readonly item: string;
  readonly daysAgo: number;
  readonly target?: GridTarget;
  readonly text: string;
  readonly place: string;
}

/** The first (`grr-…-0001`, in the village's first grid) is closed: the contract tests' sample report. */
const templates: readonly Template[] = [
  {
    state: 'closed',
    category: 'environment',
    item: 'environment.burning',
    daysAgo: 40,
    target: 'grid',
    text: '田里焚烧秸秆',
    place: '五组田垄',
  },
  { state: 'reported', category: 'facilities', item: 'facilities.light', daysAgo: 1, text: '村口三盏路灯不亮', place: '村口大樟树旁' },
  { state: 'reported', category: 'safety', item: 'safety.house', daysAgo: 12, text: '一处老屋墙体开裂，雨后有掉落', place: '二组后山脚' },
  { state: 'assessed', category: 'environment', item: 'environment.litter', daysAgo: 4, text: '河边堆放建筑垃圾', place: '溪边便道' },
  {
    state: 'assigned',
    category: 'facilities',
    item: 'facilities.road',
    daysAgo: 9,
    target: 'village',
    text: '机耕桥桥面塌了一块',
    place: '田垄机耕桥',
  },
  {
    state: 'assigned',
    category: 'land',
    item: 'land.building',
    daysAgo: 15,
    target: 'department',
    text: '耕地上新起一处砖房',
    place: '四组水田边',
  },
  {
    state: 'handling',
    category: 'dispute',
    item: 'dispute.neighbour',
    daysAgo: 20,
    target: 'mediation',
    text: '两户为滴水檐和排水沟起争执',
    place: '三组巷道',
  },
  {
    state: 'handling',
    category: 'welfare',
    item: 'welfare.elderly',
    daysAgo: 25,
    target: 'grid',
    text: '独居老人腿脚不便，需定期上门',
    place: '一组',
  },
  {
    state: 'closed',
    category: 'order',
    item: 'order.fraud',
    daysAgo: 70,
    target: 'grid',
    text: '有老人接到冒充医保局的电话',
    place: '一组',
  },
  {
    state: 'closed',
    category: 'facilities',
    item: 'facilities.water',
    daysAgo: 100,
    target: 'department',
    text: '自来水管爆裂，半个组停水',
    place: '二组',
  },
  {
    state: 'closed',
    category: 'dispute',
    item: 'dispute.land',
    daysAgo: 130,
    target: 'village',
    text: '两户为山林界址起争执',
    place: '后山',
  },
  { state: 'closed', category: 'custom', item: 'custom.feast', daysAgo: 160, target: 'village', text: '有户准备大办升学宴', place: '三组' },
];

const order: readonly GridReportState[] = ['reported', 'assessed', 'assigned', 'handling', 'closed'];

function labelOf(category: string, item: string) {
  const found = defaultGridCategories.find((one) => one.code === category);
  if (!found) throw new Error(`Unknown seed category ${category}`);
  const itemFound = found.items.find((one) => one.code === item);
  if (!itemFound) throw new Error(`Unknown seed item ${item}`);
  return { category: { code: found.code, label: found.label }, item: { code: itemFound.code, label: itemFound.label } };
}

/** The workers of grid `index` of `count`: shared out in order; a grid left without one gets a worker of another too. */
function workersOf(workers: readonly { id: string }[], index: number, count: number): string[] {
  const shared = workers.filter((_, n) => Math.floor((n * count) / workers.length) === index);
  const fallback = workers[index % Math.max(1, workers.length)];
  return (shared.length > 0 ? shared : fallback ? [fallback] : []).map((one) => one.id);
}

/** Seed 002: "以每个网格120户农户…为基准" — the households a grid is drawn around. */
export const householdsPerGrid = 120;

/**
 * The grids of every village: its households, in the register's order (group by group), cut into as many grids of
 * about `householdsPerGrid` as fit (at least one), of near-equal size; the village's grid workers shared out in order
 * (the first worker, who covers the first groups, works the first grid).
 */
export function demoGrids(county: DemoCounty): StoredGrid[] {
  const groupName = new Map(county.villageGroups.map((group) => [group.id, group.name]));
  const grids: StoredGrid[] = [];
  for (const village of county.villages) {
    const households = county.households.filter((one) => one.villageId === village.id);
    const workers = county.staff.filter((one) => one.villageId === village.id && one.role === 'gridWorker');
    const count = Math.max(1, Math.round(households.length / householdsPerGrid));
    for (let index = 0; index < count; index++) {
      const mine = households.slice(Math.floor((index * households.length) / count), Math.floor(((index + 1) * households.length) / count));
      const groupIds = [...new Set(mine.map((one) => one.groupId))];
      grids.push({
        id: `grid-${village.id.replace(/^v-/, '')}-${String(index + 1).padStart(2, '0')}`,
        villageId: village.id,
        name: `第${String(index + 1)}网格`,
        groups: groupIds.map((id) => ({ id, name: groupName.get(id) ?? id })),
        householdIds: mine.map((one) => one.id),
        workerIds: workersOf(workers, index, count),
      });
    }
  }
  return grids;
}

function walk(template: Template, grid: StoredGrid, index: number, county: DemoCounty, random: Random): StoredGridReport {
  const worker = { id: grid.workerIds[0] ?? '', role: 'gridWorker' };
  const cadre = county.staff.find((one) => one.villageId === grid.villageId && one.role === 'cadre');
  const committee = cadre ? { id: cadre.id, role: 'cadre' } : worker;
  const reportedOn = addDays(county.asOf, -template.daysAgo);
  const steps = order.indexOf(template.state);
  const on = (n: number): CalendarDate => {
    const day = addDays(reportedOn, Math.min(template.daysAgo, n * random.int(1, 3)));
    return day > county.asOf ? county.asOf : day;
  };
  const days = defaultGridSettings.stepWorkingDays;
  const household = grid.householdIds.length > 0 ? random.pick(grid.householdIds) : undefined;
  const dispute = template.category === 'dispute';
  let report: StoredGridReport = {
    id: `grr-${grid.villageId.replace(/^v-/, '')}-${String(index + 1).padStart(4, '0')}`,
    villageId: grid.villageId,
    gridId: grid.id,
    ...labelOf(template.category, template.item),
    place: { text: template.place },
    text: template.text,
    seenOn: reportedOn,
    reportedOn,
    reportedBy: worker,
    householdIds: household && dispute ? [household] : [],
    attachmentIds: [],
    state: 'reported',
    dueOn: addWorkingDays(reportedOn, days),
    history: [{ step: 'report', on: reportedOn, by: worker, attachmentIds: [] }],
  };
  if (steps >= 1) {
    const day = on(1);
    report = {
      ...report,
      state: 'assessed',
      level: template.target === 'department' ? 'township' : template.target === 'grid' ? 'grid' : 'village',
      dispute,
      risk: false,
      dueOn: addWorkingDays(day, days),
      history: [...report.history, { step: 'assess', on: day, by: worker, note: '已核实情况', attachmentIds: [] }],
    };
  }
  if (steps >= 2 && template.target) {
    const day = on(2);
    const mediationCase = template.target === 'mediation' ? caseOf(county, grid.villageId) : undefined;
    report = {
      ...report,
      state: 'assigned',
      target: template.target,
      ...(template.target === 'department' ? { department: template.category === 'land' ? '自然资源所' : '供水站' } : {}),
      ...(mediationCase ? { mediationCase } : {}),
      dueOn: addWorkingDays(day, days * 2),
      history: [...report.history, { step: 'assign', on: day, by: committee, attachmentIds: [] }],
    };
  }
  if (steps >= 3) {
    const day = on(3);
    report = {
      ...report,
      state: 'handling',
      history: [...report.history, { step: 'dispose', on: day, by: worker, note: '已上门协调，正在处理', attachmentIds: [] }],
    };
  }
  if (steps >= 4) {
    const day = on(4);
    report = {
      ...report,
      state: 'closed',
      outcome: template.target === 'department' ? 'referred' : 'resolved',
      dueOn: null,
      history: [...report.history, { step: 'close', on: day, by: committee, note: '已办结，回访群众满意', attachmentIds: [] }],
    };
  }
  return report;
}

/** An existing case of the village for the seeded dispute that the mediation committee took over. */
function caseOf(county: DemoCounty, villageId: string): StoredGridReport['mediationCase'] {
  // Preferably one the committee is working; else one still waiting to be accepted.
  const cases = county.mediationCases.filter((one) => one.villageId === villageId);
  const found =
    cases.find((one) => ['accepted', 'assigned', 'inMediation'].includes(one.case.state)) ??
    cases.find((one) => !['refused', 'withdrawn'].includes(one.case.state));
  const village = county.villages.find((one) => one.id === villageId);
  if (!found || !village) return undefined;
  return { id: found.id, caseNumber: found.caseNumber, displayCaseNumber: printedNumber(found.caseNumber, village.abbreviation) };
}

function rounds(grid: StoredGrid, county: DemoCounty, random: Random, overdue: boolean): StoredGridRound[] {
  const worker = { id: grid.workerIds[0] ?? '', role: 'gridWorker' };
  const month = county.asOf.slice(0, 7);
  const thisFrom = `${month}-01`;
  const lastFrom = addDays(thisFrom, -30);
  // Visits spread evenly over the round up to its last day (or today), in the order of the list.
  const visit = (ids: readonly string[], from: CalendarDate, to: CalendarDate) =>
    ids.map((householdId, index) => ({
      householdId,
      on: addDays(from, Math.floor((index * daysBetween(from, to)) / Math.max(1, ids.length))),
      by: worker,
      absent: random.chance(0.04),
      ...(random.chance(0.1) ? { note: random.pick(['家中老人身体好', '反映路灯问题，已上报', '无新情况', '外出务工，电话联系']) } : {}),
    }));
  const lastTo = addDays(thisFrom, -1);
  const lastVisited = overdue ? grid.householdIds.slice(0, Math.floor(grid.householdIds.length * 0.8)) : grid.householdIds;
  const thisVisited = grid.householdIds.slice(0, Math.floor(grid.householdIds.length * random.int(20, 60) * 0.01));
  const make = (suffix: string, from: CalendarDate, to: CalendarDate, visits: StoredGridRound['visits']): StoredGridRound => ({
    id: `grd-${grid.id.replace(/^grid-/, '')}-${suffix}`,
    villageId: grid.villageId,
    gridId: grid.id,
    from,
    to,
    focus: '矛盾纠纷和安全隐患排查',
    openedBy: worker,
    householdIds: grid.householdIds,
    visits,
  });
  return [
    make(
      'a',
      lastFrom,
      lastTo,
      visit(lastVisited, lastFrom, lastTo).map((one) => ({ ...one, absent: false })),
    ),
    make('b', thisFrom, addDays(thisFrom, defaultGridSettings.roundDays - 1), visit(thisVisited, thisFrom, county.asOf)),
  ];
}

export interface DemoGridData {
  readonly grids: StoredGrid[];
  readonly reports: StoredGridReport[];
  readonly rounds: StoredGridRound[];
  readonly settings: readonly { villageId: string; settings: GridSettings }[];
}

/** Every demo grid record of the county, deterministic for the county's seed. */
export function demoGridData(county: DemoCounty): DemoGridData {
  const random = new Random(county.seed).fork('grid');
  const grids = demoGrids(county);
  const reports: StoredGridReport[] = [];
  const roundList: StoredGridRound[] = [];
  for (const village of county.villages) {
    const mine = grids.filter((grid) => grid.villageId === village.id);
    if (mine.length === 0) continue;
    templates.forEach((template, index) => {
      const grid = mine[index % mine.length];
      if (grid) reports.push(walk(template, grid, index, county, random));
    });
    // Every other grid, the first included, left last month's round unfinished (the overdue list).
    mine.forEach((grid, index) => roundList.push(...rounds(grid, county, random, index % 2 === 0)));
  }
  const first = county.villages[0];
  const settings = first ? [{ villageId: first.id, settings: { ...defaultGridSettings, publishMonthlyCounts: true } }] : [];
  return { grids, reports, rounds: roundList, settings };
}

/** Writes the demo grids through the grid store (the code the API writes with). */
export async function insertDemoGrids(trx: Transaction<Database>, county: DemoCounty): Promise<void> {
  const data = demoGridData(county);
  await insertGrids(trx, data.grids);
  await insertReports(trx, data.reports);
  await insertRounds(trx, data.rounds);
  for (const one of data.settings) await saveGridSettings(trx, one.villageId, one.settings);
  // The disputes handed to the mediation committee: their cases carry the report, as a handover through the API does.
  for (const report of data.reports) {
    const found = report.mediationCase ? await findCaseById(trx, report.mediationCase.id) : undefined;
    if (found) await updateCase(trx, withGridOrigin(found.doc, report));
  }
}
