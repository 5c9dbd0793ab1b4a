import type { DisclosureCategory } from '@shanzhi/rules';
import {
  getDisclosureCompliance,
  listDisclosureDrafts,
  listDisclosures,
  type Client,
  type PageItem,
  type RouteOutput,
} from '@shanzhi/sdk/browser';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { beforeImport } from '../internal/before-import.js';
import { captionRow } from '../internal/caption-row.js';
import { elderControlsStyles } from '../internal/elder-controls-styles.js';
import { ElderControls } from '../internal/elder-controls.js';
import { loadForRender } from '../internal/lazy-module.js';
import { Localizer } from '../internal/localize.js';
import { RemoteData } from '../internal/remote-data.js';
import { emptyState, errorState, loadingState, type LoadFailure } from '../internal/states.js';
import { SzElement } from '../internal/sz-element.js';
import { widgetStyles } from '../internal/widget-styles.js';
import { categoryLabel } from '../disclosure/categories.js';
import './events.js';
import type { EditorTarget } from './form-types.js';
import { disclosureEditorMessages } from './messages.js';
import { disclosureEditorStyles } from './styles.js';
import { partBasics } from '../internal/part-basics.js';

type Obligation = RouteOutput<typeof getDisclosureCompliance>['obligations'][number];
type DraftRow = RouteOutput<typeof listDisclosureDrafts>['items'][number];
type PublishedRow = PageItem<typeof listDisclosures>;

/** What the first screen reads: the Art 30 report, the drafts, and the latest published items with the categories. */
interface Desk {
  readonly asOf: string;
  readonly due: readonly Obligation[];
  readonly drafts: readonly DraftRow[];
  readonly published: readonly PublishedRow[];
  readonly categories: readonly DisclosureCategory[];
}

/** How many published items the correction list offers: the latest ones, which are the ones corrections are for. */
const publishedShown = 10;
/** Overdue first, then late, then upcoming; within each the earliest due date first. */
const statusOrder: Readonly<Record<Obligation['status'], number>> = { overdue: 0, late: 1, upcoming: 2, met: 3 };

async function loadDesk(client: Client, villageId: string, signal: AbortSignal): Promise<Desk> {
  const params = { villageId };
  const [compliance, drafts, published] = await Promise.all([
    client.request(getDisclosureCompliance, { params, query: {} }, { signal }),
    client.request(listDisclosureDrafts, { params }, { signal }),
    client.request(listDisclosures, { params, query: { limit: publishedShown } }, { signal }),
  ]);
  const due = compliance.data.obligations
    .filter((one) => one.status !== 'met')
    .sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || a.dueDate.localeCompare(b.dueDate));
  return {
    asOf: compliance.data.asOf,
    due,
    drafts: drafts.data.items,
    published: published.data.items,
    categories: published.data.categories,
  };
}

/**
 * The cadre's disclosure editor (公开编辑). The first screen says what is due under the Art 30 schedule
 * (村民委员会组织法 第三十条: general matters at least quarterly, finance monthly, major matters at once) and what is late,
 * lists the village's drafts and its latest published items. A draft is written in a form that only produces the
 * rules' allow-listed rich-text blocks, previewed exactly as the public board shows it, and published after a
 * confirmation; a published item is corrected with a reason, as a new version. The form, its preview and the publish
 * step load after the first paint (`latePart`). For the village's cadres (write) and its supervisory committee
 * (`view="supervisor"`, read): the committee reads the schedule, the drafts with their findings and previews, and the
 * published items with their versions, and is offered no save, publish, correction or upload — the server admits only
 * the cadres to those writes (村民委员会组织法 第三十条: the villagers committee publishes; 第三十二条: the supervisory
 * committee sees that it does — Art 33 is the villagers' review of the cadres, not a power to publish). The server refuses everyone else, and nothing here is ever public.
 *
 * @element sz-disclosure-editor
 *
 * @fires sz-disclosure-editor-save - A draft was saved. `detail: { draftId, revision }`.
 * @fires sz-disclosure-editor-publish - A draft was published. `detail: { itemId, version }` (version ≥ 2 for a correction).
 * @fires sz-disclosure-editor-discard - A draft was discarded. `detail: { draftId }`.
 *
 * @csspart title - The heading.
 * @csspart due - The list of what is due and late.
 * @csspart drafts - The list of drafts.
 * @csspart published - The list of published items that can be corrected.
 * @csspart new-draft - The new-draft button (cadre).
 * @csspart read-only - The supervisor's line saying the committee reads here, and why.
 * @csspart form - The draft form.
 * @csspart preview - The preview, drawn as the public board draws the item.
 * @csspart findings - What the rules found in the saved draft.
 * @csspart confirm - The publish (or discard) confirmation.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 * @csspart offline - The offline state.
 * @csspart elder-controls - The 长辈版 switch, text size and read-aloud buttons.
 *
 * @cssprop --sz-color-primary - Buttons and the current block's border.
 * @cssprop --sz-color-text - Text.
 * @cssprop --sz-color-text-muted - Hints, dates and the loading and empty states.
 * @cssprop --sz-color-surface - Lists and the form.
 * @cssprop --sz-color-surface-alt - The loading skeleton and the preview's frame.
 * @cssprop --sz-color-border - Borders.
 * @cssprop --sz-color-negative - Overdue items, field problems and the discard button.
 * @cssprop --sz-color-positive - Drafts ready to publish.
 * @cssprop --sz-color-accent - Links to a field from a finding.
 * @cssprop --sz-color-warning-surface - The error and offline notices, findings.
 * @cssprop --sz-color-focus - Focus ring.
 * @cssprop --sz-font-family - Typeface.
 * @cssprop --sz-font-size-md - Body text.
 * @cssprop --sz-font-size-lg - The heading.
 * @cssprop --sz-space-2 - Gaps.
 * @cssprop --sz-radius - Corner radius.
 * @cssprop --sz-target-size - Minimum size of every button and field (larger in 长辈版).
 */
