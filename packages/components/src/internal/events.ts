import type { Locale } from '@shanzhi/rules';

/** Every sz-* event a widget fires, with its detail. Details never carry personal data (names, phones, IDs). */
export interface SzEventDetails {
  'sz-household-select': { readonly householdId: string; readonly rank: number; readonly villageId: string };
  'sz-period-change': { readonly period: string; readonly villageId: string };
  'sz-elder-change': { readonly elder: boolean };
  'sz-locale-change': { readonly locale: Locale };
}

export type SzEventName = keyof SzEventDetails;

export type SzEventMap = { [K in SzEventName]: CustomEvent<SzEventDetails[K]> };

declare global {
  // Typed `addEventListener('sz-household-select', (e) => e.detail.householdId)` for portal code.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- interface merging is the only way to extend the DOM's map
  interface HTMLElementEventMap extends SzEventMap {}
}

/** Dispatches a typed sz-* event that bubbles and crosses shadow roots, so a portal can listen on `document`. */
export function emit<K extends SzEventName>(target: EventTarget, name: K, detail: SzEventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
}
