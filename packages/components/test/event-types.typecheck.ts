/**
 * Compiled by `tsc -b` (tsconfig.test.json), never run: portal code listening to the widgets' events on the element,
 * on `document` and on `window` gets each event's detail type. Each `@ts-expect-error` fails the typecheck when the
 * line below it compiles, i.e. when an event falls back to a plain `Event`.
 */
/* eslint-disable @typescript-eslint/no-meaningless-void-operator -- a type test: its lines exist to compile or not */
import type { Locale } from '@shanzhi/rules';
import type {
  SzDisclosureBoard,
  SzEventDetails,
  SzEventName,
  SzMediationIntake,
  SzPointsLeaderboard,
  SzProvider,
  SzServiceCatalogue,
  SzMediationStatus,
} from '../src/index.js';

document.addEventListener('sz-period-change', (event) => {
  const period: string = event.detail.period;
  // @ts-expect-error the detail has no such field
  void event.detail.perod;
  void period;
});
window.addEventListener('sz-household-select', (event) => {
  const rank: number = event.detail.rank;
  void rank;
});
globalThis.addEventListener('sz-elder-preference', (event) => {
  const elder: boolean = event.detail.elder;
  void elder;
});

declare const board: SzPointsLeaderboard;
board.addEventListener('sz-household-select', (event) => {
  const household: string = event.detail.householdId;
  void household;
});

// Events merged into the map from the widgets' own events.ts files reach document and window too.
document.addEventListener('sz-disclosure-open', (event) => void event.detail.disclosureId);
document.addEventListener('sz-intake-submitted', (event) => void event.detail.caseNumber);
window.addEventListener('sz-proxy-submitted', (event) => void event.detail.receiptId);
document.body.addEventListener('sz-eligibility-result', (event) => {
  const outcome: 'eligible' | 'notEligible' | 'needMoreInfo' = event.detail.outcome;
  void outcome;
});
document.addEventListener('sz-locale-change', (event) => {
  const locale: Locale = event.detail.locale;
  void locale;
});

// Every name in the map is in all three of the DOM's maps, with the same CustomEvent.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Check<K extends SzEventName> = K extends SzEventName
  ? [
      Same<GlobalEventHandlersEventMap[K], CustomEvent<SzEventDetails[K]>>,
      Same<DocumentEventMap[K], CustomEvent<SzEventDetails[K]>>,
      Same<WindowEventMap[K], CustomEvent<SzEventDetails[K]>>,
      Same<HTMLElementEventMap[K], CustomEvent<SzEventDetails[K]>>,
    ]
  : never;
export const everyEventTyped: Check<SzEventName>[number] = true;
// @ts-expect-error a name outside the map is a plain Event, not CustomEvent with a detail
export const notInMap: Same<DocumentEventMap['sz-not-an-event'], CustomEvent> = true;

// The tags map to their classes.
export const tags: [SzProvider, SzPointsLeaderboard, SzDisclosureBoard, SzMediationIntake, SzMediationStatus, SzServiceCatalogue] = [
  document.createElement('sz-provider'),
  document.createElement('sz-points-leaderboard'),
  document.createElement('sz-disclosure-board'),
  document.createElement('sz-mediation-intake'),
  document.createElement('sz-mediation-status'),
  document.createElement('sz-service-catalogue'),
];
export const queried: SzPointsLeaderboard | null = document.querySelector('sz-points-leaderboard');
