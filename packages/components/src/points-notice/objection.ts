import type { Locale } from '@shanzhi/rules';
import {
  fileObjection,
  getPointsRules,
  listOwnObjections,
  ProblemError,
  randomId,
  type Client,
  type RouteOutput,
} from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { AttachmentField } from '../internal/attachment-field.js';
import type { commonMessages } from '../internal/common-messages.js';
import { isOffline } from '../internal/connectivity.js';
import { Localizer } from '../internal/localize.js';
import { RemoteData } from '../internal/remote-data.js';
import { describeFailure, errorState, type LoadFailure } from '../internal/states.js';
import { signedPoints, type Notice } from './format.js';
import { objectionMessages } from './objection-messages.js';

export { objectionStyles } from './objection-styles.js';

type Common = Localizer<(typeof commonMessages)['zh-CN']>;
export type ObjectionView = RouteOutput<typeof fileObjection>;

/** The most characters a reason may have: the contract's `fileObjection` body (z.string().max(500), UTF-16 units). */
export const reasonMax = 500;

/** What the panel reads from the element and asks of it. */
export interface ObjectionHost {
  readonly client: () => Client | undefined;
  readonly village: () => string | undefined;
  readonly locale: () => Locale;
  /** The rule's name in the viewer's language, when the board knows it. */
  readonly ruleLabel: (ruleCode: string) => string | undefined;
  /** An objection was received (the element emits `sz-objection-filed` and reloads the board). */
  readonly filed: (objection: ObjectionView) => void;
  /** Close the form or receipt; `entryId` is the entry whose button gets the focus back. */
  readonly close: (entryId: string | undefined) => void;
  readonly showMine: () => void;
  readonly announce: (text: string) => void;
}

type Phase = 'form' | 'sending' | 'receipt';

/**
 * The objection form, its receipt and "my objections" (listOwnObjections): loaded after the board, only for a
 * signed-in viewer, so the public board stays light. The reason is typed text; evidence (photos, PDFs) is uploaded
 * as it is chosen and named by id. Both are forgotten once the objection is received or the form is left, and
 * neither leaves in an event.
 */
