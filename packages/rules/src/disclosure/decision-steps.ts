import { compareDates, type CalendarDate } from '../calendar/date.js';
import type { MessageCode } from '../messages/catalogue.js';
import { issue, type IssuePath, type RuleIssue } from '../shared/result.js';
import type { MeetingCheck } from './meetings.js';
import type { DisclosureSettings } from './settings.js';
import type { EarlierAttempt, Observation, Trail, TrailStepRecord } from './trail-schema.js';
import { checkTrail, decisionSteps, requiredMeetingKinds, stepNumber, type DecisionStep, type TrailCheck } from './trail.js';

/*
 * Advancing a decision one step at a time (一听、四议、两公开、一监督, seed 000; workflows.md "A step may not be
 * skipped; an invalid meeting is recorded and reconvened, never edited"). The same functions run in the browser as
 * the cadre types (a live check) and on the server before anything is stored, so the two never disagree.
 */

/** What a cadre records for a step: the step's record without the history and the supervisor's notes. */
export type StepDraft = Omit<TrailStepRecord, 'earlierAttempts' | 'observations' | 'itemId'>;

/** The village's disclosure settings and today's date (a step cannot be recorded before it happened). */
export interface StepOptions {
  readonly settings?: DisclosureSettings;
  /** Today, in the village: a step cannot be recorded before it happened. */
  readonly today?: CalendarDate;
}

/**
 * The verdict on a draft, in three parts:
 * - `refusals`: the record cannot be stored as it is (out of order, a number that cannot be true, a step done twice,
 *   a villagers' meeting without its notice day);
 * - `findings`: the record can be stored, but the meeting it records could not decide (quorum, votes, notice) —
 *   it happened, so it is kept, and the step must be reconvened before the decision goes on;
 * - `blocking`: what in the trail already recorded stops any further step (paths into the stored trail).
 * Paths of refusals and findings point into the draft (`['meeting', 'present']`); the route's status comes from
 * the first refusal's code (`decisionRefusalStatus`).
 */
export interface StepVerdict {
  readonly refusals: readonly RuleIssue[];
  readonly findings: readonly RuleIssue[];
  readonly blocking: readonly RuleIssue[];
  /** The step the trail expects next (before this draft), or null when every step is done. */
  readonly expected: DecisionStep | null;
  /** The meeting check of the draft's meeting, when it records one. */
  readonly meeting?: MeetingCheck;
}

/** Codes that say the record itself cannot be true or is in the wrong place: refused, never stored. */
const refusedCodes: ReadonlySet<MessageCode> = new Set<MessageCode>([
  'disclosure.meeting.presentExceedsEligible',
  'disclosure.meeting.votesExceedPresent',
  'disclosure.meeting.compositionImpossible',
  'disclosure.trail.outOfOrder',
  'disclosure.trail.beforeHearing',
  'disclosure.trail.hearingDetailsMissing',
  'disclosure.trail.meetingMissing',
  'disclosure.trail.wrongMeetingKind',
  'disclosure.trail.duplicateStep',
]);

/** Lateness is a fact about the disclosure, not a fault of a step: it never stops the next one. */
const neverBlocking: ReadonlySet<MessageCode> = new Set<MessageCode>([
  'disclosure.trail.lateResolutionDisclosure',
  'disclosure.trail.resolutionDisclosureOverdue',
]);

/** The summary code the trail adds over a meeting's own findings; the draft shows the meeting's reasons instead. */
const summaryCodes: ReadonlySet<MessageCode> = new Set<MessageCode>(['disclosure.trail.meetingInvalid']);

/** HTTP status a refusal answers with: a conflict with the decision's state is 409, a bad record 422. */
export function decisionRefusalStatus(code: MessageCode): 409 | 422 {
  return code === 'decision.step.alreadyRecorded' || code === 'decision.step.allDone' || code === 'decision.step.notReconvenable'
    ? 409
    : 422;
}

/** The steps that carry a meeting with a statutory quorum, and so can be reconvened. */
export function isMeetingStep(step: DecisionStep): boolean {
  return requiredMeetingKinds[step] !== undefined;
}

