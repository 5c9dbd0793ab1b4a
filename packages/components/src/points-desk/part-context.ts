import type { Locale } from '@shanzhi/rules';
import type { Client } from '@shanzhi/sdk/browser';
import type { commonMessages } from '../internal/common-messages.js';
import type { Localizer } from '../internal/localize.js';
import type { DeskRules } from './sz-points-desk.js';

/**
 * What the desk gives each of its late parts (the batch review, the declare form, the objections panel): where they
 * render, the language, the client and the village, the village's rules (loaded with the queue), and the live region.
 */
export interface PartContext {
  /** The widget's render root (its shadow root): late styles are adopted there, and focus moves within it. */
  readonly root: () => HTMLElement | DocumentFragment;
  readonly locale: () => Locale;
  readonly client: () => Client | undefined;
  readonly village: () => string | undefined;
  readonly common: Localizer<(typeof commonMessages)['zh-CN']>;
  readonly rules: () => DeskRules | undefined;
  /** A rule's label in the desk's language (its code when the catalogue has no such rule). */
  readonly ruleLabel: (code: string) => string;
  /** Words for the widget's polite live region. */
  readonly announce: (text: string) => void;
}
