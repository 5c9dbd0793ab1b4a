/** The widget's own settings; what the contract decides (lists, periods, page limits, row types) comes from `@shanzhi/sdk`. */
export { leaderboardPeriods, leaderboardListKinds as leaderboardLists } from '@shanzhi/sdk/browser';
import type { leaderboardListKinds, leaderboardPeriods } from '@shanzhi/sdk';
import { boardDisplays, type BoardDisplay } from '../internal/board-display.js';

export type LeaderboardPeriod = (typeof leaderboardPeriods)[number];
export type LeaderboardList = (typeof leaderboardListKinds)[number];

/** `embedded` (default) or `board`, as on every widget with a village-TV board. */
export const leaderboardDisplays = boardDisplays;
export type LeaderboardDisplay = BoardDisplay;

/** Above this many rows the virtualizer is loaded (a dynamic import) and only the rows in view are in the DOM. */
export const virtualThreshold = 100;

/** Households per request unless `page-size` says otherwise (the contract allows up to `leaderboardMaxLimit`). */
export const defaultPageSize = 50;

/** Search waits this long after the last keystroke (and after an IME composition ends) before it asks the server. */
export const searchDelayMs = 250;
