/** `<sz-points-desk>`'s events; details carry ids only, never a name, phone or ID number. */
declare module '../internal/events.js' {
  interface SzEventDetails {
    /** A batch review ended: which entries moved and which were refused (ids only). */
    'sz-points-desk-review': {
      readonly action: 'passFirstReview' | 'publicize' | 'reject';
      readonly entryIds: readonly string[];
      readonly refusedIds: readonly string[];
    };
    /** A staff member declared an entry for a household (and submitted it for review). */
    'sz-points-desk-declare': { readonly entryId: string; readonly householdId: string };
    /** The 村务监督委员会 ruled on an objection. */
    'sz-points-desk-ruling': { readonly objectionId: string; readonly entryId: string; readonly outcome: 'uphold' | 'dismiss' };
  }
}

export {};
