import { NetworkError, ProblemError, TimeoutError } from '@shanzhi/sdk/browser';
import { html, nothing, type TemplateResult } from 'lit';
import type { commonMessages } from './common-messages.js';
import type { Localizer } from './localize.js';

type Common = Localizer<(typeof commonMessages)['zh-CN']>;

/** A failed load as the widget shows it: the server's localized problem title when there is one, and its request id. */
export interface LoadFailure {
  readonly message: string;
  readonly requestId: string | undefined;
}

export function describeFailure(error: unknown, t: Common): LoadFailure {
  if (error instanceof ProblemError) return { message: error.title, requestId: error.requestId };
  if (error instanceof NetworkError) return { message: t.t('networkError'), requestId: error.requestId };
  if (error instanceof TimeoutError) return { message: t.t('timeout'), requestId: error.requestId };
  return { message: t.t('unexpected'), requestId: undefined };
}

/** Skeleton rows while loading: the region is busy, and the words are there for screen readers. */
export function loadingState(t: Common, rows = 5): TemplateResult {
  return html`<div part="loading" class="state loading" role="status" aria-live="polite">
    <span class="visually-hidden">${t.t('loading')}</span>
    ${Array.from({ length: rows }, () => html`<div class="skeleton" aria-hidden="true"></div>`)}
  </div>`;
}

export function emptyState(message: string): TemplateResult {
  return html`<div part="empty" class="state empty" role="status">${message}</div>`;
}

export function errorState(t: Common, failure: LoadFailure, retry: () => void): TemplateResult {
  return html`<div part="error" class="state error" role="alert">
    <p class="error-title">${t.t('errorTitle')}：${failure.message}</p>
    ${failure.requestId ? html`<p class="request-id">${t.t('requestId', failure.requestId)}</p>` : nothing}
    <button type="button" class="primary" part="retry" @click=${retry}>${t.t('retry')}</button>
  </div>`;
}

export function offlineState(t: Common): TemplateResult {
  return html`<div part="offline" class="state offline" role="status">${t.t('offline')}</div>`;
}
