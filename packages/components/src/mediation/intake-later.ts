// The intake's questions after the first step, the review and the receipt: loaded after the form's first paint (an
// applicant reaches them only after answering the first step), so a villager on a slow phone sees the first question
// sooner. Each function renders for the element through IntakeView, the few things of the element it needs.
import { disputeTypes, formatTrackingCode, type MediationLevel, otherBodies, defaultMediationSettings } from '@shanzhi/rules';
import { html, nothing, type TemplateResult } from 'lit';
import type { commonMessages } from '../internal/common-messages.js';
import type { Localizer } from '../internal/localize.js';
import { errorState, type LoadFailure } from '../internal/states.js';
import { emptyRespondent, fieldId, yuanToFen, type IntakeDraft, type YesNo } from './draft.js';
import { intakeSteps, stepLabels, type IntakeReceipt, type TextFieldOptions, type ChoiceOptions } from './intake-steps.js';
import { levelLabels, type mediationMessages } from './messages.js';
import { terms } from './terms.js';

/** What the later steps and the receipt read from the element and ask of it. */
export interface IntakeView {
  readonly t: Localizer<NonNullable<(typeof mediationMessages)['zh-CN']>>;
  readonly common: Localizer<(typeof commonMessages)['zh-CN']>;
  readonly draft: IntakeDraft;
  readonly labels: Map<string, string>;
  readonly phase: string;
  readonly failure: LoadFailure | undefined;
  readonly confirmWithdraw: boolean;
  readonly withdrawing: boolean;
  readonly textField: (options: TextFieldOptions) => TemplateResult;
  readonly choice: (options: ChoiceOptions) => TemplateResult;
  readonly yesNoField: (path: readonly [string, string], legend: string, value: YesNo) => TemplateResult;
  readonly errorLine: (id: string) => TemplateResult | typeof nothing;
  readonly issueFor: (id: string) => string | undefined;
  readonly describedBy: (id: string, hint: boolean) => string | typeof nothing;
  readonly edit: (change: (draft: IntakeDraft) => void) => void;
  readonly focusAfterUpdate: (selector: string) => Promise<void>;
  readonly goTo: (step: number) => Promise<void>;
  readonly setConfirmWithdraw: (confirm: boolean) => void;
  readonly withdraw: () => Promise<void>;
  readonly startOver: () => void;
}

const bodyLabels = {
  none: 'bodyNone',
  court: 'bodyCourt',
  police: 'bodyPolice',
  arbitration: 'bodyArbitration',
  otherAgency: 'bodyOtherAgency',
} as const;
const safetyQuestions = ['violenceThreatened', 'weaponsInvolved', 'groupIncident'] as const;

/** A personal number on the review screen: its first and last characters only. */
function mask(value: string, keepStart: number, keepEnd: number): string {
  const clean = value.trim();
  if (clean.length <= keepStart + keepEnd) return '•'.repeat(clean.length);
  return `${clean.slice(0, keepStart)}${'•'.repeat(clean.length - keepStart - keepEnd)}${clean.slice(clean.length - keepEnd)}`;
}

function intakeBody(value: string): (typeof otherBodies)[number] | undefined {
  return otherBodies.find((body) => body === value);
}

function printPage(): void {
  globalThis.print();
}

export function renderApplicant(view: IntakeView): TemplateResult {
  const t = view.t;
  const { applicant } = view.draft;
  return html`${view.textField({ path: ['applicant', 'name'], label: t.t('applicantName'), value: applicant.name, autocomplete: 'name', personal: true, maxlength: 50 })}
  ${view.textField({ path: ['applicant', 'mobile'], label: t.t('mobile'), value: applicant.mobile, type: 'tel', autocomplete: 'tel-national', inputmode: 'tel', personal: true, maxlength: 20 })}
  ${view.textField({ path: ['applicant', 'residentId'], label: t.t('residentId'), value: applicant.residentId, autocomplete: 'off', personal: true, optional: true, maxlength: 18 })}
  ${view.textField({ path: ['applicant', 'address'], label: t.t('address'), value: applicant.address, autocomplete: 'street-address', personal: true, optional: true })}
  ${view.textField({ path: ['applicant', 'gridCode'], label: t.t('gridCode'), value: applicant.gridCode, personal: true, optional: true, hint: t.t('gridCodeHint'), maxlength: 32 })}`;
}

