import {
  checkTrail,
  localizeIssues,
  trailStepLabels,
  type CalendarDate,
  type DisclosureSettings,
  type Locale,
  type RuleIssue,
} from '@shanzhi/rules';
import type { StoredDecisionRecord } from './store.js';

/** Issues with their message in the caller's language, as the response schemas carry them. */
function localized(issues: readonly RuleIssue[], locale: Locale) {
  return localizeIssues(issues, locale).map((found) => ({ ...found, path: [...found.path] }));
}

/** A decision as staff read it: the record, what the rules find as of today, and which steps wait for 一监督. */
export function decisionView(record: StoredDecisionRecord, settings: DisclosureSettings, today: CalendarDate, locale: Locale) {
  const check = checkTrail(record.trail, { settings, asOf: today });
  const unobserved = record.trail.steps.filter((step) => (step.observations ?? []).length === 0).map((step) => step.step);
  return {
    ...record,
    findings: { status: check.status, nextStep: check.nextStep, issues: localized(check.issues, locale), unobserved },
    itemIds: record.trail.steps.flatMap((step) => (step.itemId === undefined ? [] : [step.itemId])),
  };
}

/** A list row: the headline facts and counts, without the trail. */
export function decisionSummary(record: StoredDecisionRecord, settings: DisclosureSettings, today: CalendarDate, locale: Locale) {
  const check = checkTrail(record.trail, { settings, asOf: today });
  const { trail } = record;
  return {
    id: record.id,
    title: record.title,
    ...(record.matter === undefined ? {} : { matter: record.matter }),
    ...(record.category === undefined ? {} : { category: record.category }),
    openedOn: record.openedOn,
    openedBy: record.openedBy,
    ...(record.decidedOn === undefined ? {} : { decidedOn: record.decidedOn }),
    ...(record.legacy === true ? { legacy: true } : {}),
    status: check.status,
    nextStep: check.nextStep,
    // The step's name in the caller's language, so a list needs no table of names of its own.
    nextStepLabel: check.nextStep === null ? null : trailStepLabels[check.nextStep][locale],
    steps: trail.steps.length,
    issues: check.issues.length,
    concerns: trail.steps.reduce((sum, step) => sum + (step.observations ?? []).filter((one) => one.kind === 'concern').length, 0),
    unobserved: trail.steps.filter((step) => (step.observations ?? []).length === 0).length,
  };
}
