export { servicesMessages } from './messages.js';
export { type LocalizedText, type BilingualText, localizedTextSchema, bilingualTextSchema } from './text-schema.js';
export { textIn } from './text.js';
export { publicPhoneSchema, contactPhoneSchema, isPublicPhone, validatePublicPhone, type ContactPhone } from './phone.js';
export { departmentSchema, defaultDepartments, type Department } from './departments.js';
export { lifeEventSchema, defaultLifeEvents, type LifeEvent } from './life-events.js';
export { defaultServiceTaxonomy, type ServiceTaxonomy } from './taxonomy.js';
export { serviceItemTypes, serviceItemTypeCodes, type ServiceItemType, type ServiceItemTypeCode } from './item-types.js';
export { onlineDepthLevels, fullyOnlineDepth, isOnlineDepth, type OnlineDepth, type OnlineDepthLevel } from './online-depth.js';
export { applicationChannels, applicationChannelCodes, type ApplicationChannel, type ApplicationChannelCode } from './channels.js';
export { timeLimitUnits, validateTimeLimit, formatTimeLimit, isLongerThan, type TimeLimit, type TimeLimitUnit } from './time-limit.js';
export { timeLimitSchema } from './time-limit-schema.js';
export { dueDate, type DueDateOptions } from './due-date.js';
export {
  questionTypes,
  questionSchema,
  questionOptionSchema,
  validateQuestion,
  answerSchemaFor,
  answersSchemaFor,
  sortQuestions,
  isChoiceQuestion,
  maxTextAnswerChars,
  type Question,
  type QuestionType,
  type QuestionOption,
  type AnswerValue,
  type Answers,
  type AnswersSchemaOptions,
} from './questions.js';
export {
  conditionOperators,
  conditionSchema,
  conditionIssues,
  evaluateCondition,
  openQuestions,
  questionsIn,
  isQuestionTest,
  isAnswered,
  ageOn,
  maxConditionDepth,
  type Condition,
  type AllOf,
  type AnyOf,
  type NotOf,
  type QuestionTest,
  type ConditionOperator,
  type ConditionScalar,
  type ConditionValue,
  type Truth,
  type EvaluationContext,
} from './conditions.js';
export {
  eligibilityRuleSchema,
  eligibilitySchema,
  evaluateEligibility,
  type Eligibility,
  type EligibilityRule,
  type EligibilityOutcome,
  type EligibilityReason,
  type EligibilityResult,
} from './eligibility.js';
export {
  serviceGuideSchema,
  serviceCodeSchema,
  materialSchema,
  materialForms,
  legalBasisSchema,
  processStepSchema,
  feeSchema,
  channelSchema,
  faqSchema,
  guideConsistencyIssues,
  validateGuide,
  type ServiceGuide,
  type Material,
  type MaterialForm,
  type LegalBasis,
  type ProcessStep,
  type Fee,
  type Channel,
} from './guide.js';
export {
  proxySteps,
  proxyStepCodes,
  defaultProxySettings,
  startProxyCase,
  nextProxyStep,
  advanceProxyCase,
  type ProxyStep,
  type ProxyEvent,
  type ProxyCase,
} from './proxy.js';
export { proxySettingsSchema, proxyRequestSchema, type ProxySettings, type ProxyRequest } from './proxy-schema.js';
export { proxyForwardDeadline, isProxyForwardLate } from './proxy-deadline.js';
export {
  normalizeSearchText,
  prepareService,
  prepareServiceSearch,
  prepareQuery,
  matchService,
  searchServices,
  type SearchKeys,
  type Searchable,
  type PreparedService,
  type PreparedQuery,
  type MatchKind,
  type MatchField,
  type ServiceMatch,
  type SearchHit,
  type SearchOptions,
} from './search.js';
export { searchKeysSchema } from './search-schema.js';
