/**
 * @shanzhi/components/react — every element as a React component made with @lit/react, for React 18 (which sets
 * only attributes on custom elements and cannot listen to their events) and React 19 alike. Properties are set as
 * properties, and each sz-* event is an `onSz…` prop with its typed detail:
 *
 *     <PointsLeaderboard village="v-qs-01" onSzPeriodChange={(e) => setPeriod(e.detail.period)} />
 *
 * Importing this module registers the elements. React is an optional peer dependency of the package: only this
 * entry imports it, and neither the CDN bundle nor `@shanzhi/components` itself pulls this module in.
 * React 19 users may instead write the tags directly with typed props: see `@shanzhi/components/react-jsx`.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import '../provider/define.js';
import '../leaderboard/define.js';
import '../disclosure/define.js';
import '../mediation/define.js';
import '../mediation/status/define.js';
import '../services/define.js';
import '../love-supermarket/define.js';
import '../points-notice/define.js';
import '../points-desk/define.js';
import '../mentoring-desk/define.js';
import '../disclosure-poster/define.js';
import '../decision-desk/define.js';
import '../disclosure-editor/define.js';
import '../query-desk/define.js';
import '../finance-desk/define.js';
import '../mediation-desk/define.js';
import '../request-desk/define.js';
import '../request-status/define.js';
import '../grid-desk/define.js';
// new-widget: element registrations
import type { SzEventDetails, SzEventName } from '../internal/events.js';
import { SzDisclosureBoard } from '../disclosure/sz-disclosure-board.js';
import { SzPointsLeaderboard } from '../leaderboard/sz-points-leaderboard.js';
import { SzMediationIntake } from '../mediation/sz-mediation-intake.js';
import { SzMediationStatus } from '../mediation/sz-mediation-status.js';
import { SzProvider } from '../provider/sz-provider.js';
import { SzServiceCatalogue } from '../services/sz-service-catalogue.js';
import { SzLoveSupermarket } from '../love-supermarket/sz-love-supermarket.js';
import { SzPointsNotice } from '../points-notice/sz-points-notice.js';
import { SzPointsDesk } from '../points-desk/sz-points-desk.js';
import { SzMentoringDesk } from '../mentoring-desk/sz-mentoring-desk.js';
import { SzDisclosurePoster } from '../disclosure-poster/sz-disclosure-poster.js';
import { SzDecisionDesk } from '../decision-desk/sz-decision-desk.js';
import { SzDisclosureEditor } from '../disclosure-editor/sz-disclosure-editor.js';
import { SzQueryDesk } from '../query-desk/sz-query-desk.js';
import { SzFinanceDesk } from '../finance-desk/sz-finance-desk.js';
import { SzMediationDesk } from '../mediation-desk/sz-mediation-desk.js';
import { SzRequestDesk } from '../request-desk/sz-request-desk.js';
import { SzRequestStatus } from '../request-status/sz-request-status.js';
import { SzGridDesk } from '../grid-desk/sz-grid-desk.js';
// new-widget: element classes
import { reactEvents } from './events.js';

export { reactEvents };

/** The events of one element, typed for @lit/react: `{ onSzPeriodChange: EventName<CustomEvent<{ period … }>> }`. */
type Events<T extends keyof typeof reactEvents> = {
  [P in keyof (typeof reactEvents)[T]]: (typeof reactEvents)[T][P] extends SzEventName
    ? EventName<CustomEvent<SzEventDetails[(typeof reactEvents)[T][P]]>>
    : never;
};

const events = <T extends keyof typeof reactEvents>(tag: T) => reactEvents[tag] as unknown as Events<T>;

