import { compareDates, levelRank, mediationLevels, performanceStates, refusalReasons, transferTargets } from '@shanzhi/rules';
import {
  acceptMediationCase,
  assignMediators,
  closeMediationCase,
  declareMediationTies,
  draftMediationAgreement,
  escalateMediationCase,
  recordMediationFollowUp,
  recordMediationSession,
  refuseMediationCase,
  remindJudicialConfirmation,
  scheduleMediationSession,
  signMediationAgreement,
  type ApiResult,
  type Client,
} from '@shanzhi/sdk/browser';
import type { Localizer } from '../internal/localize.js';
import type { PanelWords } from './panel-messages.js';
import type { DeskView } from './sz-mediation-desk.js';

/** What a form holds: text for one control, a list for a group of checkboxes. */
export type Value = string | readonly string[];
export type Values = Readonly<Record<string, Value>>;

export interface Option {
  readonly value: string;
  readonly label: string;
  /** Greyed out, with `note` saying why (a mediator who declared a tie). */
  readonly disabled?: boolean;
  readonly note?: string;
}

/** One control of a step form. `name` is the body's field, so the server's issue paths land on it. */
export interface Field {
  readonly name: string;
  readonly kind: 'date' | 'time' | 'text' | 'textarea' | 'select' | 'checks' | 'radio';
  readonly label: string;
  readonly hint?: string;
  readonly options?: readonly Option[];
  readonly optional?: boolean;
  readonly max?: number;
}

/**
 * What the forms are built from: the case as the desk shows it, today and the words. `knownMediators` (ids the queue
 * names) is no longer offered by any form — only the server's `candidates` are — and stays until the panel stops passing it.
 */
export interface FormContext {
  readonly desk: DeskView;
  readonly today: string;
  readonly t: Localizer<PanelWords>;
  readonly knownMediators?: readonly string[];
}

export interface StepForm {
  readonly fields: (ctx: FormContext, values: Values) => readonly Field[];
  readonly initial: (ctx: FormContext) => Values;
  /** Sends the step with the attempt's Idempotency-Key; each step answers with the whole desk view. */
  readonly send: (client: Client, caseNumber: string, values: Values, key: string) => Promise<ApiResult<DeskView>>;
}

const text = (values: Values, name: string): string => {
  const value = values[name];
  return typeof value === 'string' ? value.trim() : '';
};
const list = (values: Values, name: string): string[] => {
  const value = values[name];
  return Array.isArray(value) ? [...(value as readonly string[])] : [];
};
/** Only the optional fields that were filled in. */
const optional = <K extends string>(name: K, value: string): Partial<Record<K, string>> =>
  value === '' ? {} : ({ [name]: value } as Record<K, string>);

/** A party's reference in words: 申请人, 被申请人1 …, with the name the desk knows. */
export function partyWord(ctx: Pick<FormContext, 'desk' | 't'>, ref: string): string {
  const { t, desk } = ctx;
  const party = desk.parties.find((one) => one.ref === ref);
  const role = ref === 'applicant' ? t.t('applicant') : t.t('respondent', Number(ref.slice('respondent-'.length)));
  return party ? `${role} ${party.name}` : role;
}

const partyOptions = (ctx: FormContext, only?: (party: DeskView['parties'][number]) => boolean): Option[] =>
  ctx.desk.parties.map((one) => ({
    value: one.ref,
    label: partyWord(ctx, one.ref),
    ...(only && !only(one) ? { disabled: true, note: ctx.t.t('unreachable') } : {}),
  }));

/** A person by name; the staff number only when the name is missing or another person has the same one. */
function personLabel(people: readonly { readonly id: string; readonly name: string }[], id: string, name: string): string {
  if (name === '') return id;
  return people.filter((one) => one.name === name).length > 1 ? `${name}（${id}）` : name;
}

const dateField = (ctx: FormContext, name = 'on', label = ctx.t.t('on')): Field => ({ name, kind: 'date', label });
const params = (caseNumber: string) => ({ caseNumber });

/** A step whose one field is the day it happened (today unless changed): accepting a case, reminding of 司法确认. */
function dayOnly(send: (client: Client, caseNumber: string, on: string, idempotencyKey: string) => Promise<ApiResult<DeskView>>): StepForm {
  return {
    fields: (ctx) => [dateField(ctx)],
    initial: (ctx) => ({ on: ctx.today }),
    send: (client, caseNumber, v, idempotencyKey) => send(client, caseNumber, text(v, 'on'), idempotencyKey),
  };
}