export class SzDisclosureEditor extends SzElement {
  static override styles = [...widgetStyles, elderControlsStyles, disclosureEditorStyles];

  /** The village whose disclosures are edited; falls back to the provider's `village`. The server admits only its own staff. */
  @property() village?: string;

  /** `cadre` drafts, publishes and corrects; `supervisor` (村务监督委员会) reads. The server checks the role. */
  @property() view: 'cadre' | 'supervisor' = 'cadre';

  /** What the form is open on (a draft, a new draft, a correction), or undefined for the lists. */
  @state() private editing: EditorTarget | undefined;
  @state() private announcement = '';
  /** The form's chunk could not be loaded: why (opening it again retries). */
  @state() private formFailure: LoadFailure | undefined;

  private readonly t = new Localizer(disclosureEditorMessages, () => this.effectiveLocale);
  private readonly elderControls = new ElderControls(this, this.common);

  private readonly desk = new RemoteData<Desk, readonly [Client, string]>(this, {
    common: this.common,
    args: () => {
      const client = this.client;
      const villageId = this.villageId;
      return client && villageId !== undefined ? ([client, villageId] as const) : undefined;
    },
    load: ([client, villageId], signal) => loadDesk(client, villageId, signal),
  });

  /** The form, its preview (the board's own detail views) and the publish step: after the first paint. */
  /** Words for the live region (from the form and its publish step). */
  private readonly announce = (text: string): void => {
    this.announcement = text;
  };

  private readonly form = this.latePart(
    () =>
      beforeImport('disclosure-editor/draft-form')
        .then(() => import('./draft-form.js'))
        .then(
          ({ DraftForm }) =>
            new DraftForm(this, {
              ...partBasics(this, this.common, () => this.villageId, this.announce),
              categories: () => this.desk.value?.categories ?? [],
              today: () => this.desk.value?.asOf,
              saved: (draftId, revision) => {
                this.emit('sz-disclosure-editor-save', { draftId, revision });
              },
              finished: (outcome) => {
                if (outcome.kind === 'published')
                  this.emit('sz-disclosure-editor-publish', { itemId: outcome.id, version: outcome.version });
                if (outcome.kind === 'discarded') this.emit('sz-disclosure-editor-discard', { draftId: outcome.id });
                this.close();
              },
              close: () => {
                this.close();
              },
              readOnly: () => this.reading,
            }),
        ),
    { preload: 'first-paint' },
  );

  /** The supervisor's view: nothing that writes is offered. */
  private get reading(): boolean {
    return this.view === 'supervisor';
  }

  private get villageId(): string | undefined {
    return this.village ?? this.config.village;
  }

  protected override onReconnect(): void {
    if (this.desk.phase === 'offline' || this.desk.phase === 'error') this.desk.retry();
  }

  private open(target: EditorTarget): void {
    this.editing = target;
    this.formFailure = undefined;
    loadForRender(this.form, this, this.common, (failure) => (this.formFailure = failure));
    void this.form.get().then(
      (form) => form.open(target),
      () => undefined,
    );
  }

