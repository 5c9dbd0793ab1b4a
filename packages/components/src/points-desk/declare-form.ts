import { declarePointsEntry, findHouseholds, ProblemError, randomId, reviewPointsEntries, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { AttachmentField } from '../internal/attachment-field.js';
import { addLateStyles } from '../internal/late-styles.js';
import { Localizer } from '../internal/localize.js';
import { describeFailure } from '../internal/states.js';
import { SendingPart } from '../internal/widget-part.js';
import { declareMessages } from './late-messages.js';
import { lateStyles } from './late-styles.js';
import type { PartContext } from './part-context.js';

/** The declaration was stored but the server refused to submit it for review: the title says why. */
class SubmitRefused extends Error {}

type Found = RouteOutput<typeof findHouseholds>['items'][number];
type Field = 'householdId' | 'ruleCode' | 'occurredOn' | 'note' | 'attachmentIds';

export interface DeclareOptions extends PartContext {
  /** The server's today, the default day of the conduct. */
  readonly today: () => string | undefined;
  /** An entry was declared and submitted: the desk fires its event (ids only) and reloads the queue. */
  readonly declared: (entryId: string, householdId: string) => void;
}

/**
 * Declaring for a household (staff): find it by number or registered name (findHouseholds, staff of the village only),
 * pick a rule of the village's catalogue, the day and a note; the entry is declared and submitted for review at once
 * (two steps, each with its own Idempotency-Key kept across retries of this attempt). Evidence (photos, PDFs) is
 * uploaded as it is chosen and named by id. Field problems are shown next to their fields and what was typed (and
 * attached) stays; after success the household, the note and the files are forgotten, only a receipt stays.
 */
export class DeclareForm extends SendingPart<DeclareOptions> {
  private readonly t: Localizer<(typeof declareMessages)['zh-CN']>;
  private query = '';
  private searching = false;
  private found: readonly Found[] | undefined;
  private more = false;
  private household: Found | undefined;
  private ruleCode = '';
  private occurredOn = '';
  private note = '';
  private issues = new Map<Field, string>();
  private receipt = '';
  /** The attempt's keys: kept across retries until the form changes, so a retry never declares twice. */
  private attemptKey: string | undefined;
  /** The declared entry waiting for its submission (a retry submits it rather than declaring again). */
  private declaredId: string | undefined;
  /** The evidence: uploaded as chosen; a changed set of files is a new attempt. */
  private readonly files: AttachmentField;

  constructor(host: ReactiveControllerHost, options: DeclareOptions) {
    super(host, options);
    this.t = new Localizer(declareMessages, options.locale);
    addLateStyles(options.root(), lateStyles);
    this.files = new AttachmentField(host, {
      ...options,
      purpose: 'points-evidence',
      id: 'declare-files',
      changed: () => {
        this.changed();
      },
    });
  }

  private changed(): void {
    this.attemptKey = undefined;
    this.declaredId = undefined;
    this.problem = undefined;
  }

  private async find(): Promise<void> {
    const client = this.options.client();
    const villageId = this.options.village();
    const q = this.query.trim();
    if (!client || !villageId) return;
    if (q === '') {
      this.issues = new Map([['householdId', this.t.t('typeToFind')]]);
      this.update();
      return;
    }
    this.searching = true;
    this.update();
    try {
      const { data } = await client.request(findHouseholds, { params: { villageId }, query: { q } });
      this.found = data.items;
      this.more = data.more;
      this.issues.delete('householdId');
      this.options.announce(this.t.t('foundCount', data.items.length));
    } catch (error) {
      this.issues = new Map([['householdId', describeFailure(error, this.options.common).message]]);
    }
    this.searching = false;
    this.update();
  }

  private choose(household: Found): void {
    this.household = household;
    this.issues.delete('householdId');
    this.changed();
    this.update();
  }

  private validate(): boolean {
    const issues = new Map<Field, string>();
    if (!this.household) issues.set('householdId', this.t.t('chooseHousehold'));
    if (this.ruleCode === '') issues.set('ruleCode', this.t.t('chooseRule'));
    if ((this.occurredOn || this.options.today()) === undefined) issues.set('occurredOn', this.t.t('chooseDay'));
    // The field shows its own words (wait for an upload, retry or remove a failed file).
    if (!this.files.check()) issues.set('attachmentIds', '');
    this.issues = issues;
    return issues.size === 0;
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit();
  };

  async submit(): Promise<void> {
    const client = this.options.client();
    const villageId = this.options.village();
    if (!client || !villageId || this.sending) return;
    if (!this.validate()) {
      this.update();
      await this.focusFirstIssue();
      return;
    }
    const household = this.household;
    if (!household) return;
    const occurredOn = this.occurredOn || (this.options.today() ?? '');
    this.attemptKey ??= randomId();
    const key = this.attemptKey;
    this.startSending();
    try {
      if (this.declaredId === undefined) {
        const note = this.note.trim();
        const attachmentIds = this.files.ids;
        const { data } = await client.request(
          declarePointsEntry,
          {
            params: { villageId },
            body: {
              householdId: household.householdId,
              ruleCode: this.ruleCode,
              occurredOn,
              ...(note === '' ? {} : { note }),
              ...(attachmentIds.length === 0 ? {} : { attachmentIds }),
            },
          },
          { idempotencyKey: `${key}-declare` },
        );
        this.declaredId = data.id;
      }
      const entryId = this.declaredId;
      const { data } = await client.request(
        reviewPointsEntries,
        { params: { villageId }, body: { entryIds: [entryId], action: 'submit' } },
        { idempotencyKey: `${key}-submit` },
      );
      const outcome = data.results[0];
      if (!outcome?.ok) throw new SubmitRefused(outcome?.problem?.title ?? '');
      // Forget what was typed about the household; keep only the receipt.
      this.receipt = this.t.t('declared', household.householdNumber, entryId);
      this.household = undefined;
      this.found = undefined;
      this.query = '';
      this.note = '';
      this.ruleCode = '';
      this.files.clear();
      this.attemptKey = undefined;
      this.declaredId = undefined;
      this.issues = new Map();
      this.sending = false;
      this.options.announce(this.receipt);
      this.options.declared(entryId, household.householdId);
      this.update();
      await this.focus('[part~="declare-receipt"]');
    } catch (error) {
      this.sending = false;
      this.problem = describeFailure(error, this.options.common);
      if (error instanceof ProblemError) {
        const issues = new Map<Field, string>();
        for (const issue of error.issues) {
          const field = issue.path[0];
          if (field === 'householdId' || field === 'ruleCode' || field === 'occurredOn' || field === 'note')
            issues.set(field, issue.message);
          if (field === 'attachmentIds') {
            issues.set(field, issue.message);
            this.files.showIssue(issue.message);
          }
        }
        this.issues = issues;
      } else if (error instanceof SubmitRefused) {
        this.problem = { message: error.message, requestId: undefined };
      }
      this.update();
      await this.focus(this.issues.size > 0 ? '[aria-invalid="true"]' : '[part~="declare-problem"]');
    }
  }

  private async focusFirstIssue(): Promise<void> {
    await this.focus('[aria-invalid="true"]');
  }

  /** Focus stays within the form: the desk around it has fields of its own. */
  protected override async focus(selector: string): Promise<void> {
    await super.focus(`[part~="declare-form"] ${selector}`);
  }

  private field(name: Field, id: string, label: string, control: TemplateResult): TemplateResult {
    const issue = this.issues.get(name);
    return html`<div class=${issue ? 'field invalid' : 'field'}>
      <label for=${id}>${label}</label>
      ${control}
      <p class="field-error" id=${`${id}-error`}>${issue ?? ''}</p>
    </div>`;
  }

  render(): TemplateResult {
    const catalogue = this.options.rules()?.catalogue.rules.filter((rule) => rule.active) ?? [];
    const locale = this.options.locale();
    const invalid = (name: Field) => (this.issues.has(name) ? 'true' : 'false');
    return html`<form class="declare-form" part="declare-form" novalidate aria-labelledby="declare-title" @submit=${this.onSubmit}>
      <h3 id="declare-title">${this.t.t('title')}</h3>
      ${this.receipt ? html`<p class="receipt" part="declare-receipt" tabindex="-1">${this.receipt}</p>` : nothing}
      ${this.field(
        'householdId',
        'declare-q',
        this.t.t('household'),
        html`<div class="search-row">
          <input
            id="declare-q"
            type="search"
            maxlength="50"
            autocomplete="off"
            enterkeyhint="search"
            aria-invalid=${invalid('householdId')}
            aria-describedby="declare-q-error"
            .value=${live(this.query)}
            @input=${(event: Event) => {
              this.query = (event.target as HTMLInputElement).value;
            }}
            @keydown=${(event: KeyboardEvent) => {
              if (event.key === 'Enter' && !event.isComposing) {
                event.preventDefault();
                void this.find();
              }
            }}
          />
          <button type="button" part="find" ?disabled=${this.searching} @click=${() => void this.find()}>${this.t.t('find')}</button>
        </div>`,
      )}
      ${this.renderFound()}
      ${this.field(
        'ruleCode',
        'declare-rule',
        this.t.t('rule'),
        html`<select
          id="declare-rule"
          aria-invalid=${invalid('ruleCode')}
          aria-describedby="declare-rule-error"
          .value=${live(this.ruleCode)}
          @change=${(event: Event) => {
            this.ruleCode = (event.target as HTMLSelectElement).value;
            this.changed();
            this.update();
          }}
        >
          <option value="">${this.t.t('pickRule')}</option>
          ${catalogue.map(
            (rule) =>
              html`<option value=${rule.code} ?selected=${rule.code === this.ruleCode}>
                ${(locale === 'en' ? rule.label.en : undefined) ?? rule.label['zh-CN']}（${this.t.t('points', rule.points)}）
              </option>`,
          )}
        </select>`,
      )}
      ${this.field(
        'occurredOn',
        'declare-day',
        this.t.t('day'),
        html`<input
          id="declare-day"
          type="date"
          aria-invalid=${invalid('occurredOn')}
          aria-describedby="declare-day-error"
          max=${this.options.today() ?? ''}
          .value=${live(this.occurredOn || (this.options.today() ?? ''))}
          @change=${(event: Event) => {
            this.occurredOn = (event.target as HTMLInputElement).value;
            this.changed();
          }}
        />`,
      )}
      ${this.field(
        'note',
        'declare-note',
        this.t.t('note'),
        html`<textarea
          id="declare-note"
          rows="2"
          maxlength="500"
          aria-invalid=${invalid('note')}
          aria-describedby="declare-note-error declare-note-hint"
          .value=${live(this.note)}
          @input=${(event: Event) => {
            this.note = (event.target as HTMLTextAreaElement).value;
            this.changed();
          }}
        ></textarea>`,
      )}
      <p class="hint" id="declare-note-hint">${this.t.t('noteHint')}</p>
      ${this.files.render()}
      ${
        this.problem && this.issues.size === 0
          ? html`<div class="state error" part="declare-problem" role="alert" tabindex="-1">
              <p class="error-title">${this.problem.message}</p>
              ${
                this.problem.requestId
                  ? html`<p class="request-id">${this.options.common.t('requestId', this.problem.requestId)}</p>`
                  : nothing
              }
            </div>`
          : nothing
      }
      <button type="submit" class="primary" part="declare-submit" ?disabled=${this.sending}>
        ${this.sending ? this.t.t('sending') : this.t.t('submit')}
      </button>
    </form>`;
  }

  private renderFound(): TemplateResult | typeof nothing {
    const found = this.found;
    if (this.household)
      return html`<p class="chosen" part="declare-chosen">
        ${this.t.t('chosen', this.household.householdNumber, this.household.name)}
        <button
          type="button"
          @click=${() => {
            this.household = undefined;
            this.changed();
            this.update();
          }}
        >
          ${this.t.t('change')}
        </button>
      </p>`;
    if (found === undefined) return nothing;
    if (found.length === 0) return html`<p class="hint" role="status">${this.t.t('noneFound')}</p>`;
    return html`<ul class="found" part="declare-found" aria-label=${this.t.t('foundCount', found.length)}>
        ${found.map(
          (one) =>
            html`<li>
              <button
                type="button"
                data-household=${one.householdId}
                @click=${() => {
                  this.choose(one);
                }}
              >
                ${one.householdNumber} ${one.name}
              </button>
            </li>`,
        )}
      </ul>
      ${this.more ? html`<p class="hint">${this.t.t('narrow')}</p>` : nothing}`;
  }
}
