/** `<sz-grid-desk>`'s events; details carry ids and codes only, never a name, phone or ID number, nor a place. */
declare module '../internal/events.js' {
  interface SzEventDetails {
    'sz-grid-desk-report': { readonly reportId: string };
    'sz-grid-desk-step': {
      readonly reportId: string;
      readonly step: 'assess' | 'assign' | 'dispose' | 'close';
      /** The mediation case a dispute became (分流交办 to the mediation committee). */
      readonly caseNumber?: string;
    };
    'sz-grid-desk-visit': { readonly roundId: string; readonly householdId: string };
  }
}

export {};
