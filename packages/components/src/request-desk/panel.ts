import {
  addServiceRequestNote,
  advanceServiceRequest,
  answerRequestFollowUp,
  getServiceRequest,
  ProblemError,
  type Client,
  type RouteOutput,
} from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { AttachmentField } from '../internal/attachment-field.js';
import { AttachmentLists } from '../internal/attachment-list.js';
import { addLateStyles } from '../internal/late-styles.js';
import { Localizer } from '../internal/localize.js';
import { describeFailure, errorState, loadingState, type LoadFailure } from '../internal/states.js';
import { stepList } from '../internal/step-list.js';
import { SendingPart, type PartBasics } from '../internal/widget-part.js';
import { requestDeskMessages } from './messages.js';
import { ownerWords, roleWords } from './owner-words.js';
import { panelMessages } from './panel-messages.js';
import { panelStyles } from './panel-styles.js';
import { sendRow } from '../request-status/send-row.js';
// The desk panels' common look (box, facts, quoted text, forms) lives with the query desk's panel until the kit has it.
import { panelStyles as deskPanelStyles } from '../query-desk/panel-styles.js';

export type RequestDetail = RouteOutput<typeof getServiceRequest>;
type Step = RequestDetail['steps'][number];
type Form = 'advance' | 'note' | 'answer';
type Field = 'stepNote' | 'assignee' | 'noteText' | 'answer';

/** What the desk gives its panel: what every late part gets, the request, the view and the hook for changes. */
export interface PanelOptions extends PartBasics {
  readonly requestId: string;
  /** The supervisory committee's view: it answers a bad rating's follow-up (the route admits only the supervisor). */
  readonly supervisor: boolean;
  /** A send changed the request: the desk fires its event (ids and the step's code only) and shows the row as it now is. */
  readonly changed: (kind: Form, detail: RequestDetail, step?: string) => void;
}

/** Server issue paths → the form's fields; `attachmentIds.N` goes to the form's file field. */
const fieldOfIssue: Readonly<Record<Form, Readonly<Record<string, Field>>>> = {
  advance: { note: 'stepNote', assignee: 'assignee', step: 'stepNote' },
  note: { text: 'noteText' },
  answer: { answer: 'answer' },
};

/**
 * One opened request: its steps with owner, working days, deadline, date, who did it, note and attachments; the
 * applicant and the number to call back (as the server gives it to this role); the notes; the rating and its
 * follow-up. Then the forms: complete the next step (only its owner sees it; 派单 names who does the work), add a note,
 * and — for the supervisory committee — answer a bad rating. What was typed stays on a refusal (a step out of order,
 * not the owner: the server's words by the button); one Idempotency-Key per attempt (SendingPart), so a retry over a
 * dropped connection is never done twice. After a success the form and its files are forgotten.
 */
export class RequestPanel extends SendingPart<PanelOptions> {
  private readonly t: Localizer<(typeof panelMessages)['zh-CN']>;
  private readonly desk: Localizer<(typeof requestDeskMessages)['zh-CN']>;
  private detail: RequestDetail | undefined;
  private loadFailure: LoadFailure | undefined;
  private values: Partial<Record<Field, string>> = {};
  private issues = new Map<Field, string>();
  /** The form whose send failed: its problem shows by its button. */
  private problemOf: Form | undefined;
  private readonly stepFiles: AttachmentField;
  private readonly noteFiles: AttachmentField;
  /** The files of the steps and notes, read and opened as staff ask (staff-only, purpose `service-request`). */
  private readonly files: AttachmentLists;

  constructor(host: ReactiveControllerHost, options: PanelOptions) {
    super(host, options);
    this.t = new Localizer(panelMessages, options.locale);
    this.desk = new Localizer(requestDeskMessages, options.locale);
    addLateStyles(options.root(), deskPanelStyles, panelStyles);
    // Photos of the delivered result, the department's decision, a signed receipt: staff-only (purpose `service-request`).
    const changed = () => {
      this.endAttempt();
    };
    this.stepFiles = new AttachmentField(host, { ...options, purpose: 'service-request', id: 'rd-step-files', changed });
    this.noteFiles = new AttachmentField(host, { ...options, purpose: 'service-request', id: 'rd-note-files', changed });
    this.files = new AttachmentLists(host, options);
    void this.load();
  }

  private async load(): Promise<void> {
    const place = this.place;
    if (!place) return;
    const [client, villageId] = place;
    this.loadFailure = undefined;
    this.update();
    try {
      this.detail = (await client.request(getServiceRequest, { params: { villageId, requestId: this.options.requestId } })).data;
    } catch (error) {
      this.loadFailure = describeFailure(error, this.options.common);
    }
    this.update();
    await this.focus('[part~="panel"]');
  }

