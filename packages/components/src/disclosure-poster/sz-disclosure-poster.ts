import { getDisclosurePoster, listDisclosurePostings } from '@shanzhi/sdk/browser';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { announceAgain } from '../internal/announce-again.js';
import { lazyImport } from '../internal/before-import.js';
import { captionRow } from '../internal/caption-row.js';
import { ElderControls } from '../internal/elder-controls.js';
import { loadForRender } from '../internal/lazy-module.js';
import { Localizer } from '../internal/localize.js';
import { partBasics } from '../internal/part-basics.js';
import { RemoteData } from '../internal/remote-data.js';
import { emptyState, errorState, loadingState, type LoadFailure } from '../internal/states.js';
import { SzElement } from '../internal/sz-element.js';
import { widgetStyles } from '../internal/widget-styles.js';
import type * as DeskModule from './desk.js';
import './events.js';
import { disclosurePosterMessages } from './messages.js';
import { isPaperSize, paperSizes, type PaperSize } from './paper.js';
import type * as PosterModule from './poster.js';
import { disclosurePosterStyles } from './styles.js';

/** `poster` (default): the print layout of an item or a month. `unposted`: the staff list of items never put up. */
export type DisclosurePosterMode = 'poster' | 'unposted';

/**
 * The physical 公开栏 (village notice board) beside the online one. In `poster` mode it lays out one published item
 * (`item`) or a month's items (`year`, `month`) for printing on A4 or A3, exactly as the public reads them online
 * (masked names only), each with a QR code that leads to the item online (`item-url`), and prints it alone on the
 * page. Signed-in staff (cadres, grid workers) record under a one-item poster that it went up: which board, which day,
 * an optional photo. In `unposted` mode the supervisor (or a cadre) sees the published items whose current version
 * was never put up, longest overdue first, and opens each one to print.
 *
 * @element sz-disclosure-poster
 *
 * @fires sz-disclosure-poster-select - An item of the unposted list was opened to print. `detail: { itemId }`.
 * @fires sz-disclosure-poster-print - The Print button was pressed. `detail: { itemIds }` — the items on the poster.
 * @fires sz-disclosure-posted - A posting was recorded. `detail: { itemId, postingId }` — ids only, never a name.
 *
 * @csspart title - The heading.
 * @csspart toolbar - The paper choice and the print button (never printed).
 * @csspart paper - The paper size select.
 * @csspart print - The print button.
 * @csspart back - Back from an opened item to the unposted list.
 * @csspart sheet - The poster: the printed sheet.
 * @csspart poster-item - One item on the poster.
 * @csspart qr - An item's QR code (SVG).
 * @csspart qr-url - The address the QR code holds, printed under it.
 * @csspart no-qr - The note shown (not printed) when no `item-url` is set.
 * @csspart record-form - The staff's "record posting" form.
 * @csspart record - Its send button.
 * @csspart record-problem - Why the last send failed, with a retry.
 * @csspart record-receipt - What was recorded.
 * @csspart attachments - The photo field.
 * @csspart summary - The unposted list's counts.
 * @csspart unposted - The unposted list's table.
 * @csspart overdue - An item's days since publication without a posting.
 * @csspart open - An unposted item's print button.
 * @csspart staff-only - Shown in `unposted` mode to a viewer who is not signed in.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 * @csspart offline - The offline state.
 * @csspart elder-controls - The 长辈版 switch, text size and read-aloud buttons.
 *
 * @cssprop --sz-color-primary - The print and record buttons.
 * @cssprop --sz-color-text - Text, and the sheet's rules.
 * @cssprop --sz-color-text-muted - Hints and the loading state.
 * @cssprop --sz-color-surface - The sheet.
 * @cssprop --sz-color-surface-alt - The loading skeleton and the receipt.
 * @cssprop --sz-color-border - The sheet's and the form's borders.
 * @cssprop --sz-color-warning-surface - The error and offline notices, a correction's note.
 * @cssprop --sz-color-focus - Focus ring.
 * @cssprop --sz-font-family - Typeface.
 * @cssprop --sz-font-size-md - Body text.
 * @cssprop --sz-font-size-lg - The heading.
 * @cssprop --sz-space-2 - Gaps.
 * @cssprop --sz-radius - Corner radius.
 * @cssprop --sz-target-size - Minimum size of every button (larger in 长辈版).
 */
export class SzDisclosurePoster extends SzElement {
  static override styles = [...widgetStyles, disclosurePosterStyles];

