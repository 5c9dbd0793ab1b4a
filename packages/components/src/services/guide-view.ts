import { applicationChannels, formatTimeLimit, onlineDepthLevels, textIn, type Material } from '@shanzhi/rules';
import type { getService, RouteOutput } from '@shanzhi/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../internal/localize.js';
import type { guideMessages } from './guide-messages.js';

export type ServiceDetail = RouteOutput<typeof getService>;
type T = Localizer<(typeof guideMessages)['zh-CN']>;

/** Only http(s) links reach an href (the schema already insists; this is the second lock). */
export function safeUrl(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\//i.test(url) ? url : undefined;
}

function formOf(material: Material, t: T): string {
  return material.form === 'original' ? t.t('formOriginal') : material.form === 'copy' ? t.t('formCopy') : t.t('formEither');
}

/** The 申请材料 checklist: a real checkbox per item, ticks kept by the caller (`ticked`). */
export function renderMaterials(
  guide: ServiceDetail,
  t: T,
  ticked: ReadonlySet<number>,
  onTick: (index: number, on: boolean) => void,
  onPrint: () => void,
): TemplateResult {
  const lang = t.lang;
  const done = guide.materials.filter((_, index) => ticked.has(index)).length;
  return html`<section part="materials" aria-labelledby="materials-title">
    <h3 id="materials-title">${t.t('materials')}</h3>
    <p class="muted no-print">${t.t('materialsHint')}</p>
    <p class="muted" aria-live="polite">${t.t('materialsProgress', done, guide.materials.length)}</p>
    <ol class="materials">
      ${guide.materials.map((material, index) => {
        const blank = safeUrl(material.blankFormUrl);
        const sample = safeUrl(material.sampleUrl);
        return html`<li>
          <label class="check"
            ><input
              type="checkbox"
              .checked=${ticked.has(index)}
              @change=${(event: Event) => {
                onTick(index, (event.target as HTMLInputElement).checked);
              }}
            /><span>${textIn(material.name, lang)}</span></label
          >
          <div class="meta">
            <span>${material.required ? t.t('required') : t.t('optional')}</span>
            <span>${formOf(material, t)}</span>
            ${material.copies > 0 ? html`<span>${t.t('copies', material.copies)}</span>` : nothing}
            <span>${t.t('source', textIn(material.source, lang))}</span>
            ${blank ? html`<a href=${blank} target="_blank" rel="noopener noreferrer">${t.t('blankForm')}</a>` : nothing}
            ${sample ? html`<a href=${sample} target="_blank" rel="noopener noreferrer">${t.t('sample')}</a>` : nothing}
          </div>
          ${material.notes ? html`<div class="muted">${textIn(material.notes, lang)}</div>` : nothing}
        </li>`;
      })}
    </ol>
    <button type="button" class="no-print" part="print" @click=${onPrint}>${t.t('print')}</button>
  </section>`;
}

/** Everything of the guide except the checklist, eligibility and proxy parts. */
export function renderGuideFacts(guide: ServiceDetail, t: T): TemplateResult {
  const lang = t.lang;
  const { statutory, promised } = guide.timeLimits;
  const depth = onlineDepthLevels.find((level) => level.level === guide.online.depth);
  const onlineUrl = safeUrl(guide.online.url);
  return html`<section aria-labelledby="conditions-title">
      <h3 id="conditions-title">${t.t('conditions')}</h3>
      <ul class="plain">
        ${guide.conditions.map((condition) => html`<li>${textIn(condition, lang)}</li>`)}
      </ul>
      <p class="muted">${t.t('implementingBody')}：${textIn(guide.implementingBody, lang)}</p>
    </section>
    <section aria-labelledby="limits-title" part="time-limits">
      <h3 id="limits-title">${t.t('timeLimits')}</h3>
      ${statutory ? html`<p>${t.t('statutory', formatTimeLimit(statutory, lang))}</p>` : nothing}
      <p>${t.t('promisedLimit', formatTimeLimit(promised, lang))}</p>
      ${guide.dueIfAppliedToday ? html`<p class="due" part="due">${t.t('dueToday', t.date(guide.dueIfAppliedToday))}</p>` : nothing}
    </section>
    <section aria-labelledby="fee-title">
      <h3 id="fee-title">${t.t('fee')}</h3>
      <p>${guide.fee.free ? t.t('free') : html`${t.yuan(guide.fee.amount)} <span class="muted">${textIn(guide.fee.basis, lang)}</span>`}</p>
      <h3>${t.t('visitsTitle')}</h3>
      <p>${t.t('visits', guide.visits)}</p>
    </section>
    <section aria-labelledby="online-title">
      <h3 id="online-title">${t.t('online')}</h3>
      <p>${depth ? (lang === 'en' ? depth.en : depth['zh-CN']) : String(guide.online.depth)}</p>
      ${onlineUrl && guide.online.depth >= 1 ? html`<p><a href=${onlineUrl} target="_blank" rel="noopener noreferrer">${t.t('onlineLink')}</a></p>` : nothing}
    </section>
    <section aria-labelledby="where-title">
      <h3 id="where-title">${t.t('where')}</h3>
      <ul class="plain">
        ${guide.channels.map((channel) => {
          const kind = applicationChannels.find((one) => one.code === channel.channel);
          const url = safeUrl(channel.url);
          return html`<li>
            <strong
              >${channel.name ? textIn(channel.name, lang) : kind ? (lang === 'en' ? kind.en : kind['zh-CN']) : channel.channel}</strong
            >
            ${channel.address ? html`<div>${textIn(channel.address, lang)}</div>` : nothing}
            ${channel.hours ? html`<div class="muted">${textIn(channel.hours, lang)}</div>` : nothing}
            ${url ? html`<div><a href=${url} target="_blank" rel="noopener noreferrer">${url}</a></div>` : nothing}
          </li>`;
        })}
      </ul>
    </section>
    <section aria-labelledby="contacts-title">
      <h3 id="contacts-title">${t.t('contacts')}</h3>
      <ul class="plain">
        ${guide.contacts.consultation.map((phone) => html`<li>${t.t('consultation')}：${phone.label ? textIn(phone.label, lang) : nothing} <a href=${`tel:${phone.number.replace(/[^0-9+]/g, '')}`}>${phone.number}</a></li>`)}
        ${guide.contacts.complaint.map((phone) => html`<li>${t.t('complaint')}：${phone.label ? textIn(phone.label, lang) : nothing} <a href=${`tel:${phone.number.replace(/[^0-9+]/g, '')}`}>${phone.number}</a></li>`)}
      </ul>
    </section>
    ${
      guide.faq.length > 0
        ? html`<section aria-labelledby="faq-title">
            <h3 id="faq-title">${t.t('faq')}</h3>
            ${guide.faq.map(
              (item) =>
                html`<details>
                  <summary>${textIn(item.question, lang)}</summary>
                  <p>${textIn(item.answer, lang)}</p>
                </details>`,
            )}
          </section>`
        : nothing
    }`;
}
