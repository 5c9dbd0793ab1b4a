import {
  declareOwnPointsEntry,
  getPointsRules,
  listOwnPointsEntries,
  ProblemError,
  type Client,
  type RouteOutput,
} from '@shanzhi/sdk/browser';
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { addLateStyles } from '../internal/late-styles.js';
import { Localizer } from '../internal/localize.js';
import { RemoteData } from '../internal/remote-data.js';
import { describeFailure, emptyState, type LoadFailure } from '../internal/states.js';
import { SendingPart, type PartBasics } from '../internal/widget-part.js';
import type { PartContext } from './part-context.js';
import { DeclarationFields } from './declaration-fields.js';
import { declareMessages } from './late-messages.js';
import { lateStyles } from './late-styles.js';
import { villagerMessages } from './villager-messages.js';

type OwnPage = RouteOutput<typeof listOwnPointsEntries>;
export type OwnEntry = OwnPage['items'][number];
type Rules = RouteOutput<typeof getPointsRules>;

/** The household's entries and the village's rules, or that the token is no villager's of this village. */
type VillagerData = { readonly villager: false } | { readonly villager: true; readonly page: OwnPage; readonly rules: Rules };

/** One screen of the household's entries: most households have a few a year; the older ones follow on request. */
const pageSize = 20;

/**
 * The answers that say "this token is not a villager's of this village": 401/403 from the route table (staff, a
 * mediator, a token bound to no household), and 404 from a server that predates the route or a household that is
 * gone. The desk then shows who may use it, as it did before the villager's side existed.
 */
const notVillager = new Set([401, 403, 404]);

/** The villager's own entries, after the late parts' styles (late-styles.ts: the list itself). */
const villagerStyles = css`
  .own-entry {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-2);
  }
  .own-entry p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .own-status {
    font-weight: 700;
  }
  .own-reason,
  .own-objected {
    background: var(--_warning-surface);
    padding: var(--_space-1);
  }
`;

export interface VillagerOptions extends PartBasics {
  /** The desk's own words (its queue's counts, evidence, load more), given rather than bundled again in this chunk. */
  readonly desk: PartContext['desk'];
  /** The household's declaration was sent: the desk fires its event (ids only). */
  readonly declared: (entryId: string, householdId: string) => void;
  /** What the desk says to a token that is not a villager's of this village (who may use the desk). */
  readonly notVillager: () => TemplateResult;
}

/**
 * The villager's side of the desk (issue 14: "villagers use the same element to declare for their own household and
 * to follow their declarations"). 为本户申报: a rule of the village's catalogue, the day and a note, sent with
 * declareOwnPointsEntry (the server takes the household from the token, so nothing here names it); one Idempotency-Key
 * per attempt, kept across retries until the form changes, so a retry on a flaky village connection never declares
 * twice. Field problems are shown next to their fields and what was typed stays; after success the form is cleared
 * and only a receipt stays. 本户的申报: listOwnPointsEntries, newest first, each entry's status in plain words, the
 * notice's last day, an open objection, and why a rejected or revoked entry stopped; older ones on "加载更多".
 * The rule, day, note and evidence fields (AttachmentField, purpose points-evidence: the server checks the ids) are
 * the staff declare form's (DeclarationFields).
 */
