/** The catalogue's events; details carry codes and outcomes only, never an applicant's name or phone. */
declare module '../internal/events.js' {
  interface SzEventDetails {
    'sz-service-open': { readonly serviceCode: string; readonly regionId: string };
    'sz-eligibility-result': { readonly serviceCode: string; readonly outcome: 'eligible' | 'notEligible' | 'needMoreInfo' };
    'sz-proxy-submitted': { readonly serviceCode: string; readonly receiptId: string; readonly step: string };
  }
}

export {};
