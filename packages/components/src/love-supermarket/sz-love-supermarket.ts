import { getSupermarketShelf, listSupermarketDonations } from '@shanzhi/sdk/browser';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyedList } from '../internal/desk-rows.js';
import { announceAgain } from '../internal/announce-again.js';
import { lazyImport } from '../internal/before-import.js';
import { captionRow } from '../internal/caption-row.js';
import { ElderControls } from '../internal/elder-controls.js';
import { Localizer } from '../internal/localize.js';
import { RemoteData } from '../internal/remote-data.js';
import { loadForRender } from '../internal/lazy-module.js';
import { errorState, loadingState, type LoadFailure } from '../internal/states.js';
import { SzElement } from '../internal/sz-element.js';
import type { PartBasics } from '../internal/widget-part.js';
import { widgetStyles } from '../internal/widget-styles.js';
import type * as DeskModule from './desk.js';
import type * as ReconciliationModule from './reconciliation.js';
import './events.js';
import { loveSupermarketMessages } from './messages.js';
import { shelfOf, type Donation, type Goods, type Shelf } from './shelf-data.js';
import { loveSupermarketStyles } from './styles.js';
import { partBasics } from '../internal/part-basics.js';

/** What the widget shows: the public shelf (default), the keeper's redemption desk above it, or the supervisor's monthly reconciliation. */
export const loveSupermarketModes = ['shelf', 'desk', 'reconciliation'] as const;
export type LoveSupermarketMode = (typeof loveSupermarketModes)[number];

/**
 * The village's 爱心超市 (love supermarket): the public shelf — goods with their photo, price in points, stock and
 * donor (a 乡贤 or an enterprise by the name they agreed to show; an anonymous donor unnamed) — and this year's
 * thank-you list of donations. With `mode="desk"` and a staff token (the storekeeper or a cadre) it becomes the
 * keeper's redemption desk: find the household by its number (typed, or scanned from the QR code on its card where
 * the browser can), build a cart from the shelf with the keyboard, check the balance, redeem, and print the receipt.
 * The desk is a chunk of its own, so the public shelf stays light. With `mode="reconciliation"` and the supervisor's
 * (or a cadre's) token it shows the monthly stock and points reconciliation instead of the shelf, printable; a chunk
 * of its own too.
 *
 * @element sz-love-supermarket
 *
 * @fires sz-redeemed - The desk redeemed a cart. `detail: { receiptNumber, householdId, villageId }` — ids only, never a name.
 *
 * @csspart title - The heading.
 * @csspart goods - The list of goods on the shelf.
 * @csspart goods-item - One goods card.
 * @csspart photo - A goods photo, or its placeholder.
 * @csspart sold-out - The “sold out” mark on goods with no stock.
 * @csspart donations - The thank-you list of donations.
 * @csspart desk - The keeper's desk (`mode="desk"`).
 * @csspart household-form - The desk's household number field and its buttons.
 * @csspart household - The household found, with its balance.
 * @csspart add - A goods card's “add to cart” button (desk).
 * @csspart cart - The cart table.
 * @csspart problem - Why a redemption was refused or failed.
 * @csspart redeem - The redeem button.
 * @csspart receipt - The receipt after a redemption.
 * @csspart reconciliation - The monthly reconciliation (`mode="reconciliation"`).
 * @csspart month-form - The reconciliation's month field, show and print buttons.
 * @csspart verdict - Whether the month reconciles, or how many differences it has.
 * @csspart stock - The stock moves table; `line` is one goods, `mismatch` one whose stock does not reconcile.
 * @csspart points - The points totals table.
 * @csspart findings - The server's findings for the month.
 * @csspart print - The print button.
 * @csspart staff-only - Who may read the reconciliation (shown to other tokens).
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 * @csspart offline - The offline state.
 * @csspart elder-controls - The 长辈版 switch, text size and read-aloud buttons.
 *
 * @cssprop --sz-color-primary - Buttons and prices.
 * @cssprop --sz-color-on-primary - Text on primary buttons.
 * @cssprop --sz-color-text - Text.
 * @cssprop --sz-color-text-muted - Stock, donors, dates and the loading and empty states.
 * @cssprop --sz-color-surface - Goods cards.
 * @cssprop --sz-color-surface-alt - The photo placeholder and the loading skeleton.
 * @cssprop --sz-color-border - Card and table borders.
 * @cssprop --sz-color-negative - Sold out, and the desk's problems.
 * @cssprop --sz-color-positive - The receipt's border.
 * @cssprop --sz-color-warning-surface - The error and offline notices.
 * @cssprop --sz-color-focus - Focus ring.
 * @cssprop --sz-font-family - Typeface.
 * @cssprop --sz-font-size-sm - Stock, donors and dates.
 * @cssprop --sz-font-size-md - Body text.
 * @cssprop --sz-font-size-lg - The heading.
 * @cssprop --sz-space-2 - Gap between cards.
 * @cssprop --sz-space-3 - Space between sections.
 * @cssprop --sz-radius - Corner radius.
 * @cssprop --sz-target-size - Minimum size of every button (larger in 长辈版).
 */
