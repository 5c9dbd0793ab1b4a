import { disputeTypes } from '@shanzhi/rules';
import { getMediationDesk, ProblemError, type Client } from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { AttachmentLists } from '../internal/attachment-list.js';
import { sendProblem } from '../internal/send-problem.js';
import { caseFile } from './case-file.js';
import { describeFailure } from '../internal/states.js';
import { ReadingPart } from '../internal/reading-part.js';
import type { PartBasics } from '../internal/widget-part.js';
import { agreementView } from './agreement-view.js';
import { panelMessages, type PanelWords } from './panel-messages.js';
import { panelStyles } from './panel-styles.js';
import { missing, partyWord, stepForms, type Field, type FormContext, type Value, type Values } from './step-forms.js';
import type { DeskView } from './sz-mediation-desk.js';

/** What the desk gives its panel: what every late part gets, the case, today, the mediators it knows, and the hook for changes. */
export interface PanelOptions extends PartBasics {
  readonly caseNumber: string;
  /** The server's day (the queue's `asOf`): the forms' dates start there. */
  readonly today: () => string | undefined;
  /** Mediator ids the queue names, offered by the assignment form beside the case's own. */
  readonly knownMediators: () => readonly string[];
  /** A step went through: the desk fires its event (codes only) and shows the row as it now is. */
  readonly changed: (step: string, desk: DeskView) => void;
}

/** The order the step buttons come in: the case's way from intake to 回访, then the steps possible at any time. */
const stepOrder = [
  'acceptMediationCase',
  'assignMediators',
  'scheduleMediationSession',
  'recordMediationSession',
  'draftMediationAgreement',
  'signMediationAgreement',
  'remindJudicialConfirmation',
  'recordMediationFollowUp',
  'closeMediationCase',
  'refuseMediationCase',
  'escalateMediationCase',
  'declareMediationTies',
];

/**
 * One opened case as the mediator works it: the parties (names, whether a notice can reach them — never a number),
 * the dispute, what is due, the mediators and ties (回避), the sessions with their notes, the 调解协议书 in its print
 * layout with the signatures, the 司法确认 reminder, the 回访 and what was escalated or passed on; then the buttons of
 * the steps the server accepts now (`nextSteps`), each opening its form. A form keeps what was typed when a send
 * fails and shows the server's problem beside it: field issues at their fields, the rest (a step out of order, 409)
 * above the buttons. One Idempotency-Key per attempt (SendingPart, under ReadingPart): a retry over a dropped connection does nothing twice.
 */
export class CasePanel extends ReadingPart<PanelOptions> {
  private readonly t = this.localize(panelMessages, panelStyles);
  private desk: DeskView | undefined;
  /** The issues of the last refusal that no field took (shown with the form's problem). */
  private details: readonly string[] = [];
  /** The step whose form is open, what it holds, and the problems the last send left at its fields. */
  private step: string | undefined;
  private values: Values = {};
  private issues = new Map<string, string>();
  /** The application's files and the origin report's photos, opened as the mediator asks (docs/attachments.md). */
  private readonly files: AttachmentLists;

  constructor(host: ReactiveControllerHost, options: PanelOptions) {
    super(host, options);
    this.files = new AttachmentLists(host, options);
    void this.load();
  }

  /** The desk's routes take no village (the server reads it from the mediator's token): the client is enough. */
  protected override get place(): readonly [Client, string] | undefined {
    const client = this.options.client();
    return client ? [client, ''] : undefined;
  }

  private load(): Promise<void> {
    return this.read(async (client) => {
      this.desk = (await client.request(getMediationDesk, { params: { caseNumber: this.options.caseNumber } })).data;
    }, '[part~="panel"]');
  }

  private context(desk: DeskView): FormContext {
    return { desk, today: this.options.today() ?? desk.status.submittedOn, t: this.t, knownMediators: this.options.knownMediators() };
  }

  /** Opens a step's form (closing another one: what it held is dropped, as a cancel would). */
  private openStep(step: string, desk: DeskView): void {
    if (this.step === step) {
      this.closeStep();
      return;
    }
    const form = stepForms[step];
    if (!form) return;
    this.step = step;
    this.values = form.initial(this.context(desk));
    this.issues = new Map();
    this.problem = undefined;
    this.endAttempt();
    this.updateAndFocus('[part~="form"] input, [part~="form"] select, [part~="form"] textarea');
  }

