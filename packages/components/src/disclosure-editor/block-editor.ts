import type { Block, InlineNode, RichText } from '@shanzhi/rules';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Localizer } from '../internal/localize.js';
import type { formMessages } from './form-messages.js';

/*
 * The body editor: a list of blocks, each one of the rules' allow-listed kinds (rich-text-schema.ts: paragraph,
 * heading, list, table), typed as plain text in a textarea. It can only produce those blocks — there is no HTML, no
 * paste of markup, no style — so what the cadre writes is what the server's strict schema accepts and the board draws.
 * A block loaded from a saved body and left untouched is sent back as it was (its bold, italics and links kept).
 */

export const blockKinds = ['paragraph', 'heading', 'list', 'olist', 'table'] as const;
export type BlockKind = (typeof blockKinds)[number];

interface EditedBlock {
  readonly key: number;
  kind: BlockKind;
  text: string;
  /** The block as loaded, sent back unchanged while neither its kind nor its text was edited. */
  original: Block | undefined;
}

type Words = Localizer<(typeof formMessages)['zh-CN']>;

function inlineText(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.text : node.children.map((child) => child.text).join(''))).join('');
}

const cellSeparator = /\s*[|｜\t]\s*/;

function toEdited(block: Block, key: number): EditedBlock {
  switch (block.type) {
    case 'paragraph':
      return { key, kind: 'paragraph', text: inlineText(block.children), original: block };
    case 'heading':
      return { key, kind: 'heading', text: inlineText(block.children), original: block };
    case 'list':
      return {
        key,
        kind: block.ordered ? 'olist' : 'list',
        text: block.items.map((item) => inlineText(item.children)).join('\n'),
        original: block,
      };
    case 'table': {
      const rows = block.header ? [block.header, ...block.rows] : block.rows;
      return {
        key,
        kind: 'table',
        text: rows.map((row) => row.map((cell) => inlineText(cell.children)).join(' | ')).join('\n'),
        original: block,
      };
    }
  }
}

const textNodes = (text: string): InlineNode[] => (text.length === 0 ? [] : [{ type: 'text', text }]);
const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/** One edited block as the rules' block; undefined when it holds no text (the schema refuses empty blocks). */
function toBlock(edited: EditedBlock): Block | undefined {
  if (edited.original) return edited.original;
  const text = edited.text.trim();
  if (text.length === 0) return undefined;
  switch (edited.kind) {
    case 'paragraph':
      return { type: 'paragraph', children: textNodes(text) };
    case 'heading':
      return { type: 'heading', level: 2, children: textNodes(lines(text).join(' ')) };
    case 'list':
    case 'olist':
      return { type: 'list', ordered: edited.kind === 'olist', items: lines(text).map((line) => ({ children: textNodes(line) })) };
    case 'table': {
      const [header, ...rows] = lines(text).map((line) => line.split(cellSeparator).map((cell) => ({ children: textNodes(cell) })));
      if (!header) return undefined;
      return rows.length === 0 ? { type: 'table', rows: [header] } : { type: 'table', header, rows };
    }
  }
}

