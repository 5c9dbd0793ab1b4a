import { compareDates, daysBetween, type CalendarDate } from '../calendar/date.js';
import type { MessageCode } from '../messages/catalogue.js';
import { issue, type RuleIssue } from '../shared/result.js';
import { mayDecideArt24Matter } from './matters.js';
import { checkMeetingRecord, type MeetingCheck, type MeetingKind } from './meetings.js';
import { defaultDisclosureSettings, type DisclosureSettings } from './settings.js';
import type { Trail, TrailStepRecord } from './trail-schema.js';

export type { Trail, TrailStepRecord } from './trail-schema.js';

export {
  trailSteps,
  decisionSteps,
  hearingChannels,
  hearingChannelLabels,
  observationKinds,
  trailStepLabels,
  type TrailStep,
  type DecisionStep,
  type HearingChannel,
  type ObservationKind,
} from './trail-labels.js';
import { decisionSteps, trailSteps, type DecisionStep } from './trail-labels.js';

/** The last step has no "missing" code: nothing can come after it, so its absence only means the trail is in progress. */
const missingCodes: Readonly<Record<Exclude<DecisionStep, 'resultDisclosure'>, MessageCode>> = {
  hearing: 'disclosure.trail.missingHearing',
  proposal: 'disclosure.trail.missingProposal',
  consultation: 'disclosure.trail.missingConsultation',
  review: 'disclosure.trail.missingReview',
  resolution: 'disclosure.trail.missingResolution',
  resolutionDisclosure: 'disclosure.trail.missingResolutionDisclosure',
};

/** Meeting kinds that can carry a step; steps not listed need no meeting. */
export const requiredMeetingKinds: Partial<Record<DecisionStep, readonly MeetingKind[]>> = {
  review: ['partyMembersMeeting'],
  // Art 22/26 meetings decide village matters; a group meeting (Art 28) decides its own group's.
  resolution: ['villagersMeeting', 'representativesMeeting', 'groupMeeting'],
};

/**
 * - complete: all six steps, in order, every meeting valid, on time;
 * - inProgress: no problems so far, but later steps have not happened yet (implementation ongoing);
 * - invalid: at least one issue.
 */
export type TrailStatus = 'complete' | 'inProgress' | 'invalid';

/** What `checkTrail` found: the status, every issue, the next step, and each recorded meeting's check. */
export interface TrailCheck {
  readonly status: TrailStatus;
  readonly issues: readonly RuleIssue[];
  /** The first step still to come, or null when the trail is complete. */
  readonly nextStep: DecisionStep | null;
  /** The meeting checks, by step, for the steps that recorded a meeting (the current attempt). */
  readonly meetings: Readonly<Partial<Record<DecisionStep, MeetingCheck>>>;
}

/** The village's disclosure settings and, to check that a resolution was disclosed in time, today's date. */
export interface TrailOptions {
  readonly settings?: DisclosureSettings;
  /** When given, a resolution still undisclosed `majorMatterDays` after it was made is reported. */
  readonly asOf?: CalendarDate;
}

/** 四议两公开 keeps its own numbering (提议 is step 1); 一听 comes before it and has no number (0). */
export function stepNumber(step: DecisionStep): number {
  return step === 'hearing' ? 0 : trailSteps.indexOf(step) + 1;
}

/** Whether a step must be recorded in this trail: 一听 only where it was required when the decision was opened. */
export function isRequiredStep(trail: Pick<Trail, 'hearingRequired'>, step: DecisionStep): boolean {
  return step !== 'hearing' || trail.hearingRequired === true;
}

/** The arithmetic of a record that cannot be true, whatever the law says: more present than could come, more votes than present. */
function recordArithmetic(record: TrailStepRecord, path: readonly (string | number)[]): RuleIssue[] {
  const found: RuleIssue[] = [];
  if (record.sitting) {
    const { members, present, votes } = record.sitting;
    if (present > members)
      found.push(issue('disclosure.meeting.presentExceedsEligible', { present, eligible: members }, [...path, 'sitting', 'present']));
    const cast = (votes?.for ?? 0) + (votes?.against ?? 0) + (votes?.abstain ?? 0);
    if (cast > present) found.push(issue('disclosure.meeting.votesExceedPresent', { votes: cast, present }, [...path, 'sitting', 'votes']));
  }
  if (record.step === 'hearing' && !record.hearing) found.push(issue('disclosure.trail.hearingDetailsMissing', {}, [...path, 'hearing']));
  return found;
}

/**
 * Checks a major matter's 四议两公开 trail: steps in order with dates that never go back, the review
 * and the resolution taken by valid meetings of the right kind, and the resolution disclosed within
 * `majorMatterDays`. Steps not reached yet are not errors: the trail is then 'inProgress'.
 */
