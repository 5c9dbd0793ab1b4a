import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult } from 'lit';

/**
 * Adds the styles of a part that loaded after the first paint (a `LazyModule`) to the widget's shadow root, after the
 * widget's own rules, which Lit adopted at the first update, so the cascade is the same as if they had come with them.
 * With constructable stylesheets a sheet already there is not added twice; without them, Lit's fallback appends a
 * `<style>` carrying the page's nonce, as it does for the widget's own rules (a strict CSP stays satisfied).
 */
export function addLateStyles(root: HTMLElement | DocumentFragment, ...styles: CSSResult[]): void {
  if (!(root instanceof ShadowRoot)) return;
  if (!supportsAdoptingStyleSheets) {
    adoptStyles(root, styles);
    return;
  }
  const sheets = styles.map((style) => style.styleSheet).filter((sheet) => sheet !== undefined);
  const added = sheets.filter((sheet) => !root.adoptedStyleSheets.includes(sheet));
  if (added.length > 0) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...added];
}
