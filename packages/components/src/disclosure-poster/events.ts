/** `<sz-disclosure-poster>`'s events; details carry ids only, never a name, phone or ID number. */
declare module '../internal/events.js' {
  interface SzEventDetails {
    /** An item of the unposted list was opened to print. */
    'sz-disclosure-poster-select': { readonly itemId: string };
    /** The Print button was pressed: the items on the poster, by id. */
    'sz-disclosure-poster-print': { readonly itemIds: readonly string[] };
    /** A posting was recorded on the server. */
    'sz-disclosure-posted': { readonly itemId: string; readonly postingId: string };
  }
}

export {};
