/**
 * `<sz-points-notice>`'s events; details carry ids only, never a name, phone or ID number (any script on the page
 * hears them, and who objected is never public).
 */
declare module '../internal/events.js' {
  interface SzEventDetails {
    'sz-objection-filed': { readonly objectionId: string; readonly entryId: string };
  }
}

export {};