export function renderRespondents(view: IntakeView): TemplateResult {
  const t = view.t;
  const list = view.draft.respondents;
  const listId = fieldId(['respondents']);
  return html`${view.errorLine(listId)}
  ${list.map((one, index) => {
    const kindName = `kind-${String(index)}`;
    return html`<fieldset class="respondent" id=${index === 0 ? listId : nothing}>
      <legend>${t.t('respondent', index + 1)}</legend>
      <fieldset>
        <legend>${t.t('kind')}</legend>
        ${(['person', 'organisation'] as const).map((kind) =>
          view.choice({
            name: kindName,
            value: kind,
            path: `respondents.${String(index)}.kind`,
            checked: one.kind === kind,
            label: t.t(kind),
          }),
        )}
      </fieldset>
      ${view.textField({ path: ['respondents', index, 'name'], label: t.t('respondentName'), value: one.name, personal: true, maxlength: 100 })}
      ${
        one.kind === 'organisation'
          ? view.textField({ path: ['respondents', index, 'uscc'], label: t.t('uscc'), value: one.uscc, personal: true, maxlength: 18 })
          : view.textField({
              path: ['respondents', index, 'mobile'],
              label: t.t('respondentMobile'),
              value: one.mobile,
              type: 'tel',
              inputmode: 'tel',
              personal: true,
              optional: true,
              maxlength: 20,
            })
      }
      ${
        list.length > 1
          ? html`<button
              type="button"
              class="link"
              @click=${() => {
                view.edit((draft) => draft.respondents.splice(index, 1));
              }}
            >
              ${t.t('removeRespondent', index + 1)}
            </button>`
          : nothing
      }
    </fieldset>`;
  })}
  ${
    list.length < defaultMediationSettings.maxRespondents
      ? html`<button
          type="button"
          @click=${() => {
            view.edit((draft) => draft.respondents.push(emptyRespondent()));
            void view.focusAfterUpdate(`#${fieldId(['respondents', view.draft.respondents.length - 1, 'name'])}`);
          }}
        >
          ${t.t('addRespondent')}
        </button>`
      : nothing
  }`;
}

export function renderSafety(view: IntakeView): TemplateResult {
  const t = view.t;
  const { safety } = view.draft;
  const bodyId = fieldId(['safety', 'alreadyBefore']);
  view.labels.set(bodyId, t.t('alreadyBefore'));
  const bodyInvalid = view.issueFor(bodyId) !== undefined;
  return html`<p class="notice">${t.t('dangerNow')}</p>
    ${safetyQuestions.map((key) => view.yesNoField(['safety', key], t.t(key), safety[key]))}
    <fieldset class="field ${bodyInvalid ? 'invalid' : ''}" aria-describedby=${view.describedBy(bodyId, false)}>
      <legend>${t.t('alreadyBefore')}</legend>
      ${view.errorLine(bodyId)}
      ${otherBodies.map((body, index) =>
        view.choice({
          id: index === 0 ? bodyId : `${bodyId}-${body}`,
          name: bodyId,
          value: body,
          path: 'safety.alreadyBefore',
          checked: safety.alreadyBefore === body,
          label: t.t(bodyLabels[body]),
        }),
      )}
    </fieldset>
    ${safety.alreadyBefore === 'otherAgency' ? view.textField({ path: ['safety', 'otherAgencyName'], label: t.t('otherAgencyName'), value: safety.otherAgencyName, maxlength: 100 }) : nothing}
    ${view.yesNoField(['safety', 'otherPartyRefusedMediation'], t.t('otherPartyRefused'), safety.otherPartyRefusedMediation)}`;
}

