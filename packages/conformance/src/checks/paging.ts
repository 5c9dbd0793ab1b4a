import type { Role } from '@shanzhi/rules';
import type { RouteSpec } from '@shanzhi/sdk';
import { answerEvidence } from '../evidence.js';
import { callerOf, samplePath } from '../kit-calls.js';
import { routeCheck } from '../route-calls.js';
import { expectProblemDocument } from '../problem-expect.js';
import { CheckFailure, SkipCheck, type Check, type CheckContext } from '../types.js';

/**
 * Cursor paging (docs/api.md, Paging; packages/sdk/src/contract/page.ts): following `nextCursor` until it is null
 * yields every row of the list exactly once, in order, whatever the `limit` (1–200); a cursor the backend cannot read
 * answers 400 `validation` at `["cursor"]`. The widgets' lists and `client.paginate` rely on it: a row lost at a page
 * boundary is a household missing from a board or a case missing from a mediator's desk, and nobody notices.
 *
 * The check walks the list twice, with pages of 200 and with small pages, and compares the rows. A row is
 * identified by its whole JSON (key order aside), so two walks agree only if they return the same rows.
 */

/** At most this many pages of 200 (a list longer than that is compared on the rows those pages hold). */
const maxLargePages = 10;
/** The small walk stays near this many requests: its limit is chosen from the row count. */
const targetSmallPages = 15;
/** And never goes beyond this many, whatever the backend answers (a cursor that never ends). */
const maxSmallPages = 40;

interface Page {
  readonly items: readonly unknown[];
  readonly nextCursor: string | null | undefined;
  /** An extra many lists add (docs/api.md, Paging: totals or facets): the number of rows of the whole list. */
  readonly total?: unknown;
}

interface Walk {
  readonly rows: unknown[];
  readonly pages: number;
  /** The last page said nextCursor: null (or left it out). */
  readonly complete: boolean;
  /** The first page's `total`, when it has a numeric one. */
  readonly total?: number;
}

/** JSON with keys sorted at every level: the identity of a row, whatever order a backend writes its keys in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A row named for a report by its id-like fields only (never a name or other personal data). */
function label(row: unknown, index: number): string {
  if (typeof row === 'object' && row !== null) {
    const ids = Object.entries(row).filter(
      ([key, value]) => (key === 'id' || /(Id|Number|Code|^code)$/.test(key)) && typeof value === 'string',
    );
    if (ids.length > 0) return ids.map(([key, value]) => `${key}=${String(value)}`).join(' ');
  }
  return `row ${String(index + 1)}`;
}

function listed(rows: readonly string[]): string {
  return rows.length > 5 ? `${rows.slice(0, 5).join(', ')}, … (${String(rows.length - 5)} more)` : rows.join(', ');
}

async function walk(
  context: CheckContext,
  route: RouteSpec,
  role: Role | undefined,
  limit: number,
  pages: number,
  enough = Infinity,
): Promise<Walk> {
  const rows: unknown[] = [];
  let cursor: string | undefined;
  let total: number | undefined;
  for (let page = 1; page <= pages; page += 1) {
    const path = await samplePath(context, route, { limit: String(limit), ...(cursor === undefined ? {} : { cursor }) });
    const response = await context.send({ method: 'GET', path, ...(role === undefined ? {} : { role }) });
    if (response.status !== 200) {
      if (page === 1) throw new SkipCheck(`${response.summary}: the list cannot be read here (the shape and roles suites judge that)`);
      throw new CheckFailure(
        `following nextCursor must keep answering 200, page ${String(page)} answered ${String(response.status)}`,
        answerEvidence(response),
      );
    }
    const body = response.json as Partial<Page> | undefined;
    if (!Array.isArray(body?.items)) throw new CheckFailure('a paged answer must be { items, nextCursor }', answerEvidence(response));
    if (body.items.length > limit) {
      throw new CheckFailure(
        `a page asked with limit=${String(limit)} must hold at most ${String(limit)} rows, held ${String(body.items.length)}`,
        response.summary,
      );
    }
    const items: readonly unknown[] = body.items;
    rows.push(...items);
    if (page === 1 && typeof body.total === 'number') total = body.total;
    cursor = typeof body.nextCursor === 'string' ? body.nextCursor : undefined;
    const counted = total === undefined ? {} : { total };
    if (cursor === undefined) return { rows, pages: page, complete: true, ...counted };
    if (rows.length >= enough) return { rows, pages: page, complete: false, ...counted };
  }
  return { rows, pages, complete: false, ...(total === undefined ? {} : { total }) };
}

