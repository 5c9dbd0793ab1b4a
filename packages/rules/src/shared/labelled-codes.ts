/**
 * A fixed list of kinds (dispute types, service item types, channels, steps …): stable codes for data and
 * reports, each with the label a portal shows in Chinese and in English.
 */
export interface LabelledCode<Code extends string = string> {
  readonly code: Code;
  readonly 'zh-CN': string;
  readonly en: string;
}

/** The list from rows `[code, 中文, English]`, in the order given; the codes keep their literal types. */
export function labelledCodes<const Code extends string>(
  rows: readonly (readonly [Code, string, string])[],
): readonly LabelledCode<Code>[] {
  return rows.map(([code, zh, en]) => ({ code, 'zh-CN': zh, en }));
}

/** The codes alone, as `z.enum` wants them (a list of kinds is never empty). */
export function codesOf<Code extends string>(list: readonly LabelledCode<Code>[]): [Code, ...Code[]] {
  return list.map((entry) => entry.code) as [Code, ...Code[]];
}
