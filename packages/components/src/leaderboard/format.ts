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
