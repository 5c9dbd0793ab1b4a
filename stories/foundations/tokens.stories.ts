import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '@shanzhi/components/leaderboard/define.js';
import { tokenNames, type TokenName } from '@shanzhi/components';
import { tokenDefaults } from '@shanzhi/components/internal/tokens.js';
import manifest from '@shanzhi/components/custom-elements.json';
import { fixtureVillages } from '../msw/handlers.js';

/**
 * The public `--sz-*` tokens, read from the same sources the widgets use: names from `tokenNames`, defaults and
 * 长辈版 overrides from the `tokenDefaults` stylesheet, and what each widget uses them for from the `@cssprop`
 * JSDoc in the custom-elements manifest. Nothing in this table is typed twice.
 */
interface TokenRow {
  readonly name: TokenName;
  readonly privateName: string;
  readonly fallback: string;
  readonly elder: string | undefined;
  readonly uses: readonly string[];
}

const css = tokenDefaults.cssText;
const declaration = /(--_[\w-]+):\s*var\((--sz-[\w-]+),\s*(.*)\);\s*$/gm;
const fallbacks = new Map<string, { privateName: string; fallback: string }>();
for (const match of css.matchAll(declaration)) fallbacks.set(match[2] ?? '', { privateName: match[1] ?? '', fallback: match[3] ?? '' });
const elderBlock = /:host\(\[data-sz-elder\]\)\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
const elderValues = new Map([...elderBlock.matchAll(/(--_[\w-]+):\s*([^;]+);/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]));

interface ManifestCssProperty {
  readonly name: string;
  readonly description?: string;
}
interface ManifestDeclaration {
  readonly tagName?: string;
  readonly cssProperties?: readonly ManifestCssProperty[];
}
const uses = new Map<string, string[]>();
for (const module of (manifest as { modules: { declarations?: ManifestDeclaration[] }[] }).modules)
  for (const declared of module.declarations ?? [])
    for (const property of declared.cssProperties ?? [])
      if (declared.tagName)
        uses.set(property.name, [...(uses.get(property.name) ?? []), `<${declared.tagName}>: ${property.description ?? ''}`]);

const rows: TokenRow[] = tokenNames.map((name) => {
  const found = fallbacks.get(name);
  return {
    name,
    privateName: found?.privateName ?? '—',
    fallback: found?.fallback ?? '—',
    elder: found ? elderValues.get(found.privateName) : undefined,
    uses: uses.get(name) ?? [],
  };
});

function sample(row: TokenRow): TemplateResult {
  const value = `var(${row.name}, ${row.fallback})`;
  if (row.name.startsWith('--sz-color-')) return html`<span class="swatch" style=${styleMap({ background: value })}></span>`;
  if (row.name.startsWith('--sz-font-size-')) return html`<span style=${styleMap({ fontSize: value })}>积分 Aa</span>`;
  if (row.name === '--sz-font-family') return html`<span style=${styleMap({ fontFamily: value })}>善治 积分排行榜 Points</span>`;
  if (row.name.startsWith('--sz-space-')) return html`<span class="bar" style=${styleMap({ width: value })}></span>`;
  if (row.name === '--sz-radius') return html`<span class="box" style=${styleMap({ borderRadius: value })}></span>`;
  if (row.name === '--sz-target-size') return html`<span class="box" style=${styleMap({ width: value, height: value })}></span>`;
  if (row.name === '--sz-focus-ring-width')
    return html`<span class="box" style=${styleMap({ outline: `${value} solid #0b57d0`, outlineOffset: '2px' })}></span>`;
  return html`${row.fallback}`;
}

const tableStyles = html`<style>
  .tokens {
    border-collapse: collapse;
    font:
      14px/1.5 system-ui,
      'PingFang SC',
      'Microsoft YaHei',
      sans-serif;
  }
  .tokens caption {
    text-align: start;
    font-weight: 600;
    padding-block: 0.5rem;
  }
  .tokens th,
  .tokens td {
    border-bottom: 1px solid #c9ced6;
    padding: 0.4rem 0.75rem;
    text-align: start;
    vertical-align: top;
  }
  .tokens code {
    font-size: 13px;
  }
  .tokens .swatch,
  .tokens .box {
    display: inline-block;
    width: 2rem;
    height: 2rem;
    border: 1px solid #5f6368;
  }
  .tokens .bar {
    display: inline-block;
    height: 0.75rem;
    background: #0b57d0;
  }
  .tokens ul {
    margin: 0;
    padding-inline-start: 1rem;
  }
</style>`;

const meta: Meta = {
  title: 'Foundations/Tokens',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/** Every public token: its private variable, default, 长辈版 value, a sample, and where the widgets use it. */
export const Table: Story = {
  render: () =>
    html`${tableStyles}
      <table class="tokens">
        <caption>
          ${tokenNames.length} public tokens — set any of them on an ancestor of the widgets (they inherit into shadow roots)
        </caption>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Read through</th>
            <th scope="col">Default</th>
            <th scope="col">长辈版 (elder mode)</th>
            <th scope="col">Sample</th>
            <th scope="col">Used for</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr>
                <th scope="row"><code>${row.name}</code></th>
                <td><code>${row.privateName}</code></td>
                <td><code>${row.fallback}</code></td>
                <td>${row.elder ? html`<code>${row.elder}</code>` : '—'}</td>
                <td>${sample(row)}</td>
                <td>
                  ${
                    row.uses.length
                      ? html`<ul>
                          ${row.uses.map((use) => html`<li>${use}</li>`)}
                        </ul>`
                      : '—'
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>`,
};

interface ThemeArgs {
  primary: string;
  accent: string;
  surfaceAlt: string;
  radius: string;
  fontSize: string;
}

/**
 * A portal's own theme: the tokens set on a wrapper element, as a portal would in its stylesheet
 * (`.sidebar { --sz-color-primary: #1a5fb4 }`). Change them in Controls.
 */
export const PortalTheme: StoryObj<ThemeArgs> = {
  args: { primary: '#1a5fb4', accent: '#1a5fb4', surfaceAlt: '#eef3fb', radius: '0', fontSize: '1.0625rem' },
  argTypes: {
    primary: { control: 'color', description: '--sz-color-primary' },
    accent: { control: 'color', description: '--sz-color-accent' },
    surfaceAlt: { control: 'color', description: '--sz-color-surface-alt' },
    radius: { control: 'text', description: '--sz-radius' },
    fontSize: { control: 'text', description: '--sz-font-size-md' },
  },
  render: (args) =>
    html`<div
      style=${styleMap({
        '--sz-color-primary': args.primary,
        '--sz-color-accent': args.accent,
        '--sz-color-surface-alt': args.surfaceAlt,
        '--sz-radius': args.radius,
        '--sz-font-size-md': args.fontSize,
      })}
    >
      <sz-points-leaderboard village=${fixtureVillages.main}></sz-points-leaderboard>
    </div>`,
};
