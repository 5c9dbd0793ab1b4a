import type { English } from '../internal/localize.js';
import type { EditorChinese } from './messages.js';

/** The English of ./messages.ts, a chunk of its own: most cadres read zh-CN and never download it. */
export const english: English<EditorChinese> = {
  title: 'Disclosure editor',
  chooseVillage: 'Set the village (the village attribute)',
  due: 'Due for disclosure',
  dueHint:
    'Organic Law of the Villagers Committees, Art 30: general matters at least once a quarter; where collective finances are busy, income and expenditure every month; major matters of villagers’ interest at once.',
  dueNone: 'Nothing is due or overdue right now.',
  dueCount: (n: number) => `${String(n)} to disclose`,
  status_overdue: 'Overdue',
  status_late: 'Disclosed late',
  status_upcoming: 'Due soon',
  status_met: 'On time',
  dueOn: (date: string) => `Due by ${date}`,
  daysLate: (n: number) => `${String(n)} days late`,
  period: (from: string, to: string) => `${from} to ${to}`,
  draftIt: 'Draft',
  draftItFor: (what: string) => `Draft: ${what}`,
  drafts: 'Drafts',
  draftsNone: 'No drafts yet.',
  draftsCount: (n: number) => `${String(n)} drafts`,
  newDraft: 'New draft',
  edit: 'Edit',
  editDraft: (title: string) => `Edit draft: ${title}`,
  correction: 'Correction',
  findings: (n: number) => `${String(n)} to fix`,
  ready: 'Ready to publish',
  published: 'Published items',
  publishedNone: 'Nothing published yet.',
  publishedCount: (n: number) => `Latest ${String(n)}`,
  correct: 'Correct',
  correctItem: (title: string) => `Correct: ${title}`,
  versions: (n: number) => `Version ${String(n)}`,
  formFailed: 'The editing form did not load.',
  back: 'Back to the list',
  readOnly:
    'The supervisory committee reads the drafts, versions and schedule here: under the Organic Law of the Villagers Committees the villagers committee publishes (Art 30) and the supervisory committee sees that it does (Art 32), so nothing is saved, published or corrected here.',
  read: 'Read',
  readDraft: (title: string) => `Read draft: ${title}`,
  readItem: (title: string) => `Read the versions: ${title}`,
};
