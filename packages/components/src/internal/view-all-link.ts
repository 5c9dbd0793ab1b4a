import { css, html, nothing, type TemplateResult } from 'lit';

/** Resolves relative URLs only to read their scheme; never used as a link. */
const relativeBase = 'https://relative.invalid/';

/**
 * The host's link as it may reach an `href`: an http(s) URL or a relative one (`/services`, `all.html`, `?page=2`,
 * `//portal.example`), trimmed; anything else (`javascript:`, `data:`, `vbscript:`, `blob:`) is `undefined`. The
 * scheme is read by the browser's own URL parser, so spellings it would still run (`java\tscript:`, `JAVASCRIPT:`,
 * leading control characters) are refused as well. An `<a href>` is no Trusted Types sink, so the result is bound as
 * a plain attribute.
 */
export function safeHref(url: string | undefined | null): string | undefined {
  const trimmed = url?.trim();
  if (!trimmed) return undefined;
  let protocol: string;
  try {
    protocol = new URL(trimmed, relativeBase).protocol;
  } catch {
    return undefined;
  }
  return protocol === 'http:' || protocol === 'https:' ? trimmed : undefined;
}

/**
 * A widget's `max-items` as a limit: a whole number of at least 1, else `undefined` (no limit — a missing, empty,
 * zero, negative or non-numeric attribute lists everything, as before the attribute existed).
 */
export function itemLimit(maxItems: number | undefined | null): number | undefined {
  return typeof maxItems === 'number' && Number.isInteger(maxItems) && maxItems >= 1 ? maxItems : undefined;
}

export interface ViewAllLinkOptions {
  /** The portal's page with the whole list (the widget's `view-all-href`); checked with `safeHref`. */
  readonly href: string | undefined;
  /** How many items the widget lists (its `max-items`, or fewer). */
  readonly shown: number;
  /** How many there are. */
  readonly total: number;
  /** The link's words with the total: 查看全部（共 N 项） / "View all (N)". */
  readonly label: (total: number) => string;
}

/**
 * The "view all" link of a widget cut to `max-items` on a portal page: shown only when the host gave a safe link
 * and there is more than the widget lists. Style it with `viewAllLinkStyles`; its part is `view-all`.
 */
export function viewAllLink(options: ViewAllLinkOptions): TemplateResult | typeof nothing {
  const href = safeHref(options.href);
  if (href === undefined || options.total <= options.shown) return nothing;
  return html`<p class="view-all"><a part="view-all" href=${href}>${options.label(options.total)}</a></p>`;
}

/** The link at the target size (44 px, larger in 长辈版). Only private `--_*` variables from tokens.ts. */
export const viewAllLinkStyles = css`
  .view-all {
    margin: var(--_space-2) 0 0;
  }
  .view-all a {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    color: var(--_primary);
    font-weight: 600;
  }
`;
