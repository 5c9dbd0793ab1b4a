type Scalar = string | number | boolean;

function scalar(value: unknown, name: string): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value satisfies Scalar);
  throw new TypeError(`Parameter ${name} must be a string, number or boolean`);
}

/** Fills `{name}` segments; each value is percent-encoded so an id can never change the path. */
export function fillPath(path: string, params: Readonly<Record<string, unknown>> | undefined): string {
  return path.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null || value === '') throw new TypeError(`Missing path parameter ${name}`);
    return encodeURIComponent(scalar(value, name));
  });
}

/** Serializes a query object: undefined values are left out, arrays repeat the key. */
export function toSearchParams(query: Readonly<Record<string, unknown>> | undefined): URLSearchParams {
  const out = new URLSearchParams();
  if (!query) return out;
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const v of value as unknown[]) out.append(key, scalar(v, key));
    else out.append(key, scalar(value, key));
  }
  return out;
}

export function joinUrl(baseUrl: string, path: string, search: URLSearchParams): string {
  const base = baseUrl.replace(/\/+$/, '');
  const qs = search.toString();
  return `${base}${path}${qs ? `?${qs}` : ''}`;
}