  private close(): void {
    this.editing = undefined;
    void this.desk.run();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="new-draft"], [part~="read-only"]')?.focus());
  }

  override render(): TemplateResult {
    return html`<section class="widget" aria-labelledby="title">
      ${captionRow(this.t.t('title'), this.elderControls.render())}
      ${this.villageId === undefined ? emptyState(this.t.t('chooseVillage')) : this.editing ? this.renderForm() : this.renderDesk()}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }

  private renderForm(): TemplateResult {
    if (this.formFailure) {
      return html`<p>${this.t.t('formFailed')}</p>
        ${errorState(this.common, this.formFailure, () => {
          if (this.editing) this.open(this.editing);
        })}`;
    }
    const form = this.form.value;
    return form ? form.render() : loadingState(this.common, 3);
  }

  private renderDesk(): TemplateResult {
    return html`${
      this.reading
        ? html`<p class="read-only" part="read-only" tabindex="-1">${this.t.t('readOnly')}</p>`
        : html`<button
            type="button"
            class="primary"
            part="new-draft"
            @click=${() => {
              this.open({ kind: 'new' });
            }}
          >
            ${this.t.t('newDraft')}
          </button>`
    }
    ${
      this.desk.render({
        ready: (desk) => html`${this.renderDue(desk)} ${this.renderDrafts(desk)} ${this.renderPublished(desk)}`,
      }) ?? nothing
    }`;
  }

  private label(code: string, desk: Desk): string {
    return categoryLabel(code, desk.categories, this.effectiveLocale);
  }

  private renderDue(desk: Desk): TemplateResult {
    const t = this.t;
    return this.block(
      { id: 'due-title', title: t.t('due'), count: t.t('dueCount', desk.due.length), part: 'due', none: t.t('dueNone') },
      desk.due,
      (one) => {
        const what = `${this.label(one.category, desk)} ${t.t('period', t.date(one.period.from), t.date(one.period.to))}`;
        return html`<li class=${`row ${one.status}`}>
          <span class="row-main">
            <strong>${this.label(one.category, desk)}</strong>
            <span>${t.t('period', t.date(one.period.from), t.date(one.period.to))}</span>
          </span>
          <span class="row-meta">
            <span class=${`badge ${one.status}`}>${t.t(`status_${one.status}`)}</span>
            <span>${t.t('dueOn', t.date(one.dueDate))}</span>
            ${one.daysLate > 0 ? html`<span>${t.t('daysLate', one.daysLate)}</span>` : nothing}
          </span>
          ${this.reading ? nothing : this.opener(t.t('draftIt'), t.t('draftItFor', what), { kind: 'new', category: one.category, period: one.period })}
        </li>`;
      },
      html`<p class="hint">${t.t('dueHint')}</p>`,
    );
  }

  private renderDrafts(desk: Desk): TemplateResult {
    const t = this.t;
    return this.block(
      { id: 'drafts-title', title: t.t('drafts'), count: t.t('draftsCount', desk.drafts.length), part: 'drafts', none: t.t('draftsNone') },
      desk.drafts,
      (draft) =>
        html`<li class="row" data-draft=${draft.id}>
          <span class="row-main">
            <strong>${draft.title}</strong>
            <span>${this.label(draft.category, desk)} · ${t.t('period', t.date(draft.period.from), t.date(draft.period.to))}</span>
          </span>
          <span class="row-meta">
            ${draft.correctsId === undefined ? nothing : html`<span class="badge">${t.t('correction')}</span>`}
            <span class=${draft.findings > 0 ? 'badge overdue' : 'badge met'}
              >${draft.findings > 0 ? t.t('findings', draft.findings) : t.t('ready')}</span
            >
          </span>
          ${
            this.reading
              ? this.opener(t.t('read'), t.t('readDraft', draft.title), { kind: 'draft', draftId: draft.id })
              : this.opener(t.t('edit'), t.t('editDraft', draft.title), { kind: 'draft', draftId: draft.id })
          }
        </li>`,
    );
  }

  private renderPublished(desk: Desk): TemplateResult {
    const t = this.t;
    return this.block(
      {
        id: 'published-title',
        title: t.t('published'),
        count: t.t('publishedCount', desk.published.length),
        part: 'published',
        none: t.t('publishedNone'),
      },
      desk.published,
      (item) =>
        html`<li class="row" data-item=${item.id}>
          <span class="row-main">
            <strong>${item.title}</strong>
            <span>${this.label(item.category, desk)} · ${t.date(item.published)} · ${t.t('versions', item.versions)}</span>
          </span>
          ${
            this.reading
              ? this.opener(t.t('read'), t.t('readItem', item.title), { kind: 'item', itemId: item.id })
              : this.opener(t.t('correct'), t.t('correctItem', item.title), { kind: 'correction', itemId: item.id })
          }
        </li>`,
    );
  }

  /** A row's button that opens the form on `target`; `label` says which row's it is. */
  private opener(words: string, label: string, target: EditorTarget): TemplateResult {
    return html`<button
      type="button"
      aria-label=${label}
      @click=${() => {
        this.open(target);
      }}
    >
      ${words}
    </button>`;
  }

  /** A block of the desk: its heading with the count, what `intro` says first, then its rows or the words for none. */
  private block<T>(
    heading: { readonly id: string; readonly title: string; readonly count: string; readonly part: string; readonly none: string },
    items: readonly T[],
    row: (item: T) => TemplateResult,
    intro: TemplateResult | typeof nothing = nothing,
  ): TemplateResult {
    return html`<section class="block" aria-labelledby=${heading.id}>
      <h3 id=${heading.id}>${heading.title} <span class="count">${heading.count}</span></h3>
      ${intro}
      ${
        items.length === 0
          ? emptyState(heading.none)
          : html`<ul class="rows" part=${heading.part}>
              ${items.map(row)}
            </ul>`
      }
    </section>`;
  }
}
