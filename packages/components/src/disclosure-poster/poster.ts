import type { DisclosureVersion, Locale } from '@shanzhi/rules';
import type { getDisclosurePoster, RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type TemplateResult } from 'lit';
import { categoryLabel } from '../disclosure/categories.js';
import { detailMessages } from '../disclosure/detail-messages.js';
import { detailStyles } from '../disclosure/detail-styles.js';
import { renderFinance, renderRelief, type Words } from '../disclosure/parts.js';
import { renderRichText } from '../disclosure/rich-text.js';
import { addLateStyles } from '../internal/late-styles.js';
import { Localizer } from '../internal/localize.js';
import type { PaperSize } from './paper.js';
import { posterMessages } from './poster-messages.js';
import { posterStyles } from './poster-styles.js';
import { adoptPrintSheets, printingAttribute, releasePrintSheets } from './print.js';
import { itemUrl, renderQr } from './qr.js';

/*
 * The printed poster: what the public reads online, laid out for the paper board, with a QR code per item that leads
 * to it online. The text is drawn by the disclosure board's own renderers (rich text, finance statement, relief lists:
 * masked names only, as the server's public answer has them), so the paper and the screen cannot say different things.
 */

export type Poster = RouteOutput<typeof getDisclosurePoster>;
type Detail = Poster['items'][number];

export interface PosterOptions {
  readonly root: () => HTMLElement | DocumentFragment;
  readonly locale: () => Locale;
}

/** What the sheet says above the items: one item's category, or the month's heading. */
export type PosterScope = { readonly kind: 'item' } | { readonly kind: 'month'; readonly year: number; readonly month: number };

export class PosterPart {
  private readonly t: Localizer<(typeof posterMessages)['zh-CN']>;
  private readonly words: Words;

  constructor(private readonly options: PosterOptions) {
    this.t = new Localizer(posterMessages, options.locale);
    this.words = new Localizer(detailMessages, options.locale);
    addLateStyles(options.root(), detailStyles, posterStyles);
  }

  /** The sheet: the board's name, the items and the foot. `urlPattern` is the element's `item-url`. */
  render(poster: Poster, scope: PosterScope, paper: PaperSize, urlPattern: string | undefined): TemplateResult {
    const { t } = this;
    const subtitle = scope.kind === 'month' ? t.t('monthHeading', scope.year, scope.month) : undefined;
    return html`<article class=${`sheet ${paper.toLowerCase()}`} part="sheet" aria-label=${t.t('sheet', paper)}>
      <header class="sheet-head">
        <p class="board-name">${t.t('boardName', poster.villageName)}</p>
        ${subtitle === undefined ? nothing : html`<p class="sheet-subtitle">${subtitle}</p>`}
      </header>
      ${urlPattern === undefined ? html`<p class="muted no-print" part="no-qr">${t.t('noQr')}</p>` : nothing}
      ${poster.items.map((item) => this.renderItem(poster, item, urlPattern))}
      <footer class="sheet-foot">${t.t('printedOn', this.words.date(poster.asOf))}</footer>
    </article>`;
  }

  private renderItem(poster: Poster, item: Detail, urlPattern: string | undefined): TemplateResult {
    const { t, words } = this;
    const locale = this.options.locale();
    const version = item.versions[item.versions.length - 1] as DisclosureVersion;
    const url = itemUrl(urlPattern, { id: item.id, village: poster.villageId });
    const titleId = `poster-${item.id}`;
    return html`<section class="poster-item" part="poster-item" aria-labelledby=${titleId} data-item=${item.id}>
      <div class="item-head">
        <div>
          <p class="poster-category">${categoryLabel(item.category, poster.categories, locale)}</p>
          <h3 class="item-title" id=${titleId}>${version.title}</h3>
          <p class="item-meta">
            <span>${t.t('published', words.date(version.notice.published))}</span>
            ${version.notice.until === undefined ? nothing : html`<span>${t.t('noticeUntil', words.date(version.notice.until))}</span>`}
            <span>${t.t('period', words.date(version.period.from), words.date(version.period.to))}</span>
          </p>
        </div>
        ${
          url === undefined
            ? nothing
            : html`<figure class="qr">
                ${renderQr(url, t.t('qrLabel', version.title))}
                <figcaption>${t.t('qrCaption')}<br /><span class="qr-url" part="qr-url">${url}</span></figcaption>
              </figure>`
        }
      </div>
      ${version.correction ? html`<p class="warning" role="note">${t.t('corrected', version.version, words.date(version.correction.at), version.correction.reason)}</p>` : nothing}
      ${item.decision ? html`<p>${t.t('decision', item.decision.title, words.date(item.decision.decidedOn))}</p>` : nothing}
      ${renderRichText(version.body)}
      ${version.attachments.length > 0 ? html`<p>${t.t('attachments', version.attachments.map((one) => one.name).join('、'))}</p>` : nothing}
      ${version.finance ? renderFinance(version.finance, item.findings.reconciliation, words, locale) : nothing}
      ${item.reliefLists && item.reliefLists.length > 0 ? renderRelief(item.reliefLists, words) : nothing}
    </section>`;
  }

  /**
   * Prints the poster alone on `paper`: marks `host`, adopts the print sheets (print.ts), calls the browser's print,
   * and undoes both on `afterprint` (the browser fires it once the dialog closes, printed or cancelled).
   */
  print(host: HTMLElement, paper: PaperSize): void {
    host.setAttribute(printingAttribute, '');
    adoptPrintSheets(paper, true);
    globalThis.addEventListener(
      'afterprint',
      () => {
        host.removeAttribute(printingAttribute);
        releasePrintSheets();
      },
      { once: true },
    );
    globalThis.print();
  }

  /** The browser's own print (Ctrl+P) of a page showing the poster: the paper size, and the page as it is. */
  beforePrint(host: HTMLElement, paper: PaperSize): void {
    if (host.hasAttribute(printingAttribute)) return;
    adoptPrintSheets(paper, false);
    globalThis.addEventListener('afterprint', releasePrintSheets, { once: true });
  }
}
