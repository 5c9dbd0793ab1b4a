import { fail, issue, ok, type Result, type RuleIssue } from '../shared/result.js';

/**
 * Case numbers are ASCII (`MED-330102-2026-000042`) so they survive SMS, URLs, spreadsheets and
 * backends in any language; the printed Chinese form (（2026）某调字第0042号) is derived for display.
 * Region: a 6-digit administrative division code (GB/T 2260, county) or a 12-digit statistical
 * division code (village). Year: 4 digits. Sequence: 1–999999 within region and year, 6 digits.
 */
export interface CaseNumberParts {
  readonly regionCode: string;
  readonly year: number;
  readonly sequence: number;
}

const caseNumberPattern = /^MED-(\d{6}|\d{12})-(\d{4})-(\d{6})$/;
const regionPattern = /^(\d{6}|\d{12})$/;
/** The highest sequence number of a case in one region and year (six digits). */
export const maxCaseSequence = 999_999;

function partsProblem(parts: CaseNumberParts): string | null {
  if (!regionPattern.test(parts.regionCode)) return `region code must be 6 or 12 digits, got ${JSON.stringify(parts.regionCode)}`;
  if (!Number.isInteger(parts.year) || parts.year < 1000 || parts.year > 9999) return `year must have 4 digits, got ${String(parts.year)}`;
  if (!Number.isInteger(parts.sequence) || parts.sequence < 1 || parts.sequence > maxCaseSequence)
    return `sequence must be 1–${maxCaseSequence}, got ${String(parts.sequence)}`;
  return null;
}

/** Throws a RangeError for parts no case number can have (a caller's bug, not a user's typo). */
export function formatCaseNumber(parts: CaseNumberParts): string {
  const problem = partsProblem(parts);
  if (problem) throw new RangeError(`Cannot format case number: ${problem}`);
  return `MED-${parts.regionCode}-${String(parts.year)}-${String(parts.sequence).padStart(6, '0')}`;
}

/** Reads a case number typed by a person: spaces around it and lower-case `med` are forgiven. */
export function parseCaseNumber(input: string): Result<CaseNumberParts> {
  const match = caseNumberPattern.exec(input.trim().toUpperCase());
  const [, regionCode, year, sequence] = match ?? [];
  if (regionCode === undefined || year === undefined || sequence === undefined || Number(sequence) === 0) {
    return fail('mediation.caseNumber.invalid');
  }
  return ok({ regionCode, year: Number(year), sequence: Number(sequence) });
}

/** `mediation.caseNumber.invalid` unless `input` is a case number (MED-region-year-sequence). */
export function validateCaseNumber(input: string): RuleIssue | null {
  return parseCaseNumber(input).ok ? null : issue('mediation.caseNumber.invalid');
}

/**
 * The number as printed on paper and agreements (人民调解法 Art 29), e.g. （2026）清调字第0042号:
 * `committeeAbbreviation` is the committee's one- or two-character short name.
 */
export function displayCaseNumber(parts: Pick<CaseNumberParts, 'year' | 'sequence'>, committeeAbbreviation: string): string {
  return `（${String(parts.year)}）${committeeAbbreviation}调字第${String(parts.sequence).padStart(4, '0')}号`;
}
