import { compareDates, type CalendarDate } from '../calendar/date.js';
import { orderSteps, proxySteps, requestKinds } from '../data-dictionary.js';
import { codesOf, type LabelledCode } from '../shared/labelled-codes.js';
import { fail, ok, type Result } from '../shared/result.js';
import type { Role } from '../shared/roles.js';

/*
 * One lifecycle for the villagers' requests a village works through (docs/requests.md):
 * - 代办 (村级代办, seed 003): the station acts for the villager, in the order of `proxySteps`
 *   (委托 → 受理 → 上报/转办 → 办理 → 送达 → 回访 → 归档);
 * - 点单 (seed 002: "群众点单—协商定单—村委派单—干部埋单—群众评单"): a villager orders something done (a road
 *   light, help for an elderly neighbour, a policy explained), the committee agrees it, dispatches a cadre, the cadre
 *   does it, the villager rates it.
 * The first step is the villager's own and is done when the request is filed. Steps, owners and deadlines are data:
 * a county replaces `defaultRequestLifecycles` with its own rule (the numbers below are local practice, not statute).
 */

// The kinds and the 点单 steps stand in the data dictionary with the contract's other code lists.
export { requestKinds, orderSteps };

/** The code of one of {@link requestKinds}. */
export type RequestKind = (typeof requestKinds)[number]['code'];
/** The codes of {@link requestKinds}, in order, as `z.enum` wants them. */
export const requestKindCodes = codesOf(requestKinds);

/** Staff roles that may own a step; `applicant` is the villager who filed the request (they act by receipt code). */
export type StepOwner = 'applicant' | readonly Role[];

/** One step of a request lifecycle: who owns it and how many working days it has from the previous one. */
export interface RequestStepRule extends LabelledCode {
  readonly owner: StepOwner;
  /** Working days from the previous step's date to this step's deadline (holiday calendar; 0 = the same working day). */
  readonly workingDays: number;
}

/** The steps of a request kind with their owners and working days, and the step after which it may be rated. */
export interface RequestLifecycle {
  readonly steps: readonly RequestStepRule[];
  /** The step after which the work is done and the villager may rate it (好差评 "办事后评价"). */
  readonly completedBy: string;
  /** The step the villager's rating itself completes (点单's 群众评单), if any. */
  readonly ratedBy?: string;
  /** The step whose owner the previous step names (派单 names the cadre who 埋单). */
  readonly assignedAt?: { readonly step: string; readonly assigns: string };
}

const desk: readonly Role[] = ['cadre', 'gridWorker'];
const committee: readonly Role[] = ['cadre'];

function stepsOf(
  labels: readonly LabelledCode[],
  rules: Readonly<Record<string, { owner: StepOwner; workingDays: number }>>,
): readonly RequestStepRule[] {
  return labels.map((label) => {
    const rule = rules[label.code];
    if (!rule) throw new Error(`No owner for step ${label.code}`);
    return { ...label, ...rule };
  });
}

/**
 * The defaults. 代办: the station forwards within 3 working days of receipt (the common county rule behind
 * `proxySettingsSchema.forwardWithinWorkingDays`); 办理 gets 20 working days (a department's usual promised time
 * limit — the guide's own limit applies where it is known); 回访 and 归档 within 5 working days each.
 * 点单: 协商 within 3 working days, 派单 within 2, 埋单 within 10, and the villager has 10 working days to rate
 * before staff may close the request unrated. All are local practice, hence data.
 */
