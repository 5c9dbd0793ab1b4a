import { css } from 'lit';

/**
 * Defaults for a Chinese government portal: 中国红 for the brand, a calm blue for links, system CJK fonts, sizes in
 * rem so WeChat's font setting scales them (access.md). Elder mode (长辈版) swaps in ≥ 18 px text, 1.5 line height,
 * 60 px targets and ≥ 7:1 contrast (MIIT 2021 elderly-friendly spec).
 */
export const tokenDefaults = css`
  :host {
    --_primary: var(--sz-color-primary, #b3261e);
    --_on-primary: var(--sz-color-on-primary, #ffffff);
    --_accent: var(--sz-color-accent, #0b57d0);
    --_text: var(--sz-color-text, #1f2329);
    --_text-muted: var(--sz-color-text-muted, #555b66);
    --_surface: var(--sz-color-surface, #ffffff);
    --_surface-alt: var(--sz-color-surface-alt, #f5f6f8);
    --_border: var(--sz-color-border, #c9ced6);
    --_positive: var(--sz-color-positive, #0f7b3d);
    --_negative: var(--sz-color-negative, #b3261e);
    --_red-list: var(--sz-color-red-list, #b3261e);
    --_warning-surface: var(--sz-color-warning-surface, #fff4d6);
    --_focus: var(--sz-color-focus, #0b57d0);
    --_font: var(
      --sz-font-family,
      system-ui,
      -apple-system,
      'PingFang SC',
      'Hiragino Sans GB',
      'Microsoft YaHei',
      'Noto Sans CJK SC',
      sans-serif
    );
    --_size-sm: var(--sz-font-size-sm, 0.875rem);
    --_size-md: var(--sz-font-size-md, 1rem);
    --_size-lg: var(--sz-font-size-lg, 1.25rem);
    --_size-xl: var(--sz-font-size-xl, 1.75rem);
    --_line: var(--sz-line-height, 1.5);
    --_space-1: var(--sz-space-1, 0.25rem);
    --_space-2: var(--sz-space-2, 0.5rem);
    --_space-3: var(--sz-space-3, 1rem);
    --_space-4: var(--sz-space-4, 1.5rem);
    --_radius: var(--sz-radius, 0.375rem);
    --_focus-width: var(--sz-focus-ring-width, 3px);
    /* A widget made for the field sets a larger default (--_target-default: the grid desk's 48 px). */
    --_target: var(--sz-target-size, var(--_target-default, 2.75rem));
    display: block;
    font-family: var(--_font);
    font-size: var(--_size-md);
    line-height: var(--_line);
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  /*
   * Brand colours in elder mode: the portal's own elder shade, else its everyday brand colour (a blue portal stays
   * blue), else our darker red. A portal that sets a brand colour should also set a darker --sz-elder-color-* for
   * the ≥ 7:1 contrast of the elderly-friendly spec; the neutral colours below are ours and already meet it.
   */
  :host([data-sz-elder]) {
    --_primary: var(--sz-elder-color-primary, var(--sz-color-primary, #8c1d18));
    --_accent: var(--sz-elder-color-accent, var(--sz-color-accent, #0842a0));
    --_red-list: var(--sz-elder-color-red-list, var(--sz-color-red-list, #8c1d18));
    --_text: #000000;
    --_text-muted: #303030;
    --_positive: #0a5c2d;
    --_negative: #8c1d18;
    --_border: #5f6368;
    --_size-md: 1.125rem;
    --_size-sm: 1.125rem;
    --_size-lg: 1.375rem;
    --_size-xl: 1.875rem;
    --_line: 1.5;
    --_target: 3.75rem;
  }
  /* The user's own text size in elder mode, up to 30 px (MIIT: enlargeable to at least 30 px). */
  :host([data-sz-elder][data-sz-text-size='2']) {
    --_size-md: 1.375rem;
    --_size-sm: 1.25rem;
    --_size-lg: 1.625rem;
  }
  :host([data-sz-elder][data-sz-text-size='3']) {
    --_size-md: 1.625rem;
    --_size-sm: 1.5rem;
    --_size-lg: 1.875rem;
  }
  :host([data-sz-elder][data-sz-text-size='4']) {
    --_size-md: 1.875rem;
    --_size-sm: 1.75rem;
    --_size-lg: 2.125rem;
    --_size-xl: 2.25rem;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  /* A heading the widget moves focus to (tabindex="-1", after a lookup or a step) is a reading position, not a
     control: no keyboard user can tab to it, so a ring there only looks like something to press (as GOV.UK does). */
  h1[tabindex='-1']:focus,
  h2[tabindex='-1']:focus,
  h3[tabindex='-1']:focus {
    outline: none;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
  button {
    font: inherit;
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0 var(--_space-3);
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  button.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