export class SzLoveSupermarket extends SzElement {
  static override styles = [...widgetStyles, loveSupermarketStyles];

  /** The village whose supermarket to show; falls back to the provider's `village`. */
  @property() village?: string;
  /**
   * `shelf` (default): the public shelf and thank-you list. `desk`: the keeper's redemption desk (needs a staff token).
   * `reconciliation`: the supervisor's monthly reconciliation (needs the supervisor's or a cadre's token).
   */
  @property() mode: LoveSupermarketMode = 'shelf';

  /** What the desk or the shelf last had to say to screen readers (a polite live region). */
  @state() private announcement = '';
  /** The desk's chunk could not be loaded (offline, integrity): why; the retry tries again. */
  @state() private deskFailure: LoadFailure | undefined;

  private readonly t = new Localizer(loveSupermarketMessages, () => this.effectiveLocale);
  private readonly elderControls = new ElderControls(this, this.common);
  /** The keeper's desk (its code, words and styles): loaded only in desk mode, never for the public shelf. */
  private readonly deskPart = this.latePart<DeskModule.SupermarketDesk>(
    lazyImport(
      'love-supermarket/desk',
      () => import('./desk.js'),
      ({ SupermarketDesk }) =>
        new SupermarketDesk(this, {
          ...this.partBasics(),
          shelf: () => this.data.value,
          mayRedeem: () => this.mayHaveCredentials,
          redeemed: (receiptNumber, householdId, villageId) => {
            this.emit('sz-redeemed', { receiptNumber, householdId, villageId });
            // The stock went down: the shelf shows it at once.
            void this.data.run();
          },
        }),
    ),
    { preload: 'on-demand' },
  );

  /** The supervisor's monthly reconciliation (its code, words and print styles): loaded only in reconciliation mode. */
  private readonly reconciliationPart = this.latePart<ReconciliationModule.SupermarketReconciliation>(
    lazyImport(
      'love-supermarket/reconciliation',
      () => import('./reconciliation.js'),
      ({ SupermarketReconciliation }) =>
        new SupermarketReconciliation(this, {
          ...this.partBasics(),
          today: () => this.data.value?.asOf,
          mayRead: () => this.mayHaveCredentials,
          waiting: () => this.data.phase === 'loading',
          staffOnly: () => html`<p class="staff-only" part="staff-only">${this.t.t('reconciliationStaffOnly')}</p>`,
        }),
    ),
    { preload: 'on-demand' },
  );

  /** The shelf and the thank-you list, one read: both are public and cached, and the shelf shows them together. */
  private readonly data = new RemoteData(this, {
    common: this.common,
    args: () => {
      const client = this.client;
      const village = this.villageId;
      return client && village ? ([client, village] as const) : undefined;
    },
    load: async ([client, villageId], signal) => {
      const [shelf, donations] = await Promise.all([
        client.request(getSupermarketShelf, { params: { villageId } }, { signal }),
        client.request(listSupermarketDonations, { params: { villageId }, query: {} }, { signal }),
      ]);
      return shelfOf(shelf.data, donations.data);
    },
  });

  private get villageId(): string | undefined {
    return this.village ?? this.config.village;
  }

