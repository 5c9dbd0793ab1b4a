import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../internal/localize.js';
import type { PanelWords } from './panel-messages.js';
import { signerWord } from './step-forms.js';
import type { DeskView } from './sz-mediation-desk.js';

/**
 * The 人民调解协议书 as it is printed (人民调解法 Art 29): the committee and the case number (调字第…号), the parties'
 * basic details — role, name, person or organisation, never a phone or ID number — the facts, matters in dispute and
 * responsibilities, the terms, the manner and deadline of performance, then a line for each signature, seal or
 * fingerprint with the day it was recorded, and the day it took effect. Shown on screen as it will print; the panel's
 * `@media print` styles leave only this on the page.
 */
export function agreementView(desk: DeskView, t: Localizer<PanelWords>): TemplateResult | typeof nothing {
  const agreement = desk.agreement;
  if (!agreement) return nothing;
  const ctx = { desk, t };
  const signed = new Map(agreement.signatures.map((one) => [one.signer, one.on]));
  return html`<article class="agreement" part="agreement" aria-labelledby="md-agreement-title">
    <header>
      <p class="committee">${agreement.committee}</p>
      <h4 id="md-agreement-title" class="agreement-title">${t.t('agreementTitle')}</h4>
      <p class="agreement-number">${t.t('caseNo')}：${agreement.displayCaseNumber}</p>
    </header>
    <dl class="agreement-parties">
      ${agreement.parties.map(
        (one) =>
          html`<dt>${one.ref === 'applicant' ? t.t('applicant') : t.t('respondent', Number(one.ref.slice('respondent-'.length)))}</dt>
            <dd>${one.name}${one.kind === 'organisation' ? t.t('organisation') : ''}</dd>`,
      )}
    </dl>
    <h5>${t.t('facts')}</h5>
    <p class="quoted">${agreement.facts}</p>
    <h5>${t.t('terms')}</h5>
    <p class="quoted">${agreement.terms}</p>
    <h5>${t.t('performance')}</h5>
    <p class="quoted">${agreement.performanceMethod}</p>
    ${agreement.performBy ? html`<p>${t.t('performBy', t.date(agreement.performBy))}</p>` : nothing}
    <p class="print-note">${t.t('printNote')}</p>
    <h5>${t.t('signatures')}</h5>
    <ul class="signature-lines">
      ${agreement.requiredSigners.map((signer) => {
        const on = signed.get(signer);
        return html`<li data-signer=${signer}>
          <span class="signer">${signerWord(ctx, signer)}</span>
          <span class="line">${on ? t.t('signedOn', t.date(on)) : t.t('notSigned')}</span>
        </li>`;
      })}
    </ul>
    <p class="hint">
      ${t.t('drafted', t.date(agreement.draftedOn))}${agreement.effectiveOn ? html` · <strong>${t.t('effective', t.date(agreement.effectiveOn))}</strong>` : nothing}
    </p>
  </article>`;
}
