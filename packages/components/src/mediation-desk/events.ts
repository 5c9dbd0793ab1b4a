/** `<sz-mediation-desk>`'s events; details carry ids only, never a name, phone or ID number. */
declare module '../internal/events.js' {
  interface SzEventDetails {
    'sz-mediation-desk-select': { readonly itemId: string };
  }
}

export {};
