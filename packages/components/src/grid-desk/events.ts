/** `<sz-grid-desk>`'s events; details carry ids only, never a name, phone or ID number. */
declare module '../internal/events.js' {
  interface SzEventDetails {
    'sz-grid-desk-select': { readonly itemId: string };
  }
}

export {};