/** What already recorded stops the next step (an invalid or missing step), at paths into the trail. */
export function blockingIssues(check: TrailCheck): RuleIssue[] {
  return check.issues.filter((one) => !neverBlocking.has(one.code)).map((one) => ({ ...one, path: ['trail', ...one.path] }));
}

/** Splits the candidate trail's findings at `index` into refusals and findings, with paths into the draft. */
function draftFindings(check: TrailCheck, index: number): { refusals: RuleIssue[]; findings: RuleIssue[] } {
  const refusals: RuleIssue[] = [];
  const findings: RuleIssue[] = [];
  for (const found of check.issues) {
    const [head, at, ...rest] = found.path;
    if (head !== 'steps' || at !== index || summaryCodes.has(found.code)) continue;
    (refusedCodes.has(found.code) ? refusals : findings).push({ ...found, path: rest });
  }
  return { refusals, findings };
}

/**
 * 村民委员会组织法 Art 21: "召集村民会议，应当提前十天通知村民". A villagers' meeting recorded without the day the villagers
 * were told cannot be checked against it, and a recorded step is never edited afterwards (an invalid meeting is
 * reconvened, not corrected), so the record is refused until it carries that day — as a hearing is without its
 * channels. It is not a finding against the meeting: nothing says the notice was short, only that the record cannot
 * show it was not.
 */
function unrecordedNotice(draft: StepDraft): RuleIssue[] {
  if (draft.meeting?.kind !== 'villagersMeeting' || draft.meeting.noticeGiven !== undefined) return [];
  return [issue('decision.step.noticeDateMissing', {}, ['meeting', 'noticeGiven'])];
}

function futureDate(draft: StepDraft, options: StepOptions): RuleIssue[] {
  if (options.today === undefined || compareDates(draft.date, options.today) <= 0) return [];
  return [issue('decision.step.dateInFuture', { date: draft.date }, ['date'])];
}

function orderIssue(draft: StepDraft, expected: DecisionStep | null, trail: Trail): RuleIssue | undefined {
  if (trail.steps.some((one) => one.step === draft.step)) return issue('decision.step.alreadyRecorded', { step: draft.step }, ['step']);
  if (expected === null) return issue('decision.step.allDone', {}, ['step']);
  if (draft.step === expected) return undefined;
  return expected === 'hearing'
    ? issue('decision.step.hearingFirst', { step: draft.step, number: stepNumber(draft.step) }, ['step'])
    : issue(
        'decision.step.outOfOrder',
        { step: draft.step, number: stepNumber(draft.step), expected, expectedNumber: stepNumber(expected) },
        ['step'],
      );
}

/**
 * Checks recording `draft` as the next step of `trail`: in order, after a valid previous step, with numbers that can be
 * true. Runs the rules' `checkTrail` (and through it `checkMeetingRecord`) on the trail with the draft added.
 */
export function checkNextStep(trail: Trail, draft: StepDraft, options: StepOptions = {}): StepVerdict {
  const settings = options.settings === undefined ? {} : { settings: options.settings };
  const before = checkTrail(trail, settings);
  const expected = before.nextStep;
  const order = orderIssue(draft, expected, trail);
  const blocking = blockingIssues(before);
  const candidate: Trail = { ...trail, steps: [...trail.steps.filter((one) => one.step !== draft.step), draft] };
  const after = checkTrail(candidate, settings);
  const { refusals, findings } = draftFindings(after, candidate.steps.length - 1);
  return {
    refusals: [...(order ? [order] : []), ...futureDate(draft, options), ...refusals, ...unrecordedNotice(draft)],
    findings,
    blocking,
    expected,
    ...(after.meetings[draft.step] ? { meeting: after.meetings[draft.step] } : {}),
  };
}

/**
 * Checks reconvening `draft.step`: only the latest step, only a meeting step, only when its current attempt is
 * invalid. The earlier attempt is kept as history; the new one is checked as if recorded afresh.
 */
