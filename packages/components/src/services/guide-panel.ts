/**
 * An opened guide as the catalogue shows it — the 办事指南 facts, the materials checklist, the eligibility check and the
 * 村级代办 request — with what the user does in it. Only an opened guide needs this, so it is its own chunk: the
 * catalogue loads it after its first render (`beforeImport('services/guide-panel')`) and the list comes up without it.
 */
import { proxySteps, type Locale } from '@shanzhi/rules';
import type { getRequestRatings as RatingsRoute } from '@shanzhi/sdk';
import { checkEligibility, randomId, requestProxyService, type Client, type RouteOutput, type RouteRef } from '@shanzhi/sdk/browser';
import { html, nothing, type TemplateResult } from 'lit';
import type { commonMessages } from '../internal/common-messages.js';
import { emit } from '../internal/events.js';
import { Localizer } from '../internal/localize.js';
import { describeFailure, errorState, type LoadFailure } from '../internal/states.js';
import {
  clearAnswers,
  loadAnswers,
  questionsOf,
  renderQuestion,
  saveAnswers,
  submittedAnswers,
  type AnswerMap,
  type AnswerValue,
} from './eligibility-form.js';
import './events.js';
import { guideMessages } from './guide-messages.js';
import { renderGuideFacts, renderMaterials, type ServiceDetail } from './guide-view.js';

/**
 * The ratings route's reference, checked by the compiler against the contract's route. Written here rather than
 * imported from `@shanzhi/sdk/browser` (as ../disclosure/answer-lookup.ts does for its route): the catalogue's first
 * screen reaches that module through the SDK's index, so the requests' route table would join the first download
 * (0.2 kB gzip, bench/size.mjs); here it stays in the guide's chunk.
 */
const getRequestRatings: RouteRef<typeof RatingsRoute> = {
  id: 'getRequestRatings',
  method: 'GET',
  path: '/v1/villages/{villageId}/request-ratings',
  idempotency: 'none',
};

type Eligibility = RouteOutput<typeof checkEligibility>;
type Receipt = RouteOutput<typeof requestProxyService>;
type Ratings = RouteOutput<typeof getRequestRatings>;
type Aggregate = Ratings['village'];
/** A read of the ratings: for which client and village, and the answer once it came. */
interface RatingsRead {
  readonly client: Client;
  readonly villageId: string;
  value?: Ratings;
}
/** The user's writes: the eligibility check and the proxy request. */
type Write = 'check' | 'proxy';

/** What the session needs of the element: its language and words, its client and village, the opened guide, and a re-render. */
export interface GuideHost {
  readonly element: HTMLElement & { requestUpdate(): void };
  locale(): Locale;
  readonly common: Localizer<(typeof commonMessages)['zh-CN']>;
  client(): Client | undefined;
  villageId(): string | undefined;
  guide(): ServiceDetail | undefined;
  /** Focuses what `selector` finds once an update has rendered it. */
  focusSoon(selector: string): void;
}

/**
 * What the user does in the guides: the ticks, answers, outcome and proxy request, and sending them. One per
 * element, made when this chunk arrives; `reset` starts a newly opened guide over (the answer mode and a proxy
 * request not yet sent carry over, as they always have).
 */
export class GuideSession {
  ticked: ReadonlySet<number> = new Set();
  answers: AnswerMap = {};
  stepMode = false;
  step = 0;
  result: Eligibility | undefined;
  proxyName = '';
  proxyMobile = '';
  proxyNote = '';
  /** The user's writes (the eligibility check, the proxy request) being sent. */
  sending: ReadonlySet<Write> = new Set();
  /** Their failures, shown with a retry beside the form that sent them. */
  writeFailures: Partial<Record<Write, LoadFailure>> = {};
  receipt: Receipt | undefined;
  /** One key per attempt to send: reused when the same attempt is retried after a failure, new once the form changes. */
  private attemptKey: string | undefined;
  /** The village's published 好差评 aggregates, read once per client and village (see `villageRatings`). */
  private ratings: RatingsRead | undefined;

  readonly t: Localizer<(typeof guideMessages)['zh-CN']>;

  constructor(private readonly host: GuideHost) {
    this.t = new Localizer(guideMessages, () => host.locale());
  }

  get villageId(): string | undefined {
    return this.host.villageId();
  }

  private changed(): void {
    this.host.element.requestUpdate();
  }

  /** A guide was opened (or closed): what the user did in the last one starts over. */
  reset(code: string): void {
    this.result = undefined;
    this.receipt = undefined;
    this.writeFailures = {};
    this.ticked = new Set();
    this.step = 0;
    this.attemptKey = undefined;
    this.answers = code === '' ? {} : loadAnswers(code);
    this.changed();
  }