  /** Field problems from the server's 400 issues, by path; anything else (409, 403) shows by the form's button. */
  private failed(form: Form, error: unknown): string {
    this.issues = new Map();
    this.problemOf = form;
    if (error instanceof ProblemError) {
      const files = form === 'advance' ? this.stepFiles : form === 'note' ? this.noteFiles : undefined;
      for (const issue of error.issues) {
        const path = issue.path.map(String);
        if (path[0] === 'attachmentIds' && files) files.showIssue(issue.message);
        const field = fieldOfIssue[form][path[0] ?? ''];
        if (field) this.issues.set(field, issue.message);
      }
      if (this.issues.size > 0) return '[aria-invalid="true"]';
    }
    this.problem = describeFailure(error, this.options.common);
    return '[part~="form-problem"]';
  }

  private text(field: Field): string {
    return (this.values[field] ?? '').trim();
  }

  /** The form's own check before it sends: a required field left empty is said at the field, and nothing is sent. */
  private refuse(field: Field, message: string): boolean {
    this.issues = new Map([[field, message]]);
    this.problemOf = undefined;
    this.updateAndFocus('[aria-invalid="true"]');
    return true;
  }

  /** The trimmed text of a field the form cannot be sent without, or undefined when it is empty (refused at the field). */
  private requiredText(field: Field, message: string): string | undefined {
    const text = this.text(field);
    if (text !== '') return text;
    this.refuse(field, message);
    return undefined;
  }

  /**
   * One send of `form` (SendingPart's attempt for `signature`). The answer is the request as it now is: the panel shows
   * it, forgets the form's `fields` (and files), says `words` and tells the desk; a failure goes where it belongs.
   */
  private sendForm(
    form: Form,
    signature: string,
    request: (idempotencyKey: string) => Promise<{ readonly data: RequestDetail }>,
    after: { readonly words: () => string; readonly fields: readonly Field[]; readonly step?: string; readonly files?: AttachmentField },
  ): Promise<void> {
    return this.sendAttempt(signature, request, {
      done: ({ data: detail }) => {
        after.files?.clear();
        this.detail = detail;
        for (const field of after.fields) this.values = { ...this.values, [field]: '' };
        this.issues = new Map();
        this.problemOf = undefined;
        this.options.announce(after.words());
        this.options.changed(form, detail, after.step);
        return '[part~="panel"]';
      },
      failed: (error) => this.failed(form, error),
    });
  }

  /** A form is submitted: what it sends for (client, village, request), or undefined while one is missing or a send is under way. */
  private submitting(event: SubmitEvent): readonly [Client, string, RequestDetail] | undefined {
    event.preventDefault();
    const place = this.place;
    if (!place || !this.detail || this.sending) return undefined;
    return [...place, this.detail];
  }

  /** `submitting`, and the form's `field`, which may not be empty (refused with `message`): what a note or answer sends. */
  private submittingText(event: SubmitEvent, field: Field, message: string): readonly [Client, string, RequestDetail, string] | undefined {
    const target = this.submitting(event);
    if (!target) return undefined;
    const text = this.requiredText(field, message);
    return text === undefined ? undefined : [...target, text];
  }

  private async advance(event: SubmitEvent, step: Step): Promise<void> {
    const target = this.submitting(event);
    if (!target) return;
    const [client, villageId, detail] = target;
    const assignable = detail.assignable ?? [];
    const assignee = this.text('assignee');
    if (assignable.length > 0 && assignee === '') {
      this.refuse('assignee', this.t.t('assigneeRequired'));
      return;
    }
    if (!this.stepFiles.check()) return;
    const note = this.text('stepNote');
    const attachmentIds = this.stepFiles.ids;
    const body = {
      step: step.code,
      ...(note === '' ? {} : { note }),
      ...(attachmentIds.length === 0 ? {} : { attachmentIds }),
      ...(assignee === '' ? {} : { assignee }),
    };
    await this.sendForm(
      'advance',
      JSON.stringify(body),
      (idempotencyKey) => client.request(advanceServiceRequest, { params: { villageId, requestId: detail.id }, body }, { idempotencyKey }),
      { words: () => this.t.t('advanced', step.label), fields: ['stepNote', 'assignee'], step: step.code, files: this.stepFiles },
    );
  }

