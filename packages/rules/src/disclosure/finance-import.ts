import { daysInMonth, formatCalendarDate, fromEpochDay, type CalendarDate } from '../calendar/date.js';
import { hasRawPersonalData } from '../identity/personal-data-text.js';
import { issue, type IssuePath, type RuleIssue } from '../shared/result.js';
import type { Fen } from '../shared/money.js';
import { findChartAccount, type AccountingSystem } from './finance-chart.js';
import type { FinanceKind } from './finance-classifications.js';
import type { FinanceLine, FinanceStatement } from './finance-schema.js';
import { reconcile } from './finance.js';
import { art24Matters, type Art24MatterCode } from './matters.js';
import type { Period } from './period.js';
import { fenToYuanString, parseYuan } from './yuan.js';

/*
 * A month's 收支明细 as villages keep it in a spreadsheet or a CSV export of their bookkeeping software: a header
 * row (often below a title row), one row per voucher, perhaps a 合计 row. The cadre says which column holds what;
 * every problem is reported at the line and column of the file, so the file can be fixed and imported again.
 */

/** What a column can hold. `income`/`expense` (two amount columns) or `amount` (one, the side from the account). */
export const financeImportFields = [
  'date',
  'voucher',
  'description',
  'account',
  'income',
  'expense',
  'amount',
  'balance',
  'matter',
  'decision',
] as const;
/** One of {@link financeImportFields}. */
export type FinanceImportField = (typeof financeImportFields)[number];

/** Field → the header text of the column that holds it. */
export type FinanceColumnMapping = Readonly<Partial<Record<FinanceImportField, string>>>;

const requiredFields = ['date', 'voucher', 'description', 'account'] as const;

/** The most lines one import takes: a month of a busy village is a few hundred; the statement schema holds 5,000. */
export const maxImportRows = 5000;

/**
 * What reading a finance spreadsheet needs beyond its rows: the period, the opening balance and the stated closing
 * balance.
 */
export interface FinanceImportOptions {
  readonly period: Period;
  readonly openingBalance: Fen;
  /** The closing balance as the village states it; else the last `balance` cell; else what the lines give. */
  readonly closingBalance?: Fen | undefined;
  readonly system: AccountingSystem;
}

/**
 * The statement read from a spreadsheet (or null when a line could not be read) and the issues, pointing at its
 * rows.
 */
export interface FinanceImportResult {
  /** The statement when every line was read (it may still fail reconciliation: see `issues`). */
  readonly statement: FinanceStatement | null;
  /** Paths `['rows', line, column]` point at the file's line (1-based, as a spreadsheet numbers rows) and header. */
  readonly issues: readonly RuleIssue[];
  /** The line of the header row, 0 when none was found. */
  readonly headerLine: number;
  readonly lineCount: number;
}

/** Header words that name each field in village books and bookkeeping exports (auto-detection for the widget). */
const headerWords: Readonly<Record<FinanceImportField, readonly string[]>> = {
  date: ['日期', '记账日期', '凭证日期', '发生日期', 'date'],
  voucher: ['凭证号', '凭证编号', '凭证字号', '凭证', '票据号', 'voucher'],
  description: ['摘要', '说明', '事由', '内容', 'description'],
  account: ['科目', '会计科目', '科目名称', '收支科目', '类别', 'account'],
  income: ['收入', '收入金额', '借方', '借方金额', 'income'],
  expense: ['支出', '支出金额', '贷方', '贷方金额', 'expense', 'expenditure'],
  amount: ['金额', '发生额', 'amount'],
  balance: ['余额', '结余', 'balance'],
  matter: ['事项', '决策事项', 'matter'],
  decision: ['决策编号', '决议编号', '决策', 'decision'],
};