export class ObjectionPanel implements ReactiveController {
  private readonly t: Localizer<(typeof objectionMessages)['zh-CN']>;
  entry: Notice | undefined;
  private reason = '';
  private composing = false;
  /** The Idempotency-Key of this attempt: kept across retries (a dropped line), dropped on any edit or a definite answer. */
  private attemptKey: string | undefined;
  private phase: Phase = 'form';
  private fieldError = '';
  private failure: LoadFailure | undefined;
  private offline = false;
  private receipt: ObjectionView | undefined;
  private mineOpen = false;
  private mineVersion = 0;
  private readonly mine: RemoteData<Mine, readonly [Client, string, number]>;
  /** The optional evidence (the issue: "with a reason and optional evidence"). */
  private readonly files: AttachmentField;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly view: ObjectionHost,
    private readonly common: Common,
  ) {
    host.addController(this);
    this.t = new Localizer(objectionMessages, view.locale);
    this.files = new AttachmentField(host, {
      root: () => host.renderRoot,
      locale: view.locale,
      client: view.client,
      village: view.village,
      common,
      announce: view.announce,
      purpose: 'objection-evidence',
      id: 'objection-files',
      // Other files are another objection: the server must not replay the old attempt's answer.
      changed: () => {
        this.attemptKey = undefined;
      },
    });
    this.mine = new RemoteData<Mine, readonly [Client, string, number]>(host, {
      common,
      args: () => {
        const client = view.client();
        const village = view.village();
        return this.mineOpen && client && village ? ([client, village, this.mineVersion] as const) : undefined;
      },
      load: async ([client, villageId], signal): Promise<Mine> => {
        const params = { villageId };
        const api = client;
        // The rule names are a nicety: "my objections" shows even when the catalogue does not come.
        const [objections, rules] = await Promise.all([
          api.request(listOwnObjections, { params }, { signal }),
          api.request(getPointsRules, { params }, { signal }).catch(() => undefined),
        ]);
        const labels = new Map((rules?.data.catalogue.rules ?? []).map((rule) => [rule.code, rule.label as RuleLabel]));
        return { items: objections.data.items, labels };
      },
    });
  }

  hostConnected(): void {
    // Nothing to start: the form opens on the villager's intent.
  }

  /** Opens the form for an entry; a different entry starts a new attempt with an empty reason. */
  open(entry: Notice): void {
    if (this.entry?.entryId !== entry.entryId || this.phase === 'receipt') this.forgetReason();
    this.showForm(entry);
  }

  /** Shows "my objections", loading them afresh each time it opens (an answer may have arrived). */
  openMine(): void {
    this.mineOpen = true;
    this.mineVersion += 1;
    this.host.requestUpdate();
  }

  closeMine(): void {
    this.mineOpen = false;
    this.host.requestUpdate();
  }

  /** Leaves the form; the text typed so far is dropped (nothing personal stays in the page). */
  reset(): void {
    this.forgetReason();
    this.showForm(undefined);
  }

  /** Drops the reason typed so far, the files and the attempt's key: what is sent next is a new objection. */
  private forgetReason(): void {
    this.reason = '';
    this.files.clear();
    this.attemptKey = undefined;
  }

  /** The form for `entry` (none: closed), with no message, failure or receipt left from before. */
  private showForm(entry: Notice | undefined): void {
    this.entry = entry;
    this.phase = 'form';
    this.fieldError = '';
    this.failure = undefined;
    this.offline = false;
    this.receipt = undefined;
    this.host.requestUpdate();
  }

  // ——— the form ———

  private check(reason: string): string {
    const text = reason.trim();
    if (text.length === 0) return this.t.t('reasonRequired');
    if (text.length > reasonMax) return this.t.t('reasonTooLong', text.length, reasonMax);
    return '';
  }

  private readonly onInput = (event: Event): void => {
    const value = (event.target as HTMLTextAreaElement).value;
    if (value !== this.reason) {
      this.reason = value;
      // A changed text is a new attempt: the server must not replay the old one's answer.
      this.attemptKey = undefined;
    }
    // Mid-composition (pinyin) the text is not the villager's yet: keep it, judge it after the IME commits.
    if (!this.composing && this.fieldError && this.check(this.reason) === '') this.fieldError = '';
    this.host.requestUpdate();
  };

  private readonly onCompositionStart = (): void => {
    this.composing = true;
  };

  private readonly onCompositionEnd = (event: CompositionEvent): void => {
    this.composing = false;
    this.onInput(event);
  };

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.submit();
  };

  private focus(selector: string): void {
    void this.host.updateComplete.then(() => {
      this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    });
  }

  /** Sends the objection; a retry of the same text reuses the attempt's Idempotency-Key, so one objection at most. */
  async submit(): Promise<void> {
    const entry = this.entry;
    const client = this.view.client();
    const villageId = this.view.village();
    if (!entry || !client || villageId === undefined || this.phase !== 'form' || this.composing) return;
    this.failure = undefined;
    this.offline = false;
    this.fieldError = this.check(this.reason);
    const filesReady = this.files.check();
    if (this.fieldError || !filesReady) {
      this.host.requestUpdate();
      this.focus(this.fieldError ? '#reason' : '#objection-files');
      return;
    }
    const attachmentIds = this.files.ids;
    this.attemptKey ??= randomId();
    const idempotencyKey = this.attemptKey;
    this.phase = 'sending';
    this.host.requestUpdate();
    try {
      const { data } = await client.request(
        fileObjection,
        {
          params: { villageId, entryId: entry.entryId },
          body: { reason: this.reason.trim(), ...(attachmentIds.length === 0 ? {} : { attachmentIds }) },
        },
        { idempotencyKey },
      );
      this.receipt = data;
      this.phase = 'receipt';
      // The typed reason and the files leave the page with the form.
      this.forgetReason();
      this.view.filed(data);
      this.view.announce(this.t.t('filedAnnouncement', data.id));
      this.focus('#receipt-title');
    } catch (error) {
      this.phase = 'form';
      if (isOffline(error)) {
        this.offline = true;
      } else if (error instanceof ProblemError && error.status >= 400 && error.status < 500) {
        // The server's own words next to the field (a second objection, after the notice, not of this village);
        // that answer is final for this attempt, so the next press is a new one.
        this.attemptKey = undefined;
        const first = error.issues[0];
        if (first?.path[0] === 'attachmentIds') {
          // An attached file the server would not take (another village's, a stale id): said on the files, which stay.
          this.files.showIssue(first.message);
          this.focus('#objection-files');
        } else {
          this.fieldError = first?.message ?? error.detail ?? error.title;
          this.focus('#reason');
        }
      } else {
        this.failure = describeFailure(error, this.common);
      }
    } finally {
      this.host.requestUpdate();
    }
  }

  private readonly retry = (): void => {
    void this.submit();
  };

  private renderAbout(entry: Notice): TemplateResult {
    const t = this.t;
    const label = this.view.ruleLabel(entry.ruleCode) ?? entry.ruleCode;
    return html`<p class="about">
      <span class="muted">${t.t('about')}</span>${entry.name} · ${label} · ${signedPoints(entry.points, (n) => t.number(n))}
    </p>`;
  }

  renderForm(): TemplateResult | typeof nothing {
    const entry = this.entry;
    if (!entry) return nothing;
    if (this.phase === 'receipt' && this.receipt) return this.renderReceipt(this.receipt);
    const t = this.t;
    const sending = this.phase === 'sending';
    const length = this.reason.trim().length;
    const describedBy = ['reason-hint', 'reason-count', this.fieldError ? 'reason-error' : ''].filter(Boolean).join(' ');
    return html`<form class="objection" part="objection-form" aria-labelledby="form-title" novalidate @submit=${this.onSubmit}>
      <h3 id="form-title" tabindex="-1">${t.t('formTitle')}</h3>
      ${this.renderAbout(entry)}
      <div class="field ${this.fieldError ? 'invalid' : ''}">
        <label for="reason">${t.t('reasonLabel')}</label>
        <p id="reason-hint" class="hint">${t.t('reasonHint')}</p>
        <textarea
          id="reason"
          part="reason"
          rows="5"
          .value=${this.reason}
          aria-required="true"
          aria-invalid=${this.fieldError ? 'true' : 'false'}
          aria-describedby=${describedBy}
          @input=${this.onInput}
          @compositionstart=${this.onCompositionStart}
          @compositionend=${this.onCompositionEnd}
        ></textarea>
        <p id="reason-count" class="hint count ${length > reasonMax ? 'over' : ''}">${t.t('count', length, reasonMax)}</p>
        ${this.fieldError ? html`<p id="reason-error" class="field-error" part="field-error" role="alert">${this.fieldError}</p>` : nothing}
      </div>
      ${this.files.render()} ${this.offline ? html`<p class="notice" part="offline" role="status">${t.t('offline')}</p>` : nothing}
      ${
        this.failure
          ? errorState(this.common, { ...this.failure, message: `${t.t('failed')}：${this.failure.message}` }, this.retry)
          : nothing
      }
      <div class="actions">
        <button type="submit" class="primary" part="submit" ?disabled=${sending} aria-busy=${sending ? 'true' : 'false'}>
          ${sending ? t.t('sending') : t.t('submit')}
        </button>
        <button type="button" part="cancel" @click=${this.onCancel}>${t.t('cancel')}</button>
      </div>
    </form>`;
  }

  /** Cancel on the form, back on the receipt: the board again, focus on the entry's button. */
  private readonly onCancel = (): void => {
    const id = this.entry?.entryId;
    this.reset();
    this.view.close(id);
  };

  private renderReceipt(receipt: ObjectionView): TemplateResult {
    const t = this.t;
    return html`<section class="receipt" part="receipt" aria-labelledby="receipt-title">
      <h3 id="receipt-title" tabindex="-1">${t.t('receiptTitle')}</h3>
      <dl>
        <dt>${t.t('objectionId')}</dt>
        <dd part="objection-id">${receipt.id}</dd>
        <dt>${t.t('filedOn')}</dt>
        <dd>${t.date(receipt.filedOn)}</dd>
      </dl>
      ${this.entry ? this.renderAbout(this.entry) : nothing}
      <p>${t.t('receiptAnswer')}</p>
      <div class="actions">
        <button type="button" class="primary" @click=${this.view.showMine}>${t.t('viewMine')}</button>
        <button type="button" @click=${this.onCancel}>${t.t('back')}</button>
      </div>
    </section>`;
  }

  // ——— my objections ———

  renderMine(): TemplateResult {
    const t = this.t;
    return html`<section class="mine" part="mine" aria-labelledby="mine-title">
      <h3 id="mine-title" tabindex="-1">${t.t('mineTitle')}</h3>
      ${this.mine.render({
        skeletonRows: 3,
        empty: { when: ({ items }) => items.length === 0, message: () => t.t('mineEmpty') },
        ready: ({ items, labels }) =>
          html`<ul class="objections" aria-label=${t.t('mineCount', items.length)}>
            ${items.map((one) => this.renderObjection(one, labels))}
          </ul>`,
      })}
    </section>`;
  }

  private renderObjection(one: ObjectionView, labels: ReadonlyMap<string, RuleLabel>): TemplateResult {
    const t = this.t;
    const rule = this.view.ruleLabel(one.ruleCode) ?? localized(labels.get(one.ruleCode), this.view.locale()) ?? one.ruleCode;
    const status = { open: t.t('statusOpen'), upheld: t.t('statusUpheld'), dismissed: t.t('statusDismissed') }[one.status];
    return html`<li class="objection-item" part="objection" data-objection=${one.id}>
      <p class="objection-head">
        <strong>${one.entryHouseholdName} · ${rule} · ${signedPoints(one.points, (n) => t.number(n))}</strong>
        <span class="status ${one.status}" part="status">${status}</span>
      </p>
      <p class="muted">${t.t('objectionId')} ${one.id} · ${t.t('filedOn')} ${t.date(one.filedOn)}</p>
      <p><span class="muted">${t.t('myReason')}</span>${one.reason}</p>
      ${
        one.answer !== null
          ? html`<div class="answer" part="answer">
              <p class="muted">${t.t('answer', one.ruledOn ? t.date(one.ruledOn) : '')}</p>
              <p>${one.answer}</p>
            </div>`
          : html`<p class="muted">${t.t('noAnswer')}</p>`
      }
    </li>`;
  }
}

type RuleLabel = Readonly<Record<string, string | undefined>>;
interface Mine {
  readonly items: readonly ObjectionView[];
  readonly labels: ReadonlyMap<string, RuleLabel>;
}

function localized(label: RuleLabel | undefined, locale: Locale): string | undefined {
  return label?.[locale] ?? label?.['zh-CN'];
}