  /**
   * The village's published ratings of its 代办 and 点单 requests (`getRequestRatings`, public: counts only, never a
   * rater), read when a guide is first shown and again only for another client or village; undefined until they
   * arrive. A failed read shows nothing: the ratings add to a guide, which reads whole without them.
   */
  villageRatings(): Ratings | undefined {
    const client = this.host.client();
    const villageId = this.host.villageId();
    if (!client || villageId === undefined) return undefined;
    if (this.ratings?.client !== client || this.ratings.villageId !== villageId) {
      const read: RatingsRead = { client, villageId };
      this.ratings = read;
      client.request(getRequestRatings, { params: { villageId } }).then(
        ({ data }) => {
          read.value = data;
          if (this.ratings === read) this.changed();
        },
        () => undefined,
      );
    }
    return this.ratings.value;
  }

  render(guide: ServiceDetail, backButton: TemplateResult): TemplateResult {
    const t = this.t;
    return html`<article part="guide" aria-labelledby="guide-title">
      ${backButton}
      <h2 id="guide-title" tabindex="-1">${t.lang === 'en' ? (guide.name.en ?? guide.name['zh-CN']) : guide.name['zh-CN']}</h2>
      ${renderGuideFacts(guide, t)}
      ${renderMaterials(guide, t, this.ticked, this.onTick, () => {
        globalThis.print();
      })}
      ${renderEligibility(guide, this)} ${renderRatings(guide, this)} ${renderProxy(guide, this)}
    </article>`;
  }

  renderWriteFailure(kind: Write): TemplateResult | typeof nothing {
    const failure = this.writeFailures[kind];
    return failure ? errorState(this.host.common, failure, kind === 'check' ? this.check : this.sendProxy) : nothing;
  }

  // ——— materials and eligibility ———

  readonly onTick = (index: number, on: boolean): void => {
    const next = new Set(this.ticked);
    if (on) next.add(index);
    else next.delete(index);
    this.ticked = next;
    this.changed();
  };

  setStepMode(on: boolean): void {
    this.stepMode = on;
    this.changed();
  }

  setStep(step: number): void {
    this.step = step;
    this.changed();
  }

  readonly onAnswer = (code: string, value: AnswerValue): void => {
    this.answers = { ...this.answers, [code]: value };
    const guide = this.host.guide();
    if (guide) saveAnswers(guide.code, this.answers);
    this.changed();
  };

  /**
   * Sends one of the user's writes: one at a time per kind, its failure described by the kit (the server's words and
   * request id, or a network error) and offered again with the same arguments; `done` takes the answer.
   */
  private async write<D>(kind: Write, send: () => Promise<{ data: D }>, done: (data: D) => void): Promise<void> {
    if (this.sending.has(kind)) return;
    this.sending = new Set([...this.sending, kind]);
    this.writeFailures = { ...this.writeFailures, [kind]: undefined };
    this.changed();
    try {
      done((await send()).data);
    } catch (error) {
      this.writeFailures = { ...this.writeFailures, [kind]: describeFailure(error, this.host.common) };
    } finally {
      this.sending = new Set([...this.sending].filter((one) => one !== kind));
      this.changed();
    }
  }

  readonly check = (): void => {
    const guide = this.host.guide();
    const client = this.host.client();
    if (!guide || !client) return;
    const body = { answers: submittedAnswers(this.answers) };
    void this.write(
      'check',
      () => client.request(checkEligibility, { params: { serviceCode: guide.code }, body }),
      (data) => {
        if (this.host.guide()?.code !== guide.code) return;
        this.result = data;
        emit(this.host.element, 'sz-eligibility-result', { serviceCode: guide.code, outcome: data.outcome });
        this.host.focusSoon('[part~="outcome"]');
      },
    );
  };

  readonly onCheck = (event: Event): void => {
    event.preventDefault();
    this.check();
  };

  readonly answerAgain = (): void => {
    const guide = this.host.guide();
    if (guide) clearAnswers(guide.code);
    this.answers = {};
    this.result = undefined;
    this.step = 0;
    this.changed();
  };

  // ——— proxy ———

