import { issue } from '@shanzhi/rules';
import { HttpProblem } from '../http/problem.js';

/**
 * Leaderboard cursors: base64url of `{ o: offset of the next row, h: household id of the last row sent }`.
 * The next page resumes after `h` when it is still in the list (rows moved by a write in between are
 * then neither skipped nor repeated around it), else at the offset. Opaque to clients.
 */
interface CursorState {
  readonly o: number;
  readonly h: string;
}

export function encodeCursor(offset: number, lastHouseholdId: string): string {
  const state: CursorState = { o: offset, h: lastHouseholdId };
  return Buffer.from(JSON.stringify(state), 'utf8').toString('base64url');
}

function invalidCursor(): HttpProblem {
  return HttpProblem.validation([issue('field.invalid', undefined, ['cursor'])]);
}

function parseCursor(cursor: string): CursorState {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (typeof value !== 'object' || value === null) throw invalidCursor();
  const { o, h } = value as Record<string, unknown>;
  if (typeof o !== 'number' || !Number.isSafeInteger(o) || o < 0 || typeof h !== 'string') throw invalidCursor();
  return { o, h };
}

/** Index of the first row of the page the cursor asks for (0 without a cursor); `idAt(i)` is the household id of row i. */
export function startOf(cursor: string | undefined, length: number, idAt: (index: number) => string | undefined): number {
  if (cursor === undefined || cursor === '') return 0;
  const { o, h } = parseCursor(cursor);
  // Without writes in between, the last row sent is exactly at o − 1.
  if (o > 0 && o <= length && idAt(o - 1) === h) return o;
  for (let i = 0; i < length; i++) if (idAt(i) === h) return i + 1;
  return Math.min(o, length);
}
