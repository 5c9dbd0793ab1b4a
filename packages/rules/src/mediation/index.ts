export { mediationMessages } from './messages.js';
export { disputeTypes, disputeTypeCodes, disputeTypeByCode, type DisputeType, type DisputeTypeCode } from './dispute-types.js';
export { mediationLevels, urgencies, levelRank, higherLevel, higherUrgency, type MediationLevel, type Urgency } from './levels.js';
export { mediationSettingsSchema, type MediationSettings, type MediationSettingsInput } from './settings-schema.js';
export { defaultMediationSettings } from './settings.js';
export { charCount, checkCharLength } from './text.js';
export {
  otherBodies,
  publicityOptions,
  mediationIntakeStepOrder,
  checkOtherAgencyNamed,
  checkAttachmentType,
  checkAttachmentSize,
  type OtherBody,
  type Publicity,
  type MediationIntakeStep,
} from './intake.js';
export {
  createMediationIntakeSchemas,
  mediationIntakeSchema,
  mediationIntakeSteps,
  mediationDisputeSchema,
  mediationAttachmentSchema,
  mediationApplicantSchema,
  mediationRespondentSchema,
  mediationRespondentsSchema,
  mediationSafetySchema,
  mediationPreferencesSchema,
  mediationConsentSchema,
  type MediationIntake,
  type MediationIntakeInput,
  type MediationDispute,
  type MediationApplicant,
  type MediationRespondent,
  type MediationSafety,
  type MediationPreferences,
  type MediationAttachment,
} from './intake-schema.js';
export {
  redirectDestinations,
  checkAcceptance,
  type RedirectDestination,
  type AcceptanceRedirect,
  type AcceptanceDecision,
  type AcceptanceInput,
} from './acceptance.js';
export {
  escalationFlags,
  routingRuleSchema,
  routingTableSchema,
  defaultRoutingTable,
  checkUniqueRuleIds,
  partyCountOf,
  ruleMatches,
  triage,
  type EscalationFlag,
  type RoutingRule,
  type RoutingRuleInput,
  type RoutingTable,
  type RoutingTableInput,
  type TriageInput,
  type TriageResult,
} from './routing.js';
export {
  caseStates,
  finalCaseStates,
  caseOutcomes,
  noAgreementRoutes,
  refusalReasons,
  openCase,
  applyCaseEvent,
  type CaseState,
  type CaseOutcome,
  type NoAgreementRoute,
  type RefusalReason,
  type CaseEvent,
  type CaseEventType,
  type MediationCase,
} from './lifecycle.js';
export { caseEventSchema, mediationCaseSchema } from './lifecycle-schema.js';
export { mediationDeadline, judicialConfirmationWindow, triageDueDate, type JudicialConfirmationWindow } from './deadlines.js';
export {
  formatCaseNumber,
  parseCaseNumber,
  validateCaseNumber,
  displayCaseNumber,
  maxCaseSequence,
  type CaseNumberParts,
} from './case-number.js';
export { caseNumberSchema } from './case-number-schema.js';
export {
  trackingCodeAlphabet,
  trackingCodeLength,
  trackingCodeRandomBytes,
  isTrackingCode,
  normalizeTrackingCode,
  validateTrackingCode,
  formatTrackingCode,
  trackingCodeFromBytes,
} from './tracking-code.js';
export { trackingCodeSchema } from './tracking-code-schema.js';
export {
  emptyDesk,
  partyRefsOf,
  requiredSigners,
  checkSchedule,
  checkRecordSession,
  heldSessions,
  checkDraftAgreement,
  signAgreement,
  checkConcludedWithAgreement,
  checkFollowUp,
  assignmentIssues,
  followUpAfterDays,
  dueKinds,
  dueItems,
  type DueKind,
  type DueItem,
  type Signed,
} from './desk.js';
export {
  partyRefPattern,
  partyRefSchema,
  signerSchema,
  timeOfDaySchema,
  notificationChannels,
  mediationSessionSchema,
  agreementSignatureSchema,
  agreementContentSchema,
  mediationAgreementSchema,
  performanceStates,
  transferTargets,
  releaseReasons,
  mediationDeskSchema,
  type NotificationChannel,
  type PerformanceState,
  type TransferTarget,
  type MediationSession,
  type MediationAgreement,
  type MediationDesk,
  type AgreementContent,
  type PartyRef,
} from './desk-schema.js';
export { mediationDeskMessages } from './desk-messages.js';
