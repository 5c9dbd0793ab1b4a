import type { PartBasics } from '../internal/widget-part.js';
import type { Localizer } from '../internal/localize.js';
import type { pointsDeskMessages } from './messages.js';
import type { DeskRules } from './sz-points-desk.js';

/**
 * What the desk gives each of its late parts (the batch review, the declare form, the objections panel): what every
 * widget's late part gets (PartBasics), and the village's rules (loaded with the queue).
 */
export interface PartContext extends PartBasics {
  readonly rules: () => DeskRules | undefined;
  /** A rule's label in the desk's language (its code when the catalogue has no such rule). */
  readonly ruleLabel: (code: string) => string;
  /** The desk's own words (a part that shows them takes them from here rather than bundling the dictionary again). */
  readonly desk: Localizer<(typeof pointsDeskMessages)['zh-CN']>;
}