function normalizedHeader(text: string): string {
  return text
    .replace(/[\s（）()]/g, '')
    .replace(/[(（].*$/, '')
    .toLowerCase();
}

/**
 * The mapping the header row suggests: each field takes the first column whose header is one of its words (an exact
 * match first, then a header that starts with one: "收入（元）"). The cadre confirms or changes it.
 */
export function guessFinanceMapping(header: readonly string[]): FinanceColumnMapping {
  const taken = new Set<string>();
  const mapping: Partial<Record<FinanceImportField, string>> = {};
  for (const exact of [true, false]) {
    for (const field of financeImportFields) {
      if (mapping[field] !== undefined) continue;
      const column = header.find((cell) => {
        const text = normalizedHeader(cell);
        return !taken.has(cell) && text !== '' && headerWords[field].some((word) => (exact ? text === word : text.startsWith(word)));
      });
      if (column !== undefined) {
        mapping[field] = column;
        taken.add(column);
      }
    }
  }
  return mapping;
}

/**
 * The mapping of the first row (among the first 20) whose headers name every required field and an amount: what an
 * import uses when the cadre gives no mapping (an .xlsx the browser cannot read ahead). Empty when no row does.
 */
export function detectFinanceMapping(rows: readonly (readonly string[])[]): FinanceColumnMapping {
  for (const row of rows.slice(0, 20)) {
    const mapping = guessFinanceMapping(row);
    const hasAmount = mapping.amount !== undefined || mapping.income !== undefined || mapping.expense !== undefined;
    if (hasAmount && requiredFields.every((field) => mapping[field] !== undefined)) return mapping;
  }
  return {};
}

const dateFull = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const dateCompact = /^(\d{4})(\d{2})(\d{2})$/;
const dateInYear = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
/** Excel's day 25569 is 1970-01-01 (day 0 of the rules' calendar); a date cell without a date format shows its serial. */
const excelEpoch = 25569;

/** A date as books write it: 2026-11-05, 2026/11/5, 2026.11.5, 2026年11月5日, 20261105, 11-05 (the period's year), an Excel serial. */
export function parseBookDate(text: string, year: number): CalendarDate | null {
  const value = text.trim();
  const full = dateFull.exec(value) ?? dateCompact.exec(value);
  const parts = full
    ? { year: Number(full[1]), month: Number(full[2]), day: Number(full[3]) }
    : ((m) => (m ? { year, month: Number(m[1]), day: Number(m[2]) } : null))(dateInYear.exec(value));
  if (parts) {
    if (parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > daysInMonth(parts.year, parts.month)) return null;
    return formatCalendarDate(parts);
  }
  if (/^\d{5}$/.test(value)) return fromEpochDay(Number(value) - excelEpoch);
  return null;
}

/**
 * Yuan as a book's cell holds it, in fen, without floating-point arithmetic: thousands separators, ¥ and 元 are
 * dropped and the rest read by `parseYuan` (at most two decimals). A spreadsheet cell computed by a formula may
 * store binary noise (0.30000000000000004); it is read at the 15 significant digits Excel shows, never rounded
 * further, so 12.345 stays refused.
 */
export function parseBookYuan(text: string): Fen | null {
  let value = text.replace(/[\s,，¥￥元]/g, '');
  if (/^-?\d+\.\d{3,}$/.test(value) && value.replace(/[-.]/g, '').replace(/^0+/, '').length > 15) {
    value = Number(value)
      .toPrecision(15)
      .replace(/(\.\d*?)0+$/, '$1')
      .replace(/\.$/, '');
  }
  const parsed = parseYuan(value);
  return parsed.ok ? parsed.value : null;
}

/** An Art 24 matter by its code or its name in the statute. */
function findMatter(text: string): Art24MatterCode | null {
  const value = text.trim();
  return art24Matters.find((m) => m.code === value || m.label['zh-CN'] === value || m.label.en === value)?.code ?? null;
}

const totalsPattern = /合\s*计|总\s*计|^total/i;

interface ReadLine {
  readonly kind: FinanceKind;
  readonly line: FinanceLine;
  readonly fileLine: number;
  readonly amountColumn: string;
}

class ImportReader {
  readonly issues: RuleIssue[] = [];
  readonly lines: ReadLine[] = [];
  statedTotals: { income: Fen; expenditure: Fen; line: number } | null = null;
  lastBalance: { amount: Fen; line: number } | null = null;
  private readonly index: Map<FinanceImportField, number>;

  constructor(
    private readonly mapping: FinanceColumnMapping,
    header: readonly string[],
    private readonly options: FinanceImportOptions,
  ) {
    this.index = new Map();
    for (const field of financeImportFields) {
      const column = mapping[field];
      if (column !== undefined) this.index.set(field, header.indexOf(column));
    }
  }

  private cell(row: readonly string[], field: FinanceImportField): string {
    const at = this.index.get(field);
    return at === undefined || at < 0 ? '' : (row[at] ?? '').trim();
  }

  private report(code: Parameters<typeof issue>[0], line: number, field: FinanceImportField, params: Record<string, string | number> = {}) {
    const column = this.mapping[field] ?? field;
    const path: IssuePath = ['rows', line, column];
    this.issues.push(issue(code, { line, column, ...params }, path));
  }

  private amount(row: readonly string[], line: number, field: FinanceImportField): Fen | null | undefined {
    const text = this.cell(row, field);
    if (text === '') return undefined;
    const fen = parseBookYuan(text);
    if (fen === null) this.report('finance.import.invalidAmount', line, field, { value: text });
    return fen;
  }

  /** The 合计 row: its amounts are the printed totals, checked against the lines (never trusted). */
  private readTotals(row: readonly string[], line: number): void {
    const income = this.amount(row, line, this.mapping.income === undefined ? 'amount' : 'income');
    const expense = this.mapping.expense === undefined ? undefined : this.amount(row, line, 'expense');
    if (typeof income === 'number' || typeof expense === 'number') {
      this.statedTotals = { income: income ?? 0, expenditure: expense ?? 0, line };
    }
  }

  read(row: readonly string[], line: number): void {
    if (row.every((cell) => cell.trim() === '')) return;
    const date = this.cell(row, 'date');
    if ([date, this.cell(row, 'voucher'), this.cell(row, 'description')].some((text) => totalsPattern.test(text))) {
      this.readTotals(row, line);
      return;
    }
    const before = this.issues.length;
    for (const field of requiredFields) {
      if (this.cell(row, field) === '') this.report('finance.import.emptyCell', line, field);
    }
    const year = Number(this.options.period.from.slice(0, 4));
    const parsedDate = date === '' ? null : parseBookDate(date, year);
    if (date !== '' && parsedDate === null) this.report('finance.import.invalidDate', line, 'date', { value: date });

    const side = this.side(row, line);
    const accountText = this.cell(row, 'account');
    const account = accountText === '' ? null : findChartAccount(accountText, this.options.system);
    if (account && !account.found) {
      if (account.inOtherChart === undefined) this.report('finance.import.unknownAccount', line, 'account', { value: accountText });
      else
        this.report('finance.import.accountInOtherChart', line, 'account', {
          value: accountText,
          system: account.inOtherChart,
          village: this.options.system,
        });
    }
    const kind = side?.kind ?? (account?.found ? account.account.kind : undefined);
    if (account?.found && side?.kind !== undefined && side.kind !== account.account.kind) {
      this.report('finance.import.wrongSide', line, 'account', { value: accountText });
    }
    const matterText = this.cell(row, 'matter');
    const matter = matterText === '' ? null : findMatter(matterText);
    if (matterText !== '' && matter === null) this.report('finance.import.unknownMatter', line, 'matter', { value: matterText });
    // The lines are published as they are: a raw mobile or ID number in them is refused here, at its cell, as the
    // board refuses it at write time (个人信息保护法 Art 25).
    for (const field of ['description', 'voucher', 'account', 'decision'] as const) {
      if (hasRawPersonalData(this.cell(row, field))) this.report('identity.publicField.rawPersonalData', line, field);
    }
    this.checkLength(row, line, 'description', 200);
    this.checkLength(row, line, 'voucher', 40);
    this.checkLength(row, line, 'decision', 64);

    const balance = this.amount(row, line, 'balance');
    if (typeof balance === 'number') this.lastBalance = { amount: balance, line };

    const amount = side?.amount ?? null;
    if (this.issues.length > before || !parsedDate || !side || amount === null || !account?.found || kind === undefined) return;
    const decision = this.cell(row, 'decision');
    this.lines.push({
      kind,
      fileLine: line,
      amountColumn: side.column,
      line: {
        date: parsedDate,
        classification: account.account.classification,
        description: this.cell(row, 'description'),
        voucher: this.cell(row, 'voucher'),
        amount,
        ...(decision === '' ? {} : { decisionId: decision }),
        ...(matter === null ? {} : { matter }),
      },
    });
  }

  private checkLength(row: readonly string[], line: number, field: FinanceImportField, maximum: number): void {
    // UTF-16 length, as the statement schema's maxLength counts it.
    if (this.cell(row, field).length > maximum) this.report('finance.import.tooLong', line, field, { maximum });
  }

  /** Which side the amount is on and how much; null amount when unreadable, undefined side when there is none. */
  private side(row: readonly string[], line: number): { kind?: FinanceKind; amount: Fen | null; column: string } | undefined {
    if (this.mapping.amount !== undefined && this.mapping.income === undefined && this.mapping.expense === undefined) {
      const amount = this.amount(row, line, 'amount');
      if (amount === undefined) this.report('finance.import.noAmount', line, 'amount');
      return amount === undefined ? undefined : { amount: this.positive(amount, line, 'amount'), column: this.mapping.amount };
    }
    const income = this.amount(row, line, 'income');
    const expense = this.amount(row, line, 'expense');
    if (income !== undefined && expense !== undefined) {
      this.report('finance.import.twoAmounts', line, 'income');
      return undefined;
    }
    if (income === undefined && expense === undefined) {
      this.report('finance.import.noAmount', line, this.mapping.income === undefined ? 'expense' : 'income');
      return undefined;
    }
    return income !== undefined
      ? { kind: 'income', amount: this.positive(income, line, 'income'), column: this.mapping.income ?? 'income' }
      : { kind: 'expenditure', amount: this.positive(expense ?? null, line, 'expense'), column: this.mapping.expense ?? 'expense' };
  }

  private positive(amount: Fen | null, line: number, field: FinanceImportField): Fen | null {
    if (amount === null) return null;
    if (amount > 0) return amount;
    this.report('finance.import.invalidAmount', line, field, { value: fenToYuanString(amount) });
    return null;
  }
}

function mappingIssues(mapping: FinanceColumnMapping, header: readonly string[] | undefined): RuleIssue[] {
  const found: RuleIssue[] = [];
  for (const field of requiredFields) {
    if (mapping[field] === undefined) found.push(issue('finance.import.columnRequired', { field }, ['mapping', field]));
  }
  if (mapping.amount === undefined && mapping.income === undefined && mapping.expense === undefined) {
    found.push(issue('finance.import.columnRequired', { field: 'amount' }, ['mapping', 'amount']));
  }
  if (header) {
    for (const field of financeImportFields) {
      const column = mapping[field];
      if (column !== undefined && !header.includes(column))
        found.push(issue('finance.import.columnNotFound', { column }, ['mapping', field]));
    }
  }
  return found;
}

/** The header: the first of the first 20 rows that holds every mapped column (a title row may sit above it). */
function findHeader(rows: readonly (readonly string[])[], mapping: FinanceColumnMapping): number {
  const columns: string[] = Object.values(mapping);
  if (columns.length === 0) return -1;
  return rows.slice(0, 20).findIndex((row) => columns.every((column) => row.includes(column)));
}

/** The rules' reconciliation findings, pointed at the file: `['income', i, 'amount']` → `['rows', line, '收入']`. */
function toFilePaths(found: readonly RuleIssue[], reader: ImportReader, mapping: FinanceColumnMapping): RuleIssue[] {
  const byKind = {
    income: reader.lines.filter((l) => l.kind === 'income'),
    expenditure: reader.lines.filter((l) => l.kind === 'expenditure'),
  };
  const columnOf: Record<string, string | undefined> = {
    date: mapping.date,
    voucher: mapping.voucher,
    description: mapping.description,
    classification: mapping.account,
  };
  return found.map((one) => {
    const [head, index, field] = one.path;
    if ((head === 'income' || head === 'expenditure') && typeof index === 'number') {
      const read = byKind[head][index];
      if (!read) return one;
      const column = field === 'amount' ? read.amountColumn : (columnOf[String(field)] ?? String(field));
      return { ...one, path: ['rows', read.fileLine, column] };
    }
    if (head === 'totals' && reader.statedTotals) {
      const column = index === 'income' ? (mapping.income ?? mapping.amount) : (mapping.expense ?? mapping.amount);
      return { ...one, path: ['rows', reader.statedTotals.line, column ?? String(index)] };
    }
    if (head === 'closingBalance' && reader.lastBalance && mapping.balance !== undefined) {
      return { ...one, path: ['rows', reader.lastBalance.line, mapping.balance] };
    }
    return one;
  });
}

/**
 * Reads a month's rows (every row of the file as text, the header among the first 20) into a finance statement in
 * integer fen, with the accounts of the village's chart, and runs the rules' `reconcile` on it. Nothing is dropped
 * silently: a row that cannot be read is an issue at its line, and the statement is returned only when every row
 * was read, so the cadre fixes the file (or the row) and imports again.
 */
export function importFinanceRows(
  rows: readonly (readonly string[])[],
  mapping: FinanceColumnMapping,
  options: FinanceImportOptions,
): FinanceImportResult {
  const headerIndex = findHeader(rows, mapping);
  const header = headerIndex < 0 ? undefined : rows[headerIndex];
  const early = mappingIssues(mapping, header ?? rows[0]);
  if (early.length > 0 || !header) return { statement: null, issues: early, headerLine: 0, lineCount: rows.length };
  const body = rows.length - headerIndex - 1;
  if (body > maxImportRows) {
    return {
      statement: null,
      issues: [issue('finance.import.tooManyRows', { count: body, maximum: maxImportRows }, ['rows'])],
      headerLine: headerIndex + 1,
      lineCount: rows.length,
    };
  }

  const reader = new ImportReader(mapping, header, options);
  for (let index = headerIndex + 1; index < rows.length; index++) reader.read(rows[index] ?? [], index + 1);
  const base = { headerLine: headerIndex + 1, lineCount: rows.length };
  if (reader.issues.length > 0) return { statement: null, issues: reader.issues, ...base };
  if (reader.lines.length === 0) return { statement: null, issues: [issue('finance.import.noRows', {}, ['rows'])], ...base };

  const income = reader.lines.filter((l) => l.kind === 'income').map((l) => l.line);
  const expenditure = reader.lines.filter((l) => l.kind === 'expenditure').map((l) => l.line);
  const sum = (lines: readonly FinanceLine[]) => lines.reduce((total, line) => total + line.amount, 0);
  const totals = reader.statedTotals ?? { income: sum(income), expenditure: sum(expenditure) };
  const closingBalance = options.closingBalance ?? reader.lastBalance?.amount ?? options.openingBalance + sum(income) - sum(expenditure);
  const statement: FinanceStatement = {
    period: { from: options.period.from, to: options.period.to },
    openingBalance: options.openingBalance,
    income,
    expenditure,
    totals: { income: totals.income, expenditure: totals.expenditure },
    closingBalance,
  };
  return { statement, issues: toFilePaths(reconcile(statement), reader, mapping), ...base };
}
