/** The mediation widgets' events: step numbers, case numbers and tracking codes only — never a name or phone. */
declare module '../internal/events.js' {
  interface SzEventDetails {
    'sz-intake-step': { readonly step: number; readonly stepCode: string; readonly total: number };
    'sz-intake-submitted': { readonly caseNumber: string; readonly trackingCode: string };
  }
}

export {};
