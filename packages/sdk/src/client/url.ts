/** Fills `{name}` segments; each value is percent-encoded so an id can never change the path. */
export function fillPath(path: string, params: Readonly<Record<string, unknown>> | undefined): string {
  return path.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null || value === '') throw new TypeError(`Missing path parameter ${name}`);
    return encodeURIComponent(String(value as string | number));
  });
}

/** Serializes a query object: undefined values are left out, arrays repeat the key. */
export function toSearchParams(query: Readonly<Record<string, unknown>> | undefined): URLSearchParams {
  const out = new URLSearchParams();
  if (!query) return out;
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const v of value as unknown[]) out.append(key, String(v as string));
    else out.append(key, String(value as string));
  }
  return out;
}

export function joinUrl(baseUrl: string, path: string, search: URLSearchParams): string {
  const base = baseUrl.replace(/\/+$/, '');
  const qs = search.toString();
  return `${base}${path}${qs ? `?${qs}` : ''}`;
}