export function renderConsent(view: IntakeView): TemplateResult {
  const t = view.t;
  const { preferences, consent } = view.draft;
  const publicityId = fieldId(['preferences', 'publicity']);
  const checkbox = (key: 'mediation' | 'personalData', label: string) => {
    const id = fieldId(['consent', key]);
    view.labels.set(id, label);
    return html`<div class="field ${view.issueFor(id) === undefined ? '' : 'invalid'}">
      ${view.errorLine(id)} ${view.choice({ type: 'checkbox', id, issueId: id, path: `consent.${key}`, checked: consent[key], label })}
    </div>`;
  };
  return html`<fieldset class="field">
      <legend>${t.t('publicity')}</legend>
      ${(['closed', 'public'] as const).map((publicity, index) =>
        view.choice({
          id: index === 0 ? publicityId : undefined,
          name: 'publicity',
          value: publicity,
          path: 'preferences.publicity',
          checked: preferences.publicity === publicity,
          label: t.t(publicity),
        }),
      )}
    </fieldset>
    ${view.textField({ path: ['preferences', 'preferredMediator'], label: t.t('preferredMediator'), value: preferences.preferredMediator, optional: true, personal: true, maxlength: 50 })}
    ${view.textField({ path: ['preferences', 'preferredTime'], label: t.t('preferredTime'), value: preferences.preferredTime, optional: true, maxlength: 100 })}
    <p class="box" id="consent-purpose">${t.t('consentPurpose')}</p>
    ${checkbox('mediation', t.t('consentMediation'))} ${checkbox('personalData', t.t('consentPersonalData'))}`;
}

export function renderReview(view: IntakeView): TemplateResult {
  const t = view.t;
  const d = view.draft;
  const en = t.lang === 'en';
  const type = disputeTypes.find((one) => one.code === d.dispute.type);
  const yesNo = (value: YesNo) => (value === '' ? '—' : t.t(value));
  const change = (step: number) =>
    html`<button type="button" class="link no-print" @click=${() => void view.goTo(step)}>
      ${t.t('change', t.t(stepLabels[intakeSteps[step] ?? 'review']))}
    </button>`;
  const body = intakeBody(d.safety.alreadyBefore);
  return html`<h3>${t.t('stepDispute')}</h3>
    ${terms([
      [t.t('type'), type ? (en ? type.en : type['zh-CN']) : '—'],
      [t.t('description'), d.dispute.description || '—'],
      [t.t('desiredOutcome'), d.dispute.desiredOutcome || '—'],
      [
        t.t('amount'),
        d.dispute.amount.trim() === '' || Number.isNaN(yuanToFen(d.dispute.amount)) ? t.t('none') : t.yuan(yuanToFen(d.dispute.amount)),
      ],
      [t.t('attachments'), d.attachments.length === 0 ? t.t('none') : d.attachments.map((one) => one.name).join('、')],
    ])}
    ${change(0)}
    <h3>${t.t('stepApplicant')}</h3>
    ${terms([
      [t.t('applicantName'), d.applicant.name || '—'],
      [t.t('mobile'), d.applicant.mobile ? mask(d.applicant.mobile, 3, 4) : '—'],
      [t.t('residentId'), d.applicant.residentId ? mask(d.applicant.residentId, 1, 1) : t.t('none')],
      [t.t('address'), d.applicant.address || t.t('none')],
    ])}
    ${change(1)}
    <h3>${t.t('stepRespondents')}</h3>
    <ul class="plain">
      ${d.respondents.map((one) => html`<li>${one.name || '—'} (${t.t(one.kind)})</li>`)}
    </ul>
    ${change(2)}
    <h3>${t.t('stepSafety')}</h3>
    ${terms([
      ...safetyQuestions.map((key) => [t.t(key), yesNo(d.safety[key])] as const),
      [
        t.t('alreadyBefore'),
        `${body === undefined ? '—' : t.t(bodyLabels[body])}${d.safety.alreadyBefore === 'otherAgency' && d.safety.otherAgencyName ? `（${d.safety.otherAgencyName}）` : ''}`,
      ],
      [t.t('otherPartyRefused'), yesNo(d.safety.otherPartyRefusedMediation)],
    ])}
    ${change(3)}
    <h3>${t.t('stepConsent')}</h3>
    ${terms([
      [t.t('publicity'), t.t(d.preferences.publicity)],
      [t.t('consentMediation'), d.consent.mediation ? t.t('yes') : t.t('no')],
      [t.t('consentPersonalData'), d.consent.personalData ? t.t('yes') : t.t('no')],
    ])}
    ${change(4)}`;
}

