import type { Role } from '@shanzhi/rules';
import type { KitRequest, KitResponse } from './types.js';

export interface HttpOptions {
  readonly baseUrl: string;
  readonly tokens: Readonly<Partial<Record<Role, string>>>;
  readonly timeoutMs: number;
  readonly fetch: typeof fetch;
}

/**
 * Sends one request and reads the whole answer. Nothing is retried: a conformance check wants the backend's first
 * answer, and a retry would hide a flaky 503 as well as a missing Idempotency-Key check.
 */
export async function sendRequest(options: HttpOptions, request: KitRequest): Promise<KitResponse> {
  const headers = new Headers(request.headers);
  const token = request.token ?? (request.role === undefined ? undefined : options.tokens[request.role]);
  if (token !== undefined && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
  let body: string | undefined;
  if (request.body !== undefined) {
    body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }
  if (!headers.has('accept')) headers.set('accept', 'application/json, application/problem+json');
  const url = `${options.baseUrl.replace(/\/+$/, '')}${request.path}`;
  const response = await options.fetch(url, {
    method: request.method,
    headers,
    ...(body === undefined ? {} : { body }),
    redirect: 'manual',
    signal: AbortSignal.timeout(options.timeoutMs),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return {
    status: response.status,
    headers: response.headers,
    text,
    json,
    summary: `${request.method} ${request.path}${request.role === undefined ? '' : ` (as ${request.role})`} → ${String(response.status)}`,
  };
}
