import type { Locale } from '@shanzhi/rules';
import { html, nothing, type TemplateResult } from 'lit';
import type { Detail, Words } from './parts.js';

type SignOffs = Detail['signOffs'];
type Action = NonNullable<SignOffs>[number]['action'];

/** The section's own words (kept here so the board's message table is not touched by this one section). */
const words: Readonly<
  Record<Locale, { readonly title: string; readonly intro: string; readonly actions: Readonly<Record<Action, string>> }>
> = {
  'zh-CN': {
    title: '民主理财记录',
    intro: '本月财务收支公开前，经村务监督委员会（民主理财小组）审核：',
    actions: { import: '导入', submit: '提交审核', signOff: '审核签署', object: '提出异议', answer: '答复异议', publish: '公开' },
  },
  en: {
    title: '民主理财 (democratic finance review)',
    intro: "Before this month's finance went up, the village affairs supervisory committee (or its 民主理财 panel) reviewed it:",
    actions: {
      import: 'Imported',
      submit: 'Submitted for sign-off',
      signOff: 'Signed off',
      object: 'Objected',
      answer: 'Answered',
      publish: 'Published',
    },
  },
};

/**
 * A finance statement's 民主理财 history on the public board: each submission, objection with its reasons, answer,
 * sign-off and the publication, with the day and the name of the staff member (staff act as public officials; the
 * board signs corrections with their names too). Nothing when the item has none.
 */
export function renderSignOffHistory(signOffs: SignOffs, t: Words, locale: Locale): TemplateResult | typeof nothing {
  if (!signOffs || signOffs.length === 0) return nothing;
  const w = words[locale];
  return html`<section class="signoffs" part="signoffs" aria-labelledby="signoffs-title">
    <h3 id="signoffs-title">${w.title}</h3>
    <p class="muted">${w.intro}</p>
    <ol>
      ${signOffs.map(
        (event) =>
          html`<li part="signoff">
            ${t.date(event.at.slice(0, 10))} · ${w.actions[event.action]} ·
            ${event.by}${event.text === undefined ? nothing : html`：${event.text}`}
          </li>`,
      )}
    </ol>
  </section>`;
}
