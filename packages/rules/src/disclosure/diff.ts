import type { Attachment } from './attachments.js';
import type { FinanceKind } from './finance-classifications.js';
import type { FinanceLine, FinanceStatement } from './finance.js';
import type { DisclosureVersion } from './item.js';
import type { Block } from './rich-text.js';

/** The fields of a disclosure version a correction may change, in the order a history view names them. */
export const versionFields = ['title', 'body', 'period', 'notice', 'attachments', 'finance'] as const;
/** One of {@link versionFields}. */
export type VersionField = (typeof versionFields)[number];

/** How two versions' bodies differ, block by block: blocks added, removed and changed. */
export interface BodyDiff {
  /** Indexes of blocks in the newer version that are new. */
  readonly added: readonly number[];
  /** Indexes of blocks in the older version that are gone. */
  readonly removed: readonly number[];
  /** Blocks rewritten in place: `from` in the older version became `to` in the newer. */
  readonly changed: readonly { readonly from: number; readonly to: number }[];
}

/** Keys added, removed and changed between two versions. */
export interface KeyedDiff<K> {
  readonly added: readonly K[];
  readonly removed: readonly K[];
  readonly changed: readonly K[];
}

/** What identifies a finance line across versions: income or expenditure, and its voucher number. */
export interface FinanceLineKey {
  readonly kind: FinanceKind;
  readonly voucher: string;
}

/**
 * How two versions' finance statements differ: lines by voucher, and whether the balances, totals or period
 * changed.
 */
export interface FinanceDiff extends KeyedDiff<FinanceLineKey> {
  /** Opening or closing balance, printed totals, period or budget differ. */
  readonly summaryChanged: boolean;
}

/** What changed between two versions of a disclosure: the fields, and the body and finance in detail. */
export interface VersionDiff {
  readonly from: number;
  readonly to: number;
  /** The fields that differ, in a fixed order, for the history view's headline. */
  readonly changed: readonly VersionField[];
  readonly body: BodyDiff;
  readonly attachments: KeyedDiff<string>;
  readonly finance: FinanceDiff;
}

/** JSON with object keys sorted and undefined dropped, so equal content compares equal however it was built. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  // JSON.stringify gives undefined for undefined and functions, which never occur in parsed data.
  const text = JSON.stringify(value) as string | undefined;
  return text ?? 'null';
}

function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/*
 * Paragraph-level diff by longest common subsequence: unchanged blocks anchor the alignment, and in
 * each gap between anchors the removed and added blocks pair up as "changed" (an edited paragraph),
 * the rest being plain additions or removals.
 */
function diffBlocks(a: readonly Block[], b: readonly Block[]): BodyDiff {
  const ka = a.map(canonical);
  const kb = b.map(canonical);
  const rows = ka.length + 1;
  const cols = kb.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = ka.length - 1; i >= 0; i -= 1) {
    for (let j = kb.length - 1; j >= 0; j -= 1) {
      table[i * cols + j] =
        ka[i] === kb[j] ? (table[(i + 1) * cols + j + 1] ?? 0) + 1 : Math.max(table[(i + 1) * cols + j] ?? 0, table[i * cols + j + 1] ?? 0);
    }
  }
  const added: number[] = [];
  const removed: number[] = [];
  const changed: { from: number; to: number }[] = [];
  let gapRemoved: number[] = [];
  let gapAdded: number[] = [];
  const closeGap = () => {
    const pairs = Math.min(gapRemoved.length, gapAdded.length);
    for (let p = 0; p < pairs; p += 1) changed.push({ from: gapRemoved[p] ?? 0, to: gapAdded[p] ?? 0 });
    removed.push(...gapRemoved.slice(pairs));
    added.push(...gapAdded.slice(pairs));
    gapRemoved = [];
    gapAdded = [];
  };
  let i = 0;
  let j = 0;
  while (i < ka.length || j < kb.length) {
    if (i < ka.length && j < kb.length && ka[i] === kb[j]) {
      closeGap();
      i += 1;
      j += 1;
    } else if (j >= kb.length || (i < ka.length && (table[(i + 1) * cols + j] ?? 0) >= (table[i * cols + j + 1] ?? 0))) {
      gapRemoved.push(i);
      i += 1;
    } else {
      gapAdded.push(j);
      j += 1;
    }
  }
  closeGap();
  return { added, removed, changed };
}

/** Matches entries by key; entries sharing a key pair up in order, so a duplicated key still diffs sensibly. */
function diffKeyed<T, K>(a: readonly T[], b: readonly T[], keyOf: (entry: T) => string, label: (entry: T) => K): KeyedDiff<K> {
  const group = (list: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const entry of list) {
      const key = keyOf(entry);
      const bucket = map.get(key);
      if (bucket) bucket.push(entry);
      else map.set(key, [entry]);
    }
    return map;
  };
  const ga = group(a);
  const gb = group(b);
  const added: K[] = [];
  const removed: K[] = [];
  const changed: K[] = [];
  for (const [key, older] of ga) {
    const newer = gb.get(key) ?? [];
    older.forEach((entry, index) => {
      const counterpart = newer[index];
      if (counterpart === undefined) removed.push(label(entry));
      else if (!same(entry, counterpart)) changed.push(label(counterpart));
    });
  }
  for (const [key, newer] of gb) {
    const older = ga.get(key) ?? [];
    newer.slice(older.length).forEach((entry) => added.push(label(entry)));
  }
  return { added, removed, changed };
}

function financeLines(statement: FinanceStatement | undefined): (FinanceLine & { kind: FinanceKind })[] {
  if (!statement) return [];
  return [
    ...statement.income.map((line) => ({ ...line, kind: 'income' as const })),
    ...statement.expenditure.map((line) => ({ ...line, kind: 'expenditure' as const })),
  ];
}

function financeSummary(statement: FinanceStatement | undefined): unknown {
  if (!statement) return null;
  const { period, openingBalance, totals, closingBalance, budget } = statement;
  return { period, openingBalance, totals, closingBalance, budget };
}

/**
 * What changed between two versions of an item, for the history view: which fields, which body
 * blocks (added, removed, rewritten), which attachments (by file name) and which finance lines (by
 * income/expenditure and voucher number).
 */
export function diffVersions(a: DisclosureVersion, b: DisclosureVersion): VersionDiff {
  const body = diffBlocks(a.body, b.body);
  const attachments = diffKeyed<Attachment, string>(
    a.attachments,
    b.attachments,
    (x) => x.name,
    (x) => x.name,
  );
  const lines = diffKeyed(
    financeLines(a.finance),
    financeLines(b.finance),
    (x) => `${x.kind}\u0000${x.voucher}`,
    (x): FinanceLineKey => ({ kind: x.kind, voucher: x.voucher }),
  );
  const summaryChanged = !same(financeSummary(a.finance), financeSummary(b.finance));
  const finance: FinanceDiff = { ...lines, summaryChanged };

  const any = (diff: KeyedDiff<unknown> | BodyDiff) => diff.added.length + diff.removed.length + diff.changed.length > 0;
  const changed = versionFields.filter((field) => {
    switch (field) {
      case 'title':
        return a.title !== b.title;
      case 'body':
        return any(body);
      case 'period':
        return !same(a.period, b.period);
      case 'notice':
        return !same(a.notice, b.notice);
      case 'attachments':
        return any(attachments);
      case 'finance':
        return any(lines) || summaryChanged;
    }
  });
  return { from: a.version, to: b.version, changed, body, attachments, finance };
}
