import type { MessageCode } from '../messages/catalogue.js';
import type { MessageParams } from '../messages/format.js';

/**
 * Where an issue sits in the input: property names and array indices, as zod reports them (`['parties', 0,
 * 'phone']`).
 */
export type IssuePath = readonly (string | number)[];

/** A rule's finding: a stable code (language-neutral) plus the values its message needs. */
export interface RuleIssue {
  readonly code: MessageCode;
  readonly path: IssuePath;
  readonly params?: MessageParams;
}

/** A {@link RuleIssue} with its message rendered in one locale. */
export interface LocalizedIssue extends RuleIssue {
  readonly message: string;
}

/** A rule's answer: the value, or the coded issues that stopped it. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly RuleIssue[] };

/** A successful {@link Result}. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Builds a {@link RuleIssue}; `params` are left out when there are none, so issues compare with `deepEqual`. */
export function issue(code: MessageCode, params?: MessageParams, path: IssuePath = []): RuleIssue {
  return params === undefined ? { code, path } : { code, path, params };
}

/** A failed {@link Result} with one issue. */
export function fail<T = never>(code: MessageCode, params?: MessageParams, path: IssuePath = []): Result<T> {
  return { ok: false, issues: [issue(code, params, path)] };
}

/** Thrown where a caller broke a precondition it could have checked (e.g. an illegal transition). */
export class RuleViolation extends Error {
  readonly code: MessageCode;
  readonly params: MessageParams;
  constructor(code: MessageCode, params: MessageParams = {}) {
    // The code, not a sentence: importing the catalogue here would put every message into every bundle that
    // uses a rule. Servers and widgets localize the code (formatMessage) where they show it.
    super(Object.keys(params).length === 0 ? code : `${code} ${JSON.stringify(params)}`);
    this.name = 'RuleViolation';
    this.code = code;
    this.params = params;
  }
}
