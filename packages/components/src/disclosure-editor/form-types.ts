/**
 * What the editor's form opens on: a new draft (from the due list, with its category and period), a saved draft, a
 * correction of a published item, or (the supervisor's view) a published item read with its versions.
 */
export type EditorTarget =
  | { readonly kind: 'new'; readonly category?: string; readonly period?: { readonly from: string; readonly to: string } }
  | { readonly kind: 'draft'; readonly draftId: string }
  | { readonly kind: 'correction'; readonly itemId: string }
  | { readonly kind: 'item'; readonly itemId: string };

/** How the form ended: published (the item and its version) or discarded. */
export type EditorOutcome =
  { readonly kind: 'published'; readonly id: string; readonly version: number } | { readonly kind: 'discarded'; readonly id: string };
