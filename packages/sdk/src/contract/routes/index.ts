import * as disclosure from './disclosure.js';
import * as mediation from './mediation.js';
import * as points from './points.js';
import * as regions from './regions.js';
import * as services from './services.js';
import * as system from './system.js';

export * from './system.js';
export * from './regions.js';
export * from './points.js';
export * from './disclosure.js';
export * from './mediation.js';
export * from './services.js';

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
  points.declarePointsEntry,
  points.transitionPointsEntry,
  points.redeemPoints,
  points.listHouseholdConsents,
  points.recordHouseholdConsent,
  points.withdrawHouseholdConsent,
  disclosure.listDisclosures,
  disclosure.getDisclosureCompliance,
  disclosure.getDisclosure,
  disclosure.publishDisclosure,
  disclosure.askAboutDisclosure,
  mediation.submitMediationIntake,
  mediation.getMediationCase,
  mediation.lookUpMediationCase,
  mediation.recordMediationEvent,
  mediation.withdrawMediationCase,
  services.listServices,
  services.getService,
  services.checkEligibility,
  services.requestProxyService,
] as const;

export type AnyRoute = (typeof routes)[number];