  private closeStep(): void {
    const step = this.step;
    this.step = undefined;
    this.values = {};
    this.issues = new Map();
    this.problem = undefined;
    this.endAttempt();
    this.update();
    if (step) void this.focus(`[data-step="${step}"]`);
  }

  private set(name: string, value: Value): void {
    this.values = { ...this.values, [name]: value };
    this.issues.delete(name);
    this.endAttempt();
    this.update();
  }

  /** Field issues (by the body's field name) go to their fields; the rest is the form's problem, with the request id. */
  private failed(error: unknown, fields: readonly Field[]): string {
    this.issues = new Map();
    const names = new Set(fields.map((one) => one.name));
    const details: string[] = [];
    if (error instanceof ProblemError) {
      for (const issue of error.issues) {
        let name = String(issue.path[0] ?? '');
        // A typed mediator id the server refused is shown at the box it was typed in.
        const typed = typeof this.values.otherMediator === 'string' ? this.values.otherMediator.trim() : '';
        if (name === 'mediatorIds' && typed !== '' && issue.message.includes(typed)) name = 'otherMediator';
        if (names.has(name) && !this.issues.has(name)) this.issues.set(name, issue.message);
        else if (issue.message !== error.title) details.push(issue.message);
      }
      // A 422 whose every issue sits at a field needs nothing more; a 409 (out of order) is said above the form.
      if (this.issues.size > 0 && details.length === 0 && error.status === 422) return '[aria-invalid="true"]';
    }
    const failure = describeFailure(error, this.options.common);
    this.problem = failure;
    this.details = details;
    return '[part~="form-problem"]';
  }

  private async send(event: SubmitEvent, desk: DeskView): Promise<void> {
    event.preventDefault();
    const step = this.step;
    const form = step === undefined ? undefined : stepForms[step];
    const client = this.options.client();
    if (!step || !form || !client || this.sending) return;
    const ctx = this.context(desk);
    const fields = form.fields(ctx, this.values);
    this.issues = missing(fields, this.values, this.t);
    if (this.issues.size > 0) {
      this.update();
      await this.focus('[aria-invalid="true"]');
      return;
    }
    const values = this.values;
    await this.sendAttempt(`${step}:${JSON.stringify(values)}`, (key) => form.send(client, this.options.caseNumber, values, key), {
      done: (result) => {
        this.desk = result.data;
        // What was typed (notes, names in an agreement) is not kept once the server has it.
        this.step = undefined;
        this.values = {};
        this.issues = new Map();
        const done = this.t.t('stepDone', this.t.t(`step_${step}` as keyof PanelWords & `step_${string}`));
        this.options.announce(done);
        this.lastDone = done;
        this.options.changed(step, result.data);
        return '[part~="done"]';
      },
      failed: (error) => this.failed(error, fields),
    });
  }

  /** The words of the last step done, shown above the buttons (focus goes there). */
  private lastDone: string | undefined;

