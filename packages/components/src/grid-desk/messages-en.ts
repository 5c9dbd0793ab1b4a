import type { English } from '../internal/localize.js';
import type { GridDeskChinese } from './messages.js';

/** The English of ./messages.ts, a chunk of its own: most desks are zh-CN and never download it. */
export const english: English<GridDeskChinese> = {
  title: 'Grid desk',
  staffOnly:
    'The grid desk is for grid workers (reporting, working reports, household visits), the village committee and the supervisory committee. Sign in with a staff account to use it.',
  views: 'Desk',
  tab_report: 'Report',
  tab_reports: 'Reports',
  tab_rounds: 'Visits',
  openCount: (n) => `${String(n)} open`,
  overdueCount: (n) => `${String(n)} overdue`,
  summary: (total, overdue) => `${String(total)} ${total === 1 ? 'report' : 'reports'}, ${String(overdue)} overdue`,
  empty: 'No reports yet.',
  reportedOn: (date, grid) => `Reported ${date} · ${grid}`,
  dueOn: (date) => `Due ${date}`,
  overdue: (date) => `Overdue (was due ${date})`,
  caseNumber: (number) => `Now mediation case ${number}`,
  more: 'Load more',
  kept: (n) =>
    n === 1
      ? '1 report is kept on this phone and will be sent when the connection returns.'
      : `${String(n)} reports are kept on this phone and will be sent when the connection returns.`,
  keptOnline: (n) => (n === 1 ? '1 report has not been sent yet.' : `${String(n)} reports have not been sent yet.`),
  sendNow: 'Send now',
  sending: 'Sending…',
  sentKept: (n) =>
    n === 1 ? 'The report kept on this phone has been sent.' : `The ${String(n)} reports kept on this phone have been sent.`,
  refusedKept: (place, reason) => `The report about “${place}” was refused: ${reason}`,
  correct: 'Correct and send',
  discard: 'Delete this report',
  discarded: 'The report was deleted.',
  partFailed: 'This part could not be loaded: ',
};
