/**
 * A view whose properties read through to their source on every access: `read`'s thunks become getters. A late part
 * that renders for an element (the intake's later steps) sees the element's current state, not a copy taken when the
 * view was made.
 */
export function liveView<V extends object>(read: { readonly [K in keyof V]: () => V[K] }): V {
  const view = {};
  for (const key of Object.keys(read) as (keyof V & string)[]) Object.defineProperty(view, key, { get: read[key], enumerable: true });
  return view as V;
}
