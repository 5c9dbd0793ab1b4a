import { compareDates, type CalendarDate } from '../calendar/date.js';
import { proxySteps } from '../data-dictionary.js';
import { codesOf } from '../shared/labelled-codes.js';
import { fail, ok, type Result } from '../shared/result.js';
import type { ProxySettings } from './proxy-schema.js';

export type { ProxyRequest, ProxySettings } from './proxy-schema.js';

// The steps stand in the data dictionary with the contract's other code lists (委托 → … → 归档, the order of a case).
export { proxySteps };

/** The code of one of {@link proxySteps}. */
export type ProxyStep = (typeof proxySteps)[number]['code'];
/** The codes of {@link proxySteps}, in order, as `z.enum` wants them. */
export const proxyStepCodes = codesOf(proxySteps);

/** One step of a 村级代办 case reached, and the day. */
export interface ProxyEvent {
  readonly step: ProxyStep;
  readonly on: CalendarDate;
}

/** Where a case stands and the dated trail that got it there (the trail is what the township audits). */
export interface ProxyCase {
  readonly step: ProxyStep;
  readonly history: readonly ProxyEvent[];
}

/** A new 代办 case at its first step (委托), received on `receivedOn`. */
export function startProxyCase(receivedOn: CalendarDate): ProxyCase {
  return { step: 'entrust', history: [{ step: 'entrust', on: receivedOn }] };
}

/** The step after `step` in the 代办 flow (委托, 受理, 上报/转办, 办理, 送达, 回访, 归档), or null after the last. */
export function nextProxyStep(step: ProxyStep): ProxyStep | null {
  return proxyStepCodes[proxyStepCodes.indexOf(step) + 1] ?? null;
}

/** Moves a case exactly one step on; skipping, going back or going past 归档 is refused with a code. */
export function advanceProxyCase(current: ProxyCase, to: ProxyStep, on: CalendarDate): Result<ProxyCase> {
  const expected = nextProxyStep(current.step);
  if (expected === null) return fail('services.proxy.closed', { from: current.step });
  if (to !== expected) return fail('services.proxy.transition.illegal', { from: current.step, expected, to });
  const previous = current.history[current.history.length - 1];
  if (previous && compareDates(on, previous.on) < 0) return fail('services.proxy.backdated', { date: on, previous: previous.on });
  return ok({ step: to, history: [...current.history, { step: to, on }] });
}

/**
 * What `proxySettingsSchema` parses `{}` to, written out so a widget that shows the steps does not bundle zod.
 * A test checks it against `z.parse(proxySettingsSchema, {})`, so the two cannot drift.
 */
export const defaultProxySettings: ProxySettings = { forwardWithinWorkingDays: 3 };
