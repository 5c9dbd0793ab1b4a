import { validateHref, type DisclosureCategory, type DisclosureVersion, type Locale } from '@shanzhi/rules';
import { html, nothing, type TemplateResult } from 'lit';
import { emptyState } from '../internal/states.js';
import { categoryLabel } from './categories.js';
import { renderHistory } from './history.js';
import { renderFinance, renderRelief, renderTrail, type Detail, type Words } from './parts.js';
import type { QueryForm } from './query-form.js';
import { renderRichText } from './rich-text.js';
import { renderSignOffHistory } from './signoff-history.js';

/** What the opened item is drawn with, from the board. */
export interface OpenedItem {
  readonly detail: Detail;
  /** The version on screen (1-based); the latest when out of range. */
  readonly shownVersion: number;
  readonly showVersion: (n: number) => void;
  readonly t: Words;
  readonly locale: Locale;
  readonly categories: readonly DisclosureCategory[];
  /** The back button, drawn beside the print button. */
  readonly back: TemplateResult;
  /** Undefined on a public board, which takes no questions. */
  readonly query: QueryForm | undefined;
  readonly emptyText: string;
}

function fileSize(bytes: number): { readonly unit: 'kb' | 'mb'; readonly value: string } {
  if (bytes < 1024 * 1024) return { unit: 'kb', value: Math.max(1, Math.round(bytes / 1024)).toString() };
  return { unit: 'mb', value: (bytes / (1024 * 1024)).toFixed(1) };
}

/** The short type a villager recognises: PDF, JPG, XLSX … from the file name's extension. */
function fileType(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toUpperCase();
}

function renderAttachments(version: DisclosureVersion, t: Words): TemplateResult | typeof nothing {
  if (version.attachments.length === 0) return nothing;
  return html`<section class="attachments" part="attachments" aria-label=${t.t('attachments')}>
    <h3>${t.t('attachments')}</h3>
    <ul>
      ${version.attachments.map((one) => {
        const size = fileSize(one.size);
        const sizeText = size.unit === 'kb' ? t.t('sizeKb', size.value) : t.t('sizeMb', size.value);
        // Only plain http(s) addresses become links (the rules' check, again on render); anything else stays text.
        const safe = validateHref(one.url) === null;
        return html`<li>
          ${safe ? html`<a href=${one.url} download=${one.name} rel="noopener noreferrer nofollow" aria-label=${t.t('download', one.name)}>${one.name}</a>` : html`<span>${one.name}</span>`}
          <span class="muted">${fileType(one.name)} · ${sizeText}</span>
        </li>`;
      })}
    </ul>
  </section>`;
}

/** Answered queries the committee published (FAQ): question and answer only — the server never sends who asked. */
function renderFaq(faq: Detail['faq'], t: Words): TemplateResult | typeof nothing {
  if (!faq || faq.length === 0) return nothing;
  return html`<section class="faq" part="faq" aria-labelledby="faq-title">
    <h3 id="faq-title">${t.t('faqTitle')}</h3>
    <p class="muted">${t.t('faqIntro')}</p>
    <dl>
      ${faq.map(
        (entry) =>
          html`<dt>${entry.question}</dt>
            <dd>${entry.answer} <span class="muted">· ${t.t('faqPublished', t.date(entry.publishedOn))}</span></dd>`,
      )}
    </dl>
  </section>`;
}

/** The opened item: meta, body, attachments, finance, trail, relief lists, corrections and the question form. */
export function renderOpened(item: OpenedItem): TemplateResult {
  const { detail, t, locale, back } = item;
  const latest = detail.versions.length;
  const version = detail.versions[item.shownVersion - 1] ?? detail.versions[latest - 1];
  if (!version) return html`${back}${emptyState(item.emptyText)}`;
  const isLatest = version.version === latest;
  return html`<article class="detail" part="detail" aria-labelledby="detail-title">
    <div class="detail-actions">
      ${back}<button
        type="button"
        class="print-button"
        @click=${() => {
          globalThis.print();
        }}
      >
        ${t.t('print')}
      </button>
    </div>
    <h2 id="detail-title" tabindex="-1">${version.title}</h2>
    <p class="item-meta">
      <span class="category">${categoryLabel(detail.category, item.categories, locale)}</span>
      <span part="status" class=${`status ${detail.status}`}>${t.t(`status_${detail.status}`)}</span>
      <span>${t.t('published', t.date(version.notice.published))}</span>
      <span>${version.notice.until === undefined ? t.t('noNoticeEnd') : t.t('noticeUntil', t.date(version.notice.until))}</span>
      <span>${t.t('period', t.date(version.period.from), t.date(version.period.to))}</span>
    </p>
    ${isLatest ? nothing : html`<p class="warning" role="note">${t.t('viewingOld', version.version, latest)}</p>`}
    ${renderRichText(version.body)} ${renderAttachments(version, t)}
    ${version.finance ? renderFinance(version.finance, isLatest ? detail.findings.reconciliation : undefined, t, locale) : nothing}
    ${detail.decision ? renderTrail(detail.decision, detail.findings.trail, t, locale) : nothing}
    ${detail.reliefLists && detail.reliefLists.length > 0 ? renderRelief(detail.reliefLists, t) : nothing}
    ${latest > 1 ? renderHistory(detail.versions, version.version, t, item.showVersion) : nothing} ${renderFaq(detail.faq, t)}
    ${renderSignOffHistory(detail.signOffs, t, locale)} ${item.query ? item.query.render(t) : nothing}
  </article>`;
}
