import { assert } from '@open-wc/testing';
import type { CSSResultOrNative, LitElement } from 'lit';
import '../../src/index.js';
import '../../src/leaderboard/define.js';
import '../../src/provider/define.js';
import { tokenNames } from '../../src/internal/token-names.js';
import { tokenDefaults } from '../../src/internal/tokens.js';
import { boardPageStyles } from '../../src/disclosure/board-page.js';
import { detailStyles as disclosureDetailStyles } from '../../src/disclosure/detail-styles.js';
import { attachmentFieldStyles } from '../../src/internal/attachment-field-styles.js';
import { boardControlsStyles } from '../../src/internal/board-controls-styles.js';
import { detailStyles } from '../../src/leaderboard/detail-styles.js';
import { rowsStyles } from '../../src/leaderboard/rows-styles.js';
import { deskStyles } from '../../src/love-supermarket/desk-styles.js';
import { reconciliationStyles } from '../../src/love-supermarket/reconciliation-styles.js';
import { formStyles as mentoringFormStyles } from '../../src/mentoring-desk/form-styles.js';
import { lateStyles as deskLateStyles } from '../../src/points-desk/late-styles.js';
import { staffToolsStyles } from '../../src/points-desk/staff-tools-styles.js';
import { objectionStyles } from '../../src/points-notice/objection-styles.js';

/**
 * Token hygiene (after Material Web's testing/tokens.ts): the public `--sz-*` tokens are the theming API, so every
 * one a stylesheet reads must be declared in `tokenNames`, every declared one must reach a rule that paints
 * something, and components read them only through the private `--_*` variables of `tokenDefaults`. The styles are
 * read at run time from the registered element classes, so what is checked is what ships.
 */

interface ManifestModule {
  readonly path: string;
  readonly exports?: readonly { readonly kind: string; readonly name: string }[];
}

