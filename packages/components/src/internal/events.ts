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

/** Fired on `window` by `writeElderPreference`, so every widget on the page follows a 长辈版 switch at once. */
export interface SzWindowEventDetails {
  'sz-elder-preference': { readonly elder: boolean };
}

declare global {
  // Typed `addEventListener('sz-household-select', (e) => e.detail.householdId)` for portal code: on the element, and —
  // because every sz-* event bubbles and is composed — on `document` and `window`, whose maps extend the global one.
  /* eslint-disable @typescript-eslint/no-empty-object-type -- interface merging is the only way to extend the DOM's maps */
  interface GlobalEventHandlersEventMap extends SzEventMap {}
  interface HTMLElementEventMap extends SzEventMap {}
  interface DocumentEventMap extends SzEventMap {}
  interface WindowEventMap extends SzEventMap, SzWindowEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}

type SzWindowEventMap = { [K in keyof SzWindowEventDetails]: CustomEvent<SzWindowEventDetails[K]> };

/** Dispatches a typed sz-* event that bubbles and crosses shadow roots, so a portal can listen on `document`. */
export function emit<K extends SzEventName>(target: EventTarget, name: K, detail: SzEventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
}
