import type { LeaderboardRow } from '@shanzhi/sdk';
import type { Localizer } from '../internal/localize.js';
import type { LeaderboardChinese } from './messages.js';

type T = Localizer<LeaderboardChinese>;

const keyPattern = /^(\d{4})(?:-(\d{2})|-Q([1-4]))?$/;

/** '2026-11' → 2026年11月 / November 2026; '2026-Q4' → 2026年第4季度; '2026' → 2026年; 'all' → 累计. */
export function periodName(key: string, t: T): string {
  if (key === 'all') return t.t('allTime');
  const match = keyPattern.exec(key);
  if (!match) return key;
  const year = Number(match[1]);
  if (match[2] !== undefined) return t.t('monthKey', year, Number(match[2]));
  if (match[3] !== undefined) return t.t('quarterKey', year, Number(match[3]));
  return t.t('yearKey', year);
}

/**
 * Whether a row shares its rank with a neighbour. The API ranks by standard competition (1, 2, 2, 4), so equal
 * ranks sit next to each other in every list; a tie split by a page boundary shows once the next page arrives.
 */
export function isTied(rows: readonly LeaderboardRow[], index: number): boolean {
  const rank = rows[index]?.rank;
  return rank !== undefined && (rows[index - 1]?.rank === rank || rows[index + 1]?.rank === rank);
}

export interface MovementText {
  /** What the eye sees: ↑3, ↓1, –, 新. */
  readonly shown: string;
  /** What a screen reader says. */
  readonly spoken: string;
  readonly kind: LeaderboardRow['movement'];
}

export function movementOf(row: LeaderboardRow, t: T): MovementText {
  const steps = row.previousRank === null ? 0 : Math.abs(row.previousRank - row.rank);
  switch (row.movement) {
    case 'up':
      return { shown: `↑${steps}`, spoken: t.t('movementUp', steps), kind: 'up' };
    case 'down':
      return { shown: `↓${steps}`, spoken: t.t('movementDown', steps), kind: 'down' };
    case 'same':
      return { shown: '–', spoken: t.t('movementSame'), kind: 'same' };
    case 'new':
      return { shown: t.t('newShort'), spoken: t.t('movementNew'), kind: 'new' };
  }
}

/** The badges a villager understands; stars have their own column and unknown codes from other backends are left out. */
export function badgesOf(row: LeaderboardRow, t: T): { readonly code: 'red' | 'black' | 'mentoring'; readonly label: string }[] {
  const out: { code: 'red' | 'black' | 'mentoring'; label: string }[] = [];
  if (row.badges.includes('red')) out.push({ code: 'red', label: t.t('badgeRed') });
  if (row.badges.includes('black')) out.push({ code: 'black', label: t.t('badgeBlack') });
  // 帮教: the household has a helper and a plan to leave the black list; the board says so and nothing more.
  if (row.inMentoring === true) out.push({ code: 'mentoring', label: t.t('badgeMentoring') });
  return out;
}

/** One sentence for voice readout (长辈版): rank, name as published, points. */
export function rowSummary(rows: readonly LeaderboardRow[], index: number, t: T): string {
  const row = rows[index];
  if (!row) return '';
  const rank = isTied(rows, index) ? t.t('rankTied', row.rank) : t.t('rank', row.rank);
  const comma = t.lang === 'en' ? ', ' : '，';
  return [rank, row.name, t.t('points', t.number(row.points))].join(comma);
}
