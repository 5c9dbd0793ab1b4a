export { requestMessages } from './messages.js';
export {
  requestKinds,
  requestKindCodes,
  orderSteps,
  defaultRequestLifecycles,
  startRequest,
  nextRequestStep,
  isStepDone,
  advanceRequest,
  ownsStep,
  checkRating,
  rateRequest,
  type RequestKind,
  type StepOwner,
  type RequestStepRule,
  type RequestLifecycle,
  type RequestActor,
  type RequestEvent,
  type RequestProgress,
  type StepInput,
} from './lifecycle.js';
export { requestDeadline, requestTiming, followUpDeadline } from './deadline.js';
export {
  ratingGrades,
  isBadRating,
  validateRatingComment,
  defaultMinRatingsToPublish,
  aggregateRatings,
  type RatingAggregate,
} from './rating.js';
export {
  orderCategories,
  orderCategoryCodes,
  orderRequestSchema,
  ratingSchema,
  requestText,
  type OrderCategory,
  type OrderRequest,
  type Rating,
} from './schema.js';
