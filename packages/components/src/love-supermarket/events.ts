/** `<sz-love-supermarket>`'s events; details carry ids only, never a name, phone or ID number. */
declare module '../internal/events.js' {
  interface SzEventDetails {
    /** The desk redeemed a cart: the receipt's number and the household's id (never its name). */
    'sz-redeemed': { readonly receiptNumber: string; readonly householdId: string; readonly villageId: string };
  }
}

export {};