  readonly onProxyField = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (target.name === 'applicant') this.proxyName = target.value;
    else if (target.name === 'mobile') this.proxyMobile = target.value;
    else this.proxyNote = target.value;
    // A changed request is a new attempt: it must not replay the first one's answer.
    this.attemptKey = undefined;
    this.changed();
  };

  readonly sendProxy = (): void => {
    const guide = this.host.guide();
    const client = this.host.client();
    const villageId = this.host.villageId();
    if (!guide || !client || villageId === undefined || this.sending.has('proxy')) return;
    const idempotencyKey = (this.attemptKey ??= randomId());
    const note = this.proxyNote.trim();
    const body = { villageId, applicant: { name: this.proxyName.trim(), mobile: this.proxyMobile.trim() }, ...(note ? { note } : {}) };
    void this.write(
      'proxy',
      () => client.request(requestProxyService, { params: { serviceCode: guide.code }, body }, { idempotencyKey }),
      (data) => {
        this.receipt = data;
        this.attemptKey = undefined;
        this.proxyName = '';
        this.proxyMobile = '';
        this.proxyNote = '';
        emit(this.host.element, 'sz-proxy-submitted', { serviceCode: guide.code, receiptId: data.id, step: data.step });
        this.host.focusSoon('[part~="receipt"]');
      },
    );
  };

  readonly onProxySubmit = (event: Event): void => {
    event.preventDefault();
    this.sendProxy();
  };
}

function renderEligibility(guide: ServiceDetail, session: GuideSession): TemplateResult | typeof nothing {
  const questions = questionsOf(guide);
  if (questions.length === 0) return nothing;
  const t = session.t;
  const flagged = new Set([...(session.result?.missing ?? []), ...(session.result?.invalid ?? [])]);
  const step = Math.min(session.step, questions.length - 1);
  const shownQuestions = session.stepMode ? questions.slice(step, step + 1) : questions;
  const result = session.result;
  const outcomeText = result ? t.t(result.outcome) : '';
  return html`<section part="eligibility" aria-labelledby="eligibility-title" class="no-print">
    <h3 id="eligibility-title">${t.t('eligibility')}</h3>
    <p class="muted">${t.t('eligibilityHint')}</p>
    <div class="actions" role="group" aria-label=${t.t('eligibility')}>
      <label class="check"
        ><input
          type="radio"
          name="mode"
          .checked=${!session.stepMode}
          @change=${() => {
            session.setStepMode(false);
          }}
        />${t.t('asForm')}</label
      >
      <label class="check"
        ><input
          type="radio"
          name="mode"
          .checked=${session.stepMode}
          @change=${() => {
            session.setStepMode(true);
          }}
        />${t.t('oneByOne')}</label
      >
    </div>
    <form @submit=${session.onCheck} novalidate>
      ${session.stepMode ? html`<p class="muted" aria-live="polite">${t.t('question', step + 1, questions.length)}</p>` : nothing}
      ${shownQuestions.map((question) => renderQuestion(question, session.answers[question.code], t, session.onAnswer, flagged.has(question.code)))}
      <div class="actions">
        ${
          session.stepMode && step > 0
            ? html`<button
                type="button"
                @click=${() => {
                  session.setStep(step - 1);
                }}
              >
                ${t.t('previous')}
              </button>`
            : nothing
        }
        ${
          session.stepMode && step < questions.length - 1
            ? html`<button
                type="button"
                @click=${() => {
                  session.setStep(step + 1);
                }}
              >
                ${t.t('next')}
              </button>`
            : html`<button type="submit" class="primary" ?disabled=${session.sending.has('check')}>
                ${session.sending.has('check') ? t.t('checking') : t.t('check')}
              </button>`
        }
      </div>
    </form>
    ${session.renderWriteFailure('check')}
    ${
      result
        ? html`<div class="outcome ${result.outcome}" part="outcome" tabindex="-1" role="status">
            <p><strong>${outcomeText}</strong></p>
            ${
              result.reasons.length > 0
                ? html`<ul class="plain">
                    ${result.reasons.map((reason) => html`<li>${reason.text}</li>`)}
                  </ul>`
                : nothing
            }
            <button type="button" @click=${session.answerAgain}>${t.t('answerAgain')}</button>
          </div>`
        : nothing
    }
  </section>`;
}

/** An aggregate in words: the share satisfied and how many rated, or — below the route's minimum — that it is not published. */
function aggregateWords(aggregate: Aggregate, minimum: number, t: GuideSession['t']): string {
  // The server withholds an aggregate under its minimum; a figure from fewer ratings is not shown here either.
  return aggregate.shown && aggregate.count >= minimum
    ? t.t('ratingShown', t.number(aggregate.satisfiedPercent, { maximumFractionDigits: 0 }), aggregate.count)
    : t.t('ratingHidden');
}