export const defaultRequestLifecycles: Readonly<Record<RequestKind, RequestLifecycle>> = {
  proxy: {
    steps: stepsOf(proxySteps, {
      entrust: { owner: 'applicant', workingDays: 0 },
      accept: { owner: desk, workingDays: 1 },
      report: { owner: desk, workingDays: 3 },
      process: { owner: committee, workingDays: 20 },
      deliver: { owner: desk, workingDays: 3 },
      followUp: { owner: desk, workingDays: 5 },
      archive: { owner: committee, workingDays: 5 },
    }),
    completedBy: 'deliver',
  },
  order: {
    steps: stepsOf(orderSteps, {
      order: { owner: 'applicant', workingDays: 0 },
      negotiate: { owner: committee, workingDays: 3 },
      dispatch: { owner: committee, workingDays: 2 },
      process: { owner: desk, workingDays: 10 },
      rate: { owner: 'applicant', workingDays: 10 },
    }),
    completedBy: 'process',
    ratedBy: 'rate',
    assignedAt: { step: 'dispatch', assigns: 'process' },
  },
};

/** Who acted: a staff member (id and role) or the applicant (by receipt code). */
export interface RequestActor {
  readonly id: string;
  readonly role: Role | 'applicant';
}

/** One step of a request taken: which, when, by whom, with a note and attachments. */
export interface RequestEvent {
  readonly step: string;
  readonly on: CalendarDate;
  readonly by: RequestActor;
  readonly note?: string;
  readonly attachmentIds?: readonly string[];
  /** Staff closed the villager's step after its deadline without their action (点单 left unrated). */
  readonly lapsed?: true;
}

/** A request's progress: the steps done, in order, and the staff named for a step (派单 → 埋单). */
export interface RequestProgress {
  readonly kind: RequestKind;
  readonly history: readonly RequestEvent[];
  readonly assignees?: Readonly<Record<string, string>>;
  readonly rating?: { readonly grade: number; readonly on: CalendarDate };
}

/** A new request at its first step, filed by the applicant on `on`. */
export function startRequest(
  kind: RequestKind,
  on: CalendarDate,
  lifecycle: RequestLifecycle = defaultRequestLifecycles[kind],
): RequestProgress {
  const first = lifecycle.steps[0];
  if (!first) throw new Error(`The ${kind} lifecycle has no steps`);
  return { kind, history: [{ step: first.code, on, by: { id: 'applicant', role: 'applicant' } }] };
}

/** The step to do next, or null once the last is done (the request is closed). */
export function nextRequestStep(progress: RequestProgress, lifecycle: RequestLifecycle): RequestStepRule | null {
  return lifecycle.steps[progress.history.length] ?? null;
}

/** Whether a request has taken `step`. */
export function isStepDone(progress: RequestProgress, step: string): boolean {
  return progress.history.some((event) => event.step === step);
}

/** The date the next step is due: the previous step's date plus the step's working days (see `requestDeadline`). */
export interface StepInput {
  readonly step: string;
  readonly actor: RequestActor;
  readonly on: CalendarDate;
  /** The next step's deadline (computed with the holiday calendar by `requestDeadline`), to let staff close a lapsed villager step. */
  readonly dueOn?: CalendarDate;
  readonly note?: string;
  readonly attachmentIds?: readonly string[];
  /** Staff named for the step this one assigns (`lifecycle.assignedAt`). */
  readonly assignee?: string;
}

/**
 * Whether `input` may complete the next step, with a precise code when not:
 * - `requests.step.unknown`: no such step in the kind's lifecycle;
 * - `requests.step.alreadyDone`: the step is in the trail already;
 * - `requests.step.closed`: every step is done;
 * - `requests.step.outOfOrder`: another step comes first (steps are never skipped);
 * - `requests.step.notOwner`: the actor is not the step's owner (its role, or the staff named at 派单); the
 *   villager's own step may be closed by staff only once its deadline has passed (`lapsed`);
 * - `requests.step.assigneeRequired`: 派单 must name who does the work;
 * - `requests.step.backdated`: dated before the previous step.
 */
