/** `<sz-mediation-desk>`'s events; details carry the case number and codes only, never a name, phone or ID number. */
declare module '../internal/events.js' {
  interface SzEventDetails {
    'sz-mediation-desk-open': { readonly caseNumber: string };
    /** `step` is the route id of the step taken (`acceptMediationCase` …), `state` the case's state after it. */
    'sz-mediation-desk-change': { readonly caseNumber: string; readonly step: string; readonly state: string };
  }
}

export {};
