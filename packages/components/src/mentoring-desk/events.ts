/** `<sz-mentoring-desk>`'s events; details carry ids only, never a name, phone or ID number. */
declare module '../internal/events.js' {
  interface SzEventDetails {
    /** A cadre assigned a 帮教 plan to a black-listed household. */
    'sz-mentoring-desk-assign': { readonly planId: string; readonly householdId: string };
    /** A milestone was marked done; `delisted` when that completed the plan and the household left the black list. */
    'sz-mentoring-desk-milestone': { readonly planId: string; readonly milestoneId: string; readonly delisted: boolean };
    /** A cadre changed the village's quiet period. */
    'sz-mentoring-desk-settings': { readonly villageId: string; readonly quietDays: number };
  }
}

export {};
