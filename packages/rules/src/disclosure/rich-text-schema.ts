import * as z from 'zod/mini';
import { ruleCheck } from '../messages/rule-check.js';
import { textMarks, validateHref } from './rich-text.js';

/* Strict objects: a key outside the allow-list (no `html`, `style`, `onclick`) fails the parse. */

/** A run of text, optionally strong or emphasised. */
export const textNodeSchema = z.strictObject({
  type: z.literal('text'),
  text: z.string().check(z.minLength(1), z.maxLength(5000)),
  marks: z.optional(z.array(z.enum(textMarks)).check(z.maxLength(textMarks.length))),
});

/** A link: an `http:` or `https:` address to a named host (no `javascript:`, no `data:`) around text. */
export const linkNodeSchema = z.strictObject({
  type: z.literal('link'),
  href: z.string().check(z.maxLength(2000), ruleCheck(validateHref)),
  children: z.array(textNodeSchema).check(z.minLength(1), z.maxLength(20)),
});

/** Inline content: text or a link. */
export const inlineNodeSchema = z.discriminatedUnion('type', [textNodeSchema, linkNodeSchema]);

const inlines = (min: number) => z.array(inlineNodeSchema).check(z.minLength(min), z.maxLength(500));

/** A paragraph of inline content. */
export const paragraphSchema = z.strictObject({ type: z.literal('paragraph'), children: inlines(1) });

/** Levels 2–4 only: the item's title is the page's level-1 heading. */
export const headingSchema = z.strictObject({ type: z.literal('heading'), level: z.literal([2, 3, 4]), children: inlines(1) });

/** A bulleted or numbered list of items. */
export const listSchema = z.strictObject({
  type: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(z.strictObject({ children: inlines(1) })).check(z.minLength(1), z.maxLength(500)),
});

/** A cell may be empty: finance and relief tables have blank cells. */
export const tableCellSchema = z.strictObject({ children: inlines(0) });

/** A table with an optional caption and header row (finance tables, relief lists). */
export const tableSchema = z.strictObject({
  type: z.literal('table'),
  caption: z.optional(z.string().check(z.maxLength(200))),
  header: z.optional(z.array(tableCellSchema).check(z.minLength(1), z.maxLength(30))),
  rows: z.array(z.array(tableCellSchema).check(z.minLength(1), z.maxLength(30))).check(z.minLength(1), z.maxLength(2000)),
});

/** One block of a disclosure's body: a paragraph, heading, list or table. */
export const blockSchema = z.discriminatedUnion('type', [paragraphSchema, headingSchema, listSchema, tableSchema]);

/** A disclosure's body: safe rich text as data (no HTML), up to 2000 blocks. */
export const richTextSchema = z.array(blockSchema).check(z.maxLength(2000));

/** A value parsed by {@link textNodeSchema}. */
export type TextNode = z.output<typeof textNodeSchema>;
/** A value parsed by {@link linkNodeSchema}. */
export type LinkNode = z.output<typeof linkNodeSchema>;
/** A value parsed by {@link inlineNodeSchema}. */
export type InlineNode = z.output<typeof inlineNodeSchema>;
/** A value parsed by {@link blockSchema}. */
export type Block = z.output<typeof blockSchema>;
/** A value parsed by {@link richTextSchema}. */
export type RichText = z.output<typeof richTextSchema>;
