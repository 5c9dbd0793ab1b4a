import type { English } from '../internal/localize.js';
import type { DecisionDeskChinese } from './messages.js';

/** The English of ./messages.ts, a chunk of its own: most desks are zh-CN and never download it. */
export const english: English<DecisionDeskChinese> = {
  title: 'Decision desk',
  staffOnly:
    'The decision desk is for the village committees (recording each step of a decision) and the supervisory committee (following every step). Sign in with a staff account to use it.',
  intro:
    "Every major village matter goes through 一听、四议、两公开、一监督: the villagers are heard first; the party branch proposes, the committees deliberate, the party members' meeting reviews and the villagers' (representatives') meeting resolves; the resolution and its result are disclosed; the supervisory committee follows every step.",
  openNew: 'Open a decision',
  count: (n) => (n === 1 ? '1 decision' : `${String(n)} decisions`),
  empty: 'No decisions yet.',
  status_complete: 'Complete',
  status_inProgress: 'In progress',
  status_invalid: 'Has problems',
  next: (step) => `Next: ${step}`,
  allDone: 'Every step is done',
  progress: (done) => `${String(done)} of 7 steps recorded`,
  concerns: (n) => (n === 1 ? '1 concern' : `${String(n)} concerns`),
  unobserved: (n) => (n === 1 ? '1 step awaits the supervisor' : `${String(n)} steps await the supervisor`),
  openedOn: (date) => `Opened ${date}`,
  recorded: '(recorded before the desk)',
  show: 'Open',
  showOf: (title) => `Open: ${title}`,
  hide: 'Close',
  partFailed: 'This part could not be loaded: ',
};
