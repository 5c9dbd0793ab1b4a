/** `<sz-disclosure-editor>`'s events; details carry ids only, never a name, phone or ID number. */
declare module '../internal/events.js' {
  interface SzEventDetails {
    /** A draft was saved (created or updated). */
    'sz-disclosure-editor-save': { readonly draftId: string; readonly revision: number };
    /** A draft was published: the item's id and its version (2 or more for a correction). */
    'sz-disclosure-editor-publish': { readonly itemId: string; readonly version: number };
    /** A draft was discarded. */
    'sz-disclosure-editor-discard': { readonly draftId: string };
  }
}

export {};