  private control(field: Field): TemplateResult {
    const id = `md-${field.name}`;
    const issue = this.issues.get(field.name);
    const describedBy = [field.hint ? `${id}-hint` : '', issue ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
    const value = this.values[field.name];
    const textValue = typeof value === 'string' ? value : '';
    const hint = field.hint ? html`<p class="hint" id=${`${id}-hint`}>${field.hint}</p>` : nothing;
    const error = issue ? html`<p class="field-error" id=${`${id}-error`}>${issue}</p>` : nothing;
    const onInput = (event: Event) => {
      this.set(field.name, (event.target as HTMLInputElement).value);
    };
    if (field.kind === 'checks' || field.kind === 'radio') {
      const chosen = Array.isArray(value) ? (value as readonly string[]) : [textValue];
      // The group says why (described by the error); each box carries the invalid state, so the focus can go to the first.
      return html`<fieldset class=${issue ? 'field invalid' : 'field'} aria-describedby=${describedBy} data-field=${field.name}>
        <legend>${field.label}</legend>
        ${hint}
        ${(field.options ?? []).map(
          (option, index) =>
            html`<label class="check" for=${`${id}-${String(index)}`}
              ><input
                id=${`${id}-${String(index)}`}
                type=${field.kind === 'checks' ? 'checkbox' : 'radio'}
                name=${id}
                value=${option.value}
                .checked=${live(chosen.includes(option.value))}
                ?disabled=${option.disabled === true}
                aria-invalid=${issue ? 'true' : 'false'}
                @change=${(event: Event) => {
                  const on = (event.target as HTMLInputElement).checked;
                  if (field.kind === 'radio') this.set(field.name, option.value);
                  else this.set(field.name, on ? [...chosen, option.value] : chosen.filter((one) => one !== option.value));
                }}
              />${option.label}${option.note ? html` <span class="note">（${option.note}）</span>` : nothing}</label
            >`,
        )}
        ${error}
      </fieldset>`;
    }
    const label = html`<label for=${id}>${field.label}</label>`;
    const invalid = issue ? 'true' : 'false';
    if (field.kind === 'select')
      return html`<div class="field">
        ${label}${hint}
        <select id=${id} aria-invalid=${invalid} aria-describedby=${describedBy} @change=${onInput}>
          ${(field.options ?? []).map((option) => html`<option value=${option.value} ?selected=${option.value === textValue}>${option.label}</option>`)}
        </select>
        ${error}
      </div>`;
    if (field.kind === 'textarea')
      return html`<div class="field">
        ${label}${hint}
        <textarea
          id=${id}
          rows="4"
          maxlength=${field.max ?? 2000}
          .value=${live(textValue)}
          aria-invalid=${invalid}
          aria-describedby=${describedBy}
          @input=${onInput}
        ></textarea>
        ${error}
      </div>`;
    return html`<div class="field">
      ${label}${hint}
      <input
        id=${id}
        type=${field.kind}
        maxlength=${field.kind === 'text' ? (field.max ?? 100) : nothing}
        .value=${live(textValue)}
        aria-invalid=${invalid}
        aria-describedby=${describedBy}
        @input=${onInput}
      />
      ${error}
    </div>`;
  }

  private renderForm(desk: DeskView, step: string): TemplateResult {
    const form = stepForms[step];
    if (!form) return html``;
    const fields = form.fields(this.context(desk), this.values);
    const title = this.t.t(`step_${step}` as keyof PanelWords & `step_${string}`);
    return html`<form
      part="form"
      class="step-form"
      data-form=${step}
      novalidate
      aria-label=${title}
      @submit=${(e: SubmitEvent) => void this.send(e, desk)}
    >
      <h4>${title}</h4>
      ${this.renderProblem()} ${fields.map((field) => this.control(field))}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.sending}>${this.sending ? this.t.t('sending') : this.t.t('send')}</button>
        <button
          type="button"
          @click=${() => {
            this.closeStep();
          }}
        >
          ${this.t.t('cancel')}
        </button>
      </div>
    </form>`;
  }

  private renderProblem(): TemplateResult | typeof nothing {
    const problem = this.problem;
    if (!problem) return nothing;
    return sendProblem(this.options.common, problem, 'form-problem', {
      before: this.t.t('problem'),
      after: html`${this.details.map((one) => html`<p>${one}</p>`)}`,
    });
  }

  private renderSteps(desk: DeskView): TemplateResult {
    // 回避: a mediator who declared a tie takes no step but declaring more ties (the server refuses the rest).
    const allowed = desk.myTies.length > 0 ? ['declareMediationTies'] : desk.nextSteps;
    const steps = stepOrder.filter((one) => allowed.includes(one));
    return html`<section class="steps" part="steps" aria-labelledby="md-steps-title">
      <h4 id="md-steps-title">${this.t.t('stepsTitle')}</h4>
      ${this.lastDone ? html`<p class="done" part="done" tabindex="-1">${this.lastDone}</p>` : nothing}
      ${
        steps.length === 0
          ? html`<p class="hint">${this.t.t('noSteps')}</p>`
          : html`<div class="step-buttons">
              ${steps.map(
                (step) =>
                  html`<button
                    type="button"
                    data-step=${step}
                    aria-expanded=${this.step === step ? 'true' : 'false'}
                    @click=${() => {
                      this.lastDone = undefined;
                      this.openStep(step, desk);
                    }}
                  >
                    ${this.t.t(`step_${step}` as keyof PanelWords & `step_${string}`)}
                  </button>`,
              )}
            </div>`
      }
      ${this.step ? this.renderForm(desk, this.step) : nothing}
    </section>`;
  }

  private renderFacts(desk: DeskView): TemplateResult {
    const { t } = this;
    const ctx = { desk, t };
    const { status, dispute } = desk;
    const type = disputeTypes.find((one) => one.code === status.disputeType);
    return html`<h4>${t.t('parties')}</h4>
      <ul class="facts-list">
        ${desk.parties.map(
          (one) =>
            html`<li>
              ${partyWord(ctx, one.ref)}${one.kind === 'organisation' ? t.t('organisation') : ''} ·
              ${one.reachable ? t.t('reachable') : t.t('unreachable')}
            </li>`,
        )}
      </ul>
      <h4>${t.t('dispute')}</h4>
      <p>${type ? (t.lang === 'en' ? type.en : type['zh-CN']) : status.disputeType}</p>
      <p class="quoted">${dispute.description}</p>
      <p>${t.t('desired')}：${dispute.desiredOutcome}</p>
      ${dispute.amountFen === undefined ? nothing : html`<p>${t.t('amount')}：${t.yuan(dispute.amountFen)}</p>`} ${this.renderFiles(desk)}
      <h4>${t.t('due')}</h4>
      <ul class="facts-list" part="due">
        ${status.concludeBy ? html`<li>${t.t('concludeBy', t.date(status.concludeBy))}</li>` : nothing}
        ${desk.due.map(
          (one) =>
            html`<li class=${one.overdue ? 'late' : ''}>
              ${one.overdue ? html`<strong>${t.t('overdue')}</strong> ` : nothing}${one.label} · ${t.t('dueBy', t.date(one.dueOn))}
            </li>`,
        )}
      </ul>
      ${
        status.refusalGuidance
          ? html`<h4>${t.t('refusal')}</h4>
              <p>${status.refusalGuidance}</p>`
          : nothing
      }
      ${
        status.routes.length > 0
          ? html`<h4>${t.t('routes')}</h4>
              <ul class="facts-list">
                ${status.routes.map((one) => html`<li>${one.label}</li>`)}
              </ul>`
          : nothing
      }`;
  }

  /**
   * The application's files (each of the village it was uploaded to: a county-pool case's may be another's) and, for a
   * case taken over from a grid report, the report with its photos; both the mediators' only (purposes.ts).
   */
  private renderFiles(desk: DeskView): TemplateResult {
    const { t } = this;
    const intake = desk.status.attachments ?? [];
    const origin = desk.origin;
    return html`${
      intake.length > 0
        ? html`<h4>${t.t('intakeFiles')}</h4>
            ${this.files.render('md-intake', intake)}`
        : nothing
    }
    ${
      origin
        ? html`<h4>${t.t('origin', origin.category.label, t.date(origin.seenOn))}</h4>
            <p class="quoted">${origin.text}</p>
            <p>${origin.place.text}</p>
            ${
              origin.attachmentIds.length > 0
                ? html`<p>${t.t('originPhotos')}</p>
                    ${this.files.render(
                      'md-origin',
                      origin.attachmentIds.map((attachmentId) => ({ attachmentId, villageId: origin.villageId })),
                    )}`
                : nothing
            }`
        : nothing
    }`;
  }

  private renderTeam(desk: DeskView): TemplateResult {
    const { t } = this;
    const ctx = { desk, t };
    return html`<h4>${t.t('mediators')}</h4>
      <p>${desk.mediators.length === 0 ? t.t('noMediator') : desk.mediators.map((one) => one.name).join('、')}</p>
      ${
        desk.released.length > 0
          ? html`<ul class="facts-list">
              ${desk.released.map(
                (one) =>
                  html`<li>${t.t('released', nameOf(desk, one.mediatorId), t.t(`release_${one.reason}`), t.date(one.on, 'short'))}</li>`,
              )}
            </ul>`
          : nothing
      }
      ${desk.tiedMediatorIds.length > 0 ? html`<p class="hint">${t.t('tiedCount', desk.tiedMediatorIds.length)}</p>` : nothing}
      ${
        desk.myTies.length > 0
          ? html`<p class="recused" role="note">${t.t('myTies', desk.myTies.map((ref) => partyWord(ctx, ref)).join('、'))}</p>`
          : nothing
      }
      <h4>${t.t('sessions')}</h4>
      ${
        desk.sessions.length === 0
          ? html`<p class="hint">${t.t('noSessions')}</p>`
          : html`<ol class="sessions">
              ${desk.sessions.map(
                (one) =>
                  html`<li data-session=${one.id}>
                    <p>${t.t('session', t.date(one.on), one.time ?? '', one.place)}</p>
                    <p class="hint">
                      ${
                        one.notified.length === 0
                          ? t.t('notifiedNobody')
                          : t.t('notified', one.notified.map((n) => partyWord(ctx, n.party)).join('、'))
                      }
                    </p>
                    <p>${one.heldOn ? t.t('held', t.date(one.heldOn)) : t.t('notHeld')}</p>
                    ${one.attended ? html`<p>${t.t('attended', one.attended.map((ref) => partyWord(ctx, ref)).join('、'))}</p>` : nothing}
                    ${one.notes ? html`<p class="quoted" aria-label=${t.t('notes')}>${one.notes}</p>` : nothing}
                  </li>`,
              )}
            </ol>`
      }`;
  }

  private renderAfter(desk: DeskView): TemplateResult {
    const { t } = this;
    const { status } = desk;
    return html`${
        desk.oralAgreement
          ? html`<h4>${t.t('oral', t.date(desk.oralAgreement.recordedOn))}</h4>
              <p class="quoted">${desk.oralAgreement.terms}</p>`
          : nothing
      }
      ${
        status.judicialConfirmationBy
          ? html`<h4>${t.t('judicial')}</h4>
              <p part="judicial">${t.t('judicialBy', t.date(status.judicialConfirmationBy))}</p>
              <p>${desk.judicialReminderOn ? t.t('reminded', t.date(desk.judicialReminderOn)) : t.t('notReminded')}</p>`
          : nothing
      }
      ${
        desk.followUps.length > 0
          ? html`<h4>${t.t('followUps')}</h4>
              <ul class="facts-list" part="follow-ups">
                ${desk.followUps.map(
                  (one) =>
                    html`<li>
                      ${t.t('followUp', t.date(one.on), t.t(`perf_${one.performance}`))}
                      <p class="quoted">${one.note}</p>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${desk.riskReports.map((one) => html`<p>${t.t('risk', t.date(one.on), t.t(`report_${one.to as 'police' | 'otherDepartment'}`))}</p>`)}
      ${desk.transfer ? html`<p>${t.t('transfer', desk.transfer.agencyName ?? t.t(`transfer_${desk.transfer.to}`))}</p>` : nothing}
      <h4>${t.t('history')}</h4>
      <ol class="facts-list">
        ${caseFile(desk, t).map((one) => html`<li>${t.date(one.on, 'short')} · ${one.word}</li>`)}
      </ol>`;
  }

  private print(): void {
    const host = this.options.root();
    const element = host instanceof ShadowRoot ? host.host : undefined;
    // The page can hide its own chrome while the widget prints (docs: `sz-mediation-desk[data-sz-printing]`).
    element?.toggleAttribute('data-sz-printing', true);
    try {
      globalThis.print();
    } finally {
      element?.toggleAttribute('data-sz-printing', false);
    }
  }

  private renderDesk(desk: DeskView): TemplateResult {
    const { t } = this;
    return html`<h3 class="panel-title">${t.t('panel', desk.status.displayCaseNumber)}</h3>
      <div class="columns">
        <div>${this.renderFacts(desk)}</div>
        <div>${this.renderTeam(desk)}</div>
      </div>
      ${
        desk.agreement
          ? html`${agreementView(desk, t)}
              <button
                type="button"
                part="print"
                class="print-button"
                @click=${() => {
                  this.print();
                }}
              >
                ${t.t('print')}
              </button>`
          : nothing
      }
      ${this.renderAfter(desk)} ${this.renderSteps(desk)}`;
  }

  render(): TemplateResult {
    const desk = this.desk;
    return html`<div class="panel" part="panel" tabindex="-1" aria-label=${this.t.t('panel', this.options.caseNumber)}>
      ${desk ? this.renderDesk(desk) : this.readState(() => void this.load())}
    </div>`;
  }
}

/** A mediator by name (the village's mediators, Art 19); the staff number only for one no longer among them. */
function nameOf(desk: DeskView, mediatorId: string): string {
  return (
    desk.candidates.find((one) => one.id === mediatorId)?.name ?? desk.mediators.find((one) => one.id === mediatorId)?.name ?? mediatorId
  );
}
