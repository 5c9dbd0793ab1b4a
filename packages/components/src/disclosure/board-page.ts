import { css, html, nothing, type TemplateResult } from 'lit';
import { beforeImport } from '../internal/before-import.js';
import { boardControlsStyles } from '../internal/board-controls-styles.js';
import { defineLazyMessages, type Localizer } from '../internal/localize.js';

/*
 * The page controls of a public screen (`display="board"`): their words and styles, in the detail views' chunk
 * (views.ts), which a board on a public screen asks for while its list is still being read. Not a chunk of its
 * own: a chunk that shares only Lit with the board splits the board's shared code in two and costs more than it saves.
 */

const zh = {
  boardControls: '翻页',
  pauseBoard: '暂停自动翻页',
  resumeBoard: '继续自动翻页',
  previousPage: '上一页',
  nextPage: '下一页',
  boardPage: (n: number, total: number) => `第 ${String(n)} / ${String(total)} 页`,
  elderNoAutoPaging: '长辈版不自动翻页，请用“上一页”“下一页”。',
  reducedMotionNoAutoPaging: '已按系统“减少动态效果”设置停止自动翻页，请用“上一页”“下一页”。',
};
export type BoardPageChinese = typeof zh;

/** The English is in ./board-page-en.ts, loaded only for an English widget (SzElement waits for it). */
export const boardPageMessages = defineLazyMessages(zh, () =>
  beforeImport('disclosure/board-page-en').then(() => import('./board-page-en.js')),
);
export type BoardWords = Localizer<BoardPageChinese>;

export const boardPageStyles = css`
  ${boardControlsStyles}
  .board-controls {
    margin-block: var(--_space-2);
  }
  /* Here, after the rule above: the board's own print rules come earlier and would lose to it. */
  @media print {
    .board-controls {
      display: none;
    }
  }
`;

/** One page of a public board, as the board's state says. */
export interface BoardPage {
  readonly t: BoardWords;
  /** "N items", in the list's words. */
  readonly results: string;
  readonly page: number;
  readonly pages: number;
  /** The page's items (or their loading state), drawn by the board as in its list. */
  readonly items: TemplateResult;
  /** In 长辈版, or when the device asks for reduced motion, nothing moves by itself and there is no pause button. */
  readonly still: 'elder' | 'reducedMotion' | undefined;
  readonly paused: boolean;
  readonly togglePause: () => void;
  readonly turn: (step: 1 | -1) => void;
}

/** A public screen shows one page of items at a time and turns the pages itself (the board's `autoPaging`). */
export function renderBoardPage(board: BoardPage): TemplateResult {
  const { t, page, pages } = board;
  let auto: TemplateResult | typeof nothing = nothing;
  if (pages > 1) {
    if (board.still === 'elder') auto = html`<p>${t.t('elderNoAutoPaging')}</p>`;
    else if (board.still === 'reducedMotion') auto = html`<p>${t.t('reducedMotionNoAutoPaging')}</p>`;
    else
      auto = html`<button type="button" class="pause" part="pause" @click=${board.togglePause}>
        <span aria-hidden="true">${board.paused ? '▶' : '⏸'}</span> ${board.paused ? t.t('resumeBoard') : t.t('pauseBoard')}
      </button>`;
  }
  return html`<p class="muted">${board.results}</p>
    ${
      pages > 1
        ? html`<div class="board-controls" part="board-controls" role="group" aria-label=${t.t('boardControls')}>
            ${auto}
            <button
              type="button"
              class="previous-page"
              @click=${() => {
                board.turn(-1);
              }}
            >
              ${t.t('previousPage')}
            </button>
            <span class="page-number" part="page-number">${t.t('boardPage', page + 1, pages)}</span>
            <button
              type="button"
              class="next-page"
              @click=${() => {
                board.turn(1);
              }}
            >
              ${t.t('nextPage')}
            </button>
          </div>`
        : nothing
    }
    ${board.items}`;
}
