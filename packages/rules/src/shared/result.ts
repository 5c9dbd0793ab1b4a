import type { MessageCode } from '../messages/catalogue.js';
import { formatMessage, type MessageParams } from '../messages/format.js';
import type { Locale } from '../messages/locale.js';

export type IssuePath = readonly (string | number)[];

/** A rule's finding: a stable code (language-neutral) plus the values its message needs. */
export interface RuleIssue {
  readonly code: MessageCode;
  readonly path: IssuePath;
  readonly params?: MessageParams;
}

export interface LocalizedIssue extends RuleIssue {
  readonly message: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly RuleIssue[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function issue(code: MessageCode, params?: MessageParams, path: IssuePath = []): RuleIssue {
  return params === undefined ? { code, path } : { code, path, params };
}

export function fail<T = never>(code: MessageCode, params?: MessageParams, path: IssuePath = []): Result<T> {
  return { ok: false, issues: [issue(code, params, path)] };
}

export function localizeIssue(found: RuleIssue, locale: Locale): LocalizedIssue {
  return { ...found, message: formatMessage(found.code, locale, found.params) };
}

export function localizeIssues(found: readonly RuleIssue[], locale: Locale): LocalizedIssue[] {
  return found.map((one) => localizeIssue(one, locale));
}

/** Thrown where a caller broke a precondition it could have checked (e.g. an illegal transition). */
export class RuleViolation extends Error {
  readonly code: MessageCode;
  readonly params: MessageParams;
  constructor(code: MessageCode, params: MessageParams = {}) {
    super(formatMessage(code, 'en', params));
    this.name = 'RuleViolation';
    this.code = code;
    this.params = params;
  }
}
