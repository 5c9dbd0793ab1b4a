/** Registers an element once: a portal may load two copies of the bundle (CDN and its own), which must not throw. */
export function defineElement(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