  /** The village; falls back to the provider's `village`. */
  @property() village?: string;
  /** The published item to print (its id, e.g. `dsc-01-0007`). Takes precedence over `year`/`month`. */
  @property() item?: string;
  /** With `month`: print that month's items (as the online board selects a month: by the period they report on). */
  @property({ type: Number }) year?: number;
  /** 1–12, with `year`. */
  @property({ type: Number }) month?: number;
  /** `A4` (default) or `A3`, portrait; the viewer can change it before printing. */
  @property() paper: PaperSize = 'A4';
  /**
   * The online item's address for the QR code, with `{id}` (and optionally `{village}`) standing for the ids, e.g.
   * `https://portal.example/disclosure?item={id}`. Only http(s) addresses; without it the poster has no QR code.
   * Only ids are ever put in it, never personal data.
   */
  @property({ attribute: 'item-url' }) itemUrl?: string;
  /** `poster` (default) or `unposted` (the staff's list of items never posted; needs a staff token). */
  @property() mode: DisclosurePosterMode = 'poster';

  /** In `unposted` mode: the item opened from the list to print and record. */
  @state() private opened: string | undefined;
  /** Why the poster's or the desk's chunk did not load (offline, integrity); the retry loads it again. */
  @state() private partFailure: LoadFailure | undefined;
  /** What a posting said to screen readers (the polite live region). */
  @state() private announcement = '';

  private readonly t = new Localizer(disclosurePosterMessages, () => this.effectiveLocale);
  private readonly elderControls = new ElderControls(this, this.common);

  /** The layout, the QR code and the print sheets: wanted as soon as there is a poster to show. */
  private readonly posterPart = this.latePart<PosterModule.PosterPart>(
    lazyImport(
      'disclosure-poster/poster',
      () => import('./poster.js'),
      ({ PosterPart }) => new PosterPart({ root: () => this.renderRoot, locale: () => this.effectiveLocale }),
    ),
    { preload: 'first-paint' },
  );

  /** The record form and the unposted list: only for a signed-in viewer, never for the public's poster. */
  private readonly deskPart = this.latePart<DeskModule.PostingDesk>(
    lazyImport(
      'disclosure-poster/desk',
      () => import('./desk.js'),
      ({ PostingDesk }) =>
        new PostingDesk(this, {
          itemId: () => this.posterItem,
          today: () => this.poster.value?.asOf ?? this.postings.value?.asOf,
          recorded: (posting) => {
            this.emit('sz-disclosure-posted', { itemId: posting.disclosureId, postingId: posting.id });
            if (this.mode === 'unposted') void this.postings.run();
          },
          // What every late part is given (internal/widget-part.ts); a second posting says the same words again: still news.
          ...partBasics(
            this,
            this.common,
            () => this.villageId,
            announceAgain(this, (text) => {
              this.announcement = text;
            }),
          ),
        }),
    ),
    { preload: 'on-demand' },
  );

  /** The poster's text: the public's, whoever is signed in (getDisclosurePoster answers every caller alike). */
  private readonly poster = new RemoteData(this, {
    common: this.common,
    args: () => {
      const client = this.client;
      const village = this.villageId;
      const scope = this.scope;
      if (!client || !village || !scope) return undefined;
      return [client, village, scope.item, scope.year, scope.month] as const;
    },
    load: ([client, villageId, item, year, month], signal) =>
      client
        .request(getDisclosurePoster, { params: { villageId }, query: item === undefined ? { year, month } : { item } }, { signal })
        .then((result) => result.data),
  });

  /** The unposted list (staff only), reloaded after each posting. */
  private readonly postings = new RemoteData(this, {
    common: this.common,
    args: () => {
      const client = this.client;
      const village = this.villageId;
      return this.mode === 'unposted' && this.mayHaveCredentials && client && village ? ([client, village] as const) : undefined;
    },
    load: ([client, villageId], signal) =>
      client
        .request(listDisclosurePostings, { params: { villageId }, query: { unposted: true } }, { signal })
        .then((result) => result.data),
  });

  private get villageId(): string | undefined {
    return this.village ?? this.config.village;
  }

  /** The one item under the poster (the record form is for one item at a time), if it is one. */
  private get posterItem(): string | undefined {
    return this.mode === 'unposted' ? this.opened : this.item;
  }

