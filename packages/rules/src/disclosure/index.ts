export { disclosureMessages } from './messages.js';
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
  checkMeeting,
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
export { trailSteps, trailStepLabels, checkTrail, type TrailStep, type TrailStatus, type TrailCheck, type TrailOptions } from './trail.js';
export { reliefPrograms, reliefListTotal, reliefTotalsByGroup, type ReliefProgram } from './relief.js';
export { reliefRecipientSchema, reliefListSchema, type ReliefRecipient, type ReliefList } from './relief-schema.js';
