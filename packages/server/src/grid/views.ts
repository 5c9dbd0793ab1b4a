import { compareDates, gridReportStates, gridReportSteps, gridStepsFrom, type CalendarDate, type Locale } from '@shanzhi/rules';
import type { getGridReport, getGridRound, listGridReports, listGridRounds, listGrids, RouteOutput } from '@shanzhi/sdk';
import type { Principal } from '../auth/principal.js';
import { encodeCursor, startOf } from '../points/cursor.js';
import { worksGrid, type Actor, type GridHistoryStep, type StoredGrid, type StoredGridReport, type StoredGridRound } from './store.js';

/*
 * What the grid routes answer, built from the stored documents. Labels are in the caller's language; householders'
 * names appear only in these staff views (the public counts carry none); never a phone or ID number.
 */

type GridSummary = RouteOutput<typeof listGrids>['items'][number];
type ReportSummary = RouteOutput<typeof listGridReports>['items'][number];
type ReportDetail = RouteOutput<typeof getGridReport>;
type RoundSummary = RouteOutput<typeof listGridRounds>['items'][number];
type RoundDetail = RouteOutput<typeof getGridRound>;

/** Names of the village's staff and householders, for the trail and the lists. */
export interface Names {
  readonly staff: ReadonlyMap<string, string>;
  readonly households: ReadonlyMap<string, { name: string; groupId: string }>;
}

const reportedLabel = { 'zh-CN': '上报', en: 'Reported' } as const;

function stepLabel(step: GridHistoryStep, locale: Locale): string {
  if (step === 'report') return reportedLabel[locale];
  return gridReportSteps.find((one) => one.code === step)?.[locale] ?? step;
}

function actorView(actor: Actor, names: Names): { role: string; name?: string } {
  const name = names.staff.get(actor.id);
  return { role: actor.role, ...(name === undefined ? {} : { name }) };
}

export function isReportOverdue(report: StoredGridReport, today: CalendarDate): boolean {
  return report.dueOn !== null && compareDates(today, report.dueOn) > 0;
}

export function reportSummary(report: StoredGridReport, gridName: string, locale: Locale, today: CalendarDate): ReportSummary {
  return {
    id: report.id,
    gridId: report.gridId,
    gridName,
    category: { code: report.category.code, label: report.category.label[locale] },
    ...(report.item ? { item: { code: report.item.code, label: report.item.label[locale] } } : {}),
    place: { text: report.place.text },
    reportedOn: report.reportedOn,
    state: report.state,
    stateLabel: gridReportStates.find((one) => one.code === report.state)?.[locale] ?? report.state,
    ...(report.level === undefined ? {} : { level: report.level }),
    ...(report.dispute === undefined ? {} : { dispute: report.dispute }),
    ...(report.target === undefined ? {} : { target: report.target }),
    dueOn: report.dueOn,
    overdue: isReportOverdue(report, today),
    ...(report.mediationCase
      ? { mediationCase: { caseNumber: report.mediationCase.caseNumber, displayCaseNumber: report.mediationCase.displayCaseNumber } }
      : {}),
  };
}

export function reportDetail(
  report: StoredGridReport,
  grid: StoredGrid,
  names: Names,
  principal: Principal,
  locale: Locale,
  today: CalendarDate,
): ReportDetail {
  const next = gridStepsFrom(report.state);
  return {
    ...reportSummary(report, grid.name, locale, today),
    villageId: report.villageId,
    place: report.place,
    text: report.text,
    seenOn: report.seenOn,
    reportedBy: actorView(report.reportedBy, names),
    households: report.householdIds.map((id) => ({ id, name: names.households.get(id)?.name ?? '' })),
    attachmentIds: [...report.attachmentIds],
    ...(report.risk === undefined ? {} : { risk: report.risk }),
    ...(report.department === undefined ? {} : { department: report.department }),
    ...(report.outcome === undefined ? {} : { outcome: report.outcome }),
    history: report.history.map((entry) => ({
      step: entry.step,
      label: stepLabel(entry.step, locale),
      on: entry.on,
      by: actorView(entry.by, names),
      ...(entry.note === undefined ? {} : { note: entry.note }),
      attachmentIds: [...entry.attachmentIds],
    })),
    next,
    canAct: next.length > 0 && (principal.role === 'cadre' || (principal.role === 'gridWorker' && worksGrid(principal, grid))),
  };
}

