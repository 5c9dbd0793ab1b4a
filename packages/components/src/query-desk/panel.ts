import { hasRawPersonalData } from '@shanzhi/rules';
import { answerDisclosureQuery, getDisclosureQuery, ProblemError, publishDisclosureQueryFaq, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { addLateStyles } from '../internal/late-styles.js';
import { Localizer } from '../internal/localize.js';
import { describeFailure, errorState, loadingState, type LoadFailure } from '../internal/states.js';
import { SendingPart, type PartBasics } from '../internal/widget-part.js';
import { panelMessages } from './panel-messages.js';
import { panelStyles } from './panel-styles.js';

export type OpenedQuery = RouteOutput<typeof getDisclosureQuery>;
type Field = 'answer' | 'question' | 'faqAnswer';

/** What the desk gives its panel: what every late part gets, the query, the role's forms and the hook for changes. */
export interface PanelOptions extends PartBasics {
  readonly queryId: string;
  /** The cadre answers and publishes; the supervisor reads. */
  readonly mayAnswer: boolean;
  /** A send changed the query: the desk fires its event (ids only) and shows the row as it now is. */
  readonly changed: (kind: 'answer' | 'publish', query: OpenedQuery) => void;
}

/** Server issue paths → the panel's fields (`text` is the answer's body; `answer` of the FAQ body is its own field). */
const fieldOfIssue = { text: 'answer', question: 'question', answer: 'faqAnswer' } as const;

/**
 * One opened query: its full text, who asked (as staff see it), the contact number for the cadre who calls back,
 * then the answer form, or the answer and the FAQ form with a preview of the public entry. What the cadre typed stays
 * on error; one Idempotency-Key per attempt (SendingPart), so a retry over a dropped connection never answers twice.
 */
export class QueryPanel extends SendingPart<PanelOptions> {
  private readonly t: Localizer<(typeof panelMessages)['zh-CN']>;
  private query: OpenedQuery | undefined;
  private loadFailure: LoadFailure | undefined;
  private answerText = '';
  private faqQuestion: string | undefined;
  private faqAnswer: string | undefined;
  private issues = new Map<Field, string>();

  constructor(host: ReactiveControllerHost, options: PanelOptions) {
    super(host, options);
    this.t = new Localizer(panelMessages, options.locale);
    addLateStyles(options.root(), panelStyles);
    void this.load();
  }

  private async load(): Promise<void> {
    const place = this.place;
    if (!place) return;
    const [client, villageId] = place;
    this.loadFailure = undefined;
    this.update();
    try {
      this.query = (await client.request(getDisclosureQuery, { params: { villageId, queryId: this.options.queryId } })).data;
    } catch (error) {
      this.loadFailure = describeFailure(error, this.options.common);
    }
    this.update();
    await this.focus('[part~="panel"]');
  }

  /** Field problems from the server's 422 issues, by path; anything else shows as the panel's problem. */
  private failed(error: unknown): string {
    this.issues = new Map();
    if (error instanceof ProblemError) {
      for (const issue of error.issues) {
        const field = fieldOfIssue[String(issue.path[0]) as keyof typeof fieldOfIssue] as Field | undefined;
        if (field) this.issues.set(field, issue.message);
      }
      if (this.issues.size > 0) return '[aria-invalid="true"]';
    }
    this.problem = describeFailure(error, this.options.common);
    return '[part~="panel-problem"]';
  }

  private async sendAnswer(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const place = this.place;
    const text = this.answerText.trim();
    if (!place || this.sending) return;
    this.issues = new Map(text.length < 2 ? [['answer', this.t.t('answerTooShort')]] : []);
    if (this.issues.size > 0) {
      this.update();
      await this.focus('[aria-invalid="true"]');
      return;
    }
    const [client, villageId] = place;
    await this.sendAttempt(
      `answer:${text}`,
      (idempotencyKey) =>
        client.request(answerDisclosureQuery, { params: { villageId, queryId: this.options.queryId }, body: { text } }, { idempotencyKey }),
      {
        done: (result) => {
          this.query = result.data;
          this.answerText = '';
          this.options.announce(this.t.t('answeredNow'));
          this.options.changed('answer', result.data);
          return '[part~="answer"]';
        },
        failed: (error) => this.failed(error),
      },
    );
  }

  /** The FAQ wording: the cadre's edit, else the published entry, else the question and answer as they stand. */
  private faqDraft(query: OpenedQuery): { readonly question: string; readonly answer: string } {
    return {
      question: this.faqQuestion ?? query.faq?.question ?? query.text,
      answer: this.faqAnswer ?? query.faq?.answer ?? query.answer?.text ?? '',
    };
  }

  /** The same refusal the server makes (`publishes`): a raw mobile or ID number never reaches a public FAQ. */
  private checkFaq(draft: { readonly question: string; readonly answer: string }): Map<Field, string> {
    const issues = new Map<Field, string>();
    if (draft.question.trim().length < 5) issues.set('question', this.t.t('questionTooShort'));
    else if (hasRawPersonalData(draft.question)) issues.set('question', this.t.t('rawNumber'));
    if (draft.answer.trim().length < 2) issues.set('faqAnswer', this.t.t('answerTooShort'));
    else if (hasRawPersonalData(draft.answer)) issues.set('faqAnswer', this.t.t('rawNumber'));
    return issues;
  }

  private async sendFaq(event: SubmitEvent, query: OpenedQuery): Promise<void> {
    event.preventDefault();
    const place = this.place;
    if (!place || this.sending) return;
    const draft = this.faqDraft(query);
    this.issues = this.checkFaq(draft);
    if (this.issues.size > 0) {
      this.update();
      await this.focus('[aria-invalid="true"]');
      return;
    }
    const [client, villageId] = place;
    const body = { question: draft.question.trim(), answer: draft.answer.trim() };
    await this.sendAttempt(
      `faq:${body.question}\n${body.answer}`,
      (idempotencyKey) =>
        client.request(publishDisclosureQueryFaq, { params: { villageId, queryId: this.options.queryId }, body }, { idempotencyKey }),
      {
        done: (result) => {
          this.query = result.data;
          this.faqQuestion = undefined;
          this.faqAnswer = undefined;
          this.options.announce(this.t.t('publishedNow'));
          this.options.changed('publish', result.data);
          return '[part~="faq-published"]';
        },
        failed: (error) => this.failed(error),
      },
    );
  }

  private field(id: Field, label: string, value: string, set: (value: string) => void, rows: number): TemplateResult {
    const issue = this.issues.get(id);
    return html`<label for=${`qd-${id}`}>${label}</label>
      <textarea
        id=${`qd-${id}`}
        rows=${rows}
        maxlength="2000"
        .value=${live(value)}
        aria-invalid=${issue ? 'true' : 'false'}
        aria-describedby=${issue ? `qd-${id}-error` : nothing}
        @input=${(event: Event) => {
          set((event.target as HTMLTextAreaElement).value);
          this.endAttempt();
          this.issues.delete(id);
          this.update();
        }}
      ></textarea>
      ${issue ? html`<p id=${`qd-${id}-error`} class="field-error">${issue}</p>` : nothing}`;
  }

  private renderAnswerForm(): TemplateResult {
    return html`<form part="answer-form" novalidate @submit=${(e: SubmitEvent) => void this.sendAnswer(e)}>
      ${this.field(
        'answer',
        this.t.t('answerLabel'),
        this.answerText,
        (value) => {
          this.answerText = value;
        },
        5,
      )}
      <p class="hint">${this.t.t('answerHint')}</p>
      <button type="submit" class="primary" ?disabled=${this.sending}>
        ${this.sending ? this.t.t('sending') : this.t.t('sendAnswer')}
      </button>
    </form>`;
  }

  private renderFaqForm(query: OpenedQuery): TemplateResult {
    const draft = this.faqDraft(query);
    return html`<form part="faq-form" novalidate @submit=${(e: SubmitEvent) => void this.sendFaq(e, query)}>
      <h3>${this.t.t('faqTitle')}</h3>
      <p class="hint">${this.t.t('faqHint')}</p>
      ${this.field(
        'question',
        this.t.t('faqQuestion'),
        draft.question,
        (value) => {
          this.faqQuestion = value;
        },
        3,
      )}
      ${this.field(
        'faqAnswer',
        this.t.t('faqAnswer'),
        draft.answer,
        (value) => {
          this.faqAnswer = value;
        },
        4,
      )}
      <section class="preview" part="faq-preview" aria-label=${this.t.t('preview')}>
        <p class="hint">${this.t.t('preview')}</p>
        <dl>
          <dt>${draft.question}</dt>
          <dd>${draft.answer}</dd>
        </dl>
      </section>
      <button type="submit" class="primary" ?disabled=${this.sending}>
        ${this.sending ? this.t.t('sending') : query.faq ? this.t.t('republish') : this.t.t('publish')}
      </button>
    </form>`;
  }

  private renderQuery(query: OpenedQuery): TemplateResult {
    const { mayAnswer } = this.options;
    const contact = query.contactPhone ?? (query.hasContactPhone ? this.t.t('phoneForCadre') : this.t.t('noPhone'));
    return html`<dl class="facts">
        <dt>${this.t.t('item')}</dt>
        <dd>${query.disclosureTitle}</dd>
        <dt>${this.t.t('asker')}</dt>
        <dd>${query.asker.householdName ?? this.t.t('unknownAsker')}</dd>
        <dt>${this.t.t('contact')}</dt>
        <dd part="contact">${contact}</dd>
        <dt>${this.t.t('text')}</dt>
        <dd class="quoted">${query.text}</dd>
      </dl>
      ${
        query.answer
          ? html`<div class="answer" part="answer" tabindex="-1">
              <h3>${this.t.t('answerOf', this.t.date(query.answer.answeredOn))}</h3>
              <p class="quoted">${query.answer.text}</p>
            </div>`
          : mayAnswer
            ? this.renderAnswerForm()
            : html`<p class="hint">${this.t.t('notAnswered')}</p>`
      }
      ${
        query.faq
          ? html`<p class="published" part="faq-published" tabindex="-1">${this.t.t('publishedOn', this.t.date(query.faq.publishedOn))}</p>`
          : nothing
      }
      ${query.answer && mayAnswer ? this.renderFaqForm(query) : nothing}
      ${
        this.problem
          ? html`<div class="state error" part="panel-problem" role="alert" tabindex="-1">
              <p>${this.problem.message}</p>
              ${this.problem.requestId ? html`<p class="request-id">${this.options.common.t('requestId', this.problem.requestId)}</p>` : nothing}
            </div>`
          : nothing
      }`;
  }

  render(): TemplateResult {
    const query = this.query;
    return html`<div class="panel" part="panel" tabindex="-1" aria-label=${this.t.t('panel', this.options.queryId)}>
      ${
        query
          ? this.renderQuery(query)
          : this.loadFailure
            ? errorState(this.options.common, this.loadFailure, () => void this.load())
            : loadingState(this.options.common, 3)
      }
    </div>`;
  }
}
