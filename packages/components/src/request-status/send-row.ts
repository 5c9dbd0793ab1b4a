import { html, nothing, type TemplateResult } from 'lit';
import type { commonMessages } from '../internal/common-messages.js';
import type { Localizer } from '../internal/localize.js';
import type { LoadFailure } from '../internal/states.js';

/**
 * The end of a request form (the villager's order and rating, the desk's step, note and follow-up forms): the server's
 * refusal with its request id, right by the button (focus goes there), then the send button, busy while sending, and
 * what the form adds beside it (a cancel button).
 */
export function sendRow(
  common: Localizer<(typeof commonMessages)['zh-CN']>,
  state: { readonly problem: LoadFailure | undefined; readonly sending: boolean },
  words: { readonly send: string; readonly sending: string },
  beside: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  const { problem } = state;
  return html`${
      problem
        ? html`<div class="state error" part="form-problem" role="alert" tabindex="-1">
            <p>${problem.message}</p>
            ${problem.requestId ? html`<p class="request-id">${common.t('requestId', problem.requestId)}</p>` : nothing}
          </div>`
        : nothing
    }
    <div class="actions">
      <button type="submit" class="primary" aria-disabled=${state.sending ? 'true' : 'false'}>
        ${state.sending ? words.sending : words.send}
      </button>
      ${beside}
    </div>`;
}
