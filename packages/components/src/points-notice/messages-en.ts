import type { English } from '../internal/localize.js';
import type { PointsNoticeChinese } from './messages.js';

export const english: English<PointsNoticeChinese> = {
  title: 'Points notice',
  noVillage: 'No village given (set the village attribute).',
  empty: 'No points entries are under public notice right now.',
  intro: (days: number) =>
    `These points are under public notice for ${String(days)} days. They take effect when the notice ends without an objection.`,
  asOf: (date: string) => `As of ${date}`,
  count: (n: number) => (n === 1 ? '1 notice' : `${String(n)} notices`),
  kindEntry: 'Points under notice',
  kindRevocation: 'Revocation notice',
  points: (signed: string) => `${signed} points`,
  revokedPoints: (signed: string) => `${signed} points revoked`,
  reason: 'What for: ',
  revocationReason: 'Why revoked: ',
  period: (from: string, until: string) => `Notice: ${from} to ${until}`,
  daysLeft: (n: number) => (n === 1 ? '1 day left' : `${String(n)} days left`),
  lastDay: 'Today is the last day',
  ended: 'The notice has ended',
  objected: 'Objection being handled',
  objectedHint:
    'A villager has objected; the village supervisory committee is handling it, and the points do not take effect until it has answered.',
  object: 'Object',
  objectLabel: (name: string, rule: string) => `Object to “${name} · ${rule}”`,
  loadMore: 'Load more',
  loadingMore: 'Loading more…',
  moreFailed: 'The next notices could not be loaded; press “Load more” again.',
  mine: 'My objections',
  backToBoard: 'Back to the notices',
  howToObject: 'How to object',
  howToObjectText:
    'Villagers of this village may object to points under notice while the notice runs: sign in, press “Object” beside the entry and give your reason, or write to the village supervisory committee. The committee answers in writing and never makes public who objected.',
  boardControls: 'Board pages',
  pause: 'Pause paging',
  resume: 'Resume paging',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  boardPage: (page: number, pages: number) => `Page ${String(page)} of ${String(pages)}`,
  elderNoAutoPaging: 'In elder mode pages do not turn by themselves; use “Previous page” and “Next page”.',
  reducedMotionNoAutoPaging: 'Pages do not turn by themselves (your device asks for reduced motion); use “Previous page” and “Next page”.',
  panelFailed: 'The objection form could not be loaded',
};