/** What differs between the rows of pages of 200 and of small pages (empty when nothing). */
function differences(large: Walk, small: Walk, limit: number): string[] {
  // A large walk cut short is compared on the rows it holds: the small walk's first rows must be those.
  const expected = large.rows.map(canonical);
  const got = (large.complete ? small.rows : small.rows.slice(0, expected.length)).map(canonical);
  const found: string[] = [];
  const seen = new Map<string, number>();
  const repeated: string[] = [];
  got.forEach((key, index) => {
    seen.set(key, (seen.get(key) ?? 0) + 1);
    if (seen.get(key) === 2) repeated.push(label(small.rows[index], index));
  });
  const expectedKeys = new Set(expected);
  const skipped = expected.flatMap((key, index) => (seen.has(key) ? [] : [label(large.rows[index], index)]));
  const extra = got.flatMap((key, index) => (expectedKeys.has(key) ? [] : [label(small.rows[index], index)]));
  const pages = `pages of ${String(limit)} against pages of 200`;
  if (skipped.length > 0) found.push(`paging skipped ${String(skipped.length)} rows (${pages}): ${listed(skipped)}`);
  if (repeated.length > 0) found.push(`paging repeated ${String(repeated.length)} rows (${pages}): ${listed(repeated)}`);
  if (extra.length > 0) found.push(`paging returned ${String(extra.length)} rows the pages of 200 do not have: ${listed(extra)}`);
  if (found.length === 0 && got.join('\n') !== expected.join('\n')) found.push(`paging changed the order of the rows (${pages})`);
  // A list that states its total must hold that many rows: a row lost on every walk shows here.
  for (const [size, one] of [
    [200, large],
    [limit, small],
  ] as const) {
    if (one.complete && one.total !== undefined && one.total !== one.rows.length) {
      found.push(
        `paging returned ${String(one.rows.length)} rows in pages of ${String(size)}, but the list's total says ${String(one.total)}`,
      );
    }
  }
  if (found.length === 0 && large.complete && !small.complete) {
    found.push(`nextCursor must be null on the last page: after ${String(small.pages)} pages of ${String(limit)} it still pointed on`);
  }
  return found;
}

/** A limit that walks `rows` rows in about `targetSmallPages` pages, and always in more than one when there are two. */
function smallLimitFor(rows: number): number {
  if (rows <= 2) return 1;
  return Math.min(199, Math.max(Math.ceil(rows / targetSmallPages), Math.min(3, rows - 1)));
}

function coverageCheck(route: RouteSpec): Check {
  const name =
    'following nextCursor with a small limit returns every row exactly once, in the order of pages of 200, and ends with nextCursor null';
  return routeCheck('paging', route, name, async (context) => {
    const role = callerOf(context, route);
    let found: string[] = [];
    // Twice at most: a row another check creates between the two walks must not read as a paging fault; a real
    // fault shows on both attempts.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const large = await walk(context, route, role, 200, maxLargePages);
      if (large.rows.length === 0) throw new SkipCheck('the list is empty on this backend: nothing to page through');
      const limit = smallLimitFor(large.rows.length);
      const small = await walk(context, route, role, limit, maxSmallPages, large.complete ? Infinity : large.rows.length);
      found = differences(large, small, limit);
      if (found.length === 0) return;
    }
    throw new CheckFailure(found.join('; '), `GET ${route.path} (rows named by their ids; compared by their whole JSON)`);
  });
}

function badCursorCheck(route: RouteSpec): Check {
  const name = 'a cursor the backend cannot read answers 400 validation problem+json at ["cursor"]';
  return routeCheck('paging', route, name, async (context) => {
    const role = callerOf(context, route);
    const path = await samplePath(context, route, { cursor: 'not-a-cursor-of-this-backend' });
    const response = await context.send({ method: 'GET', path, ...(role === undefined ? {} : { role }) });
    expectProblemDocument(response, { status: 400, code: 'validation', field: 'cursor', sent: 'a cursor the backend never issued' });
  });
}

export function pagingChecks(routes: readonly RouteSpec[]): Check[] {
  return routes
    .filter((route) => route.paged === true && route.method === 'GET')
    .flatMap((route) => [coverageCheck(route), badCursorCheck(route)]);
}
