import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every depth, so equal values always give equal text (and equal hashes)
 * whatever order their keys were built in. Otherwise JSON.stringify's rules: `toJSON` is honoured,
 * undefined/functions/symbols are dropped from objects and become null in arrays, non-finite numbers
 * become null, bigint, cycles and nesting deeper than `maxCanonicalDepth` throw.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set(), 0) ?? 'null';
}

/**
 * Deepest nesting canonicalJson walks. The values it hashes are the server's own documents and bodies the
 * schemas kept (a few levels); the bound turns a hostile value into a RangeError instead of a stack overflow.
 */
export const maxCanonicalDepth = 64;

function write(value: unknown, seen: Set<object>, depth: number): string | undefined {
  if (depth > maxCanonicalDepth) throw new RangeError(`canonicalJson: nested deeper than ${String(maxCanonicalDepth)}`);
  if (value !== null && typeof value === 'object' && 'toJSON' in value && typeof value.toJSON === 'function') {
    return write((value.toJSON as () => unknown).call(value), seen, depth);
  }
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'bigint':
      throw new TypeError('canonicalJson: bigint has no JSON form');
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    case 'object':
      break;
  }
  if (value === null) return 'null';
  if (seen.has(value)) throw new TypeError('canonicalJson: cyclic value');
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      return `[${value.map((item: unknown) => write(item, seen, depth + 1) ?? 'null').join(',')}]`;
    }
    const record = value as Record<string, unknown>;
    const parts: string[] = [];
    for (const key of Object.keys(record).sort()) {
      const text = write(record[key], seen, depth + 1);
      if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
    }
    return `{${parts.join(',')}}`;
  } finally {
    seen.delete(value);
  }
}

/** sha256 of UTF-8 text, lowercase hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** sha256 of a value's canonical JSON. */
export function hashValue(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