/** Every widget the custom-elements manifest knows, registered (its `define.ts` imported). */
async function registeredWidgets(): Promise<Map<string, typeof LitElement>> {
  const response = await fetch(new URL('../../custom-elements.json', import.meta.url));
  assert.isTrue(response.ok, 'packages/components/custom-elements.json is missing: run `cem analyze --litelement` in packages/components');
  const manifest = (await response.json()) as { modules: ManifestModule[] };
  const widgets = new Map<string, typeof LitElement>();
  for (const module of manifest.modules) {
    for (const definition of (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition')) {
      // The URL the dev server gives the static imports above (.ts), so no module is loaded twice.
      await import(/* @vite-ignore */ new URL(`../../${module.path}`, import.meta.url).href);
      const element = customElements.get(definition.name);
      assert.isDefined(element, `${definition.name} is in the manifest but ${module.path} does not register it`);
      widgets.set(definition.name, element as unknown as typeof LitElement);
    }
  }
  return widgets;
}

function cssTextOf(style: CSSResultOrNative): string {
  if (style instanceof CSSStyleSheet) return [...style.cssRules].map((rule) => rule.cssText).join('\n');
  return style.cssText;
}

/** `var(--x` occurrences (the name read) and `--x:` declarations in a stylesheet's text. */
function reads(css: string, prefix: string): string[] {
  return [...css.matchAll(new RegExp(`var\\(\\s*(${prefix}[\\w-]+)`, 'g'))].map((match) => match[1] ?? '');
}
function declarations(css: string, prefix: string): string[] {
  return [...css.matchAll(new RegExp(`(${prefix}[\\w-]+)\\s*:`, 'g'))].map((match) => match[1] ?? '');
}

/** `--_primary: var(--sz-color-primary, …)` → the private variable each public token feeds. */
function feeds(css: string): Map<string, string> {
  return new Map([...css.matchAll(/(--_[\w-]+)\s*:\s*var\(\s*(--sz-[\w-]+)/g)].map((match) => [match[2] ?? '', match[1] ?? '']));
}

/** A stylesheet's text without the declarations that only forward one variable to another. */
function paintingRules(css: string): string {
  return css.replace(/--_[\w-]+\s*:\s*var\(\s*--sz-[^;]*;/g, '');
}

interface Sheet {
  readonly tag: string;
  readonly css: string;
}

/** The names `find` picks out of each widget's stylesheet, each once, as `--x in <sz-tag>`. */
function inWidgets(from: readonly Sheet[], find: (css: string) => readonly string[]): string[] {
  return [...new Set(from.flatMap(({ tag, css }) => find(css).map((name) => `${name} in <${tag}>`)))];
}

describe('design tokens', () => {
  let widgets: Map<string, typeof LitElement>;
  let sheets: Sheet[];
  const tokensCss = tokenDefaults.cssText;

  before(async () => {
    widgets = await registeredWidgets();
    sheets = [...widgets].flatMap(([tag, element]) => element.elementStyles.map((style) => ({ tag, css: cssTextOf(style) })));
    // Parts that arrive after the first paint bring their own rules (addLateStyles): they are held to the same rules.
    const late: Record<string, readonly CSSResultOrNative[]> = {
      'sz-points-leaderboard': [rowsStyles, detailStyles, boardControlsStyles],
      'sz-disclosure-board': [disclosureDetailStyles, boardPageStyles],
      'sz-love-supermarket': [deskStyles, reconciliationStyles],
      'sz-mentoring-desk': [mentoringFormStyles],
      'sz-points-desk': [deskLateStyles, staffToolsStyles, attachmentFieldStyles],
      'sz-points-notice': [objectionStyles, attachmentFieldStyles],
    };
    sheets.push(...Object.entries(late).flatMap(([tag, styles]) => styles.map((style) => ({ tag, css: cssTextOf(style) }))));
  });

  it('finds the shipped widgets and their styles', () => {
    assert.includeMembers([...widgets.keys()], ['sz-provider', 'sz-points-leaderboard']);
    assert.isTrue(
      sheets.some((sheet) => sheet.css === tokensCss),
      'the widgets adopt tokenDefaults',
    );
  });

  it('declares each token once, named --sz-*', () => {
    assert.equal(new Set(tokenNames).size, tokenNames.length, 'a token is listed twice');
    for (const name of tokenNames) assert.match(name, /^--sz-[a-z0-9-]+$/, name);
  });

  it('reads no --sz-* token that tokenNames does not declare', () => {
    const declared = new Set<string>(tokenNames);
    const undeclared = inWidgets(sheets, (css) => reads(css, '--sz-').filter((name) => !declared.has(name)));
    assert.deepEqual(undeclared, [], 'undefined tokens');
  });

  it('reads the public tokens only in tokenDefaults, through private --_* variables', () => {
    const direct = inWidgets(
      sheets.filter(({ css }) => css !== tokensCss),
      (css) => reads(css, '--sz-'),
    );
    assert.deepEqual(direct, [], 'read these through their --_* variable from tokens.ts');
  });

  it('uses every declared token: its private variable paints something', () => {
    const forwarded = feeds(tokensCss);
    const painted = new Set(sheets.flatMap(({ css }) => reads(paintingRules(css), '--_')));
    const unused = tokenNames.filter((name) => {
      const privateName = forwarded.get(name);
      return privateName === undefined || !painted.has(privateName);
    });
    assert.deepEqual(unused, [], 'tokens that no widget style uses (remove them, or use them)');
  });

  it('defines every private --_* variable a widget reads', () => {
    const defined = new Set(sheets.flatMap(({ css }) => declarations(css, '--_')));
    const missing = inWidgets(sheets, (css) => reads(css, '--_').filter((name) => !defined.has(name)));
    assert.deepEqual(missing, [], 'private variables read but never set');
  });

  it('sets no --sz-* token inside a widget (tokens belong to the portal)', () => {
    const set = inWidgets(sheets, (css) => declarations(css, '--sz-'));
    assert.deepEqual(set, [], 'a widget overrides a public token');
  });
});
