import { compareDates } from '@shanzhi/rules';
import type { Localizer } from '../internal/localize.js';
import type { PanelWords } from './panel-messages.js';
import { signerWord } from './step-forms.js';
import type { DeskView } from './sz-mediation-desk.js';

/** One line of the 办理经过: the day and what was done, in words. */
export interface CaseFileLine {
  readonly on: string;
  readonly word: string;
}

/** The lifecycle's events in words (the applicant's status names them too). */
const lifecycle = ['submit', 'accept', 'refuse', 'assign', 'start', 'conclude', 'withdraw', 'escalate'] as const;

export function eventWord(t: Localizer<PanelWords>, type: string): string {
  const found = lifecycle.find((one) => one === type);
  return found ? t.t(`event_${found}`) : type;
}

/**
 * The order of what was done on one day, as a case moves: 申请 → 受理 → 指派 → 安排调解 → 调解 → 协议 → 签名 → 结案 →
 * 提醒 → 回访. Different days read by day.
 */
const order = ['submit', 'accept', 'refuse', 'assign', 'release', 'schedule', 'start', 'held', 'draft', 'sign'];
const rank = (kind: string): number => {
  const at = order.indexOf(kind);
  return at < 0 ? order.length : at;
};

/**
 * The 办理经过 of a case on the desk, as the committee's case file keeps it (人民调解法 Art 27: 调解登记、调解工作记录):
 * the lifecycle's events (`status.history`) with every step the desk records — each session planned and held, the
 * 调解协议书 drafted and each signature (Art 29), a mediator released (Art 23), the 司法确认 reminder (Art 33) and the
 * 回访 (Art 31). Built from the desk view, which is the mediators' alone: the applicant's status keeps its own history
 * of lifecycle events and none of these lines.
 */
export function caseFile(desk: DeskView, t: Localizer<PanelWords>): CaseFileLine[] {
  const ctx = { desk, t };
  // A mediator by name where the desk knows one (an empty name says nothing: the id then).
  const names = new Map([...desk.candidates, ...desk.mediators].filter((one) => one.name !== '').map((one) => [one.id, one.name]));
  const sessionWord = (one: DeskView['sessions'][number]) => t.t('session', t.date(one.on, 'short'), one.time ?? '', one.place);
  const lines: { kind: string; on: string; word: string }[] = [
    ...desk.status.history.map((one) => ({ kind: one.type, on: one.on, word: eventWord(t, one.type) })),
    ...desk.released.map((one) => ({
      kind: 'release',
      on: one.on,
      word: t.t('event_release', names.get(one.mediatorId) ?? one.mediatorId, t.t(`release_${one.reason}`)),
    })),
    ...desk.sessions.flatMap((one) => [
      { kind: 'schedule', on: one.scheduledOn, word: t.t('event_schedule', sessionWord(one)) },
      ...(one.heldOn === undefined ? [] : [{ kind: 'held', on: one.heldOn, word: t.t('event_held', sessionWord(one)) }]),
    ]),
    ...(desk.agreement === undefined
      ? []
      : [
          { kind: 'draft', on: desk.agreement.draftedOn, word: t.t('event_draft') },
          ...desk.agreement.signatures.map((one) => ({ kind: 'sign', on: one.on, word: t.t('event_sign', signerWord(ctx, one.signer)) })),
        ]),
    ...(desk.judicialReminderOn === undefined ? [] : [{ kind: 'remind', on: desk.judicialReminderOn, word: t.t('event_remind') }]),
    ...desk.followUps.map((one) => ({ kind: 'followUp', on: one.on, word: t.t('event_followUp', t.t(`perf_${one.performance}`)) })),
  ];
  // By day; within a day in the order a case moves (结案 and 上报 after the signatures; the reminder and 回访 last). The
  // sort is stable, so the lifecycle's own order holds among its events.
  return lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) => compareDates(a.line.on, b.line.on) || rank(a.line.kind) - rank(b.line.kind) || a.index - b.index)
    .map(({ line }) => ({ on: line.on, word: line.word }));
}
