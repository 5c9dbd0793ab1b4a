import type { SzEventName } from '../internal/events.js';

/**
 * Each element's events as React props: `sz-period-change` → `onSzPeriodChange`. Plain data (no React, no Lit), so
 * the test can check it against every event the custom-elements manifest lists.
 */
export const reactEvents = {
  'sz-provider': {},
  'sz-points-leaderboard': { onSzPeriodChange: 'sz-period-change', onSzHouseholdSelect: 'sz-household-select' },
  'sz-disclosure-board': { onSzDisclosureOpen: 'sz-disclosure-open', onSzQuerySubmitted: 'sz-query-submitted' },
  'sz-mediation-intake': { onSzIntakeStep: 'sz-intake-step', onSzIntakeSubmitted: 'sz-intake-submitted' },
  'sz-mediation-status': {},
  'sz-service-catalogue': {
    onSzServiceOpen: 'sz-service-open',
    onSzEligibilityResult: 'sz-eligibility-result',
    onSzProxySubmitted: 'sz-proxy-submitted',
  },
  'sz-love-supermarket': { onSzRedeemed: 'sz-redeemed' },
  'sz-points-notice': { onSzObjectionFiled: 'sz-objection-filed' },
  'sz-points-desk': {
    onSzPointsDeskReview: 'sz-points-desk-review',
    onSzPointsDeskDeclare: 'sz-points-desk-declare',
    onSzPointsDeskRuling: 'sz-points-desk-ruling',
  },
  'sz-mentoring-desk': {
    onSzMentoringDeskAssign: 'sz-mentoring-desk-assign',
    onSzMentoringDeskMilestone: 'sz-mentoring-desk-milestone',
    onSzMentoringDeskSettings: 'sz-mentoring-desk-settings',
  },
  'sz-disclosure-poster': {
    onSzDisclosurePosterSelect: 'sz-disclosure-poster-select',
    onSzDisclosurePosterPrint: 'sz-disclosure-poster-print',
    onSzDisclosurePosted: 'sz-disclosure-posted',
  },
  'sz-decision-desk': { onSzDecisionDeskChange: 'sz-decision-desk-change' },
  'sz-disclosure-editor': {
    onSzDisclosureEditorSave: 'sz-disclosure-editor-save',
    onSzDisclosureEditorPublish: 'sz-disclosure-editor-publish',
    onSzDisclosureEditorDiscard: 'sz-disclosure-editor-discard',
  },
  'sz-query-desk': {
    onSzQueryDeskOpen: 'sz-query-desk-open',
    onSzQueryDeskAnswer: 'sz-query-desk-answer',
    onSzQueryDeskPublish: 'sz-query-desk-publish',
  },
  'sz-finance-desk': { onSzFinanceDeskOpen: 'sz-finance-desk-open', onSzFinanceDeskChange: 'sz-finance-desk-change' },
  'sz-mediation-desk': { onSzMediationDeskOpen: 'sz-mediation-desk-open', onSzMediationDeskChange: 'sz-mediation-desk-change' },
  'sz-request-desk': {
    onSzRequestDeskOpen: 'sz-request-desk-open',
    onSzRequestDeskAdvance: 'sz-request-desk-advance',
    onSzRequestDeskNote: 'sz-request-desk-note',
    onSzRequestDeskFollowUp: 'sz-request-desk-follow-up',
  },
  'sz-request-status': { onSzRequestStatusOrder: 'sz-request-status-order', onSzRequestStatusRate: 'sz-request-status-rate' },
  'sz-grid-desk': {
    onSzGridDeskReport: 'sz-grid-desk-report',
    onSzGridDeskStep: 'sz-grid-desk-step',
    onSzGridDeskVisit: 'sz-grid-desk-visit',
  },
  // new-widget: element events
} as const satisfies Record<`sz-${string}`, Record<`onSz${string}`, SzEventName>>;
