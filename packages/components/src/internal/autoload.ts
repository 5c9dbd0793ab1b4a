import { ContextRoot } from '@lit/context';

export type ElementLoaders = Readonly<Record<string, () => Promise<unknown>>>;

/**
 * Loads each widget the first time its tag appears in the page, so a portal that shows one widget downloads that
 * one (plus the shared lit/SDK chunk), not all of them. A ContextRoot on the document keeps the widgets' requests
 * for <sz-provider>'s context until the provider's own code has arrived, whatever order the chunks load in.
 */
export function autoload(loaders: ElementLoaders, root: Document = document): void {
  new ContextRoot().attach(root.documentElement);
  const pending = new Map(Object.entries(loaders));
  const load = (tag: string) => {
    const loader = pending.get(tag);
    if (!loader) return;
    pending.delete(tag);
    loader().catch((error: unknown) => {
      console.error(`[shanzhi] could not load <${tag}>`, error);
    });
  };
  const scan = (node: ParentNode & Partial<Pick<Element, 'localName'>>) => {
    for (const tag of [...pending.keys()]) if (node.localName === tag || node.querySelector(tag)) load(tag);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    if (pending.size === 0) observer.disconnect();
  });
  observer.observe(root.documentElement, { childList: true, subtree: true });
  scan(root);
}