/**
 * 好差评 of this service's 村级代办 in the village, with the village's figure for all its 代办 and 点单 beside it: shown
 * where the village does the service for people (or has ratings of it), never a figure under the route's minimum.
 */
function renderRatings(guide: ServiceDetail, session: GuideSession): TemplateResult | typeof nothing {
  const ratings = session.villageRatings();
  if (!ratings) return nothing;
  const own = ratings.services.find((one) => one.kind === 'proxy' && one.code === guide.code);
  if (!guide.villageProxy && !own) return nothing;
  const t = session.t;
  // A service no one has rated yet is not in the list: as unpublished as one rated too few times.
  const service = own?.ratings ?? { shown: false as const, minimum: ratings.minimum };
  return html`<section class="ratings" id="guide-ratings" aria-labelledby="ratings-title">
    <h3 id="ratings-title">${t.t('ratings')}</h3>
    <p><strong>${t.t('ratingService', aggregateWords(service, ratings.minimum, t))}</strong></p>
    <p>${t.t('ratingVillage', aggregateWords(ratings.village, ratings.minimum, t))}</p>
    <p class="muted">${t.t('ratingNote', ratings.minimum)}</p>
  </section>`;
}

function renderProxy(guide: ServiceDetail, session: GuideSession): TemplateResult | typeof nothing {
  if (!guide.villageProxy) return nothing;
  const t = session.t;
  const receipt = session.receipt;
  if (receipt) {
    const at = receipt.steps.findIndex((one) => one.code === receipt.step);
    return html`<section part="receipt" tabindex="-1" aria-labelledby="receipt-title">
      <h3 id="receipt-title">${t.t('receipt')}</h3>
      <p>${t.t('receiptId', receipt.id)}</p>
      <p>${t.t('forwardBy', t.date(receipt.forwardBy))}</p>
      ${
        // The lifecycle's own number and receipt code: shown this once (never in the URL), so the villager can follow
        // and rate the request in <sz-request-status>.
        receipt.requestId !== undefined && receipt.receiptCode !== undefined
          ? html`<p part="follow-code">${t.t('followWith', receipt.requestId, receipt.receiptCode)}</p>`
          : nothing
      }
      <ol class="steps">
        ${receipt.steps.map((one, index) => {
          const known = proxySteps.find((s) => s.code === one.code);
          const name = known ? (t.lang === 'en' ? known.en : known['zh-CN']) : one.label;
          const status = index === at ? t.t('stepCurrent') : one.done ? t.t('stepDone') : t.t('stepTodo');
          return html`<li class=${one.done ? 'done' : ''} aria-current=${index === at ? 'step' : 'false'}>
            ${name} <span class="muted">(${status}${one.on ? ` ${t.date(one.on, 'short')}` : ''})</span>
          </li>`;
        })}
      </ol>
    </section>`;
  }
  if (session.villageId === undefined)
    return html`<section part="proxy">
      <h3>${t.t('proxy')}</h3>
      <p>${t.t('noVillage')}</p>
    </section>`;
  return html`<section part="proxy" aria-labelledby="proxy-title" class="no-print">
    <h3 id="proxy-title">${t.t('proxy')}</h3>
    <p class="muted">${t.t('proxyHint')}</p>
    <form @submit=${session.onProxySubmit}>
      ${proxyInput(session, 'p-name', 'applicant', session.proxyName)} ${proxyInput(session, 'p-mobile', 'mobile', session.proxyMobile)}
      <label class="field-label" for="p-note">${t.t('note')}</label>
      <textarea id="p-note" name="note" maxlength="500" .value=${session.proxyNote} @input=${session.onProxyField}></textarea>
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${session.sending.has('proxy')}>
          ${session.sending.has('proxy') ? t.t('sending') : t.t('send')}
        </button>
      </div>
    </form>
    ${session.renderWriteFailure('proxy')}
  </section>`;
}

/** The proxy request's name or mobile field: labelled, required, its value kept as typed. */
function proxyInput(session: GuideSession, id: string, name: 'applicant' | 'mobile', value: string): TemplateResult {
  const tel = name === 'mobile';
  return html`<label class="field-label" for=${id}>${session.t.t(name)}</label>
    <input
      id=${id}
      name=${name}
      type=${tel ? 'tel' : 'text'}
      autocomplete=${tel ? 'tel' : 'name'}
      inputmode=${tel ? 'tel' : 'text'}
      required
      minlength=${tel ? nothing : 2}
      maxlength="20"
      .value=${value}
      @input=${session.onProxyField}
    />`;
}
