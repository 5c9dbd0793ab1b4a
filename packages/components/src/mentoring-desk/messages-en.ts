import type { English } from '../internal/localize.js';
import type { MentoringDeskChinese } from './messages.js';

/** The English of ./messages.ts, a chunk of its own: most desks are zh-CN and never download it. */
export const english: English<MentoringDeskChinese> = {
  title: 'Mentoring desk',
  staffOnly:
    'The mentoring desk is for the village committee (assigning plans, the quiet period), the mentors (recording progress) and the supervisory committee (watching). Sign in with a staff account to use it.',
  quietSetting: (days) =>
    `Quiet period of this village: ${String(days)} days. A household whose milestones are all done and that has had no deduction for ${String(days)} days leaves the black list by itself.`,
  changeQuiet: 'Change the quiet period',
  waiting: 'Black-listed households without a mentoring plan',
  noneWaiting: 'Every black-listed household has a mentoring plan.',
  moreWaiting: 'Many households are on the black list: only the first 200 are listed here.',
  deductions: (n) => (n === 1 ? '1 deduction' : `${String(n)} deductions`),
  assign: 'Assign a plan',
  assignFor: (number) => `Assign a plan to ${number}`,
  active: 'In mentoring',
  noneActive: 'No mentoring plan is in progress.',
  ended: 'Ended plans',
  count: (n) => (n === 1 ? '1 household' : `${String(n)} households`),
  status_active: 'In mentoring',
  status_delisted: 'Off the black list',
  status_cancelled: 'Cancelled',
  delistedOn: (date) => `Left the black list automatically on ${date}`,
  mentor: (id) => `Mentor: ${id}`,
  assignedOn: (date) => `Assigned on ${date}`,
  milestones: (done, total) => `Milestones: ${String(done)} of ${String(total)} done`,
  quiet: (days, goal) => `${String(days)} days without a deduction (${String(goal)} needed)`,
  quietUntil: (date) => `Quiet period ends: ${date}`,
  lastDeduction: (date) => `Latest deduction during the plan: ${date}`,
  delistable: 'The conditions are met: the household leaves the black list automatically.',
  due: (date) => `Due ${date}`,
  noDue: 'No due date',
  overdue: 'Overdue',
  doneOn: (date, by) => `Done on ${date}, confirmed by ${by}`,
  notDone: 'Not done',
  markDone: 'Mark done',
  markDoneOf: (title) => `Mark done: ${title}`,
  partFailed: 'This part could not be loaded: ',
  empty: 'No household is on the black list and there is no mentoring plan.',
};
