import { expect, waitFor } from 'storybook/test';

// What the widget stories' play functions share: finding things in a widget's shadow root, and a browser offline.

/** The element `selector` inside the story's `<tag>` (its shadow root), or null. */
export function inWidget(canvas: HTMLElement, tag: string, selector: string): HTMLElement | null {
  return canvas.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
}

/** Waits (up to 5 s) until the story's `<tag>` shows `selector`, and returns it. */
export async function showsIn(canvas: HTMLElement, tag: string, selector: string): Promise<HTMLElement> {
  let found: HTMLElement | null = null;
  await waitFor(
    () => {
      found = inWidget(canvas, tag, selector);
      return expect(found).toBeTruthy();
    },
    { timeout: 5000 },
  );
  return found as unknown as HTMLElement;
}

/** A story's `beforeEach`: the browser says it is offline until the story ends. */
export function offlineBrowser(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  return () => {
    Reflect.deleteProperty(navigator, 'onLine');
  };
}
