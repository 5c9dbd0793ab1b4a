/** `<sz-request-desk>`'s events; details carry ids and step codes only, never a name, a phone, a note or a comment. */
declare module '../internal/events.js' {
  interface SzEventDetails {
    'sz-request-desk-open': { readonly requestId: string };
    'sz-request-desk-advance': { readonly requestId: string; readonly step: string };
    'sz-request-desk-note': { readonly requestId: string };
    'sz-request-desk-follow-up': { readonly requestId: string };
  }
}

export {};
