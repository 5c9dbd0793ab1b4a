/**
 * The version of the HTTP contract this SDK speaks — not the npm package's version. It follows docs/compatibility.md:
 * a minor version only adds (routes, optional inputs, response fields), a patch fixes documentation or schemas
 * without changing what a conforming client sends or accepts, and a major version is a new base path (`/v2`).
 * The OpenAPI document's `info.version` is this value, and every `/v1` response carries it in
 * {@link CONTRACT_VERSION_HEADER}.
 */
export const CONTRACT_VERSION = '1.0.0';

/** The response header that names the contract version a backend implements, e.g. `Shanzhi-Contract-Version: 1.0.0`. */
export const CONTRACT_VERSION_HEADER = 'Shanzhi-Contract-Version';
