import * as attachments from './attachments.js';
import * as disclosure from './disclosure.js';
import * as finance from './finance.js';
import * as powers from './powers.js';
import * as decisions from './decisions.js';
import * as postings from './postings.js';
import * as disclosureQueries from './disclosure-queries.js';
import * as disclosureDrafts from './disclosure-drafts.js';
import * as householdBalance from './household-balance.js';
import * as mediation from './mediation.js';
import * as mediationDesk from './mediation-desk.js';
import * as points from './points.js';
import * as pointsNotice from './points-notice.js';
import * as pointsDesk from './points-desk.js';
import * as regions from './regions.js';
import * as services from './services.js';
import * as requests from './requests.js';
import * as grid from './grid.js';
import * as supermarket from './supermarket.js';
import * as mentoring from './mentoring.js';
import * as system from './system.js';
import type { RoutesOf } from '../route.js';

export * from './system.js';
export * from './regions.js';
export * from './points.js';
export * from './household-balance.js';
export * from './points-notice.js';
export * from './points-desk.js';
export * from './disclosure.js';
export * from './finance.js';
export * from './powers.js';
export * from './decisions.js';
export * from './postings.js';
export * from './disclosure-queries.js';
export * from './disclosure-drafts.js';
export * from './mediation.js';
export * from './mediation-desk.js';
export * from './services.js';
export * from './requests.js';
export * from './grid.js';
export * from './supermarket.js';
export * from './mentoring.js';
export * from './attachments.js';

/**
 * Every route of the contract, in the order the OpenAPI document lists them. The server registers exactly
 * these; a widget imports only the routes it calls, so its bundle holds only their schemas.
 */
export const routes = [
  system.getHealth,
  system.getOpenApi,
  regions.listRegions,
  points.getPointsRules,
  points.getLeaderboard,
  points.getHouseholdPoints,
  householdBalance.getHouseholdBalance,
  points.declarePointsEntry,
  points.transitionPointsEntry,
  points.redeemPoints,
  points.listHouseholdConsents,
  points.recordHouseholdConsent,
  points.withdrawHouseholdConsent,
  pointsNotice.declareOwnPointsEntry,
  pointsNotice.reviewPointsEntries,
  pointsNotice.listPointsNotices,
  pointsNotice.fileObjection,
  pointsNotice.listOwnObjections,
  pointsNotice.listPointsObjections,
  pointsNotice.ruleOnObjection,
  pointsNotice.declareFamilyTies,
  pointsNotice.listFamilyTies,
  pointsDesk.listPointsEntries,
  pointsDesk.findHouseholds,
  pointsDesk.listOwnPointsEntries,
  disclosure.listDisclosures,
  disclosure.getDisclosureCompliance,
  disclosure.getDisclosure,
  disclosure.publishDisclosure,
  disclosure.askAboutDisclosure,
  finance.importFinanceStatement,
  finance.listFinanceStatements,
  finance.getFinanceStatement,
  finance.submitFinanceStatement,
  finance.signOffFinanceStatement,
  finance.answerFinanceObjection,
  finance.publishFinanceStatement,
  finance.listMandateAlarms,
  finance.setFinanceSettings,
  powers.listVillagePowers,
  powers.getVillagePower,
  powers.setVillagePower,
  decisions.listDecisions,
  decisions.getDecision,
  decisions.openDecision,
  decisions.recordDecisionStep,
  decisions.reconveneDecisionStep,
  decisions.observeDecisionStep,
  decisions.publishDecisionStep,
  postings.getDisclosurePoster,
  postings.listDisclosurePostings,
  postings.recordDisclosurePosting,
  disclosureQueries.listDisclosureQueries,
  disclosureQueries.getDisclosureQuery,
  disclosureQueries.answerDisclosureQuery,
  disclosureQueries.publishDisclosureQueryFaq,
  disclosureQueries.lookUpDisclosureQuery,
  disclosureDrafts.listDisclosureDrafts,
  disclosureDrafts.getDisclosureDraft,
  disclosureDrafts.createDisclosureDraft,
  disclosureDrafts.updateDisclosureDraft,
  disclosureDrafts.discardDisclosureDraft,
  disclosureDrafts.publishDisclosureDraft,
  mediation.submitMediationIntake,
  mediation.getMediationCase,
  mediation.lookUpMediationCase,
  mediation.recordMediationEvent,
  mediation.withdrawMediationCase,
  mediationDesk.listMediationQueue,
  mediationDesk.getMediationDesk,
  mediationDesk.acceptMediationCase,
  mediationDesk.refuseMediationCase,
  mediationDesk.assignMediators,
  mediationDesk.declareMediationTies,
  mediationDesk.scheduleMediationSession,
  mediationDesk.recordMediationSession,
  mediationDesk.draftMediationAgreement,
  mediationDesk.signMediationAgreement,
  mediationDesk.remindJudicialConfirmation,
  mediationDesk.recordMediationFollowUp,
  mediationDesk.closeMediationCase,
  mediationDesk.escalateMediationCase,
  services.listServices,
  services.getService,
  services.checkEligibility,
  services.requestProxyService,
  requests.fileOrderRequest,
  requests.lookUpServiceRequest,
  requests.rateServiceRequest,
  requests.listServiceRequests,
  requests.getServiceRequest,
  requests.advanceServiceRequest,
  requests.addServiceRequestNote,
  requests.answerRequestFollowUp,
  requests.getRequestRatings,
  grid.listGrids,
  grid.getGrid,
  grid.getGridSettings,
  grid.setGridSettings,
  grid.listGridReports,
  grid.getGridReport,
  grid.fileGridReport,
  grid.assessGridReport,
  grid.assignGridReport,
  grid.recordGridDisposal,
  grid.closeGridReport,
  grid.listGridRounds,
  grid.openGridRound,
  grid.getGridRound,
  grid.recordGridVisit,
  grid.getGridReportCounts,
  supermarket.getSupermarketShelf,
  supermarket.createSupermarketGoods,
  supermarket.changeSupermarketGoods,
  supermarket.restockSupermarketGoods,
  supermarket.listSupermarketDonations,
  supermarket.recordSupermarketDonation,
  supermarket.redeemGoods,
  supermarket.getSupermarketReceipt,
  supermarket.getSupermarketReconciliation,
  mentoring.listMentoringHouseholds,
  mentoring.listMentoringPlans,
  mentoring.assignMentoringPlan,
  mentoring.completeMentoringMilestone,
  mentoring.setMentoringSettings,
  attachments.uploadAttachment,
  attachments.getAttachment,
  attachments.getAttachmentContent,
] as const;

export type AnyRoute = (typeof routes)[number];

/** The points process (公示 board, objections, batch review, family ties): every route of points-notice.ts. */
export type PointsProcessRoutes = RoutesOf<typeof pointsNotice>;
