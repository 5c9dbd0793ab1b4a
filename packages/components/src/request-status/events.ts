/** `<sz-request-status>`'s events; details carry ids only, never a name, a phone, a receipt code or a comment. */
declare module '../internal/events.js' {
  interface SzEventDetails {
    'sz-request-status-order': { readonly requestId: string };
    'sz-request-status-rate': { readonly requestId: string };
  }
}

export {};
