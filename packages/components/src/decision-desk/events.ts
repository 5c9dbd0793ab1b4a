/** `<sz-decision-desk>`'s events; details carry ids and codes only, never a name, phone or ID number. */
declare module '../internal/events.js' {
  interface SzEventDetails {
    'sz-decision-desk-change': {
      readonly decisionId: string;
      /** open | record | reconvene | observe | publish */
      readonly action: string;
      /** The step written, when one was. */
      readonly step?: string;
    };
  }
}

export {};
