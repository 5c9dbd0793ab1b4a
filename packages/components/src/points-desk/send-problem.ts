import { html, nothing, type TemplateResult } from 'lit';
import type { LoadFailure } from '../internal/states.js';
import type { PartContext } from './part-context.js';

/**
 * Why a send of one of the desk's panels did not go through (the server's localized title, or the network's), with
 * the request id to quote to the county's support. It takes focus (tabindex −1) so a screen reader reads it at once.
 */
export function sendProblem(common: PartContext['common'], failure: LoadFailure, part: string): TemplateResult {
  return html`<div class="state error" part=${part} role="alert" tabindex="-1">
    <p class="error-title">${failure.message}</p>
    ${failure.requestId ? html`<p class="request-id">${common.t('requestId', failure.requestId)}</p>` : nothing}
  </div>`;
}
