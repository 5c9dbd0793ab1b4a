/** `<sz-finance-desk>`'s events; details carry a month and ids only, never a name, an amount or a line. */
declare module '../internal/events.js' {
  interface SzEventDetails {
    'sz-finance-desk-open': { readonly month: string };
    'sz-finance-desk-change': { readonly month: string; readonly state: string; readonly itemId?: string };
  }
}

export {};
