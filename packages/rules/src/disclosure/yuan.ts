import { fail, ok, type Result } from '../shared/result.js';
import type { Fen } from '../shared/money.js';

/**
 * Fen as an exact yuan string, '1234.50', '-0.05'. Integer arithmetic only: dividing by 100 in
 * floating point can round 99999999999999.99 up to the next yuan.
 */
export function fenToYuanString(amount: Fen): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Not a whole number of fen: ${String(amount)}`);
  const magnitude = Math.abs(amount);
  const cents = magnitude % 100;
  const yuan = (magnitude - cents) / 100;
  const sign = amount < 0 ? '-' : '';
  return `${sign}${String(yuan)}.${String(cents).padStart(2, '0')}`;
}

const yuanPattern = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/;

/** Reads '1234.5', '1234.50' or '-0.05' as fen; anything else (commas, three decimals, '¥') is refused. */
export function parseYuan(text: string): Result<Fen> {
  const m = yuanPattern.exec(text.trim());
  if (!m) return fail('disclosure.finance.invalidYuan');
  const yuan = Number(m[2]);
  const cents = Number((m[3] ?? '').padEnd(2, '0'));
  const magnitude = yuan * 100 + cents;
  return ok(m[1] === '-' && magnitude !== 0 ? -magnitude : magnitude);
}
