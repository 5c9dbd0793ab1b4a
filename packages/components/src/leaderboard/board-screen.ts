// The village-TV board (display="board"): automatic paging with its pause and page buttons. A chunk of its own (with
// its words and styles), fetched only when a widget is put on a public screen: a portal page never downloads it.
import type { Locale } from '@shanzhi/rules';
import { css, html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { boardControlsStyles } from '../internal/board-controls-styles.js';
import { BoardPager } from '../internal/board-pager.js';
import { addLateStyles } from '../internal/late-styles.js';
import { defineMessages, Localizer } from '../internal/localize.js';

export const screenMessages = defineMessages({
  'zh-CN': {
    boardControls: '大屏翻页',
    pause: '暂停翻页',
    previousScreen: '上一屏',
    nextScreen: '下一屏',
    elderNoAutoPaging: '长辈版不自动翻页，请用“上一屏”“下一屏”按钮翻看。',
    reducedMotionNoAutoPaging: '已按设备设置停止自动翻页，请用“上一屏”“下一屏”按钮翻看。',
  },
  en: {
    boardControls: 'Screen paging',
    pause: 'Pause paging',
    previousScreen: 'Previous screen',
    nextScreen: 'Next screen',
    elderNoAutoPaging: 'Large-text mode does not turn pages by itself: use Previous screen and Next screen.',
    reducedMotionNoAutoPaging:
      'Screens do not turn by themselves (your device asks for reduced motion): use Previous screen and Next screen.',
  },
});

const screenStyles = css`
  .board-controls {
    margin-top: var(--_space-2);
  }
`;

/** What the board screen reads from the leaderboard and asks of it (sz-points-leaderboard.ts). */
export interface ScreenView {
  readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment; readonly isConnected: boolean };
  readonly locale: () => Locale;
  /** 长辈版: nothing moves by itself (MIIT 2021 elderly-friendly spec); the page buttons stay. */
  readonly elder: () => boolean;
  readonly onBoard: () => boolean;
  readonly interval: () => number;
  /** Paging waits while someone reads: the pointer on the board, focus in its rows, the household dialog open. */
  readonly held: () => boolean;
  /** One screen forward (wrapping to the top at the end when `wrap`) or back. */
  readonly advance: (wrap: boolean, direction: 1 | -1) => void;
}

export class BoardScreen {
  private readonly t: Localizer<(typeof screenMessages)['zh-CN']>;
  private readonly pager: BoardPager;

  constructor(private readonly view: ScreenView) {
    this.t = new Localizer(screenMessages, view.locale);
    addLateStyles(view.host.renderRoot, boardControlsStyles, screenStyles);
    // The pager keeps the pause, the device's reduced-motion setting and the hidden page (WCAG 2.2.2).
    this.pager = new BoardPager(view.host, {
      // Asked here, not of the pager: it calls this while it is being made (the widget is already on the page).
      enabled: () =>
        view.onBoard() && !view.elder() && !globalThis.matchMedia('(prefers-reduced-motion: reduce)').matches && view.host.isConnected,
      interval: view.interval,
      held: view.held,
      advance: () => {
        view.advance(true, 1);
      },
    });
  }

  private readonly previous = (): void => {
    this.view.advance(false, -1);
  };

  private readonly next = (): void => {
    this.view.advance(false, 1);
  };

  render(): TemplateResult {
    const t = this.t;
    return html`<div class="board-controls" part="board-controls" role="group" aria-label=${t.t('boardControls')}>
      ${
        this.view.elder()
          ? html`<p>${t.t('elderNoAutoPaging')}</p>`
          : this.pager.reducedMotion
            ? html`<p>${t.t('reducedMotionNoAutoPaging')}</p>`
            : html`<button
                type="button"
                class="pause"
                aria-pressed=${this.pager.paused ? 'true' : 'false'}
                @click=${this.pager.togglePause}
              >
                ${t.t('pause')}
              </button>`
      }
      <button type="button" @click=${this.previous}>${t.t('previousScreen')}</button>
      <button type="button" @click=${this.next}>${t.t('nextScreen')}</button>
    </div>`;
  }
}
