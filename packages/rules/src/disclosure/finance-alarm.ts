import type { CalendarDate } from '../calendar/date.js';
import { issue, type RuleIssue } from '../shared/result.js';
import type { Fen } from '../shared/money.js';
import type { FinanceLine, FinanceStatement } from './finance-schema.js';
import type { DisclosureSettings } from './settings-schema.js';
import type { Trail } from './trail-schema.js';
import { checkTrail, trailSteps, type TrailStatus } from './trail.js';
import { fenToYuanString } from './yuan.js';

/** A decision as the alarm needs it: its id and its 四议两公开 trail, when one was recorded. */
export interface MandateDecision {
  readonly id: string;
  readonly trail?: Trail | undefined;
}

/**
 * Why a line needs a mandate: above the village's `mandateThresholdFen`, or for a matter that 村民委员会组织法 Art 24
 * reserves to the villagers' meeting.
 */
export type MandateReason = 'overThreshold' | 'art24Matter';

/**
 * What stands behind the line: no decision named (`none`), a decision the village has not recorded (`unknown`), a
 * decision without a trail (`noTrail`), or the trail's status from `checkTrail`, and whether it already carries the
 * mandate (`mandated`).
 */
export type MandateTrail = 'none' | 'unknown' | 'noTrail' | TrailStatus;

/**
 * An expenditure line that needed a meeting's mandate (an Art 24 matter or over the threshold) and what its trail
 * lacks.
 */
export interface MandateAlarm {
  /** Where the line is in the statement: `['expenditure', index]`. */
  readonly index: number;
  readonly line: FinanceLine;
  readonly reasons: readonly MandateReason[];
  readonly trail: MandateTrail;
  /** The findings: why the line needs a mandate, then what `checkTrail` found wrong with the trail. */
  readonly issues: readonly RuleIssue[];
}

/**
 * A trail carries the mandate to spend once it is valid (no issue from `checkTrail`) and the resolution has been
 * disclosed (决议公开): spending is what 实施 is, so the last step, 实施结果公开, cannot be waited for. Any step H1's
 * procedure puts before the resolution (一听) is covered, since those come earlier in `trailSteps`.
 */
function mandates(status: TrailStatus, nextStep: string | null): boolean {
  if (status === 'invalid') return false;
  if (nextStep === null) return true;
  return trailSteps.indexOf(nextStep as (typeof trailSteps)[number]) > trailSteps.indexOf('resolutionDisclosure');
}

/**
 * ★ Money without mandate: every expenditure line above the village's threshold, or tagged with an Art 24 matter,
 * whose decision is missing, unknown, or has no valid trail through the resolution's disclosure. The trail is
 * judged by the rules' `checkTrail` (with the village's settings), never re-implemented here.
 */
export function mandateAlarms(
  statement: FinanceStatement,
  decisions: readonly MandateDecision[],
  settings: DisclosureSettings,
  asOf?: CalendarDate,
): MandateAlarm[] {
  const threshold: Fen = settings.mandateThresholdFen;
  const byId = new Map(decisions.map((decision) => [decision.id, decision]));
  const alarms: MandateAlarm[] = [];
  statement.expenditure.forEach((line, index) => {
    const reasons: MandateReason[] = [];
    const found: RuleIssue[] = [];
    const path = ['expenditure', index];
    if (line.amount > threshold) {
      reasons.push('overThreshold');
      found.push(
        issue('finance.alarm.overThreshold', { amount: fenToYuanString(line.amount), threshold: fenToYuanString(threshold) }, [
          ...path,
          'amount',
        ]),
      );
    }
    if (line.matter !== undefined) {
      reasons.push('art24Matter');
      found.push(issue('finance.alarm.art24Matter', { matter: line.matter }, [...path, 'matter']));
    }
    if (reasons.length === 0) return;

    const decision = line.decisionId === undefined ? undefined : byId.get(line.decisionId);
    let trail: MandateTrail;
    if (line.decisionId === undefined) trail = 'none';
    else if (!decision) trail = 'unknown';
    else if (!decision.trail) trail = 'noTrail';
    else {
      const check = checkTrail(decision.trail, asOf === undefined ? { settings } : { settings, asOf });
      if (mandates(check.status, check.nextStep)) return;
      trail = check.status;
      found.push(...check.issues.map((one) => ({ ...one, path: ['decision', ...one.path] })));
    }
    alarms.push({ index, line, reasons, trail, issues: found });
  });
  return alarms;
}
