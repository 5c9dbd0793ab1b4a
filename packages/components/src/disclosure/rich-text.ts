import { validateHref, type Block, type InlineNode, type RichText, type TextNode } from '@shanzhi/rules';
import { html, nothing, type TemplateResult } from 'lit';

/*
 * The disclosure body is the rules package's allow-listed JSON tree, rendered node by node with Lit templates:
 * every string goes into a text binding (never an HTML-string directive, never innerHTML), unknown node types are dropped, and
 * a link is only a link when its address passes the same check the server applied (defence in depth).
 */

function text(node: TextNode): TemplateResult | string {
  const marks = node.marks ?? [];
  let out: TemplateResult | string = node.text;
  if (marks.includes('em')) out = html`<em>${out}</em>`;
  if (marks.includes('strong')) out = html`<strong>${out}</strong>`;
  return out;
}

function inline(node: InlineNode): TemplateResult | string {
  if (node.type === 'text') return text(node);
  const children = node.children.map(text);
  return validateHref(node.href) === null
    ? html`<a href=${node.href} rel="noopener noreferrer nofollow" target="_blank">${children}</a>`
    : html`<span>${children}</span>`;
}

function inlines(nodes: readonly InlineNode[]): (TemplateResult | string)[] {
  return nodes.map(inline);
}

/** Heading levels 2–4 of the body sit under the item's own heading (h2 in the widget), so they shift by one. */
function heading(level: number, content: (TemplateResult | string)[]): TemplateResult {
  if (level <= 2) return html`<h3>${content}</h3>`;
  if (level === 3) return html`<h4>${content}</h4>`;
  return html`<h5>${content}</h5>`;
}

export function renderBlock(block: Block): TemplateResult | typeof nothing {
  switch (block.type) {
    case 'paragraph':
      return html`<p>${inlines(block.children)}</p>`;
    case 'heading':
      return heading(block.level, inlines(block.children));
    case 'list':
      return block.ordered
        ? html`<ol>
            ${block.items.map((item) => html`<li>${inlines(item.children)}</li>`)}
          </ol>`
        : html`<ul>
            ${block.items.map((item) => html`<li>${inlines(item.children)}</li>`)}
          </ul>`;
    case 'table': {
      // Prettier would wrap the caption's text in whitespace, which then is part of the table's name.
      // prettier-ignore
      const caption = block.caption === undefined ? nothing : html`<caption>${block.caption}</caption>`;
      return html`<div class="table-wrap" tabindex="0">
        <table>
          ${caption}
          ${
            block.header
              ? html`<thead>
                  <tr>
                    ${block.header.map((cell) => html`<th scope="col">${inlines(cell.children)}</th>`)}
                  </tr>
                </thead>`
              : nothing
          }
          <tbody>
            ${block.rows.map(
              (row) =>
                html`<tr>
                  ${row.map((cell) => html`<td>${inlines(cell.children)}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
    }
    default:
      return nothing;
  }
}

export function renderRichText(body: RichText): TemplateResult {
  return html`<div class="rich-text" part="body">${body.map(renderBlock)}</div>`;
}