export function checkTrail(trail: Trail, options: TrailOptions = {}): TrailCheck {
  const settings = options.settings ?? defaultDisclosureSettings;
  const found: RuleIssue[] = [];
  const meetings: Partial<Record<DecisionStep, MeetingCheck>> = {};
  const byStep = new Map<DecisionStep, { record: TrailStepRecord; index: number }>();

  trail.steps.forEach((record, index) => {
    if (byStep.has(record.step)) {
      found.push(issue('disclosure.trail.duplicateStep', { step: record.step, number: stepNumber(record.step) }, ['steps', index, 'step']));
      return;
    }
    byStep.set(record.step, { record, index });
  });

  const lastReached = decisionSteps.reduce((last, step, position) => (byStep.has(step) ? position : last), -1);
  let previous: { step: DecisionStep; date: CalendarDate } | null = null;

  decisionSteps.forEach((step, position) => {
    const entry = byStep.get(step);
    if (!entry) {
      // A gap before the furthest step reached means a step was skipped, not that it is still to come.
      if (position < lastReached && step !== 'resultDisclosure' && isRequiredStep(trail, step))
        found.push(issue(missingCodes[step], { step, number: stepNumber(step) }, ['steps']));
      return;
    }
    const { record, index } = entry;
    const path = ['steps', index];
    found.push(...recordArithmetic(record, path));

    if (previous && compareDates(record.date, previous.date) < 0) {
      found.push(
        issue(
          previous.step === 'hearing' ? 'disclosure.trail.beforeHearing' : 'disclosure.trail.outOfOrder',
          {
            step,
            number: stepNumber(step),
            date: record.date,
            previousStep: previous.step,
            previousNumber: stepNumber(previous.step),
            previousDate: previous.date,
          },
          [...path, 'date'],
        ),
      );
    }
    if (!previous || compareDates(record.date, previous.date) >= 0) previous = { step, date: record.date };

    const allowed = requiredMeetingKinds[step];
    if (allowed && !record.meeting) {
      found.push(issue('disclosure.trail.meetingMissing', { step, number: stepNumber(step) }, [...path, 'meeting']));
    }
    if (record.meeting) {
      if (allowed && !allowed.includes(record.meeting.kind)) {
        found.push(
          issue('disclosure.trail.wrongMeetingKind', { step, number: stepNumber(step), kind: record.meeting.kind }, [
            ...path,
            'meeting',
            'kind',
          ]),
        );
      }
      // A meeting step's date is the day the meeting sat: Art 21's ten days are counted to it when the record gives no
      // `held` of its own (a notice day alone was otherwise never checked).
      const meeting =
        record.meeting.kind === 'villagersMeeting' ? { ...record.meeting, held: record.meeting.held ?? record.date } : record.meeting;
      const result = checkMeetingRecord(meeting, settings);
      meetings[step] = result;
      if (!result.valid) {
        found.push(issue('disclosure.trail.meetingInvalid', { step, number: stepNumber(step) }, [...path, 'meeting']));
        for (const one of result.issues) found.push({ ...one, path: [...path, 'meeting', ...one.path] });
      }
      // Art 24: the representatives' meeting decides a listed matter only under the villagers' meeting's
      // delegation. A group meeting is left alone: Art 28 lets it decide matters of the group's own property.
      if (
        step === 'resolution' &&
        trail.matter !== undefined &&
        record.meeting.kind !== 'groupMeeting' &&
        !mayDecideArt24Matter(record.meeting.kind, trail.delegatedToRepresentatives === true)
      ) {
        found.push(issue('disclosure.trail.notDelegated', { matter: trail.matter }, [...path, 'meeting', 'kind']));
      }
    }
  });

  // Art 30: decisions are disclosed 随时; `majorMatterDays` is the village's number for that.
  const resolution = byStep.get('resolution')?.record;
  const disclosure = byStep.get('resolutionDisclosure');
  const limit = settings.majorMatterDays;
  if (resolution && disclosure) {
    const days = daysBetween(resolution.date, disclosure.record.date);
    if (days > limit) found.push(issue('disclosure.trail.lateResolutionDisclosure', { days, limit }, ['steps', disclosure.index, 'date']));
  } else if (resolution && options.asOf !== undefined) {
    const days = daysBetween(resolution.date, options.asOf);
    if (days > limit) found.push(issue('disclosure.trail.resolutionDisclosureOverdue', { days, limit }, ['steps']));
  }

  const next = decisionSteps.find((step, position) => position > lastReached && isRequiredStep(trail, step)) ?? null;
  const status: TrailStatus = found.length > 0 ? 'invalid' : next === null ? 'complete' : 'inProgress';
  return { status, issues: found, nextStep: next, meetings };
}
