/** `<sz-request-status>`'s events; details carry ids only, never a name, phone or ID number. */
declare module '../internal/events.js' {
  interface SzEventDetails {
    'sz-request-status-select': { readonly itemId: string };
  }
}

export {};
