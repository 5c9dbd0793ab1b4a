/** The board's events, merged into the shared map. Details carry ids and codes only, never names, phones or text. */
declare module '../internal/events.js' {
  interface SzEventDetails {
    'sz-disclosure-open': { readonly villageId: string; readonly disclosureId: string; readonly category: string };
    'sz-query-submitted': {
      readonly villageId: string;
      readonly disclosureId: string;
      readonly queryId: string;
      readonly kind: 'question' | 'objection';
    };
  }
}

export {};
