import { html, nothing, type TemplateResult } from 'lit';
import type { commonMessages } from './common-messages.js';
import type { Localizer } from './localize.js';
import type { LoadFailure } from './states.js';

/**
 * Why a send of a late part did not go through (the server's localized title, or the network's), with the request id
 * to quote to the county's support. It takes focus (tabindex −1) so a screen reader reads it at once. `before` puts
 * the part's own words ahead of the reason; `after` adds what the part offers (a retry button).
 */
export function sendProblem(
  common: Localizer<(typeof commonMessages)['zh-CN']>,
  failure: LoadFailure,
  part: string,
  more: { readonly before?: string; readonly after?: TemplateResult } = {},
): TemplateResult {
  return html`<div class="state error" part=${part} role="alert" tabindex="-1">
    <p class="error-title">${more.before ?? ''}${failure.message}</p>
    ${failure.requestId ? html`<p class="request-id">${common.t('requestId', failure.requestId)}</p>` : nothing} ${more.after ?? nothing}
  </div>`;
}

/** The words ahead of a refused send's reason: a send did not go through — not "加载失败", which is said of a read. */
const notSent = { 'zh-CN': '未能提交：', en: 'Not sent: ' } as const;

/**
 * Why a form's send did not go through ("未能提交：" and the reason, the request id), with a retry that sends the same
 * attempt again (its Idempotency-Key unchanged); it takes focus so a screen reader reads it at once.
 */
export function retryProblem(
  common: Localizer<(typeof commonMessages)['zh-CN']>,
  failure: LoadFailure,
  part: string,
  retry: () => void,
): TemplateResult {
  return sendProblem(common, failure, part, {
    before: notSent[common.lang],
    after: html`<button type="button" class="primary" part="retry" @click=${retry}>${common.t('retry')}</button>`,
  });
}
