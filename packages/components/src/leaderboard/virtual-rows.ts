/**
 * Loaded with a dynamic import only when a board is long: short village boards never download the virtualizer.
 * The flow layout keeps 1,000 px of rows above and below the view; 400 px is enough for smooth keyboard and
 * wheel scrolling and keeps the live rows of a 10,000-household board well under 60.
 */
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import type { VirtualizeDirectiveConfig } from '@lit-labs/virtualizer/virtualize.js';

export { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';

class BoardFlow extends FlowLayout {
  constructor(...args: ConstructorParameters<typeof FlowLayout>) {
    super(...args);
    this._overhang = 400;
  }
}

export const boardLayout: VirtualizeDirectiveConfig<unknown>['layout'] = { type: BoardFlow };
