export { powersMessages } from './messages.js';
export { powerCategories, powerCategoryCodes, powerPosts, powerPostCodes, type PowerCategory, type PowerPost } from './labels.js';
export { maxStepTimeLimit, powerIssues, powerListIssues, applyPowerOverride } from './check.js';
export {
  powerStepSchema,
  supervisionPointSchema,
  powerSchema,
  powerListSchema,
  powerOverrideSchema,
  type Power,
  type PowerStep,
  type SupervisionPoint,
  type PowerOverride,
} from './power-schema.js';
