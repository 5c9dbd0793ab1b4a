/**
 * The public design tokens. Portals theme the widgets by setting these on any ancestor (they inherit through
 * shadow roots); components read them only through private `--_*` variables, so a test can prove that every
 * token used is declared here and every token declared here is used.
 */
export const tokenNames = [
  '--sz-color-primary',
  '--sz-color-on-primary',
  '--sz-color-accent',
  '--sz-color-text',
  '--sz-color-text-muted',
  '--sz-color-surface',
  '--sz-color-surface-alt',
  '--sz-color-border',
  '--sz-color-positive',
  '--sz-color-negative',
  '--sz-color-red-list',
  '--sz-color-warning-surface',
  '--sz-color-focus',
  '--sz-elder-color-primary',
  '--sz-elder-color-accent',
  '--sz-elder-color-red-list',
  '--sz-font-family',
  '--sz-font-size-sm',
  '--sz-font-size-md',
  '--sz-font-size-lg',
  '--sz-font-size-xl',
  '--sz-line-height',
  '--sz-space-1',
  '--sz-space-2',
  '--sz-space-3',
  '--sz-space-4',
  '--sz-radius',
  '--sz-focus-ring-width',
  '--sz-target-size',
] as const;

export type TokenName = (typeof tokenNames)[number];
