/** `<sz-__kebab__>`'s events; details carry ids only, never a name, phone or ID number. */
declare module '../internal/events.js' {
  interface SzEventDetails {
    'sz-__kebab__-select': { readonly itemId: string };
  }
}

export {};