export function advanceRequest(progress: RequestProgress, input: StepInput, lifecycle: RequestLifecycle): Result<RequestProgress> {
  const rule = lifecycle.steps.find((step) => step.code === input.step);
  if (!rule) return fail('requests.step.unknown', { step: input.step }, ['step']);
  const done = progress.history.find((event) => event.step === input.step);
  if (done) return fail('requests.step.alreadyDone', { step: rule['zh-CN'], on: done.on }, ['step']);
  const next = nextRequestStep(progress, lifecycle);
  if (!next) return fail('requests.step.closed', {}, ['step']);
  if (next.code !== input.step) return fail('requests.step.outOfOrder', { step: rule['zh-CN'], expected: next['zh-CN'] }, ['step']);
  const lapsed = isLapsedClose(next, input);
  if (!lapsed && !ownsStep(progress, next, input.actor)) return fail('requests.step.notOwner', { step: next['zh-CN'] }, ['step']);
  const previous = progress.history[progress.history.length - 1];
  if (previous && compareDates(input.on, previous.on) < 0)
    return fail('requests.step.backdated', { on: input.on, previous: previous.on }, ['on']);
  const assigns = lifecycle.assignedAt?.step === next.code ? lifecycle.assignedAt.assigns : undefined;
  if (assigns !== undefined && input.assignee === undefined)
    return fail('requests.step.assigneeRequired', { step: next['zh-CN'] }, ['assignee']);
  const event: RequestEvent = {
    step: next.code,
    on: input.on,
    by: input.actor,
    ...(input.note === undefined ? {} : { note: input.note }),
    ...(input.attachmentIds === undefined || input.attachmentIds.length === 0 ? {} : { attachmentIds: [...input.attachmentIds] }),
    ...(lapsed ? { lapsed: true as const } : {}),
  };
  return ok({
    ...progress,
    history: [...progress.history, event],
    ...(assigns === undefined || input.assignee === undefined ? {} : { assignees: { ...progress.assignees, [assigns]: input.assignee } }),
  });
}

function isLapsedClose(step: RequestStepRule, input: StepInput): boolean {
  return (
    step.owner === 'applicant' && input.actor.role !== 'applicant' && input.dueOn !== undefined && compareDates(input.on, input.dueOn) > 0
  );
}

/** The step's owner: the villager for their steps; otherwise the named staff if 派单 named one, else a staff role it lists. */
export function ownsStep(progress: RequestProgress, step: RequestStepRule, actor: RequestActor): boolean {
  if (step.owner === 'applicant') return actor.role === 'applicant';
  const named = progress.assignees?.[step.code];
  if (named !== undefined) return actor.id === named;
  return actor.role !== 'applicant' && step.owner.includes(actor.role);
}

/**
 * Whether the villager may rate now (国办发〔2019〕51号: a rating follows the service, "一事一评"):
 * `requests.rating.beforeCompletion` until the lifecycle's `completedBy` step is done, `requests.rating.second` once
 * rated (one rating per request), `requests.rating.closed` once the request was closed without it.
 */
export function checkRating(progress: RequestProgress, lifecycle: RequestLifecycle): Result<true> {
  if (progress.rating) return fail('requests.rating.second', { on: progress.rating.on });
  if (!isStepDone(progress, lifecycle.completedBy)) return fail('requests.rating.beforeCompletion');
  if (nextRequestStep(progress, lifecycle) === null) return fail('requests.rating.closed');
  return ok(true);
}

/** Records the rating; where the lifecycle has a rating step (点单's 群众评单), the rating completes it. */
export function rateRequest(
  progress: RequestProgress,
  grade: number,
  on: CalendarDate,
  lifecycle: RequestLifecycle,
): Result<RequestProgress> {
  const allowed = checkRating(progress, lifecycle);
  if (!allowed.ok) return allowed;
  const rated: RequestProgress = { ...progress, rating: { grade, on } };
  const next = nextRequestStep(progress, lifecycle);
  if (lifecycle.ratedBy === undefined || next?.code !== lifecycle.ratedBy) return ok(rated);
  return advanceRequest(rated, { step: next.code, actor: { id: 'applicant', role: 'applicant' }, on }, lifecycle);
}
