import { issue, type IssuePath, type RuleIssue } from '../shared/result.js';
import type { TimeLimit, TimeLimitUnit } from '../services/time-limit.js';
import type { PowerPost } from './labels.js';

/** The fields of a power the checks read (the schema's output satisfies it). */
interface PowerShape {
  readonly code: string;
  readonly responsible: PowerPost;
  readonly steps: readonly { readonly code: string; readonly responsible: PowerPost; readonly timeLimit: TimeLimit }[];
  readonly supervision: readonly { readonly step: string; readonly by: PowerPost }[];
}

/**
 * The longest a single step of a village power may take. A 小微权力 step that needs more is two steps or a matter for
 * the township; the longest limits the seed's rules set for a village step are 20 working days (农村低保 审核确认 at
 * the township) and a 30-day 公示 of a tender, so these bounds catch a typo (200 days) without second-guessing a county.
 */
export const maxStepTimeLimit: Readonly<Record<Exclude<TimeLimitUnit, 'immediate'>, number>> = {
  workingDay: 60,
  naturalDay: 90,
  month: 3,
};

function tooLong(limit: TimeLimit): number | undefined {
  if (limit.unit === 'immediate') return undefined;
  const maximum = maxStepTimeLimit[limit.unit];
  return limit.value > maximum ? maximum : undefined;
}

/** Codes used more than once, each reported at its second and later use. */
function duplicates(
  codes: readonly string[],
  at: (index: number) => IssuePath,
  code: 'powers.step.duplicateCode' | 'powers.list.duplicateCode',
) {
  const seen = new Set<string>();
  const found: RuleIssue[] = [];
  codes.forEach((one, index) => {
    if (seen.has(one)) found.push(issue(code, { code: one }, at(index)));
    seen.add(one);
  });
  return found;
}

/**
 * The rules across one power's fields: step codes unique, each step's time limit sane, at least one supervision
 * point (seed 004: every power has its 监督措施), each naming a step of this power, and nobody supervising a step
 * they do themselves (监督 is independent of who acts, 村民委员会组织法 Art 32).
 */
export function powerIssues(power: PowerShape): RuleIssue[] {
  const found = duplicates(
    power.steps.map((step) => step.code),
    (index) => ['steps', index, 'code'],
    'powers.step.duplicateCode',
  );
  power.steps.forEach((step, index) => {
    const maximum = tooLong(step.timeLimit);
    if (maximum !== undefined)
      found.push(
        issue('powers.step.timeLimitTooLong', { step: step.code, value: step.timeLimit.value, maximum }, ['steps', index, 'timeLimit']),
      );
  });
  if (power.supervision.length === 0) found.push(issue('powers.supervision.missing', undefined, ['supervision']));
  power.supervision.forEach((point, index) => {
    const step = power.steps.find((one) => one.code === point.step);
    if (!step) found.push(issue('powers.supervision.unknownStep', { step: point.step }, ['supervision', index, 'step']));
    else if (step.responsible === point.by)
      found.push(issue('powers.supervision.selfSupervision', { step: point.step }, ['supervision', index, 'by']));
  });
  return found;
}

/** A list's powers each have their own code. */
export function powerListIssues(powers: readonly { readonly code: string }[]): RuleIssue[] {
  return duplicates(
    powers.map((power) => power.code),
    (index) => [index, 'code'],
    'powers.list.duplicateCode',
  );
}

/**
 * A village's list from its county's and its own changes: the county's powers in their order, a replaced one in its
 * place, omitted ones left out, and the village's additions at the end. An omitted code the county does not have is
 * an issue (a typo would otherwise silently keep the power).
 */
export function applyPowerOverride<P extends { readonly code: string }>(
  county: readonly P[],
  override: { readonly replace?: readonly P[] | undefined; readonly omit?: readonly string[] | undefined },
): { powers: P[]; issues: RuleIssue[] } {
  const replace = new Map((override.replace ?? []).map((power) => [power.code, power]));
  const omit = new Set(override.omit ?? []);
  const issues: RuleIssue[] = [];
  (override.omit ?? []).forEach((code, index) => {
    if (!county.some((power) => power.code === code)) issues.push(issue('powers.override.unknownCode', { code }, ['omit', index]));
  });
  const powers = county.filter((power) => !omit.has(power.code)).map((power) => replace.get(power.code) ?? power);
  for (const power of override.replace ?? []) if (!county.some((one) => one.code === power.code)) powers.push(power);
  return { powers, issues };
}