/** The sessions planned but not yet recorded. */
const pendingOf = (ctx: FormContext) => ctx.desk.sessions.filter((one) => one.heldOn === undefined);
/** Those whose day has come (today or earlier): notes are recorded after a session, never ahead of it. */
const recordable = (ctx: FormContext) => pendingOf(ctx).filter((one) => compareDates(one.on, ctx.today) <= 0);
/** The planned day of a session, from the form's `sessionDays`. */
const plannedDay = (v: Values, sessionId: string): string =>
  list(v, 'sessionDays')
    .find((one) => one.startsWith(`${sessionId}=`))
    ?.slice(sessionId.length + 1) ?? '';

/** The forms of the desk's steps, by route id (the server's `nextSteps` says which are shown). */
export const stepForms: Readonly<Record<string, StepForm>> = {
  acceptMediationCase: dayOnly((client, caseNumber, on, idempotencyKey) =>
    client.request(acceptMediationCase, { params: params(caseNumber), body: { on } }, { idempotencyKey }),
  ),
  refuseMediationCase: {
    fields: (ctx, v) => [
      dateField(ctx),
      {
        name: 'reason',
        kind: 'radio',
        label: ctx.t.t('reason'),
        hint: ctx.t.t('reasonHint'),
        options: refusalReasons.map((value) => ({ value, label: ctx.t.t(`reason_${value}`) })),
      },
      // The body the applicant is sent to (2002 规定 Art 22); Art 17's refusal by a party needs none.
      ...(text(v, 'reason') === 'otherPartyRefused' || text(v, 'reason') === ''
        ? []
        : [{ name: 'organName', kind: 'text', label: ctx.t.t('organName'), optional: true, max: 100 } as const]),
    ],
    initial: (ctx) => ({ on: ctx.today, reason: '', organName: '' }),
    send: (client, caseNumber, v, idempotencyKey) => {
      const reason = text(v, 'reason') as (typeof refusalReasons)[number];
      const organ = reason === 'otherPartyRefused' ? '' : text(v, 'organName');
      return client.request(
        refuseMediationCase,
        { params: params(caseNumber), body: { on: text(v, 'on'), reason, ...optional('organName', organ) } },
        { idempotencyKey },
      );
    },
  },
  assignMediators: {
    fields: (ctx) => {
      const { desk, t } = ctx;
      // Exactly the mediators the server accepts for this case (人民调解法 Art 19: the committee's own 人民调解员;
      // `candidates` is the server's list for the case's village), by name. Ids the queue knows from other cases (a
      // township mediator, a grid worker holding a grid-level case) are not offered: the server refuses them.
      const partyReleased = new Set(desk.released.filter((one) => one.reason === 'partyRequest').map((one) => one.mediatorId));
      const options = desk.candidates.map(({ id, name }) => {
        const tied = desk.tiedMediatorIds.includes(id);
        const label = personLabel(desk.candidates, id, name);
        return tied || partyReleased.has(id)
          ? { value: id, label, disabled: true, note: tied ? t.t('tiedMediator') : t.t('release_partyRequest') }
          : { value: id, label };
      });
      return [
        dateField(ctx),
        { name: 'mediatorIds', kind: 'checks', label: t.t('mediatorIds'), hint: t.t('mediatorsHint'), options, optional: true },
        { name: 'otherMediator', kind: 'text', label: t.t('otherMediator'), optional: true, max: 64 },
        ...(desk.mediators.length > 0
          ? [
              {
                name: 'released',
                kind: 'checks',
                label: t.t('releasedField'),
                options: desk.mediators.map((one) => ({ value: one.id, label: personLabel(desk.mediators, one.id, one.name) })),
                optional: true,
              } as const,
            ]
          : []),
      ];
    },
    // The team as it stands, less anyone the server would no longer accept (not among the candidates).
    initial: (ctx) => ({
      on: ctx.today,
      mediatorIds: ctx.desk.mediators.filter((one) => ctx.desk.candidates.some((c) => c.id === one.id)).map((one) => one.id),
      otherMediator: '',
      released: [],
    }),
    send: (client, caseNumber, v, idempotencyKey) => {
      const released = list(v, 'released');
      const other = text(v, 'otherMediator');
      const mediatorIds = [...list(v, 'mediatorIds').filter((id) => !released.includes(id)), ...(other === '' ? [] : [other])];
      return client.request(
        assignMediators,
        {
          params: params(caseNumber),
          body: {
            on: text(v, 'on'),
            mediatorIds,
            ...(released.length === 0 ? {} : { released: released.map((mediatorId) => ({ mediatorId, reason: 'partyRequest' as const })) }),
          },
        },
        { idempotencyKey },
      );
    },
  },
  declareMediationTies: {
    fields: (ctx) => [
      {
        name: 'parties',
        kind: 'checks',
        label: ctx.t.t('ties'),
        hint: ctx.t.t('tiesHint'),
        options: partyOptions(ctx).map((one) => (ctx.desk.myTies.includes(one.value) ? { ...one, disabled: true } : one)),
      },
    ],
    initial: () => ({ parties: [] }),
    send: (client, caseNumber, v, idempotencyKey) =>
      client.request(declareMediationTies, { params: params(caseNumber), body: { parties: list(v, 'parties') } }, { idempotencyKey }),
  },
  scheduleMediationSession: {
    fields: (ctx) => [
      dateField(ctx),
      { name: 'time', kind: 'time', label: ctx.t.t('time'), optional: true },
      { name: 'place', kind: 'text', label: ctx.t.t('place'), max: 100 },
      {
        name: 'notify',
        kind: 'checks',
        label: ctx.t.t('notify'),
        hint: ctx.t.t('notifyHint'),
        options: partyOptions(ctx, (one) => one.reachable),
        optional: true,
      },
    ],
    initial: (ctx) => ({
      on: ctx.today,
      time: '',
      place: ctx.desk.sessions[ctx.desk.sessions.length - 1]?.place ?? '',
      notify: ctx.desk.parties.filter((one) => one.reachable).map((one) => one.ref),
    }),
    send: (client, caseNumber, v, idempotencyKey) =>
      client.request(
        scheduleMediationSession,
        {
          params: params(caseNumber),
          body: { on: text(v, 'on'), place: text(v, 'place'), notify: list(v, 'notify'), ...optional('time', text(v, 'time')) },
        },
        { idempotencyKey },
      ),
  },
  recordMediationSession: {
    fields: (ctx, v) => {
      const { t } = ctx;
      const due = recordable(ctx);
      const chosen = due.find((one) => one.id === text(v, 'sessionId'));
      return [
        {
          name: 'sessionId',
          kind: 'select',
          label: t.t('sessionId'),
          // Only a session whose day has come: the server refuses notes ahead of it (mediation.desk.sessionNotYetDue).
          options: due.map((one) => ({ value: one.id, label: t.t('session', t.date(one.on, 'short'), one.time ?? '', one.place) })),
          ...(due.length < pendingOf(ctx).length ? { hint: t.t('laterSessions') } : {}),
        },
        // Left empty, the session's own day is sent: the date follows the session chosen above.
        {
          ...dateField(ctx, 'heldOn', t.t('heldOn')),
          optional: true,
          ...(chosen ? { hint: t.t('heldOnHint', t.date(chosen.on, 'short')) } : {}),
        },
        { name: 'attended', kind: 'checks', label: t.t('attendedField'), options: partyOptions(ctx), optional: true },
        { name: 'notes', kind: 'textarea', label: t.t('notesField'), max: 5000 },
      ];
    },
    initial: (ctx) => ({
      sessionId: recordable(ctx)[0]?.id ?? '',
      heldOn: '',
      // Not a control: each recordable session's planned day (`id=date`), for `send` to fill in an empty date.
      sessionDays: recordable(ctx).map((one) => `${one.id}=${one.on}`),
      attended: ctx.desk.parties.map((one) => one.ref),
      notes: '',
    }),
    send: (client, caseNumber, v, idempotencyKey) => {
      const sessionId = text(v, 'sessionId');
      return client.request(
        recordMediationSession,
        {
          params: { caseNumber, sessionId },
          // The session's day unless another was typed (held later than planned; never earlier: the server refuses).
          body: { heldOn: text(v, 'heldOn') || plannedDay(v, sessionId), attended: list(v, 'attended'), notes: text(v, 'notes') },
        },
        { idempotencyKey },
      );
    },
  },
  draftMediationAgreement: {
    fields: (ctx) => [
      dateField(ctx),
      { name: 'facts', kind: 'textarea', label: ctx.t.t('facts'), max: 2000 },
      { name: 'terms', kind: 'textarea', label: ctx.t.t('terms'), max: 2000 },
      { name: 'performanceMethod', kind: 'textarea', label: ctx.t.t('performanceMethod'), max: 500 },
      { name: 'performBy', kind: 'date', label: ctx.t.t('performByField'), optional: true },
    ],
    // 人民调解法 Art 29's contents, from the draft on file or what the applicant wrote.
    initial: (ctx) => {
      const agreement = ctx.desk.agreement;
      return {
        on: ctx.today,
        facts: agreement?.facts ?? ctx.desk.agreementDraft.facts,
        terms: agreement?.terms ?? ctx.desk.agreementDraft.terms,
        performanceMethod: agreement?.performanceMethod ?? '',
        performBy: agreement?.performBy ?? '',
      };
    },
    send: (client, caseNumber, v, idempotencyKey) =>
      client.request(
        draftMediationAgreement,
        {
          params: params(caseNumber),
          body: {
            on: text(v, 'on'),
            facts: text(v, 'facts'),
            terms: text(v, 'terms'),
            performanceMethod: text(v, 'performanceMethod'),
            ...optional('performBy', text(v, 'performBy')),
          },
        },
        { idempotencyKey },
      ),
  },
  signMediationAgreement: {
    fields: (ctx) => {
      const agreement = ctx.desk.agreement;
      const signed = new Set(agreement?.signatures.map((one) => one.signer));
      return [
        {
          name: 'signer',
          kind: 'select',
          label: ctx.t.t('signer'),
          options: (agreement?.requiredSigners ?? [])
            .filter((one) => !signed.has(one))
            .map((value) => ({ value, label: signerWord(ctx, value) })),
        },
        dateField(ctx),
      ];
    },
    initial: (ctx) => {
      const agreement = ctx.desk.agreement;
      const signed = new Set(agreement?.signatures.map((one) => one.signer));
      return { signer: agreement?.requiredSigners.find((one) => !signed.has(one)) ?? '', on: ctx.today };
    },
    send: (client, caseNumber, v, idempotencyKey) =>
      client.request(
        signMediationAgreement,
        { params: params(caseNumber), body: { signer: text(v, 'signer'), on: text(v, 'on') } },
        { idempotencyKey },
      ),
  },
  remindJudicialConfirmation: dayOnly((client, caseNumber, on, idempotencyKey) =>
    client.request(remindJudicialConfirmation, { params: params(caseNumber), body: { on } }, { idempotencyKey }),
  ),
  recordMediationFollowUp: {
    fields: (ctx) => [
      dateField(ctx),
      {
        name: 'performance',
        kind: 'radio',
        label: ctx.t.t('performanceField'),
        options: performanceStates.map((value) => ({ value, label: ctx.t.t(`perf_${value}`) })),
      },
      { name: 'note', kind: 'textarea', label: ctx.t.t('note'), max: 2000 },
    ],
    initial: (ctx) => ({ on: ctx.today, performance: '', note: '' }),
    send: (client, caseNumber, v, idempotencyKey) =>
      client.request(
        recordMediationFollowUp,
        {
          params: params(caseNumber),
          body: { on: text(v, 'on'), performance: text(v, 'performance') as (typeof performanceStates)[number], note: text(v, 'note') },
        },
        { idempotencyKey },
      ),
  },
  closeMediationCase: {
    fields: (ctx, v) => {
      const { t } = ctx;
      const oral = text(v, 'outcome') === 'oralAgreement';
      return [
        dateField(ctx),
        {
          name: 'outcome',
          kind: 'radio',
          label: t.t('outcome'),
          options: (['noAgreement', 'oralAgreement'] as const).map((value) => ({ value, label: t.t(`outcome_${value}`) })),
        },
        ...(oral
          ? [{ name: 'terms', kind: 'textarea', label: t.t('oralTerms'), max: 2000 } as const]
          : [
              {
                name: 'transferTo',
                kind: 'select',
                label: t.t('transferTo'),
                optional: true,
                options: (['', ...transferTargets] as const).map((value) => ({ value, label: t.t(`transfer_${value}`) })),
              } as const,
              ...(text(v, 'transferTo') === 'administrative'
                ? [{ name: 'agencyName', kind: 'text', label: t.t('agencyName'), max: 100 } as const]
                : []),
            ]),
      ];
    },
    initial: (ctx) => ({ on: ctx.today, outcome: 'noAgreement', transferTo: '', agencyName: '', terms: '' }),
    send: (client, caseNumber, v, idempotencyKey) => {
      const on = text(v, 'on');
      const transferTo = text(v, 'transferTo') as (typeof transferTargets)[number] | '';
      const body =
        text(v, 'outcome') === 'oralAgreement'
          ? { on, outcome: 'oralAgreement' as const, terms: text(v, 'terms') }
          : {
              on,
              outcome: 'noAgreement' as const,
              ...(transferTo === '' ? {} : { transferTo }),
              ...optional('agencyName', transferTo === 'administrative' ? text(v, 'agencyName') : ''),
            };
      return client.request(closeMediationCase, { params: params(caseNumber), body }, { idempotencyKey });
    },
  },
  escalateMediationCase: {
    fields: (ctx) => {
      const { t, desk } = ctx;
      // 小事不出网格、大事不出村、难事不出镇: only a higher level than the case's own.
      const higher = mediationLevels.filter((one) => levelRank(one) > levelRank(desk.status.level));
      return [
        dateField(ctx),
        {
          name: 'toLevel',
          kind: 'select',
          label: t.t('toLevel'),
          options: higher.map((value) => ({ value, label: t.t(`level_${value}`) })),
        },
        {
          name: 'reportedTo',
          kind: 'select',
          label: t.t('reportedTo'),
          optional: true,
          options: (['', 'police', 'otherDepartment'] as const).map((value) => ({ value, label: t.t(`report_${value}`) })),
        },
        { name: 'note', kind: 'textarea', label: t.t('escalateNote'), optional: true, max: 500 },
      ];
    },
    initial: (ctx) => ({
      on: ctx.today,
      toLevel: mediationLevels.find((one) => levelRank(one) > levelRank(ctx.desk.status.level)) ?? '',
      reportedTo: '',
      note: '',
    }),
    send: (client, caseNumber, v, idempotencyKey) => {
      const reportedTo = text(v, 'reportedTo') as 'police' | 'otherDepartment' | '';
      return client.request(
        escalateMediationCase,
        {
          params: params(caseNumber),
          body: {
            on: text(v, 'on'),
            toLevel: text(v, 'toLevel') as (typeof mediationLevels)[number],
            ...(reportedTo === '' ? {} : { reportedTo }),
            ...optional('note', text(v, 'note')),
          },
        },
        { idempotencyKey },
      );
    },
  },
};

