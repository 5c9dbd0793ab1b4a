import * as z from 'zod/mini';
import {
  addWorkingDays,
  calendarDateSchema,
  compareDates,
  defaultHolidayCalendar,
  type CalendarDate,
  type HolidayCalendar,
} from '../calendar/index.js';
import { mobileSchema, personNameSchema } from '../identity/index.js';
import { codesOf, labelledCodes } from '../shared/labelled-codes.js';
import { fail, ok, type Result } from '../shared/result.js';
import { serviceCodeSchema } from './guide.js';
import { plainText } from './text.js';

/**
 * 村级代办: the village station takes a villager's application and carries it through, in this order:
 * 委托 (the villager entrusts the station) → 受理 (the township accepts it) → 办理 (the department
 * decides) → 送达 (the result is delivered) → 归档 (filed) → 上报 (reported upward) → 回访 (a follow-up
 * call asks whether the villager was satisfied).
 */
export const proxySteps = labelledCodes([
  ['entrust', '委托', 'Entrusted'],
  ['accept', '受理', 'Accepted'],
  ['process', '办理', 'Processed'],
  ['deliver', '送达', 'Delivered'],
  ['archive', '归档', 'Filed'],
  ['report', '上报', 'Reported'],
  ['followUp', '回访', 'Followed up'],
]);

export type ProxyStep = (typeof proxySteps)[number]['code'];
export const proxyStepCodes = codesOf(proxySteps);

/**
 * What a county sets for its stations. `{}` parses to the defaults (`defaultProxySettings`).
 */
export const proxySettingsSchema = z.object({
  /**
   * Working days within which the station forwards a case it received to the township centre.
   * 3 is the common rule of county 村级代办 schemes (not a national statute, hence a setting).
   */
  forwardWithinWorkingDays: z._default(z.int().check(z.gte(1), z.lte(30)), 3),
});
export type ProxySettings = z.output<typeof proxySettingsSchema>;
export const defaultProxySettings: ProxySettings = z.parse(proxySettingsSchema, {});

/** The last day the station may forward a case received on `receivedOn` (the day of receipt not counted). */
export function proxyForwardDeadline(
  receivedOn: CalendarDate,
  settings: ProxySettings = defaultProxySettings,
  calendar: HolidayCalendar = defaultHolidayCalendar,
): CalendarDate {
  return addWorkingDays(receivedOn, settings.forwardWithinWorkingDays, calendar);
}

/** A villager's request that the station handle a service for them. */
export const proxyRequestSchema = z.strictObject({
  // The villager's own mobile, so the station can call back: personal data, never shown publicly.
  applicant: z.strictObject({
    name: personNameSchema,
    mobile: mobileSchema,
  }),
  serviceCode: serviceCodeSchema,
  note: z.optional(plainText(500)),
  receivedOn: calendarDateSchema,
});
export type ProxyRequest = z.output<typeof proxyRequestSchema>;

export interface ProxyEvent {
  readonly step: ProxyStep;
  readonly on: CalendarDate;
}

/** Where a case stands and the dated trail that got it there (the trail is what the township audits). */
export interface ProxyCase {
  readonly step: ProxyStep;
  readonly history: readonly ProxyEvent[];
}

export function startProxyCase(receivedOn: CalendarDate): ProxyCase {
  return { step: 'entrust', history: [{ step: 'entrust', on: receivedOn }] };
}

export function nextProxyStep(step: ProxyStep): ProxyStep | null {
  return proxyStepCodes[proxyStepCodes.indexOf(step) + 1] ?? null;
}

/** Moves a case exactly one step on; skipping, going back or going past 回访 is refused with a code. */
export function advanceProxyCase(current: ProxyCase, to: ProxyStep, on: CalendarDate): Result<ProxyCase> {
  const expected = nextProxyStep(current.step);
  if (expected === null) return fail('services.proxy.closed', { from: current.step });
  if (to !== expected) return fail('services.proxy.transition.illegal', { from: current.step, expected, to });
  const previous = current.history[current.history.length - 1];
  if (previous && compareDates(on, previous.on) < 0) return fail('services.proxy.backdated', { date: on, previous: previous.on });
  return ok({ step: to, history: [...current.history, { step: to, on }] });
}

/**
 * Whether the station was (or is) late forwarding the case: accepted after the deadline, or still
 * waiting at 委托 after it on `today`.
 */
export function isProxyForwardLate(
  current: ProxyCase,
  today: CalendarDate,
  settings: ProxySettings = defaultProxySettings,
  calendar: HolidayCalendar = defaultHolidayCalendar,
): boolean {
  const entrusted = current.history.find((event) => event.step === 'entrust');
  if (!entrusted) return false;
  const deadline = proxyForwardDeadline(entrusted.on, settings, calendar);
  const accepted = current.history.find((event) => event.step === 'accept');
  return compareDates(accepted ? accepted.on : today, deadline) > 0;
}
