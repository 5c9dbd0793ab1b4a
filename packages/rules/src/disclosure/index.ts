export { disclosureMessages } from './messages.js';
export { postingMessages } from './posting-messages.js';
export {
  postingBoardSchema,
  postingInputSchema,
  checkPosting,
  postingState,
  postingStatuses,
  type PostingInput,
  type PostingFacts,
  type PostingState,
  type PostingStatus,
} from './posting.js';
export { disclosureSettingsSchema, type DisclosureSettings, type DisclosureSettingsInput } from './settings-schema.js';
export { defaultDisclosureSettings } from './settings.js';
export {
  disclosureFrequencies,
  categoryCodePattern,
  defaultDisclosureCategories,
  findCategory,
  type DisclosureFrequency,
} from './categories.js';
export { categoryCodeSchema, disclosureCategorySchema, type DisclosureCategory } from './categories-schema.js';
export { textMarks, validateHref, plainTextOf, richTextFromPlain, type TextMark } from './rich-text.js';
export {
  textNodeSchema,
  linkNodeSchema,
  inlineNodeSchema,
  paragraphSchema,
  headingSchema,
  listSchema,
  tableCellSchema,
  tableSchema,
  blockSchema,
  richTextSchema,
  type TextNode,
  type LinkNode,
  type InlineNode,
  type Block,
  type RichText,
} from './rich-text-schema.js';
export {
  attachmentMediaTypes,
  attachmentMediaTypeList,
  validateAttachmentName,
  checkAttachment,
  type AttachmentMediaType,
} from './attachments.js';
export { attachmentSchema, type Attachment } from './attachments-schema.js';
export { validatePeriod, within, covers, type Period } from './period.js';
export { periodSchema } from './period-schema.js';
export {
  disclosureIdSchema,
  noticeSchema,
  correctionSchema,
  disclosureVersionSchema,
  disclosureItemSchema,
  type Correction,
  type DisclosureVersion,
  type DisclosureItem,
} from './item-schema.js';
export {
  validateNotice,
  validateVersionHistory,
  currentVersion,
  firstPublished,
  recordedOn,
  versionAsOf,
  statusOn,
  checkItem,
  type NoticeWindow,
  type DisclosureStatus,
  type CheckItemOptions,
} from './item.js';
export { correctItem, type DisclosureChange, type CorrectionMeta } from './corrections.js';
export {
  versionFields,
  diffVersions,
  type VersionField,
  type VersionDiff,
  type BodyDiff,
  type KeyedDiff,
  type FinanceDiff,
  type FinanceLineKey,
} from './diff.js';
export { financeKinds, defaultFinanceClassifications, type FinanceKind } from './finance-classifications.js';
export { financeClassificationSchema, type FinanceClassification } from './finance-classifications-schema.js';
export { reconcile, plannedVsActual, type PlannedVsActualRow } from './finance.js';
export {
  financeLineSchema,
  budgetLineSchema,
  financeStatementSchema,
  type FinanceLine,
  type BudgetLine,
  type FinanceStatement,
} from './finance-schema.js';
export { fenToYuanString, parseYuan } from './yuan.js';
export { financeMessages } from './finance-messages.js';
export {
  accountingSystems,
  chartsOfAccounts,
  findChartAccount,
  type AccountingSystem,
  type ChartAccount,
  type AccountMatch,
} from './finance-chart.js';
export {
  financeImportFields,
  maxImportRows,
  guessFinanceMapping,
  detectFinanceMapping,
  importFinanceRows,
  parseBookDate,
  parseBookYuan,
  type FinanceImportField,
  type FinanceColumnMapping,
  type FinanceImportOptions,
  type FinanceImportResult,
} from './finance-import.js';
export { mandateAlarms, type MandateAlarm, type MandateDecision, type MandateReason, type MandateTrail } from './finance-alarm.js';
export {
  signOffStates,
  signOffActions,
  nextSignOffState,
  requiresSignOff,
  maySignOff,
  type SignOffState,
  type SignOffAction,
} from './finance-signoff.js';
export { decisionSchema, type Decision } from './schedule-schema.js';
export {
  complianceAsOf,
  type Obligation,
  type ObligationCadence,
  type ObligationStatus,
  type ComplianceSummary,
  type ComplianceReport,
  type ComplianceOptions,
} from './schedule.js';
export {
  moreThanHalfOf,
  halfOf,
  isAtLeastHalf,
  villagersMeetingNoticeDays,
  twoThirdsOf,
  fourFifthsOf,
  oneThirdOf,
  isMoreThanHalf,
  isAtLeastTwoThirds,
  isAtLeastFourFifths,
  isAtLeastOneThird,
  attendanceBases,
  meetingKinds,
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated name stays importable until the next major release (issue 17)
  checkMeeting,
  meetingFactsOf,
  type AttendanceBasis,
  type MeetingCheck,
} from './meetings.js';
export {
  votesSchema,
  villagersMeetingSchema,
  representativesMeetingSchema,
  groupMeetingSchema,
  partyMembersMeetingSchema,
  meetingSchema,
  type Votes,
  type VillagersMeeting,
  type RepresentativesMeeting,
  type GroupMeeting,
  type PartyMembersMeeting,
  type Meeting,
  type MeetingKind,
} from './meetings-schema.js';
export {
  art24Matters,
  art24MatterCodes,
  findArt24Matter,
  mayDecideArt24Matter,
  type Art24Matter,
  type Art24MatterCode,
} from './matters.js';
export { trailStepSchema, trailSchema, type TrailStepRecord, type Trail } from './trail-schema.js';
export { checkTrail, type TrailStatus, type TrailCheck, type TrailOptions } from './trail.js';
// The names straight from their own module: a widget that shows them does not bundle the checks (trail-labels.ts).
export { trailSteps, trailStepLabels, type TrailStep } from './trail-labels.js';
export {
  decisionSteps,
  hearingChannels,
  hearingChannelLabels,
  observationKinds,
  type DecisionStep,
  type HearingChannel,
  type ObservationKind,
} from './trail-labels.js';
export { stepNumber, isRequiredStep } from './trail.js';
export {
  hearingSchema,
  sittingSchema,
  observationSchema,
  earlierAttemptSchema,
  type Hearing,
  type Sitting,
  type Observation,
  type EarlierAttempt,
} from './trail-schema.js';
export {
  checkNextStep,
  checkReconvene,
  appendStep,
  reconveneStep,
  observeStep,
  latestStep,
  isMeetingStep,
  blockingIssues,
  prefixIssues,
  decisionRefusalStatus,
  type StepDraft,
  type StepOptions,
  type StepVerdict,
} from './decision-steps.js';
export {
  recordableSteps,
  disclosureSteps,
  openDecisionSchema,
  stepDraftSchema,
  reconveneSchema,
  observationBodySchema,
  decisionRecordSchema,
  type RecordableStep,
  type DisclosureStep,
  type OpenDecision,
  type StepDraftInput,
  type ReconveneInput,
  type ObservationInput,
  type DecisionRecord,
} from './decision-schema.js';
export { decisionMessages } from './decision-messages.js';
export {
  reliefPrograms,
  reliefListTotal,
  reliefTotalsByGroup,
  publicReliefRecipients,
  reliefPublicFieldCodes,
  type ReliefProgram,
  type ReliefPublicField,
  type PublicReliefRecipient,
} from './relief.js';
export { reliefRecipientSchema, reliefListSchema, type ReliefRecipient, type ReliefList } from './relief-schema.js';