  private async addNote(event: SubmitEvent): Promise<void> {
    const target = this.submittingText(event, 'noteText', this.t.t('noteRequired'));
    if (!target) return;
    const [client, villageId, detail, text] = target;
    if (!this.noteFiles.check()) return;
    const attachmentIds = this.noteFiles.ids;
    const body = { text, ...(attachmentIds.length === 0 ? {} : { attachmentIds }) };
    await this.sendForm(
      'note',
      `note:${JSON.stringify(body)}`,
      (idempotencyKey) => client.request(addServiceRequestNote, { params: { villageId, requestId: detail.id }, body }, { idempotencyKey }),
      { words: () => this.t.t('noted'), fields: ['noteText'], files: this.noteFiles },
    );
  }

  private async answer(event: SubmitEvent): Promise<void> {
    const target = this.submittingText(event, 'answer', this.t.t('answerRequired'));
    if (!target) return;
    const [client, villageId, detail, answer] = target;
    await this.sendForm(
      'answer',
      `answer:${answer}`,
      (idempotencyKey) =>
        client.request(answerRequestFollowUp, { params: { villageId, requestId: detail.id }, body: { answer } }, { idempotencyKey }),
      { words: () => this.t.t('answered'), fields: ['answer'] },
    );
  }

  private onInput(field: Field): (event: Event) => void {
    return (event) => {
      this.values = { ...this.values, [field]: (event.target as HTMLInputElement).value };
      this.endAttempt();
      this.issues.delete(field);
      this.update();
    };
  }

  private fieldError(field: Field): TemplateResult | typeof nothing {
    const issue = this.issues.get(field);
    return issue ? html`<p id=${`rd-${field}-error`} class="field-error">${issue}</p>` : nothing;
  }

  private textarea(field: Field, label: string, hint?: string): TemplateResult {
    const issue = this.issues.has(field);
    const describedBy = [hint ? `rd-${field}-hint` : '', issue ? `rd-${field}-error` : ''].filter(Boolean).join(' ');
    return html`<label for=${`rd-${field}`}>${label}</label>
      <textarea
        id=${`rd-${field}`}
        rows="3"
        maxlength=${field === 'answer' ? 2000 : 1000}
        .value=${live(this.values[field] ?? '')}
        aria-invalid=${issue ? 'true' : 'false'}
        aria-describedby=${describedBy === '' ? nothing : describedBy}
        @input=${this.onInput(field)}
      ></textarea>
      ${hint ? html`<p id=${`rd-${field}-hint`} class="hint">${hint}</p>` : nothing} ${this.fieldError(field)}`;
  }

  private submit(form: Form, words: string): TemplateResult {
    const problem = this.problemOf === form ? this.problem : undefined;
    return sendRow(this.options.common, { problem, sending: this.sending }, { send: words, sending: this.t.t('sending') });
  }

  private actor(by: { readonly role: string; readonly name?: string } | undefined): string {
    if (!by) return '';
    return by.name ?? roleWords(this.desk, by.role);
  }

  private stepWords(step: Step, isNext: boolean): string {
    const t = this.t;
    if (step.lapsed) return t.t('lapsed');
    if (step.done && step.on) return t.t('doneOn', t.date(step.on, 'short'), this.actor(step.by));
    if (isNext && step.dueOn) return t.t('dueOn', t.date(step.dueOn, 'short'));
    return t.t('notYet');
  }

  private renderSteps(detail: RequestDetail, next: Step | undefined): TemplateResult {
    return html`<h3>${this.t.t('steps')}</h3>
      ${stepList(
        detail.steps,
        next,
        (step, isNext) =>
          html`<span><strong>${step.label}</strong> · ${this.stepWords(step, isNext)}</span>
            <span class="muted">${this.t.t('owner', ownerWords(this.desk, step.owner), step.workingDays)}</span>
            ${step.note ? html`<span class="quoted">${step.note}</span>` : nothing}
            ${this.files.render(`rd-step-${step.code}`, step.attachmentIds)}`,
      )}`;
  }