/** Visited in person: a call that found nobody home keeps the household on the list. */
function visitedIds(round: StoredGridRound): Set<string> {
  return new Set(round.visits.filter((visit) => !visit.absent).map((visit) => visit.householdId));
}

export function roundSummary(round: StoredGridRound, gridName: string, today: CalendarDate): RoundSummary {
  const visited = round.householdIds.filter((id) => visitedIds(round).has(id)).length;
  return {
    id: round.id,
    gridId: round.gridId,
    gridName,
    from: round.from,
    to: round.to,
    ...(round.focus === undefined ? {} : { focus: round.focus }),
    total: round.householdIds.length,
    visited,
    overdue: compareDates(today, round.to) > 0 && visited < round.householdIds.length,
  };
}

export function roundDetail(
  round: StoredGridRound,
  grid: StoredGrid,
  names: Names,
  principal: Principal,
  today: CalendarDate,
): RoundDetail {
  const visited = visitedIds(round);
  const ended = compareDates(today, round.to) > 0;
  const groupName = new Map(grid.groups.map((group) => [group.id, group.name]));
  return {
    ...roundSummary(round, grid.name, today),
    villageId: round.villageId,
    openedBy: actorView(round.openedBy, names),
    households: round.householdIds.map((id) => {
      const household = names.households.get(id);
      return {
        id,
        name: household?.name ?? '',
        groupName: groupName.get(household?.groupId ?? '') ?? '',
        visits: round.visits
          .filter((visit) => visit.householdId === id)
          .map((visit) => ({
            on: visit.on,
            by: actorView(visit.by, names),
            absent: visit.absent,
            ...(visit.note === undefined ? {} : { note: visit.note }),
            ...(visit.reportId === undefined ? {} : { reportId: visit.reportId }),
          })),
        visited: visited.has(id),
        overdue: ended && !visited.has(id),
      };
    }),
    canAct: principal.role === 'cadre' || (principal.role === 'gridWorker' && worksGrid(principal, grid)),
  };
}

export function gridSummary(
  grid: StoredGrid,
  principal: Principal,
  reports: readonly StoredGridReport[],
  rounds: readonly StoredGridRound[],
  names: Names,
  today: CalendarDate,
): GridSummary {
  const open = reports.filter((report) => report.gridId === grid.id && report.state !== 'closed');
  const current = rounds.find(
    (round) => round.gridId === grid.id && compareDates(round.from, today) <= 0 && compareDates(today, round.to) <= 0,
  );
  const progress = current ? roundSummary(current, grid.name, today) : undefined;
  return {
    id: grid.id,
    name: grid.name,
    groupIds: grid.groups.map((group) => group.id),
    households: grid.householdIds.length,
    workers: grid.workerIds.map((id) => ({ id, name: names.staff.get(id) ?? '' })),
    mine: grid.workerIds.includes(principal.id),
    openReports: open.length,
    overdueReports: open.filter((report) => isReportOverdue(report, today)).length,
    ...(progress
      ? { currentRound: { id: progress.id, from: progress.from, to: progress.to, visited: progress.visited, total: progress.total } }
      : {}),
  };
}

/** One page of sorted rows from the query's cursor, with the next page's cursor (null on the last page). */
export function pageFrom<R>(
  rows: readonly R[],
  idOf: (row: R) => string,
  query: { cursor?: string | undefined; limit?: number | undefined },
) {
  const start = startOf(query.cursor, rows.length, (index) => {
    const row = rows[index];
    return row === undefined ? undefined : idOf(row);
  });
  const page = rows.slice(start, start + (query.limit ?? 50));
  const last = page.at(-1);
  const end = start + page.length;
  return { page, nextCursor: last !== undefined && end < rows.length ? encodeCursor(end, idOf(last)) : null };
}
