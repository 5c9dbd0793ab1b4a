/**
 * The `display` values of a widget with a village-TV board and the paging interval's default: a module of their own,
 * so a widget reads its attributes without loading the pager (board-pager.ts), which only a board on a public
 * screen needs.
 */

/** `embedded` (default) in a page, `board` on a public screen. */
export const boardDisplays = ['embedded', 'board'] as const;
export type BoardDisplay = (typeof boardDisplays)[number];

export function isBoardDisplay(value: string): value is BoardDisplay {
  return (boardDisplays as readonly string[]).includes(value);
}

/** Seconds between automatic pages: the `board-interval` default, and what a value that is not a positive number falls back to. */
export const defaultBoardInterval = 12;
