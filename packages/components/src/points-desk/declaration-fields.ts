import { ProblemError, type RouteOutput, type getPointsRules } from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { AttachmentField } from '../internal/attachment-field.js';
import { Localizer } from '../internal/localize.js';
import type { LoadFailure } from '../internal/states.js';
import type { PartBasics } from '../internal/widget-part.js';
import { sendProblem } from '../internal/send-problem.js';
import { declareMessages } from './late-messages.js';

type Rule = RouteOutput<typeof getPointsRules>['catalogue']['rules'][number];
/** The fields both declarations share: the body keys the contract names (declareEntryBodySchema). */
export type DeclarationField = 'ruleCode' | 'occurredOn' | 'note' | 'attachmentIds';

export interface DeclarationFieldsOptions extends PartBasics {
  /** Element ids of the rule, day, note and file fields (unique in the widget); errors and hints are `<id>-error`, `<id>-hint`. */
  readonly ids: Readonly<Record<'ruleCode' | 'occurredOn' | 'note' | 'files', string>>;
  /** The part of the block that says why a send failed (each form has its own). */
  readonly problemPart: string;
  /** The village's rules (only the active ones are offered). */
  readonly rules: () => readonly Rule[];
  /** The server's today: the default day of the conduct and the latest one allowed. */
  readonly today: () => string | undefined;
  /** Something was typed, picked or uploaded: the form's attempt (its Idempotency-Key) is over. */
  readonly changed: () => void;
}

/** What the fields put in a declaration's body (the staff form adds the household, the villager's is the token's). */
export interface DeclarationBody {
  readonly ruleCode: string;
  readonly occurredOn: string;
  readonly note?: string;
  readonly attachmentIds?: string[];
}

/**
 * What a declaration says, whoever makes it (the staff declare form and the villager's 为本户申报): a rule of the
 * village's catalogue, the day, a note and the evidence (AttachmentField, purpose points-evidence, uploaded as chosen;
 * the server checks the ids). It keeps what was typed across failed sends, shows each problem next to its field, and
 * forgets everything with `clear()` once a declaration went through.
 */
export class DeclarationFields {
  private readonly t: Localizer<(typeof declareMessages)['zh-CN']>;
  private readonly files: AttachmentField;
  private ruleCode = '';
  private occurredOn = '';
  private note = '';
  /** Each field's problem ('' for the files: their field shows its own words). */
  issues = new Map<DeclarationField, string>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DeclarationFieldsOptions,
  ) {
    this.t = new Localizer(declareMessages, options.locale);
    this.files = new AttachmentField(host, { ...options, purpose: 'points-evidence', id: options.ids.files, changed: options.changed });
  }

  private edited(): void {
    this.options.changed();
    this.host.requestUpdate();
  }

  /** Before a send: a rule, a day, and every file uploaded (the file field says what to do otherwise). */
  validate(): boolean {
    const issues = new Map<DeclarationField, string>();
    if (this.ruleCode === '') issues.set('ruleCode', this.t.t('chooseRule'));
    if ((this.occurredOn || this.options.today()) === undefined) issues.set('occurredOn', this.t.t('chooseDay'));
    if (!this.files.check()) issues.set('attachmentIds', '');
    this.issues = issues;
    return issues.size === 0;
  }

  /** The body's fields; an empty note and no files are left out. */
  body(): DeclarationBody {
    const note = this.note.trim();
    const attachmentIds = this.files.ids;
    return {
      ruleCode: this.ruleCode,
      occurredOn: this.occurredOn || (this.options.today() ?? ''),
      ...(note === '' ? {} : { note }),
      ...(attachmentIds.length === 0 ? {} : { attachmentIds }),
    };
  }

  /** The server's field problems (`attachmentIds.N` on the file field); returns those about other fields. */
  takeIssues(error: unknown): readonly ProblemError['issues'][number][] {
    this.issues = new Map();
    if (!(error instanceof ProblemError)) return [];
    return error.issues.filter((issue) => {
      const field = issue.path[0];
      if (field === 'ruleCode' || field === 'occurredOn' || field === 'note' || field === 'attachmentIds') {
        this.issues.set(field, issue.message);
        if (field === 'attachmentIds') this.files.showIssue(issue.message);
        return false;
      }
      return true;
    });
  }

  /** After a declaration went through: what was typed and attached is forgotten. */
  clear(): void {
    this.ruleCode = '';
    this.occurredOn = '';
    this.note = '';
    this.issues = new Map();
    this.files.clear();
  }

  private field(name: 'ruleCode' | 'occurredOn' | 'note', label: string, control: TemplateResult, hint?: string): TemplateResult {
    const id = this.options.ids[name];
    const issue = this.issues.get(name);
    return html`<div class=${issue ? 'field invalid' : 'field'}>
      <label for=${id}>${label}</label>
      ${control} ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
      <p class="field-error" id=${`${id}-error`}>${issue ?? ''}</p>
    </div>`;
  }

  /** The rule, day and note fields and the evidence. */
  render(): TemplateResult {
    const { ids, locale } = this.options;
    const catalogue = this.options.rules().filter((rule) => rule.active);
    const invalid = (name: DeclarationField) => (this.issues.has(name) ? 'true' : 'false');
    const today = this.options.today() ?? '';
    return html`${this.field(
      'ruleCode',
      this.t.t('rule'),
      html`<select
        id=${ids.ruleCode}
        aria-invalid=${invalid('ruleCode')}
        aria-describedby=${`${ids.ruleCode}-error`}
        .value=${live(this.ruleCode)}
        @change=${(event: Event) => {
          this.ruleCode = (event.target as HTMLSelectElement).value;
          this.edited();
        }}
      >
        <option value="">${this.t.t('pickRule')}</option>
        ${catalogue.map(
          (rule) =>
            html`<option value=${rule.code} ?selected=${rule.code === this.ruleCode}>
              ${(locale() === 'en' ? rule.label.en : undefined) ?? rule.label['zh-CN']}（${this.t.t('points', rule.points)}）
            </option>`,
        )}
      </select>`,
    )}
    ${this.field(
      'occurredOn',
      this.t.t('day'),
      html`<input
        id=${ids.occurredOn}
        type="date"
        aria-invalid=${invalid('occurredOn')}
        aria-describedby=${`${ids.occurredOn}-error`}
        max=${today}
        .value=${live(this.occurredOn || today)}
        @change=${(event: Event) => {
          this.occurredOn = (event.target as HTMLInputElement).value;
          this.options.changed();
        }}
      />`,
    )}
    ${this.field(
      'note',
      this.t.t('note'),
      html`<textarea
        id=${ids.note}
        rows="2"
        maxlength="500"
        aria-invalid=${invalid('note')}
        aria-describedby=${`${ids.note}-error ${ids.note}-hint`}
        .value=${live(this.note)}
        @input=${(event: Event) => {
          this.note = (event.target as HTMLTextAreaElement).value;
          this.options.changed();
        }}
      ></textarea>`,
      this.t.t('noteHint'),
    )}
    ${this.files.render()}`;
  }

  /** Why the last send failed, with its request id: shown when no field has a problem to show instead. */
  renderProblem(problem: LoadFailure | undefined, fieldIssue: boolean): TemplateResult | typeof nothing {
    if (!problem || fieldIssue) return nothing;
    return sendProblem(this.options.common, problem, this.options.problemPart);
  }
}
