/**
 * A fixed list of kinds (dispute types, service item types, channels, steps …): stable codes for data and
 * reports, each with the label a portal shows in Chinese and in English.
 */
export interface LabelledCode<Code extends string = string> {
  readonly code: Code;
  readonly 'zh-CN': string;
  readonly en: string;
}

/** One row of a code table as written in the source: `[code, 中文, English]`. */
export type LabelRow<Code extends string = string> = readonly [code: Code, zh: string, en: string];

/** The list from rows `[code, 中文, English]`, in the order given; the codes keep their literal types. */
export function labelledCodes<const Code extends string>(rows: readonly LabelRow<Code>[]): readonly LabelledCode<Code>[] {
  return rows.map(([code, zh, en]) => ({ code, 'zh-CN': zh, en }));
}

/** A name in both languages, as the `{ code, label }` tables (categories, programmes, headings) carry it. */
export interface Label {
  readonly 'zh-CN': string;
  readonly en: string;
}

/** An entry of a `{ code, label }` table: the shape the disclosure and points data keep (and validate with zod). */
export interface Labelled<Code extends string = string> {
  readonly code: Code;
  readonly label: Label;
}

/**
 * The frozen `{ code, label, ...extra }` table from rows `[code, 中文, English, extra?]`, in the order given; the
 * codes keep their literal types. Such tables are defaults a deployment may replace, so they must not be mutated.
 */
export function labelledTable<const Code extends string, Extra extends object = object>(
  rows: readonly (readonly [...LabelRow<Code>, extra?: Extra])[],
): readonly (Labelled<Code> & Extra)[] {
  return Object.freeze(rows.map(([code, zh, en, extra]) => ({ code, label: { 'zh-CN': zh, en }, ...extra }) as Labelled<Code> & Extra));
}

/** The labels by code, for look-ups (`labels[code].en`), from rows `[code, 中文, English]`; frozen, as the tables are. */
export function labelsByCode<const Code extends string>(rows: readonly LabelRow<Code>[]): Readonly<Record<Code, Label>> {
  return Object.freeze(Object.fromEntries(rows.map(([code, zh, en]) => [code, { 'zh-CN': zh, en }])) as Record<Code, Label>);
}

/** The codes alone, as `z.enum` wants them (a list of kinds is never empty). */
export function codesOf<Code extends string>(list: readonly { readonly code: Code }[]): [Code, ...Code[]] {
  return list.map((entry) => entry.code) as [Code, ...Code[]];
}