  private renderAdvance(detail: RequestDetail, next: Step): TemplateResult {
    const t = this.t;
    if (!detail.canAdvance)
      return html`<p class="hint" part="not-yours">${t.t('notYours', next.label, ownerWords(this.desk, next.owner))}</p>`;
    const assignable = detail.assignable ?? [];
    const issue = this.issues.has('assignee');
    return html`<form
      part="advance-form"
      novalidate
      aria-labelledby="rd-advance-title"
      @submit=${(e: SubmitEvent) => void this.advance(e, next)}
    >
      <h3 id="rd-advance-title">${t.t('advanceTitle', next.label)}</h3>
      ${
        assignable.length > 0
          ? html`<label for="rd-assignee">${t.t('assignee')}</label>
              <select
                id="rd-assignee"
                aria-invalid=${issue ? 'true' : 'false'}
                aria-describedby=${issue ? 'rd-assignee-error' : nothing}
                @change=${this.onInput('assignee')}
              >
                <option value="" ?selected=${!this.values.assignee}></option>
                ${assignable.map(
                  (one) =>
                    html`<option value=${one.id} ?selected=${this.values.assignee === one.id}>
                      ${one.name}（${roleWords(this.desk, one.role)}）
                    </option>`,
                )}
              </select>
              ${this.fieldError('assignee')}`
          : nothing
      }
      ${this.textarea('stepNote', t.t('note'), t.t('noteHint'))} ${this.stepFiles.render()}
      ${this.submit('advance', t.t('advance', next.label))}
    </form>`;
  }

  private renderFollowUp(detail: RequestDetail): TemplateResult | typeof nothing {
    const t = this.t;
    const followUp = detail.followUp;
    if (!followUp) return nothing;
    const due = t.date(followUp.dueOn, 'short');
    return html`<section class="follow-up" part="follow-up" aria-labelledby="rd-follow-up-title">
      <h3 id="rd-follow-up-title">${t.t('followUp')}</h3>
      ${
        followUp.status === 'answered' && followUp.answer !== undefined
          ? html`<p class="muted">
                ${t.t('followUpAnsweredOn', t.date(followUp.answeredOn ?? followUp.openedOn, 'short'), this.actor(followUp.answeredBy))}
              </p>
              <p class="quoted">${followUp.answer}</p>`
          : html`<p>${followUp.overdue ? t.t('followUpOverdue', due) : t.t('followUpDue', due)}</p>
              ${
                this.options.supervisor
                  ? html`<form part="follow-up-form" novalidate @submit=${(e: SubmitEvent) => void this.answer(e)}>
                      <p class="hint">${t.t('answerHint')}</p>
                      ${this.textarea('answer', t.t('answer'))} ${this.submit('answer', t.t('sendAnswer'))}
                    </form>`
                  : nothing
              }`
      }
    </section>`;
  }

  private renderDetail(detail: RequestDetail): TemplateResult {
    const t = this.t;
    const next = detail.state === 'closed' ? undefined : detail.steps.find((one) => !one.done);
    return html`<dl class="facts">
        <dt>${t.t('applicant')}</dt>
        <dd>${detail.applicantName}</dd>
        <dt>${t.t('contact')}</dt>
        <dd part="contact">${detail.applicantMobile ?? t.t('noContact')}</dd>
        ${
          detail.text
            ? html`<dt>${t.t('text')}</dt>
                <dd class="quoted">${detail.text}</dd>`
            : nothing
        }
        ${
          detail.rating
            ? html`<dt>${t.t('rating')}</dt>
                <dd>
                  ${t.t('ratingOf', detail.rating.label, t.date(detail.rating.on, 'short'))}
                  ${detail.rating.comment ? html`<span class="quoted">「${detail.rating.comment}」</span>` : nothing}
                </dd>`
            : nothing
        }
      </dl>
      ${this.renderSteps(detail, next)} ${this.renderFollowUp(detail)} ${next ? this.renderAdvance(detail, next) : nothing}
      <h3>${t.t('notes')}</h3>
      ${
        detail.notes.length === 0
          ? html`<p class="muted">${t.t('noNotes')}</p>`
          : html`<ul class="notes" part="notes">
              ${detail.notes.map(
                (one, index) =>
                  html`<li>
                    <span class="muted">${t.t('noteBy', t.date(one.on, 'short'), this.actor(one.by))}</span>
                    <span class="quoted">${one.text}</span>
                    ${this.files.render(`rd-note-${String(index)}`, one.attachmentIds)}
                  </li>`,
              )}
            </ul>`
      }
      <form part="note-form" novalidate @submit=${(e: SubmitEvent) => void this.addNote(e)}>
        ${this.textarea('noteText', t.t('noteText'))} ${this.noteFiles.render()} ${this.submit('note', t.t('addNote'))}
      </form>`;
  }

  render(): TemplateResult {
    const detail = this.detail;
    return html`<div class="panel" part="panel" tabindex="-1" aria-label=${this.t.t('panel', this.options.requestId)}>
      ${
        detail
          ? this.renderDetail(detail)
          : this.loadFailure
            ? errorState(this.options.common, this.loadFailure, () => void this.load())
            : loadingState(this.options.common, 3)
      }
    </div>`;
  }
}
