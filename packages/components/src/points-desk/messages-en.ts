import type { English } from '../internal/localize.js';
import type { PointsDeskChinese } from './messages.js';

/** The English of ./messages.ts, a chunk of its own: most desks are zh-CN and never download it. */
export const english: English<PointsDeskChinese> = {
  title: 'Points desk',
  staffOnly:
    "The points desk is for the village's grid workers (first review), village committee (review, declaring) and supervisory committee (objections). Sign in with a staff account to use it. Villagers who sign in with their household's account can declare points for their household here and follow their declarations.",
  queue_firstReview: 'Awaiting first review',
  queue_secondReview: 'Awaiting review',
  queueCount: (n: number) => `${String(n)} ${n === 1 ? 'entry' : 'entries'}`,
  emptyQueue: 'No declarations are waiting for your review.',
  moreInQueue: (shown: number, total: number) =>
    `Showing the first ${String(shown)} of ${String(total)}; the rest appear as you work through these.`,
  keyboardHint: 'Arrow keys move, Space ticks, Shift with an arrow ticks a run.',
  selectAll: 'Select all',
  points: (n: number) => (n > 0 ? `+${String(n)} points` : `${String(n)} points`),
  occurredOn: (date: string) => `on ${date}`,
  evidence: (n: number) => (n === 0 ? 'no evidence' : `${String(n)} evidence ${n === 1 ? 'file' : 'files'}`),
  noNote: '(no note)',
  recused: 'Step aside: you belong to or declared a family tie with this household, so you may not review it.',
  history: "The household's recent points",
  historyOf: (number: string, name: string) => `${number} ${name}`,
  balance: (n: number) => `Balance ${String(n)} points`,
  noHistory: 'The household has no other points records yet.',
  pickEntry: "Choose a declaration to see the household's recent records here.",
  status_declared: 'Declared',
  status_firstReview: 'Awaiting first review',
  status_secondReview: 'Awaiting review',
  status_publicized: 'Under notice',
  status_effective: 'Effective',
  status_rejected: 'Sent back',
  status_revoked: 'Revoked',
  declare: 'Declare points',
  revokeTool: 'Revoke an entry',
  familyTiesTool: 'Family ties (recusal)',
  loadMore: 'Load more',
  loadingMore: 'Loading…',
  loadedMore: (added: number, shown: number, total: number) => `${String(added)} more loaded: ${String(shown)} of ${String(total)} shown.`,
  loadMoreFailed: 'The next entries did not load: ',
  partFailed: 'This part did not load: ',
};
