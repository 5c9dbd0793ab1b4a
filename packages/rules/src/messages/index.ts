export { locales, defaultLocale, resolveLocale, type Locale } from './locale.js';
export { defineMessages, type MessageEntry, type MessageTable } from './entry.js';
export { catalogue, type MessageCode } from './catalogue.js';
/** The generic shapes' messages (field.*), for a bundle that shows one module's issues without the catalogue. */
export { commonMessages } from './common.js';
export { formatMessage, isMessageCode, type MessageParams } from './format.js';
export { fillPlaceholders } from './placeholders.js';
export { errorMap, issueFromZod, validate } from './zod.js';
export { ruleCheck } from './rule-check.js';
export { localizeIssue, localizeIssues } from './localize-issues.js';