  /** What a late part that works on its own is given (see internal/widget-part.ts). */
  private partBasics(): PartBasics {
    return partBasics(this, this.common, () => this.villageId, this.announce);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.mode === 'desk' && !this.deskPart.value && !this.deskFailure) this.loadDesk();
    if (this.mode === 'reconciliation' && !this.reconciliationPart.value && !this.deskFailure) this.loadDesk();
  }

  private loadDesk(): void {
    const part = this.mode === 'reconciliation' ? this.reconciliationPart : this.deskPart;
    loadForRender(part, this, this.common, (failure) => (this.deskFailure = failure));
  }

  private readonly retryDesk = (): void => {
    this.deskFailure = undefined;
    this.loadDesk();
  };

  /** A second redemption says the same words again: still news. */
  private readonly announce = announceAgain(this, (text) => {
    this.announcement = text;
  });

  override render(): TemplateResult {
    return html`<section class="widget" aria-labelledby="title">
      ${captionRow(this.t.t('title'), this.elderControls.render())} ${this.mode === 'desk' ? this.renderDesk() : nothing}
      ${
        this.mode === 'reconciliation'
          ? this.renderDesk()
          : this.data.render({
              ready: (shelf) => this.renderShelf(shelf),
              empty: { when: (shelf) => shelf.goods.length === 0 && shelf.donations.length === 0, message: () => this.t.t('empty') },
              skeletonRows: 4,
            })
      }
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }

  private renderDesk(): TemplateResult {
    if (this.deskFailure) return errorState(this.common, this.deskFailure, this.retryDesk);
    const part = this.mode === 'reconciliation' ? this.reconciliationPart : this.deskPart;
    return part.value?.render() ?? loadingState(this.common, 2);
  }

  private renderShelf(shelf: Shelf): TemplateResult {
    return html`<h3 id="goods-title" class="section-title">${this.t.t('goods')}</h3>
      ${keyedList(
        shelf.goods,
        {
          none: html`<p class="muted">${this.t.t('noGoods')}</p>`,
          className: 'goods',
          part: 'goods',
          labelledBy: 'goods-title',
          describedBy: 'goods-count',
        },
        (goods) => goods.id,
        (goods) => this.renderGoods(shelf.villageId, goods),
      )}
      <p id="goods-count" class="muted">${this.t.t('goodsCount', shelf.goods.length)} · ${this.t.t('asOf', this.t.date(shelf.asOf))}</p>
      <h3 id="thanks-title" class="section-title">${this.t.t('thanks')}</h3>
      ${keyedList(
        shelf.donations,
        {
          none: html`<p class="muted">${this.t.t('noDonations')}</p>`,
          className: 'donations',
          part: 'donations',
          labelledBy: 'thanks-title',
          ordered: true,
        },
        (donation) => donation.id,
        (donation) => this.renderDonation(donation),
      )}`;
  }

  private renderGoods(villageId: string, goods: Goods): TemplateResult {
    const soldOut = goods.stock <= 0;
    return html`<li class="card" part="goods-item" data-goods=${goods.id}>
      ${this.renderPhoto(villageId, goods)}
      <div class="card-body">
        <p class="name">${goods.name}</p>
        <p class="price">${this.t.t('price', goods.pricePoints, goods.unit)}</p>
        ${
          soldOut
            ? html`<p class="sold-out" part="sold-out">${this.t.t('soldOut')}</p>`
            : html`<p class="stock">${this.t.t('stock', goods.stock, goods.unit)}</p>`
        }
        <p class="donor">${this.donorText(goods.donor)}</p>
        ${this.mode === 'desk' ? (this.deskPart.value?.renderAdd(goods) ?? nothing) : nothing}
      </div>
    </li>`;
  }

  /** The photo through the public attachment route (goods photos are public), else a plain placeholder. */
  private renderPhoto(villageId: string, goods: Goods): TemplateResult {
    const client = this.client;
    if (goods.photoId === null || !client) {
      return html`<div class="photo placeholder" part="photo" aria-hidden="true">${this.t.t('noPhoto')}</div>`;
    }
    const src = `${client.baseUrl.replace(/\/+$/, '')}/v1/villages/${encodeURIComponent(villageId)}/attachments/${encodeURIComponent(goods.photoId)}/content`;
    // The name is next to the photo, so the photo itself adds nothing for a screen reader.
    return html`<img class="photo" part="photo" src=${src} alt="" loading="lazy" decoding="async" />`;
  }

  private donorText(donor: Goods['donor']): string {
    if (donor === null) return this.t.t('donorVillage');
    if (donor.kind === 'anonymous' || donor.displayName === null) return this.t.t('donorAnonymous');
    return donor.kind === 'xiangxian' ? this.t.t('donorXiangxian', donor.displayName) : this.t.t('donorEnterprise', donor.displayName);
  }

  private renderDonation(donation: Donation): TemplateResult {
    const given = [
      ...donation.items.map((line) => this.t.t('donatedGoods', line.name, line.quantity)),
      ...(donation.cashFen === null ? [] : [this.t.t('donatedCash', this.t.yuan(donation.cashFen))]),
    ];
    const name =
      donation.donor.kind === 'anonymous' || donation.donor.displayName === null ? this.t.t('anonymous') : donation.donor.displayName;
    return html`<li class="donation">
      <span class="donor-name">${name}</span>
      <span class="given">${given.join(this.t.t('separator'))}</span>
      <span class="date">${this.t.date(donation.date)}</span>
    </li>`;
  }
}
