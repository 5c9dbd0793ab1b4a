import * as z from 'zod/mini';
import type { RuleIssue, Result } from '../shared/result.js';
import type { MessageCode } from './catalogue.js';
import { formatMessage, type MessageParams } from './format.js';
import type { Locale } from './locale.js';

type RawIssue = z.core.$ZodRawIssue;

const codePattern = /^[a-z]+(\.[a-zA-Z0-9]+)+$/;

function boundParams(bound: unknown, key: 'minimum' | 'maximum'): MessageParams {
  return typeof bound === 'number' || typeof bound === 'bigint' ? { [key]: Number(bound) } : {};
}

/** Turns one zod issue (raw or final) into a coded rule issue; the code decides the words, not zod. */
function codeOf(iss: RawIssue | z.core.$ZodIssue): { code: MessageCode; params: MessageParams } {
  switch (iss.code) {
    case 'custom': {
      const { code, ...rest } = (iss.params ?? {}) as Record<string, string | number | boolean>;
      // Codes come from ruleCheck, which only passes catalogue codes; checking the shape (not the catalogue)
      // keeps every message out of bundles that merely validate.
      return typeof code === 'string' && codePattern.test(code)
        ? { code: code as MessageCode, params: rest }
        : { code: 'field.invalid', params: {} };
    }
    case 'invalid_type':
      if (iss.input === undefined) return { code: 'field.required', params: {} };
      if (iss.expected === 'int' && typeof iss.input === 'number') return { code: 'field.notInteger', params: {} };
      return { code: 'field.invalidType', params: {} };
    case 'too_small': {
      if (iss.origin === 'string') {
        return Number(iss.minimum) <= 1
          ? { code: 'field.required', params: {} }
          : { code: 'field.tooShort', params: boundParams(iss.minimum, 'minimum') };
      }
      if (iss.origin === 'array' || iss.origin === 'set') return { code: 'field.tooFewItems', params: boundParams(iss.minimum, 'minimum') };
      return { code: 'field.tooSmall', params: boundParams(iss.minimum, 'minimum') };
    }
    case 'too_big': {
      if (iss.origin === 'string') return { code: 'field.tooLong', params: boundParams(iss.maximum, 'maximum') };
      if (iss.origin === 'array' || iss.origin === 'set')
        return { code: 'field.tooManyItems', params: boundParams(iss.maximum, 'maximum') };
      return { code: 'field.tooBig', params: boundParams(iss.maximum, 'maximum') };
    }
    case 'invalid_value':
      return { code: 'field.invalidOption', params: {} };
    case 'invalid_format':
      return { code: iss.format === 'date' ? 'field.invalidDate' : 'field.invalidFormat', params: {} };
    case 'not_multiple_of':
      return { code: 'field.notInteger', params: {} };
    case 'unrecognized_keys':
      return { code: 'field.unknownKey', params: {} };
    default:
      return { code: 'field.invalid', params: {} };
  }
}

/**
 * A per-parse zod error map in the given locale. A library must never set zod's global config
 * (it would change the host application's messages), so every parse passes this instead.
 */
export function errorMap(locale: Locale): z.core.$ZodErrorMap {
  return (iss) => {
    const { code, params } = codeOf(iss);
    return formatMessage(code, locale, params);
  };
}

/**
 * A zod issue as a coded {@link RuleIssue}: a rule's own code when a `ruleCheck` raised it, a `field.*` code
 * otherwise.
 */
export function issueFromZod(iss: z.core.$ZodIssue): RuleIssue {
  const { code, params } = codeOf(iss);
  const path = iss.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
  return Object.keys(params).length === 0 ? { code, path } : { code, path, params };
}

/** Parses with a schema and reports coded, language-neutral issues (localize them with `localizeIssues`). */
export function validate<S extends z.core.$ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  // reportInput keeps `input` on final issues so "missing" and "wrong type" stay distinct; only code, path and
  // params are copied out, so no personal data travels further.
  const parsed = z.safeParse(schema, input, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: parsed.error.issues.map(issueFromZod) };
}
