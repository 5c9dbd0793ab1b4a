import * as z from 'zod/mini';
import { ruleCheck } from '../messages/rule-check.js';
import { issue, type RuleIssue } from '../shared/result.js';

/*
 * Disclosure bodies are a small allow-listed JSON tree, not HTML: the widgets render it node by node
 * with templates (never an HTML-string directive), so a body typed or pasted by a cadre cannot carry script, styles
 * or tracking pixels, and a Java or Go backend can validate the same shape. Strict objects reject any
 * key outside the list (no `html`, `style`, `onclick` smuggled alongside).
 */

export const textMarks = ['strong', 'em'] as const;
export type TextMark = (typeof textMarks)[number];

/*
 * http(s) only, and the authority is a plain host (letters, digits, dots, hyphens; Chinese IDNs
 * allowed) with an optional port: no `javascript:`/`data:` schemes, and no `user@` part that lets
 * "https://gov.cn@evil.example" pass for a government address.
 */
const safeHref = /^https?:\/\/[\p{L}\p{N}.-]+(?::\d{1,5})?(?:[/?#][^\s<>"'\\`]*)?$/iu;

export function validateHref(href: string): RuleIssue | null {
  return safeHref.test(href) ? null : issue('disclosure.richText.unsafeLink');
}

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

function inlineText(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.text : node.children.map((child) => child.text).join(''))).join('');
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(block.children);
    case 'list':
      return block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${inlineText(item.children)}`).join('\n');
    case 'table': {
      const rows = block.header ? [block.header, ...block.rows] : block.rows;
      const lines = rows.map((row) => row.map((cell) => inlineText(cell.children)).join('\t'));
      return block.caption === undefined ? lines.join('\n') : [block.caption, ...lines].join('\n');
    }
  }
}

/**
 * The body as plain text (blocks separated by a blank line, table cells by tabs), for search, SMS
 * and notice-board printouts. Link targets are left out: the words are what villagers read.
 */
export function plainTextOf(richText: RichText): string {
  return richText.map(blockText).join('\n\n');
}

/** A body of plain paragraphs, one per line of text that is not blank. */
export function richTextFromPlain(text: string): RichText {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text: line }] }));
}
