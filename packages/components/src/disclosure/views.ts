/**
 * Everything an opened item, the compliance report or the 小微权力清单 (./powers.ts) needs (the item itself with rich text, attachments, finance,
 * trail, history with diffs, relief lists, the question form, their words and styles, and the rules they use), and
 * the page controls of a public screen: loaded with a dynamic import when one is first shown, when the pointer or
 * the focus first reaches what opens one, or when the board is on a public screen. A portal page that only lists
 * disclosures, and that nobody reaches into, never downloads it.
 */
export { renderOpened } from './detail.js';
export { renderCompliance, type Words } from './parts.js';
export { QueryForm } from './query-form.js';
export { detailMessages } from './detail-messages.js';
export { detailStyles } from './detail-styles.js';
export { boardPageMessages, boardPageStyles, renderBoardPage, type BoardWords } from './board-page.js';
export { PowerView } from './powers.js';