export function checkReconvene(trail: Trail, draft: StepDraft, options: StepOptions = {}): StepVerdict {
  const settings = options.settings === undefined ? {} : { settings: options.settings };
  const index = trail.steps.findIndex((one) => one.step === draft.step);
  const current = trail.steps[index];
  const before = checkTrail(trail, settings);
  const latest = latestStep(trail);
  const refusals: RuleIssue[] = [];
  if (!current) refusals.push(issue('decision.step.notRecorded', { step: draft.step }, ['step']));
  else {
    const invalid = before.issues.some((one) => one.path[0] === 'steps' && one.path[1] === index && !neverBlocking.has(one.code));
    if (!isMeetingStep(draft.step) || latest !== draft.step || !invalid)
      refusals.push(issue('decision.step.notReconvenable', { step: draft.step }, ['step']));
    else if (compareDates(draft.date, current.date) < 0)
      refusals.push(issue('decision.step.beforeEarlierAttempt', { date: current.date }, ['date']));
  }
  const candidate: Trail = { ...trail, steps: trail.steps.map((one, at) => (at === index ? draft : one)) };
  const after = checkTrail(candidate, settings);
  const found = index < 0 ? { refusals: [], findings: [] } : draftFindings(after, index);
  return {
    refusals: [...refusals, ...futureDate(draft, options), ...found.refusals, ...unrecordedNotice(draft)],
    findings: found.findings,
    blocking: [],
    expected: before.nextStep,
    ...(after.meetings[draft.step] ? { meeting: after.meetings[draft.step] } : {}),
  };
}

/** The furthest step recorded, in 一听、四议、两公开 order. */
export function latestStep(trail: Trail): DecisionStep | undefined {
  return [...decisionSteps].reverse().find((step) => trail.steps.some((one) => one.step === step));
}

/** The trail with `draft` added as the next step (after `checkNextStep` found no refusal and nothing blocking). */
export function appendStep(trail: Trail, draft: StepDraft, itemId?: string): Trail {
  return { ...trail, steps: [...trail.steps, { ...draft, ...(itemId === undefined ? {} : { itemId }) }] };
}

/** What one attempt recorded (trail-schema.ts `attemptFields`): the record without its step, item and history. */
function attemptOf(record: TrailStepRecord): Omit<EarlierAttempt, 'reconvenedOn' | 'reason'> {
  const { date, meeting, sitting, hearing, minutes, attachmentIds, observations } = record;
  return {
    date,
    ...(meeting === undefined ? {} : { meeting }),
    ...(sitting === undefined ? {} : { sitting }),
    ...(hearing === undefined ? {} : { hearing }),
    ...(minutes === undefined ? {} : { minutes }),
    ...(attachmentIds === undefined ? {} : { attachmentIds }),
    ...(observations === undefined ? {} : { observations }),
  };
}

/** The trail with the step's current attempt moved into its history and `draft` as the new attempt. */
export function reconveneStep(trail: Trail, draft: StepDraft, reconvenedOn: CalendarDate, reason: string): Trail {
  return {
    ...trail,
    steps: trail.steps.map((record) => {
      if (record.step !== draft.step) return record;
      const earlier: EarlierAttempt = { ...attemptOf(record), reconvenedOn, reason };
      return { ...draft, earlierAttempts: [...(record.earlierAttempts ?? []), earlier] };
    }),
  };
}

/** The trail with the supervisor's observation added to the step's current attempt (一监督). */
export function observeStep(trail: Trail, step: DecisionStep, observation: Observation): Trail | undefined {
  if (!trail.steps.some((one) => one.step === step)) return undefined;
  return {
    ...trail,
    steps: trail.steps.map((record) =>
      record.step === step ? { ...record, observations: [...(record.observations ?? []), observation] } : record,
    ),
  };
}

/** Prefixes the paths of issues (a draft's `['meeting', 'present']` → the body's). */
export function prefixIssues(issues: readonly RuleIssue[], prefix: IssuePath): RuleIssue[] {
  return issues.map((one) => ({ ...one, path: [...prefix, ...one.path] }));
}
