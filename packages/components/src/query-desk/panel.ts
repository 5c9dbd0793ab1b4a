import { hasRawPersonalData } from '@shanzhi/rules';
import { answerDisclosureQuery, getDisclosureQuery, ProblemError, publishDisclosureQueryFaq, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { describeFailure } from '../internal/states.js';
import type { PartBasics } from '../internal/widget-part.js';
import { ReadingPart } from '../internal/reading-part.js';
import { sendProblem } from '../internal/send-problem.js';
import { issueTextarea } from '../internal/issue-field.js';
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
export class QueryPanel extends ReadingPart<PanelOptions> {
  private readonly t = this.localize(panelMessages, panelStyles);
  private query: OpenedQuery | undefined;
  /** What the cadre typed, by field: the answer, and the FAQ wording (untouched: the draft's own, see faqDraft). */
  private typed: Partial<Record<Field, string>> = {};
  private issues = new Map<Field, string>();

  constructor(host: ReactiveControllerHost, options: PanelOptions) {
    super(host, options);
    void this.load();
  }

  private async load(): Promise<void> {
    await this.read(async (client, villageId) => {
      this.query = (await client.request(getDisclosureQuery, { params: { villageId, queryId: this.options.queryId } })).data;
    }, '[part~="panel"]');
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
    const text = (this.typed.answer ?? '').trim();
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
          this.typed = { ...this.typed, answer: undefined };
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
      question: this.typed.question ?? query.faq?.question ?? query.text,
      answer: this.typed.faqAnswer ?? query.faq?.answer ?? query.answer?.text ?? '',
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
          this.typed = { ...this.typed, question: undefined, faqAnswer: undefined };
          this.options.announce(this.t.t('publishedNow'));
          this.options.changed('publish', result.data);
          return '[part~="faq-published"]';
        },
        failed: (error) => this.failed(error),
      },
    );
  }

  private field(id: Field, label: string, value: string, rows: number): TemplateResult {
    return issueTextarea({
      id: `qd-${id}`,
      label,
      value,
      issue: this.issues.get(id),
      rows,
      maxLength: 2000,
      input: (typed) => {
        this.typed = { ...this.typed, [id]: typed };
        this.endAttempt();
        this.issues.delete(id);
        this.update();
      },
    });
  }

  private renderAnswerForm(): TemplateResult {
    return html`<form part="answer-form" novalidate @submit=${(e: SubmitEvent) => void this.sendAnswer(e)}>
      ${this.field('answer', this.t.t('answerLabel'), this.typed.answer ?? '', 5)}
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
      ${this.field('question', this.t.t('faqQuestion'), draft.question, 3)}
      ${this.field('faqAnswer', this.t.t('faqAnswer'), draft.answer, 4)}
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
      ${this.problem ? sendProblem(this.options.common, this.problem, 'panel-problem') : nothing}`;
  }

  render(): TemplateResult {
    const query = this.query;
    return html`<div class="panel" part="panel" tabindex="-1" aria-label=${this.t.t('panel', this.options.queryId)}>
      ${query ? this.renderQuery(query) : this.readState(() => void this.load())}
    </div>`;
  }
}