export const Provider = createComponent({
  react: React,
  tagName: 'sz-provider',
  elementClass: SzProvider,
  events: events('sz-provider'),
  displayName: 'SzProvider',
});
export const PointsLeaderboard = createComponent({
  react: React,
  tagName: 'sz-points-leaderboard',
  elementClass: SzPointsLeaderboard,
  events: events('sz-points-leaderboard'),
  displayName: 'SzPointsLeaderboard',
});
export const DisclosureBoard = createComponent({
  react: React,
  tagName: 'sz-disclosure-board',
  elementClass: SzDisclosureBoard,
  events: events('sz-disclosure-board'),
  displayName: 'SzDisclosureBoard',
});
export const MediationIntake = createComponent({
  react: React,
  tagName: 'sz-mediation-intake',
  elementClass: SzMediationIntake,
  events: events('sz-mediation-intake'),
  displayName: 'SzMediationIntake',
});
export const MediationStatus = createComponent({
  react: React,
  tagName: 'sz-mediation-status',
  elementClass: SzMediationStatus,
  events: events('sz-mediation-status'),
  displayName: 'SzMediationStatus',
});
export const ServiceCatalogue = createComponent({
  react: React,
  tagName: 'sz-service-catalogue',
  elementClass: SzServiceCatalogue,
  events: events('sz-service-catalogue'),
  displayName: 'SzServiceCatalogue',
});
export const LoveSupermarket = createComponent({
  react: React,
  tagName: 'sz-love-supermarket',
  elementClass: SzLoveSupermarket,
  events: events('sz-love-supermarket'),
  displayName: 'SzLoveSupermarket',
});
export const PointsNotice = createComponent({
  react: React,
  tagName: 'sz-points-notice',
  elementClass: SzPointsNotice,
  events: events('sz-points-notice'),
  displayName: 'SzPointsNotice',
});
export const PointsDesk = createComponent({
  react: React,
  tagName: 'sz-points-desk',
  elementClass: SzPointsDesk,
  events: events('sz-points-desk'),
  displayName: 'SzPointsDesk',
});
export const MentoringDesk = createComponent({
  react: React,
  tagName: 'sz-mentoring-desk',
  elementClass: SzMentoringDesk,
  events: events('sz-mentoring-desk'),
  displayName: 'SzMentoringDesk',
});
export const DisclosurePoster = createComponent({
  react: React,
  tagName: 'sz-disclosure-poster',
  elementClass: SzDisclosurePoster,
  events: events('sz-disclosure-poster'),
  displayName: 'SzDisclosurePoster',
});
export const DecisionDesk = createComponent({
  react: React,
  tagName: 'sz-decision-desk',
  elementClass: SzDecisionDesk,
  events: events('sz-decision-desk'),
  displayName: 'SzDecisionDesk',
});
export const DisclosureEditor = createComponent({
  react: React,
  tagName: 'sz-disclosure-editor',
  elementClass: SzDisclosureEditor,
  events: events('sz-disclosure-editor'),
  displayName: 'SzDisclosureEditor',
});
export const QueryDesk = createComponent({
  react: React,
  tagName: 'sz-query-desk',
  elementClass: SzQueryDesk,
  events: events('sz-query-desk'),
  displayName: 'SzQueryDesk',
});
export const FinanceDesk = createComponent({
  react: React,
  tagName: 'sz-finance-desk',
  elementClass: SzFinanceDesk,
  events: events('sz-finance-desk'),
  displayName: 'SzFinanceDesk',
});
export const MediationDesk = createComponent({
  react: React,
  tagName: 'sz-mediation-desk',
  elementClass: SzMediationDesk,
  events: events('sz-mediation-desk'),
  displayName: 'SzMediationDesk',
});
export const RequestDesk = createComponent({
  react: React,
  tagName: 'sz-request-desk',
  elementClass: SzRequestDesk,
  events: events('sz-request-desk'),
  displayName: 'SzRequestDesk',
});
export const RequestStatus = createComponent({
  react: React,
  tagName: 'sz-request-status',
  elementClass: SzRequestStatus,
  events: events('sz-request-status'),
  displayName: 'SzRequestStatus',
});
export const GridDesk = createComponent({
  react: React,
  tagName: 'sz-grid-desk',
  elementClass: SzGridDesk,
  events: events('sz-grid-desk'),
  displayName: 'SzGridDesk',
});
// new-widget: components (npm run new:widget adds each element's component above)
