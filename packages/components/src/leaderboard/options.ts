/** The allowed values of the leaderboard's attributes, once: types, runtime checks and tests all read these. */

/** Relative periods; a period key ('2026-11', '2026-Q4', '2026') is accepted too. */
export const leaderboardPeriods = ['current', 'month', 'quarter', 'year', 'all'] as const;
export type LeaderboardPeriod = (typeof leaderboardPeriods)[number];

export const leaderboardLists = ['all', 'red', 'black'] as const;
export type LeaderboardList = (typeof leaderboardLists)[number];

export const leaderboardDisplays = ['embedded', 'board'] as const;
export type LeaderboardDisplay = (typeof leaderboardDisplays)[number];

/** Above this many rows the virtualizer is loaded (a dynamic import) and only the rows in view are in the DOM. */
export const virtualThreshold = 100;

/** The contract's largest page (`limit` ≤ 200). */
export const maxPageSize = 200;
export const defaultPageSize = 50;

/** Search waits this long after the last keystroke (and after an IME composition ends) before it asks the server. */
export const searchDelayMs = 250;

/** Seconds between automatic pages of the village-TV board. */
export const defaultBoardInterval = 12;

export function isListKind(value: unknown): value is LeaderboardList {
  return typeof value === 'string' && (leaderboardLists as readonly string[]).includes(value);
}
