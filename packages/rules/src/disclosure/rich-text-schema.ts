import * as z from 'zod/mini';
import { ruleCheck } from '../messages/rule-check.js';
import { textMarks, validateHref } from './rich-text.js';

/* Strict objects: a key outside the allow-list (no `html`, `style`, `onclick`) fails the parse. */

export const textNodeSchema = z.strictObject({
  type: z.literal('text'),
  text: z.string().check(z.minLength(1), z.maxLength(5000)),
  marks: z.optional(z.array(z.enum(textMarks)).check(z.maxLength(textMarks.length))),
});

export const linkNodeSchema = z.strictObject({
  type: z.literal('link'),
  href: z.string().check(z.maxLength(2000), ruleCheck(validateHref)),
  children: z.array(textNodeSchema).check(z.minLength(1), z.maxLength(20)),
});

export const inlineNodeSchema = z.discriminatedUnion('type', [textNodeSchema, linkNodeSchema]);

const inlines = (min: number) => z.array(inlineNodeSchema).check(z.minLength(min), z.maxLength(500));

export const paragraphSchema = z.strictObject({ type: z.literal('paragraph'), children: inlines(1) });

/** Levels 2–4 only: the item's title is the page's level-1 heading. */
export const headingSchema = z.strictObject({ type: z.literal('heading'), level: z.literal([2, 3, 4]), children: inlines(1) });

export const listSchema = z.strictObject({
  type: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(z.strictObject({ children: inlines(1) })).check(z.minLength(1), z.maxLength(500)),
});

/** A cell may be empty: finance and relief tables have blank cells. */
export const tableCellSchema = z.strictObject({ children: inlines(0) });

export const tableSchema = z.strictObject({
  type: z.literal('table'),
  caption: z.optional(z.string().check(z.maxLength(200))),
  header: z.optional(z.array(tableCellSchema).check(z.minLength(1), z.maxLength(30))),
  rows: z.array(z.array(tableCellSchema).check(z.minLength(1), z.maxLength(30))).check(z.minLength(1), z.maxLength(2000)),
});

export const blockSchema = z.discriminatedUnion('type', [paragraphSchema, headingSchema, listSchema, tableSchema]);

export const richTextSchema = z.array(blockSchema).check(z.maxLength(2000));

export type TextNode = z.output<typeof textNodeSchema>;
export type LinkNode = z.output<typeof linkNodeSchema>;
export type InlineNode = z.output<typeof inlineNodeSchema>;
export type Block = z.output<typeof blockSchema>;
export type RichText = z.output<typeof richTextSchema>;
