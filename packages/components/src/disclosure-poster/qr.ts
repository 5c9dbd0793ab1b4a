import { validateHref } from '@shanzhi/rules';
import { html, svg, type TemplateResult } from 'lit';
import { encode } from 'uqr';

/*
 * The QR code that takes a reader of the paper board to the online item. Encoded by `uqr` (a port of Nayuki's QR Code
 * generator: ISO/IEC 18004 modes, error correction and mask selection) into its module matrix, and drawn here as SVG
 * with Lit's `svg` templates: numbers in attribute bindings only, no markup string, no innerHTML, so it renders under a
 * strict CSP with Trusted Types. Error correction M (15 %): a board outdoors gets dirty and creased; a quiet zone of 4
 * modules, as the standard asks.
 */

/** The link pattern's placeholders: ids only, so no personal data can reach a URL on a wall. */
const placeholders = { '{id}': 'id', '{village}': 'village' } as const;

/**
 * The item's online address from the page's pattern (`https://portal.example/disclosure?item={id}`): `{id}` and
 * `{village}` replaced by the (URL-encoded) ids. Undefined without a pattern, or when the result is not a plain
 * http(s) address (the rules' link check, as for links in a disclosure's text).
 */
export function itemUrl(pattern: string | undefined, ids: { readonly id: string; readonly village: string }): string | undefined {
  if (pattern === undefined || pattern.trim() === '') return undefined;
  let url = pattern.trim();
  for (const [placeholder, key] of Object.entries(placeholders)) url = url.split(placeholder).join(encodeURIComponent(ids[key]));
  return validateHref(url) === null ? url : undefined;
}

export interface QrMatrix {
  /** Modules per side, quiet zone included. */
  readonly size: number;
  /** Dark modules as one SVG path: a run of dark modules in a row is one rectangle. */
  readonly path: string;
}

/** The QR code of `text` as an SVG path over a `size` × `size` grid. */
export function qrMatrix(text: string): QrMatrix {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  const runs: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x += 1;
      runs.push(`M${String(start)} ${String(y)}h${String(x - start)}v1h-${String(x - start)}z`);
    }
  });
  return { size, path: runs.join('') };
}

/** The QR code as an image with a name (`label`): black modules on white, crisp at any print size. */
export function renderQr(text: string, label: string): TemplateResult {
  const { size, path } = qrMatrix(text);
  return html`<svg
    class="qr-code"
    part="qr"
    role="img"
    aria-label=${label}
    viewBox=${`0 0 ${String(size)} ${String(size)}`}
    shape-rendering="crispEdges"
  >
    ${svg`<rect width=${size} height=${size} fill="#fff"></rect><path d=${path} fill="#000"></path>`}
  </svg>`;
}
