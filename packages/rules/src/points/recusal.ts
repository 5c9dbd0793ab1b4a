import { issue, type RuleIssue } from '../shared/result.js';
import type { EntryHistoryAction } from './entry.js';

/*
 * Recusal (回避). A person may not review, rule on or mediate a matter of a household they belong to or have
 * declared a family tie with (workflows: "Recusal"). The same principle runs through Chinese procedure — a judge,
 * prosecutor or mediator steps aside from a case of a near relative (民事诉讼法 Art 47; 村民委员会组织法 Art 32
 * keeps cadres' near relatives off the 村务监督委员会) — but no statute sets it for a village's points scheme:
 * applying it to every review and ruling is shanzhi's choice, because villagers' first complaint about points
 * schemes is favouritism (人情分).
 */

/** The steps that judge an entry: the reviews, the committee's decisions and the supervisor's rulings. */
export const recusedActions: readonly EntryHistoryAction[] = [
  'passFirstReview',
  'publicize',
  'confirm',
  'reject',
  'revoke',
  'uphold',
  'dismiss',
];

/** A reviewer's ties, for recusal: their own household and the households they declared a family tie with. */
export interface Reviewer {
  /** The household the reviewer belongs to, when their identity names one. */
  readonly householdId?: string | undefined;
  /** Households the reviewer declared a family tie with. */
  readonly tiedHouseholdIds: readonly string[];
}

/**
 * Why `reviewer` must step aside from `action` on an entry of `householdId`, or null when they need not:
 * `points.recusal.ownHousehold` or `points.recusal.familyTie`.
 */
export function recusalIssue(reviewer: Reviewer, action: EntryHistoryAction, householdId: string): RuleIssue | null {
  if (!recusedActions.includes(action)) return null;
  if (reviewer.householdId === householdId) return issue('points.recusal.ownHousehold', { action });
  if (reviewer.tiedHouseholdIds.includes(householdId)) return issue('points.recusal.familyTie', { action });
  return null;
}
