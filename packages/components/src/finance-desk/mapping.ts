import { detectFinanceMapping, guessFinanceMapping, type FinanceImportField } from '@shanzhi/rules';

/** Field → the header text of the column that holds it, as the cadre confirmed it. */
export type Mapping = Partial<Record<FinanceImportField, string>>;

/** The fields that say how much: two columns (income, expense) or one (amount, the side from the account). */
const amountFields: readonly FinanceImportField[] = ['income', 'expense', 'amount'];

/** The column mapping is remembered per village on this device: header names only, nothing personal. */
const mappingKey = (village: string) => `sz-finance-mapping:${village}`;

export function storedMapping(village: string): Mapping {
  try {
    return JSON.parse(globalThis.localStorage.getItem(mappingKey(village)) ?? '{}') as Mapping;
  } catch {
    return {};
  }
}

export function rememberMapping(village: string, mapping: Mapping): void {
  try {
    globalThis.localStorage.setItem(mappingKey(village), JSON.stringify(mapping));
  } catch {
    // storage blocked: the mapping lasts while the panel is open
  }
}

/** The columns that are filled in (an emptied field is no column). */
export function filledColumns(mapping: Mapping): Mapping {
  return Object.fromEntries(Object.entries(mapping).filter(([, column]) => column.trim() !== ''));
}

/**
 * The mapping for a new file, from the one remembered (or typed) and the file's first rows: a remembered column the
 * file's header has stays (the cadre's own names win); one it lacks is dropped — an optional column (事项, 决策编号,
 * 余额) the new month does not have must not refuse a good file — and a field so left empty takes what the header
 * suggests (rules `detectFinanceMapping`). The amount is taken as a whole: the remembered two columns, or the
 * header's.
 */
export function fitMapping(mapping: Mapping, rows: readonly (readonly string[])[]): Mapping {
  const suggested: Mapping = detectFinanceMapping(rows);
  const suggestedColumns = Object.values(suggested);
  // The header row: the one the suggestion was read from, else the first that holds any remembered column.
  const remembered = Object.values(filledColumns(mapping));
  const header =
    (suggestedColumns.length > 0 ? rows.find((row) => suggestedColumns.every((column) => row.includes(column))) : undefined) ??
    rows.slice(0, 20).find((row) => remembered.some((column) => row.includes(column)));
  if (!header) return { ...suggested, ...filledColumns(mapping) };
  const kept = Object.fromEntries(Object.entries(filledColumns(mapping)).filter(([, column]) => header.includes(column))) as Mapping;
  const keptAmount = amountFields.some((field) => kept[field] !== undefined);
  const taken = new Set(Object.values(kept));
  const guessed = suggestedColumns.length > 0 ? suggested : guessFinanceMapping(header);
  const fitted: Mapping = { ...kept };
  for (const [field, column] of Object.entries(guessed) as [FinanceImportField, string][]) {
    if (fitted[field] !== undefined || taken.has(column) || (keptAmount && amountFields.includes(field))) continue;
    fitted[field] = column;
    taken.add(column);
  }
  return fitted;
}

/** The fields every import needs (rules finance-import.ts `requiredFields`), and one amount field. */
const neededFields: readonly FinanceImportField[] = ['date', 'voucher', 'description', 'account'];

/**
 * The mapping to send again for a file the browser could not read ahead (.xlsx) once the server found `missing`
 * columns absent from its header: without them, or — when a needed column went with them — nothing at all, so the
 * server reads every column from the header itself (rules `detectFinanceMapping`).
 */
export function withoutMissing(mapping: Mapping, missing: readonly string[]): Mapping {
  const rest = Object.fromEntries(Object.entries(mapping).filter(([field]) => !missing.includes(field))) as Mapping;
  const complete = neededFields.every((field) => rest[field] !== undefined) && amountFields.some((field) => rest[field] !== undefined);
  return complete ? rest : {};
}