/** Who signs, in words: a party by role and name, the mediator, or the committee's seal (人民调解法 Art 29). */
export function signerWord(ctx: Pick<FormContext, 'desk' | 't'>, signer: string): string {
  if (signer === 'mediator') return ctx.t.t('signer_mediator');
  if (signer === 'committeeSeal') return ctx.t.t('signer_committeeSeal');
  return partyWord(ctx, signer);
}

/** The form's own check before sending: what is not optional is filled in, a group of checkboxes has one ticked. */
export function missing(fields: readonly Field[], values: Values, t: Localizer<PanelWords>): Map<string, string> {
  const out = new Map<string, string>();
  for (const field of fields) {
    if (field.optional) continue;
    const value = values[field.name];
    if (field.kind === 'checks' ? list(values, field.name).length === 0 : typeof value !== 'string' || value.trim() === '')
      out.set(
        field.name,
        field.kind === 'checks' ? t.t('chooseOne') : field.kind === 'radio' || field.kind === 'select' ? t.t('pickOne') : t.t('required'),
      );
  }
  // Assignment: at least one mediator, ticked or typed.
  if (values.mediatorIds !== undefined && list(values, 'mediatorIds').length === 0 && text(values, 'otherMediator') === '')
    out.set('mediatorIds', t.t('chooseOne'));
  return out;
}