export class VillagerView extends SendingPart<VillagerOptions> {
  private readonly t: Localizer<(typeof villagerMessages)['zh-CN']>;
  /** The words shared with the staff declare form (its fields' are DeclarationFields') and with the desk's queue. */
  private readonly form: Localizer<(typeof declareMessages)['zh-CN']>;
  private readonly desk = this.options.desk;
  private readonly data: RemoteData<VillagerData, readonly [Client, string]>;
  private readonly fields: DeclarationFields;
  private receipt = '';
  /** The list's pages after the first, appended in order; a reload starts again from the first page. */
  private laterPages: { readonly items: readonly OwnEntry[]; readonly nextCursor: string | null } | undefined;
  private loadingMore = false;
  private moreFailure: LoadFailure | undefined;
  /** The last answer: shown while the list reloads after a declaration, so the receipt and the form stay in place. */
  private shown: VillagerData | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: VillagerOptions) {
    super(host, options);
    this.t = new Localizer(villagerMessages, options.locale);
    this.form = new Localizer(declareMessages, options.locale);
    addLateStyles(options.root(), lateStyles, villagerStyles);
    this.fields = new DeclarationFields(host, {
      ...options,
      ids: { ruleCode: 'villager-ruleCode', occurredOn: 'villager-occurredOn', note: 'villager-note', files: 'villager-files' },
      problemPart: 'villager-problem',
      rules: () => this.view?.rules.catalogue.rules ?? [],
      today: () => this.today,
      changed: () => {
        this.changed();
      },
    });
    this.data = new RemoteData(host, {
      common: options.common,
      args: () => this.where(),
      load: async ([client, villageId], signal): Promise<VillagerData> => {
        try {
          const [page, rules] = await Promise.all([
            client.request(listOwnPointsEntries, { params: { villageId }, query: { limit: pageSize } }, { signal }),
            client.request(getPointsRules, { params: { villageId } }, { signal }),
          ]);
          return { villager: true, page: page.data, rules: rules.data };
        } catch (error) {
          if (error instanceof ProblemError && notVillager.has(error.status)) return { villager: false };
          throw error;
        }
      },
      onReady: (value) => {
        this.shown = value;
        this.laterPages = undefined;
        this.moreFailure = undefined;
      },
    });
  }

  /** Whom to ask and about which village: the reads and the declaration all need both. */
  private where(): readonly [Client, string] | undefined {
    const client = this.options.client();
    const villageId = this.options.village();
    return client && villageId ? [client, villageId] : undefined;
  }

  /** The loaded household view, if the caller is a villager of this village. */
  private get view(): Extract<VillagerData, { villager: true }> | undefined {
    const value = this.shown;
    return value?.villager ? value : undefined;
  }

  private get items(): readonly OwnEntry[] {
    const first = this.view?.page.items ?? [];
    return this.laterPages ? [...first, ...this.laterPages.items] : first;
  }

  private get nextCursor(): string | null {
    return this.laterPages ? this.laterPages.nextCursor : (this.view?.page.nextCursor ?? null);
  }

  private get today(): string | undefined {
    return this.view?.page.asOf;
  }

  private ruleLabel(code: string): string {
    const rule = this.view?.rules.catalogue.rules.find((one) => one.code === code);
    if (!rule) return code;
    return (this.options.locale() === 'en' ? rule.label.en : undefined) ?? rule.label['zh-CN'];
  }

  /** Anything typed changes the attempt: the next send is a new declaration with a new key. */
  private changed(): void {
    this.endAttempt();
    this.problem = undefined;
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit();
  };

  async submit(): Promise<void> {
    const where = this.where();
    if (!where || this.sending) return;
    const [client, villageId] = where;
    if (!this.fields.validate()) {
      this.update();
      await this.focus('[aria-invalid="true"]');
      return;
    }
    await this.sendAttempt(
      '',
      async (key) =>
        (await client.request(declareOwnPointsEntry, { params: { villageId }, body: this.fields.body() }, { idempotencyKey: key })).data,
      {
        done: (data) => {
          // What was typed is forgotten once it is sent; only the receipt stays.
          this.receipt = this.t.t('declared', data.id);
          this.fields.clear();
          this.options.announce(this.receipt);
          this.options.declared(data.id, data.householdId);
          void this.data.run();
          return '[part~="villager-receipt"]';
        },
        failed: (error) => {
          this.problem = describeFailure(error, this.options.common);
          this.fields.takeIssues(error);
          return this.fields.issues.size > 0 ? '[aria-invalid="true"]' : '[part~="villager-problem"]';
        },
      },
    );
  }

  /** Focus stays within this view: the desk around it has controls of its own. */
  protected override async focus(selector: string): Promise<void> {
    await super.focus(`[part~="villager"] ${selector}`);
  }

  /** The view, or (for a token that is not a villager's) what the desk says about who may use it. */
  render(): TemplateResult {
    const view = this.view;
    if (view && this.data.phase === 'loading') return this.renderView(view);
    return (
      this.data.render({
        skeletonRows: 3,
        ready: (data) => (data.villager ? this.renderView(data) : this.options.notVillager()),
      }) ?? html``
    );
  }

  private renderView(view: Extract<VillagerData, { villager: true }>): TemplateResult {
    return html`<div part="villager" class="villager">${this.renderForm()} ${this.renderList(view.page)}</div>`;
  }

  private renderForm(): TemplateResult {
    return html`<form
      class="declare-form"
      part="villager-declare"
      novalidate
      aria-labelledby="villager-declare-title"
      @submit=${this.onSubmit}
    >
      <h3 id="villager-declare-title">${this.t.t('declareTitle')}</h3>
      <p class="hint">${this.t.t('declareIntro')}</p>
      ${this.receipt ? html`<p class="receipt" part="villager-receipt" tabindex="-1">${this.receipt}</p>` : nothing} ${this.fields.render()}
      ${this.fields.renderProblem(this.problem, this.fields.issues.size > 0)}
      <button type="submit" class="primary" part="villager-submit" ?disabled=${this.sending}>
        ${this.sending ? this.form.t('sending') : this.t.t('submit')}
      </button>
    </form>`;
  }

  private renderList(page: OwnPage): TemplateResult {
    const items = this.items;
    return html`<h3 class="queue-title" id="own-title">
        ${this.t.t('listTitle')} <span class="count">${this.desk.t('queueCount', page.total)}</span>
      </h3>
      ${
        items.length === 0
          ? emptyState(this.t.t('empty'))
          : html`<ol class="own-entries" part="own-entries" aria-labelledby="own-title">
              ${items.map((item) => this.renderEntry(item))}
            </ol>`
      }
      ${this.nextCursor === null ? nothing : this.renderLoadMore()}`;
  }

  private renderEntry(item: OwnEntry): TemplateResult {
    const reason =
      item.status === 'rejected' || item.status === 'revoked'
        ? this.t.t(item.status === 'rejected' ? 'rejectedBecause' : 'revokedBecause', item.reason ?? this.t.t('noReason'))
        : undefined;
    return html`<li part="own-entry" class="own-entry" data-entry=${item.id} tabindex="-1">
      <p class="entry-main">
        <span class="rule">${this.ruleLabel(item.ruleCode)}</span>
        <span class=${item.points < 0 ? 'points negative' : 'points'}>${this.desk.t('points', item.points)}</span>
        <span class="own-status" part=${`own-status own-status-${item.status}`}>${this.t.t(`status_${item.status}`)}</span>
      </p>
      ${item.noticeUntil ? html`<p class="own-notice">${this.t.t('noticeUntil', this.t.date(item.noticeUntil, 'short'))}</p>` : nothing}
      ${item.objected ? html`<p class="own-objected">${this.t.t('objected')}</p>` : nothing}
      ${reason ? html`<p class="own-reason" part="own-reason">${reason}</p>` : nothing}
      <p class="meta">
        ${this.desk.t('occurredOn', this.t.date(item.occurredOn, 'short'))} · ${this.desk.t('evidence', item.attachmentCount)} ·
        ${item.note ?? this.desk.t('noNote')}
      </p>
    </li>`;
  }

  private renderLoadMore(): TemplateResult {
    return html`${
        this.moreFailure
          ? html`<p class="field-error" part="own-more-problem" role="alert">
              ${this.desk.t('loadMoreFailed')}${this.moreFailure.message}
              ${this.moreFailure.requestId ? this.options.common.t('requestId', this.moreFailure.requestId) : nothing}
            </p>`
          : nothing
      }
      <button type="button" part="own-load-more" aria-disabled=${this.loadingMore ? 'true' : 'false'} @click=${() => void this.loadMore()}>
        ${this.loadingMore ? this.desk.t('loadingMore') : this.desk.t('loadMore')}
      </button>`;
  }

  /** “加载更多”: the next page appended below, focus on its first entry, the count read out. */
  private async loadMore(): Promise<void> {
    const view = this.view;
    const where = this.where();
    const cursor = this.nextCursor;
    if (!view || !where || cursor === null || this.loadingMore) return;
    const [client, villageId] = where;
    this.loadingMore = true;
    this.moreFailure = undefined;
    this.update();
    try {
      const { data } = await client.request(
        listOwnPointsEntries,
        { params: { villageId }, query: { limit: pageSize, cursor } },
        { signal: this.data.signal },
      );
      // The list reloaded meanwhile (after a declaration): its first page stands, this answer is stale.
      if (this.view !== view) return;
      const shown = new Set(this.items.map((item) => item.id));
      const added = data.items.filter((item) => !shown.has(item.id));
      this.laterPages = { items: [...(this.laterPages?.items ?? []), ...added], nextCursor: data.nextCursor };
      this.options.announce(this.desk.t('loadedMore', added.length, this.items.length, data.total));
      const first = added[0];
      if (first) {
        this.loadingMore = false;
        this.update();
        await this.focus(`[data-entry="${first.id}"]`);
      }
    } catch (error) {
      this.moreFailure = describeFailure(error, this.options.common);
    } finally {
      this.loadingMore = false;
      this.update();
    }
  }
}
