/**
 * Everything an opened item or the compliance report needs (rich text, finance, trail, history with diffs, relief
 * lists, and the rules they use), loaded with a dynamic import the first time one is shown: a portal that only
 * lists disclosures never downloads it.
 */
export { renderRichText } from './rich-text.js';
export { renderCompliance, renderFinance, renderRelief, renderTrail } from './parts.js';
export { renderHistory } from './history.js';
export { validateHref } from '@shanzhi/rules';
