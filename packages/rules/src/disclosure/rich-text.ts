import { issue, type RuleIssue } from '../shared/result.js';
import type { Block, InlineNode, RichText } from './rich-text-schema.js';

export type { Block, InlineNode, LinkNode, RichText, TextNode } from './rich-text-schema.js';

/*
 * Disclosure bodies are a small allow-listed JSON tree, not HTML: the widgets render it node by node
 * with templates (never an HTML-string directive), so a body typed or pasted by a cadre cannot carry script, styles
 * or tracking pixels, and a Java or Go backend can validate the same shape. Strict objects reject any
 * key outside the list (no `html`, `style`, `onclick` smuggled alongside).
 */

/** The marks text may carry: strong and emphasis. */
export const textMarks = ['strong', 'em'] as const;
/** One of {@link textMarks}. */
export type TextMark = (typeof textMarks)[number];

/*
 * http(s) only, and the authority is a plain host (letters, digits, dots, hyphens; Chinese IDNs
 * allowed) with an optional port: no `javascript:`/`data:` schemes, and no `user@` part that lets
 * "https://gov.cn@evil.example" pass for a government address.
 */
const safeHref = /^https?:\/\/[\p{L}\p{N}.-]+(?::\d{1,5})?(?:[/?#][^\s<>"'\\`]*)?$/iu;

/** `disclosure.richText.unsafeLink` unless the address is http(s) to a named host, with nothing a browser could run. */
export function validateHref(href: string): RuleIssue | null {
  return safeHref.test(href) ? null : issue('disclosure.richText.unsafeLink');
}

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
