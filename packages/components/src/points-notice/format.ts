import { daysBetween, type CalendarDate } from '@shanzhi/rules';
import type { listPointsNotices, PageItem } from '@shanzhi/sdk/browser';

/** One line of the 公示 board as the API sends it (masked name, rule, points, notice dates, `objected`). */
export type Notice = PageItem<typeof listPointsNotices>;

/** Points with their sign, so an award and a deduction read apart without colour (+10, −5). */
export function signedPoints(points: number, format: (value: number) => string): string {
  return points > 0 ? `+${format(points)}` : points < 0 ? `−${format(-points)}` : format(0);
}

/**
 * Days of the notice left, counting today: `noticeUntil` is its last day (rules' `noticeLastDay`), so on that day
 * one is left; 0 or less once it is over (the server settles such entries on its next write).
 */
export function daysLeft(asOf: CalendarDate, noticeUntil: CalendarDate): number {
  return daysBetween(asOf, noticeUntil) + 1;
}
