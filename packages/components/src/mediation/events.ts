/**
 * The mediation widgets' events: step numbers and case numbers only — never a name, a phone or a tracking code.
 * Events bubble out of the shadow root to every script on the page (analytics, tag managers); the tracking code
 * works like a password, so it stays on the receipt, where only the person sees it.
 */
declare module '../internal/events.js' {
  interface SzEventDetails {
    'sz-intake-step': { readonly step: number; readonly stepCode: string; readonly total: number };
    'sz-intake-submitted': { readonly caseNumber: string };
  }
}

export {};