  /** What the poster shows: an item, a month, or nothing to show yet. */
  private get scope(): { readonly item?: string; readonly year?: number; readonly month?: number } | undefined {
    const item = this.posterItem;
    if (item !== undefined) return { item };
    if (this.mode === 'poster' && this.year !== undefined && this.month !== undefined) return { year: this.year, month: this.month };
    return undefined;
  }

  private get paperSize(): PaperSize {
    return isPaperSize(this.paper) ? this.paper : 'A4';
  }

  private readonly onBeforePrint = this.listenOnWindow('beforeprint', () => {
    this.posterPart.value?.beforePrint(this, this.paperSize);
  });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('mode') || changed.has('item')) this.opened = undefined;
    if (this.partFailure) return;
    if (this.scope && !this.posterPart.value) this.load(this.posterPart);
    const staffView = this.mode === 'unposted' || (this.posterItem !== undefined && this.mayHaveCredentials);
    if (staffView && this.mayHaveCredentials && !this.deskPart.value) this.load(this.deskPart);
  }

  private load(part: typeof this.posterPart | typeof this.deskPart): void {
    loadForRender(part, this, this.common, (failure) => (this.partFailure = failure));
  }

  private readonly retryParts = (): void => {
    this.partFailure = undefined;
  };

  /** Prints the poster alone on the chosen paper (poster.ts: the print sheets, undone after printing). */
  print(): void {
    const part = this.posterPart.value;
    const poster = this.poster.value;
    if (!part || !poster) return;
    this.emit('sz-disclosure-poster-print', { itemIds: poster.items.map((one) => one.id) });
    part.print(this, this.paperSize);
  }

  override render(): TemplateResult {
    const listing = this.mode === 'unposted' && this.opened === undefined;
    return html`<section class="widget" aria-labelledby="title">
      ${captionRow(listing ? this.t.t('unpostedTitle') : this.t.t('title'), this.elderControls.render())}
      ${this.partFailure ? errorState(this.common, this.partFailure, this.retryParts) : listing ? this.renderUnposted() : this.renderPosterView()}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }

  private renderUnposted(): TemplateResult | undefined {
    if (!this.mayHaveCredentials) return html`<p class="staff-only" part="staff-only">${this.t.t('staffOnly')}</p>`;
    return this.postings.render({
      ready: (postings) =>
        this.deskPart.value?.renderUnposted(postings, (row) => {
          this.emit('sz-disclosure-poster-select', { itemId: row.id });
          this.opened = row.id;
          void this.focusAfterUpdate('[part~="back"]');
        }) ?? loadingState(this.common, 3),
    });
  }

  private renderPosterView(): TemplateResult {
    const back =
      this.mode === 'unposted'
        ? html`<button
            type="button"
            part="back"
            @click=${() => {
              const item = this.opened;
              this.opened = undefined;
              void this.focusAfterUpdate(`tr[data-item="${CSS.escape(item ?? '')}"] button`);
            }}
          >
            ${this.t.t('back')}
          </button>`
        : nothing;
    if (!this.scope) return html`${back}${emptyState(this.t.t('noItem'))}`;
    return html`<div class="toolbar no-print" part="toolbar" role="group" aria-label=${this.t.t('toolbar')}>
        ${back}
        <label class="paper-field"
          >${this.t.t('paper')}
          <select
            part="paper"
            @change=${(event: Event) => {
              const value = (event.target as HTMLSelectElement).value;
              if (isPaperSize(value)) this.paper = value;
            }}
          >
            ${paperSizes.map((size) => html`<option value=${size} ?selected=${size === this.paperSize}>${size}</option>`)}
          </select></label
        >
        <button
          type="button"
          class="primary"
          part="print"
          ?disabled=${!this.poster.value || !this.posterPart.value}
          @click=${() => {
            this.print();
          }}
        >
          ${this.t.t('print')}
        </button>
      </div>
      ${this.poster.render({
        ready: (poster) => {
          const part = this.posterPart.value;
          if (!part) return loadingState(this.common, 6);
          const scope = this.posterItem === undefined && this.year !== undefined && this.month !== undefined;
          return html`${part.render(poster, scope ? { kind: 'month', year: this.year ?? 0, month: this.month ?? 0 } : { kind: 'item' }, this.paperSize, this.itemUrl)}
          ${this.posterItem !== undefined && this.mayHaveCredentials ? (this.deskPart.value?.render() ?? nothing) : nothing}`;
        },
        empty: { when: (poster) => poster.items.length === 0, message: () => this.t.t('empty') },
        skeletonRows: 6,
      })}`;
  }

  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
