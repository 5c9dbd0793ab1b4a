import { compareDates, daysBetween, type CalendarDate } from '../calendar/date.js';
import type { MessageCode } from '../messages/catalogue.js';
import { issue, type RuleIssue } from '../shared/result.js';
import { mayDecideArt24Matter } from './matters.js';
import { checkMeeting, type MeetingCheck, type MeetingKind } from './meetings.js';
import { defaultDisclosureSettings, type DisclosureSettings } from './settings.js';
import type { Trail, TrailStepRecord } from './trail-schema.js';

export type { Trail, TrailStepRecord } from './trail-schema.js';

/**
 * 四议两公开 (practice guidance, not statute): the party branch proposes, the branch and village
 * committees deliberate, the party members' meeting reviews, the villagers' (representatives')
 * meeting resolves, the resolution is disclosed, and the result of carrying it out is disclosed.
 */
export const trailSteps = ['proposal', 'consultation', 'review', 'resolution', 'resolutionDisclosure', 'resultDisclosure'] as const;
export type TrailStep = (typeof trailSteps)[number];

export const trailStepLabels: Readonly<Record<TrailStep, { readonly 'zh-CN': string; readonly en: string }>> = Object.freeze({
  proposal: { 'zh-CN': '村党组织提议', en: 'Proposal by the party branch' },
  consultation: { 'zh-CN': '村“两委”会议商议', en: 'Deliberation by the branch and village committees' },
  review: { 'zh-CN': '党员大会审议', en: "Review by the party members' meeting" },
  resolution: { 'zh-CN': '村民会议或村民代表会议决议', en: "Resolution of the villagers' or representatives' meeting" },
  resolutionDisclosure: { 'zh-CN': '决议公开', en: 'Resolution disclosed' },
  resultDisclosure: { 'zh-CN': '实施结果公开', en: 'Implementation result disclosed' },
});

/** The last step has no "missing" code: nothing can come after it, so its absence only means the trail is in progress. */
const missingCodes: Readonly<Record<Exclude<TrailStep, 'resultDisclosure'>, MessageCode>> = {
  proposal: 'disclosure.trail.missingProposal',
  consultation: 'disclosure.trail.missingConsultation',
  review: 'disclosure.trail.missingReview',
  resolution: 'disclosure.trail.missingResolution',
  resolutionDisclosure: 'disclosure.trail.missingResolutionDisclosure',
};

/** Meeting kinds that can carry a step; steps not listed need no meeting. */
const requiredMeetingKinds: Partial<Record<TrailStep, readonly MeetingKind[]>> = {
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

export interface TrailCheck {
  readonly status: TrailStatus;
  readonly issues: readonly RuleIssue[];
  /** The first step still to come, or null when the trail is complete. */
  readonly nextStep: TrailStep | null;
  /** The meeting checks, by step, for the steps that recorded a meeting. */
  readonly meetings: Readonly<Partial<Record<TrailStep, MeetingCheck>>>;
}

export interface TrailOptions {
  readonly settings?: DisclosureSettings;
  /** When given, a resolution still undisclosed `majorMatterDays` after it was made is reported. */
  readonly asOf?: CalendarDate;
}

function stepNumber(step: TrailStep): number {
  return trailSteps.indexOf(step) + 1;
}

/**
 * Checks a major matter's 四议两公开 trail: steps in order with dates that never go back, the review
 * and the resolution taken by valid meetings of the right kind, and the resolution disclosed within
 * `majorMatterDays`. Steps not reached yet are not errors: the trail is then 'inProgress'.
 */
export function checkTrail(trail: Trail, options: TrailOptions = {}): TrailCheck {
  const settings = options.settings ?? defaultDisclosureSettings;
  const found: RuleIssue[] = [];
  const meetings: Partial<Record<TrailStep, MeetingCheck>> = {};
  const byStep = new Map<TrailStep, { record: TrailStepRecord; index: number }>();

  trail.steps.forEach((record, index) => {
    if (byStep.has(record.step)) {
      found.push(issue('disclosure.trail.duplicateStep', { step: record.step, number: stepNumber(record.step) }, ['steps', index, 'step']));
      return;
    }
    byStep.set(record.step, { record, index });
  });

  const lastReached = trailSteps.reduce((last, step, position) => (byStep.has(step) ? position : last), -1);
  let previous: { step: TrailStep; date: CalendarDate } | null = null;

  trailSteps.forEach((step, position) => {
    const entry = byStep.get(step);
    if (!entry) {
      // A gap before the furthest step reached means a step was skipped, not that it is still to come.
      if (position < lastReached && step !== 'resultDisclosure')
        found.push(issue(missingCodes[step], { step, number: position + 1 }, ['steps']));
      return;
    }
    const { record, index } = entry;
    const path = ['steps', index];

    if (previous && compareDates(record.date, previous.date) < 0) {
      found.push(
        issue(
          'disclosure.trail.outOfOrder',
          {
            step,
            number: position + 1,
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
      found.push(issue('disclosure.trail.meetingMissing', { step, number: position + 1 }, [...path, 'meeting']));
    }
    if (record.meeting) {
      if (allowed && !allowed.includes(record.meeting.kind)) {
        found.push(
          issue('disclosure.trail.wrongMeetingKind', { step, number: position + 1, kind: record.meeting.kind }, [
            ...path,
            'meeting',
            'kind',
          ]),
        );
      }
      const result = checkMeeting(record.meeting, settings);
      meetings[step] = result;
      if (!result.valid) {
        found.push(issue('disclosure.trail.meetingInvalid', { step, number: position + 1 }, [...path, 'meeting']));
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

  const next = trailSteps.find((step, position) => position > lastReached && !byStep.has(step)) ?? null;
  const status: TrailStatus = found.length > 0 ? 'invalid' : next === null ? 'complete' : 'inProgress';
  return { status, issues: found, nextStep: next, meetings };
}
