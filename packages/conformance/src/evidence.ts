import { scrubPersonalData } from '@shanzhi/rules';
import type { KitResponse } from './types.js';

/**
 * The start of an answer's body, for a failure's evidence: raw mobile and resident ID numbers masked (个人信息保护法
 * Art 51: a report that travels through CI logs must not carry them), cut at `max` characters. Quote it only from
 * answers that hold no names (problems, headers): names cannot be recognized in free text.
 */
export function bodyExcerpt(response: Pick<KitResponse, 'text'>, max = 300): string {
  const text = scrubPersonalData(response.text.replace(/\s+/g, ' ').trim());
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** `GET /v1/… → 404` plus the answer's Content-Type and a body excerpt: what a failure shows of an unexpected answer. */
export function answerEvidence(response: KitResponse): string {
  const type = response.headers.get('content-type') ?? '(no Content-Type)';
  const body = bodyExcerpt(response);
  return `${response.summary}\nContent-Type: ${type}${body === '' ? '' : `\n${body}`}`;
}
