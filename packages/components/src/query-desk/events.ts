/** `<sz-query-desk>`'s events; details carry ids only, never a question, an answer, a name or a phone. */
declare module '../internal/events.js' {
  interface SzEventDetails {
    'sz-query-desk-open': { readonly queryId: string };
    'sz-query-desk-answer': { readonly queryId: string; readonly disclosureId: string };
    'sz-query-desk-publish': { readonly queryId: string; readonly disclosureId: string };
  }
}

export {};
