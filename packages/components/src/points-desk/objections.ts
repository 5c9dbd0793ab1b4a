import { listPointsObjections, randomId, ruleOnObjection, type Client, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { RemoteData } from '../internal/remote-data.js';
import { describeFailure, type LoadFailure } from '../internal/states.js';
import { WidgetPart } from '../internal/widget-part.js';
import { sendProblem } from '../internal/send-problem.js';
import { objectionMessages } from './late-messages.js';
import { lateStyles } from './late-styles.js';
import type { PartContext } from './part-context.js';

type Objection = RouteOutput<typeof listPointsObjections>['items'][number];
type Outcome = 'uphold' | 'dismiss';

export interface ObjectionsOptions extends PartContext {
  readonly ruled: (objectionId: string, entryId: string, outcome: Outcome) => void;
}

/**
 * The 村务监督委员会's objections (异议) to entries under notice: each open one with its reason and the entry it
 * concerns (the household masked, as on the 公示 board; who objected is never shown), and a written answer the
 * objector will read. Upholding stops the entry; dismissing lets its notice run on (rules: objection.ts). A recusal or
 * an objection already ruled on is refused by the server, and its reason shown beside the objection.
 */
export class ObjectionsPanel extends WidgetPart<ObjectionsOptions> {
  private readonly t = this.localize(objectionMessages, lateStyles);
  private readonly answers = new Map<string, string>();
  private readonly issues = new Map<string, string>();
  private readonly problems = new Map<string, LoadFailure>();
  private readonly keys = new Map<string, { readonly key: string; readonly signature: string }>();
  private sending: string | undefined;
  private readonly data: RemoteData<readonly Objection[], readonly [Client, string]>;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ObjectionsOptions) {
    super(host, options);
    this.data = new RemoteData(host, {
      common: options.common,
      args: () => this.place,
      load: ([client, villageId], signal) =>
        client
          .request(listPointsObjections, { params: { villageId }, query: { status: 'open' } }, { signal })
          .then((result) => result.data.items),
    });
  }

  private async rule(objection: Objection, outcome: Outcome): Promise<void> {
    const client = this.options.client();
    const villageId = this.options.village();
    const answer = (this.answers.get(objection.id) ?? '').trim();
    if (!client || !villageId || this.sending !== undefined) return;
    if (answer === '') {
      this.issues.set(objection.id, this.t.t('answerRequired'));
      this.host.requestUpdate();
      await this.focus(`#answer-${objection.id}`);
      return;
    }
    const signature = `${outcome}|${answer}`;
    let attempt = this.keys.get(objection.id);
    if (attempt?.signature !== signature) this.keys.set(objection.id, (attempt = { key: randomId(), signature }));
    this.sending = objection.id;
    this.problems.delete(objection.id);
    this.issues.delete(objection.id);
    this.host.requestUpdate();
    try {
      await client.request(
        ruleOnObjection,
        { params: { villageId }, body: { objectionId: objection.id, outcome, answer } },
        { idempotencyKey: attempt.key },
      );
      this.keys.delete(objection.id);
      this.answers.delete(objection.id);
      this.options.announce(outcome === 'uphold' ? this.t.t('upheld') : this.t.t('dismissed'));
      this.options.ruled(objection.id, objection.entryId, outcome);
      this.sending = undefined;
      await this.data.run();
      await this.focus('#objections-title');
    } catch (error) {
      this.sending = undefined;
      this.problems.set(objection.id, describeFailure(error, this.options.common));
      this.host.requestUpdate();
      await this.focus(`[data-objection="${objection.id}"] [part~="ruling-problem"]`);
    }
  }

  render(): TemplateResult {
    return html`<section class="objections" part="objections" aria-labelledby="objections-title">
      <h3 id="objections-title" tabindex="-1">${this.t.t('title')}</h3>
      ${this.data.render({
        skeletonRows: 2,
        empty: { when: (items) => items.length === 0, message: () => this.t.t('none') },
        ready: (items) =>
          html`<ul class="objection-list">
            ${items.map((one) => this.renderObjection(one))}
          </ul>`,
      })}
    </section>`;
  }

  private renderObjection(one: Objection): TemplateResult {
    const issue = this.issues.get(one.id);
    const problem = this.problems.get(one.id);
    const id = `answer-${one.id}`;
    return html`<li class="objection" part="objection" data-objection=${one.id}>
      <p class="objection-entry">
        ${this.options.ruleLabel(one.ruleCode)} · ${this.t.t('points', one.points)} · ${one.entryHouseholdName}
        ${one.noticeUntil ? html` · ${this.t.t('noticeUntil', this.t.date(one.noticeUntil, 'short'))}` : nothing}
      </p>
      <p class="objection-reason">${this.t.t('reason', this.t.date(one.filedOn, 'short'))}${one.reason}</p>
      <div class=${issue ? 'field invalid' : 'field'}>
        <label for=${id}>${this.t.t('answer')}</label>
        <textarea
          id=${id}
          rows="2"
          maxlength="1000"
          aria-invalid=${issue ? 'true' : 'false'}
          aria-describedby=${`${id}-error`}
          .value=${live(this.answers.get(one.id) ?? '')}
          @input=${(event: Event) => {
            this.answers.set(one.id, (event.target as HTMLTextAreaElement).value);
            this.issues.delete(one.id);
          }}
        ></textarea>
        <p class="field-error" id=${`${id}-error`}>${issue ?? ''}</p>
      </div>
      ${problem ? sendProblem(this.options.common, problem, 'ruling-problem') : nothing}
      <div class="actions">
        <button type="button" part="uphold" ?disabled=${this.sending !== undefined} @click=${() => void this.rule(one, 'uphold')}>
          ${this.t.t('uphold')}
        </button>
        <button type="button" part="dismiss" ?disabled=${this.sending !== undefined} @click=${() => void this.rule(one, 'dismiss')}>
          ${this.t.t('dismiss')}
        </button>
      </div>
    </li>`;
  }
}
