import { diffVersions, plainTextOf, type DisclosureVersion } from '@shanzhi/rules';
import { html, nothing, type TemplateResult } from 'lit';
import type { Words } from './parts.js';

function blockText(version: DisclosureVersion, index: number): string {
  const block = version.body[index];
  return block ? plainTextOf([block]) : '';
}

/** What one correction changed against the version before it: fields, body paragraphs, attachments, finance lines. */
function renderDiff(older: DisclosureVersion, newer: DisclosureVersion, t: Words): TemplateResult {
  const diff = diffVersions(older, newer);
  if (diff.changed.length === 0) return html`<p class="muted">${t.t('noChanges')}</p>`;
  return html`<div class="diff" part="diff">
    <p><strong>${t.t('changes')}：</strong>${diff.changed.map((field) => t.t(`field_${field}`)).join('、')}</p>
    ${
      older.title === newer.title
        ? nothing
        : html`<p class="changed">
            <del><span class="visually-hidden">${t.t('was')}：</span>${older.title}</del> →
            <ins><span class="visually-hidden">${t.t('changedTo')}：</span>${newer.title}</ins>
          </p>`
    }
    <ul class="diff-list">
      ${diff.body.changed.map(
        (pair) =>
          html`<li class="changed">
            <del><span class="diff-tag">${t.t('was')}</span> ${blockText(older, pair.from)}</del>
            <ins><span class="diff-tag">${t.t('changedTo')}</span> ${blockText(newer, pair.to)}</ins>
          </li>`,
      )}
      ${diff.body.added.map(
        (index) =>
          html`<li class="added">
            <ins><span class="diff-tag">${t.t('added')}</span> ${blockText(newer, index)}</ins>
          </li>`,
      )}
      ${diff.body.removed.map(
        (index) =>
          html`<li class="removed">
            <del><span class="diff-tag">${t.t('removed')}</span> ${blockText(older, index)}</del>
          </li>`,
      )}
      ${diff.attachments.added.map(
        (name) =>
          html`<li class="added">
            <ins><span class="diff-tag">${t.t('added')}</span> ${t.t('field_attachments')}：${name}</ins>
          </li>`,
      )}
      ${diff.attachments.removed.map(
        (name) =>
          html`<li class="removed">
            <del><span class="diff-tag">${t.t('removed')}</span> ${t.t('field_attachments')}：${name}</del>
          </li>`,
      )}
      ${diff.attachments.changed.map((name) => html`<li class="changed"><span class="diff-tag">${t.t('field_attachments')}</span> ${name}</li>`)}
      ${diff.finance.added.map(
        (key) =>
          html`<li class="added">
            <ins><span class="diff-tag">${t.t('added')}</span> ${t.t(key.kind)} ${key.voucher}</ins>
          </li>`,
      )}
      ${diff.finance.removed.map(
        (key) =>
          html`<li class="removed">
            <del><span class="diff-tag">${t.t('removed')}</span> ${t.t(key.kind)} ${key.voucher}</del>
          </li>`,
      )}
      ${diff.finance.changed.map((key) => html`<li class="changed"><span class="diff-tag">${t.t(key.kind)}</span> ${key.voucher}</li>`)}
      ${diff.finance.summaryChanged ? html`<li class="changed">${t.t('summaryChanged')}</li>` : nothing}
    </ul>
  </div>`;
}

/** The record of corrections, newest first: who corrected what, when and why, and what changed. */
export function renderHistory(
  versions: readonly DisclosureVersion[],
  shown: number,
  t: Words,
  view: (version: number) => void,
): TemplateResult {
  const newestFirst = [...versions].reverse();
  return html`<section class="history" part="history" aria-label=${t.t('history')}>
    <h3>${t.t('history')}</h3>
    <ol class="versions" reversed>
      ${newestFirst.map((version) => {
        const older = versions[version.version - 2];
        return html`<li part="version">
          <p class="version-head">
            <strong>${t.t('version', version.version)}</strong>
            ${
              version.correction
                ? html` · ${t.t('correctedOn', t.date(version.correction.at), version.correction.by)}`
                : html` · ${t.t('original')} · ${t.t('published', t.date(version.notice.published))}`
            }
          </p>
          ${version.correction ? html`<p>${t.t('reason', version.correction.reason)}</p>` : nothing}
          ${older ? renderDiff(older, version, t) : nothing}
          <button
            type="button"
            class="link-button"
            aria-pressed=${shown === version.version ? 'true' : 'false'}
            @click=${() => {
              view(version.version);
            }}
          >
            ${t.t('viewVersion', version.version)}
          </button>
        </li>`;
      })}
    </ol>
  </section>`;
}