export class BlockEditor {
  private blocks: EditedBlock[] = [];
  private nextKey = 0;
  /** The body's problem from the server or the form ('' for none). */
  issue = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly id: string,
    private readonly changed: () => void,
    private readonly focus: (selector: string) => Promise<void>,
  ) {}

  /** Loads a saved body (or none: one empty paragraph to start from). */
  load(body: RichText | undefined): void {
    this.blocks = (body ?? []).map((block) => toEdited(block, (this.nextKey += 1)));
    if (this.blocks.length === 0) this.blocks = [{ key: (this.nextKey += 1), kind: 'paragraph', text: '', original: undefined }];
    this.issue = '';
  }

  /** The body to send: the rules' blocks, empty ones left out. */
  value(): RichText {
    return this.blocks.flatMap((block) => {
      const out = toBlock(block);
      return out ? [out] : [];
    });
  }

  private edit(block: EditedBlock, change: Partial<Pick<EditedBlock, 'kind' | 'text'>>): void {
    Object.assign(block, change);
    block.original = undefined;
    this.issue = '';
    this.changed();
    this.host.requestUpdate();
  }

  private add(kind: BlockKind): void {
    const block: EditedBlock = { key: (this.nextKey += 1), kind, text: '', original: undefined };
    this.blocks = [...this.blocks, block];
    this.changed();
    this.host.requestUpdate();
    void this.focus(`#${this.id}-${String(block.key)}`);
  }

  private move(index: number, step: -1 | 1): void {
    const target = index + step;
    const block = this.blocks[index];
    const other = this.blocks[target];
    if (!block || !other) return;
    const next = [...this.blocks];
    next[index] = other;
    next[target] = block;
    this.blocks = next;
    this.changed();
    this.host.requestUpdate();
    // Focus follows the moved block's button, so pressing it again keeps moving the same block.
    void this.focus(`[data-block="${String(block.key)}"] .${step < 0 ? 'up' : 'down'}`);
  }

  private remove(index: number): void {
    this.blocks = this.blocks.filter((_, at) => at !== index);
    this.changed();
    this.host.requestUpdate();
    const next = this.blocks[Math.min(index, this.blocks.length - 1)];
    void this.focus(next ? `#${this.id}-${String(next.key)}` : `#${this.id}-add-paragraph`);
  }

  render(t: Words): TemplateResult {
    const count = this.blocks.length;
    return html`<fieldset class=${this.issue ? 'blocks invalid' : 'blocks'} aria-describedby=${`${this.id}-hint`}>
      <legend>${t.t('body')}</legend>
      <p class="hint" id=${`${this.id}-hint`}>${t.t('bodyHint')}</p>
      ${this.issue ? html`<p class="field-error" id=${`${this.id}-error`}>${this.issue}</p>` : nothing}
      ${count === 0 ? html`<p class="hint">${t.t('noBlocks')}</p>` : nothing}
      <ol class="block-list">
        ${repeat(
          this.blocks,
          (block) => block.key,
          (block, index) => {
            const id = `${this.id}-${String(block.key)}`;
            const n = index + 1;
            return html`<li class="block-item" data-block=${String(block.key)}>
              <div class="block-head">
                <label for=${`${id}-kind`}>${t.t('block', n, t.t(`kind_${block.kind}`))}</label>
                <select
                  id=${`${id}-kind`}
                  aria-label=${`${t.t('kindLabel')} ${String(n)}`}
                  .value=${live(block.kind)}
                  @change=${(event: Event) => {
                    this.edit(block, { kind: (event.target as HTMLSelectElement).value as BlockKind });
                  }}
                >
                  ${blockKinds.map((kind) => html`<option value=${kind} ?selected=${kind === block.kind}>${t.t(`kind_${kind}`)}</option>`)}
                </select>
                <span class="block-tools">
                  <button
                    type="button"
                    class="up"
                    aria-label=${t.t('moveUp', n)}
                    ?disabled=${index === 0}
                    @click=${() => {
                      this.move(index, -1);
                    }}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="down"
                    aria-label=${t.t('moveDown', n)}
                    ?disabled=${index === count - 1}
                    @click=${() => {
                      this.move(index, 1);
                    }}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    class="remove"
                    aria-label=${t.t('remove', n)}
                    @click=${() => {
                      this.remove(index);
                    }}
                  >
                    ×
                  </button>
                </span>
              </div>
              <p class="hint" id=${`${id}-hint`}>${t.t(`hint_${block.kind}`)}</p>
              <textarea
                id=${id}
                aria-label=${`${t.t('textLabel')} ${String(n)}`}
                aria-describedby=${`${id}-hint`}
                rows=${block.kind === 'heading' ? 1 : 4}
                maxlength="5000"
                .value=${live(block.text)}
                @input=${(event: Event) => {
                  this.edit(block, { text: (event.target as HTMLTextAreaElement).value });
                }}
              ></textarea>
            </li>`;
          },
        )}
      </ol>
      <div class="add-row">
        ${blockKinds.map(
          (kind) =>
            html`<button
              type="button"
              id=${`${this.id}-add-${kind}`}
              @click=${() => {
                this.add(kind);
              }}
            >
              ${t.t('add', t.t(`kind_${kind}`))}
            </button>`,
        )}
      </div>
    </fieldset>`;
  }
}