export function renderReceipt(view: IntakeView, receipt: IntakeReceipt): TemplateResult {
  const t = view.t;
  const urgent = receipt.triage.notifyPolice || receipt.triage.urgency === 'urgent';
  const level = (code: MediationLevel) => t.t(levelLabels[code]);
  if (view.phase === 'withdrawn') {
    return html`<section part="receipt" aria-labelledby="receipt-title">
      <h2 id="receipt-title" tabindex="-1">${t.t('withdrawn')}</h2>
      ${terms([[t.t('caseNumber'), receipt.displayCaseNumber]])}
      <div class="actions no-print"><button type="button" @click=${view.startOver}>${t.t('newApplication')}</button></div>
    </section>`;
  }
  return html`<section part="receipt" aria-labelledby="receipt-title">
    <h2 id="receipt-title" tabindex="-1">${t.t('receipt')}</h2>
    ${
      urgent
        ? html`<div class="urgent" part="urgent" role="alert">
            <h3>${t.t('urgentTitle')}</h3>
            <p>${t.t('urgentText')}</p>
            <p class="emergency"><a href="tel:110">110</a></p>
          </div>`
        : nothing
    }
    ${terms([
      [
        t.t('caseNumber'),
        html`<span class="code" data-case-number=${receipt.caseNumber}>${receipt.displayCaseNumber}</span><br /><span class="muted"
            >${receipt.caseNumber}</span
          >`,
      ],
      [t.t('trackingCode'), html`<span class="code">${formatTrackingCode(receipt.trackingCode)}</span>`],
      [t.t('level'), level(receipt.triage.level)],
    ])}
    <p class="muted">${t.t('trackingHint')}</p>
    <h3>${t.t('nextSteps')}</h3>
    <p>${t.t('contactBy', t.date(receipt.triage.contactBy))} ${t.t('concludeBy', t.date(receipt.concludeBy))}</p>
    <p>${t.t('nextStepsText')}</p>
    ${view.failure ? errorState(view.common, view.failure, () => void view.withdraw()) : nothing}
    <div class="actions no-print">
      <button type="button" class="primary" @click=${printPage}>${t.t('print')}</button>
      ${
        receipt.withdrawable && !view.confirmWithdraw
          ? html`<button
              type="button"
              @click=${() => {
                view.setConfirmWithdraw(true);
              }}
            >
              ${t.t('withdraw')}
            </button>`
          : nothing
      }
      <button type="button" class="link" @click=${view.startOver}>${t.t('newApplication')}</button>
    </div>
    ${receipt.withdrawable ? html`<p class="muted no-print">${t.t('withdrawHint')}</p>` : nothing}
    ${
      view.confirmWithdraw
        ? html`<div class="notice no-print" role="alertdialog" aria-labelledby="withdraw-q">
            <p id="withdraw-q">${t.t('withdrawConfirm')}</p>
            <div class="actions">
              <button
                type="button"
                class="primary"
                aria-disabled=${view.withdrawing ? 'true' : 'false'}
                @click=${() => void view.withdraw()}
              >
                ${t.t('withdraw')}
              </button>
              <button
                type="button"
                @click=${() => {
                  view.setConfirmWithdraw(false);
                }}
              >
                ${view.common.t('close')}
              </button>
            </div>
          </div>`
        : nothing
    }
  </section>`;
}
