import type { English } from '../internal/localize.js';
import type { BoardPageChinese } from './board-page.js';

/** The English of ./board-page.ts, a chunk of its own: most readers are zh-CN and never download it. */
export const english: English<BoardPageChinese> = {
  boardControls: 'Pages',
  pauseBoard: 'Pause automatic paging',
  resumeBoard: 'Resume automatic paging',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  boardPage: (n: number, total: number) => `Page ${String(n)} of ${String(total)}`,
  elderNoAutoPaging: 'Elder mode does not turn pages by itself: use Previous and Next.',
  reducedMotionNoAutoPaging: 'Automatic paging is off because the device asks for reduced motion: use Previous and Next.',
};
