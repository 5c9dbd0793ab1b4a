import type { Locale } from '@shanzhi/rules';
import type { Client } from '@shanzhi/sdk/browser';
import type { PartBasics } from './widget-part.js';

/**
 * The basics a widget hands each of its late parts: its render root, language, client and shared words, the village
 * and its live region. One place, so no desk spells them out again.
 */
export function partBasics(
  widget: { readonly renderRoot: HTMLElement | DocumentFragment; readonly effectiveLocale: Locale; readonly client: Client | undefined },
  common: PartBasics['common'],
  village: () => string | undefined,
  announce: (text: string) => void,
): PartBasics {
  return { root: () => widget.renderRoot, locale: () => widget.effectiveLocale, client: () => widget.client, village, common, announce };
}
