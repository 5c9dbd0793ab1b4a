import { parse as parseCsv } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { HttpProblem } from '../http/problem.js';

/*
 * The two formats villages keep their 收支明细 in, read on the server into rows of text (the rules do the rest):
 * - .xlsx, with read-excel-file (maintained, streaming unzip, no native code; the npm `xlsx` 0.18 is unmaintained
 *   there). Numbers are kept as the text the file stores (`parseNumber`), so no amount passes through a float;
 *   date cells come as Date and are written back as the calendar day.
 * - CSV, with csv-parse: UTF-8 (with or without BOM) or, failing that, GB18030 — what Excel on a Chinese Windows
 *   saves as "CSV".
 * Rows keep their place (blank rows too), so an issue's line is the row number a spreadsheet shows.
 */

/** The largest file an import reads: a month's 收支明细 of 5,000 lines is well under 1 MB as .xlsx or CSV. */
export const maxFinanceFileBytes = 5 * 1024 * 1024;

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function unreadable(): HttpProblem {
  return new HttpProblem(422, 'finance.import.unreadableFile', { issues: [{ code: 'finance.import.unreadableFile', path: ['file'] }] });
}

function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : dayOf(cell);
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return typeof cell === 'number' ? String(cell) : '';
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  try {
    const rows = await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { parseNumber: (text: string) => text });
    return rows.map((row) => row.map(cellText));
  } catch {
    throw unreadable();
  }
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function readCsv(bytes: Uint8Array): string[][] {
  const text = decodeText(bytes);
  if (text.includes('\u0000')) throw unreadable();
  try {
    return parseCsv(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true });
  } catch {
    throw unreadable();
  }
}

/** The file's rows as text; a ZIP is read as .xlsx, anything else as CSV. 413 past `maxFinanceFileBytes`. */
export async function readFinanceFile(bytes: Uint8Array): Promise<string[][]> {
  if (bytes.byteLength > maxFinanceFileBytes) throw HttpProblem.of('payload-too-large', { params: { maximum: maxFinanceFileBytes } });
  if (bytes.byteLength === 0) throw unreadable();
  return isZip(bytes) ? readXlsx(bytes) : readCsv(bytes);
}
