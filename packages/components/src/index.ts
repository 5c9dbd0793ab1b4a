/**
 * @shanzhi/components — every widget, registered. Bundler users may instead import one widget's
 * `@shanzhi/components/<widget>/define.js` to register only that one.
 */
import './provider/define.js';
import './leaderboard/define.js';
import './services/define.js';
import './disclosure/define.js';
import './mediation/define.js';
import './mediation/status/define.js';
import './love-supermarket/define.js';
import './points-notice/define.js';
import './points-desk/define.js';
import './mentoring-desk/define.js';
import './disclosure-poster/define.js';
import './decision-desk/define.js';
import './disclosure-editor/define.js';
import './query-desk/define.js';
import './finance-desk/define.js';
import './mediation-desk/define.js';
import './request-desk/define.js';
import './request-status/define.js';
import './grid-desk/define.js';
// new-widget: element registrations (npm run new:widget adds one line above)

export { SzProvider } from './provider/sz-provider.js';
export { SzElement } from './internal/sz-element.js';
export { configContext, type SzConfig } from './internal/config.js';
export { emit, type SzEventDetails, type SzEventMap, type SzEventName } from './internal/events.js';
export { tokenNames, type TokenName } from './internal/token-names.js';
export { readElderPreference, writeElderPreference } from './internal/elder-preference.js';
export { SzPointsLeaderboard } from './leaderboard/sz-points-leaderboard.js';
export {
  leaderboardPeriods,
  leaderboardLists,
  leaderboardDisplays,
  type LeaderboardPeriod,
  type LeaderboardList,
  type LeaderboardDisplay,
} from './leaderboard/options.js';
export { ruleMessage } from './internal/rule-message.js';
export { SzServiceCatalogue } from './services/sz-service-catalogue.js';
export { catalogueDisplays, type CatalogueDisplay } from './services/options.js';
export { SzDisclosureBoard } from './disclosure/sz-disclosure-board.js';
export { disclosureDisplays, type DisclosureDisplay } from './disclosure/options.js';
export { SzMediationIntake, intakeSteps, type IntakeStepCode, type IntakeReceipt } from './mediation/sz-mediation-intake.js';
export { SzMediationStatus } from './mediation/sz-mediation-status.js';
export { SzLoveSupermarket } from './love-supermarket/sz-love-supermarket.js';
export { SzPointsNotice } from './points-notice/sz-points-notice.js';
export { SzPointsDesk } from './points-desk/sz-points-desk.js';
export { SzMentoringDesk } from './mentoring-desk/sz-mentoring-desk.js';
export { SzDisclosurePoster } from './disclosure-poster/sz-disclosure-poster.js';
export { SzDecisionDesk } from './decision-desk/sz-decision-desk.js';
export { SzDisclosureEditor } from './disclosure-editor/sz-disclosure-editor.js';
export { SzQueryDesk } from './query-desk/sz-query-desk.js';
export { SzFinanceDesk } from './finance-desk/sz-finance-desk.js';
export { SzMediationDesk } from './mediation-desk/sz-mediation-desk.js';
export { SzRequestDesk } from './request-desk/sz-request-desk.js';
export { SzRequestStatus } from './request-status/sz-request-status.js';
export { SzGridDesk } from './grid-desk/sz-grid-desk.js';
// new-widget: element exports (npm run new:widget adds one line above)
