import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@shanzhi/components/leaderboard/define.js';
import { commonMessages } from '@shanzhi/components/internal/common-messages.js';
import { Localizer } from '@shanzhi/components/internal/localize.js';
import { fixtureVillages } from '../msw/handlers.js';

/**
 * zh-CN (default) and en. A widget's language comes from its own `locale`, else the provider's, else the nearest
 * `lang` on the page. Numbers, money and dates go through `Intl` for the language; validation and refusal texts
 * come from the rules package, never rewritten in the widgets. The toolbar's Locale switch changes the provider's.
 */
const meta: Meta = {
  title: 'Foundations/Locales',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

const zh = new Localizer(commonMessages, () => 'zh-CN');
const en = new Localizer(commonMessages, () => 'en');
const sampleArgs: Partial<Record<keyof (typeof commonMessages)['zh-CN'], readonly unknown[]>> = { requestId: ['3f9c2a7e-…'] };

function say(localizer: Localizer<(typeof commonMessages)['zh-CN']>, key: keyof (typeof commonMessages)['zh-CN']): string {
  const args = (sampleArgs[key] ?? []) as [];
  return (localizer.t as (k: string, ...a: unknown[]) => string)(key, ...args);
}

const styles = html`<style>
  .words {
    border-collapse: collapse;
    font:
      14px/1.5 system-ui,
      'PingFang SC',
      'Microsoft YaHei',
      sans-serif;
  }
  .words caption {
    text-align: start;
    font-weight: 600;
    padding-block: 0.5rem;
  }
  .words th,
  .words td {
    border-bottom: 1px solid #c9ced6;
    padding: 0.4rem 0.75rem;
    text-align: start;
    vertical-align: top;
  }
</style>`;

/** The same board in both languages, side by side (each widget's own `locale`). */
export const SideBySide: Story = {
  render: () =>
    html`<div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr));gap:1.5rem;align-items:start">
      <section lang="zh-CN" aria-label="简体中文">
        <sz-points-leaderboard village=${fixtureVillages.main} locale="zh-CN" page-size="10"></sz-points-leaderboard>
      </section>
      <section lang="en" aria-label="English">
        <sz-points-leaderboard village=${fixtureVillages.main} locale="en" page-size="10"></sz-points-leaderboard>
      </section>
    </div>`,
};

/** The words every widget shares (states, retry, request id, 长辈版 controls), in both dictionaries. */
export const SharedWords: Story = {
  render: () =>
    html`${styles}
      <table class="words">
        <caption>
          commonMessages — ${Object.keys(commonMessages['zh-CN']).length} entries, same keys in both languages (checked by the type system)
        </caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col" lang="zh-CN">zh-CN</th>
            <th scope="col" lang="en">en</th>
          </tr>
        </thead>
        <tbody>
          ${(Object.keys(commonMessages['zh-CN']) as (keyof (typeof commonMessages)['zh-CN'])[]).map(
            (key) =>
              html`<tr>
                <th scope="row"><code>${key}</code></th>
                <td lang="zh-CN">${say(zh, key)}</td>
                <td lang="en">${say(en, key)}</td>
              </tr>`,
          )}
        </tbody>
      </table>`,
};

/** Numbers, money (integer fen shown as yuan), dates and plurals through `Intl`, per language. */
export const Formats: Story = {
  render: () =>
    html`${styles}
      <table class="words">
        <caption>
          Formats
        </caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col" lang="zh-CN">zh-CN</th>
            <th scope="col" lang="en">en</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">number(12345)</th>
            <td>${zh.number(12345)}</td>
            <td>${en.number(12345)}</td>
          </tr>
          <tr>
            <th scope="row">yuan(123450 fen)</th>
            <td>${zh.yuan(123450)}</td>
            <td>${en.yuan(123450)}</td>
          </tr>
          <tr>
            <th scope="row">date('2026-11-29')</th>
            <td>${zh.date('2026-11-29')}</td>
            <td>${en.date('2026-11-29')}</td>
          </tr>
          <tr>
            <th scope="row">date('2026-11-29', 'short')</th>
            <td>${zh.date('2026-11-29', 'short')}</td>
            <td>${en.date('2026-11-29', 'short')}</td>
          </tr>
          <tr>
            <th scope="row">plural(1 / 5 households)</th>
            <td>${zh.plural(1, { other: '{n} 户' })} / ${zh.plural(5, { other: '{n} 户' })}</td>
            <td>
              ${en.plural(1, { one: '{n} household', other: '{n} households' })} /
              ${en.plural(5, { one: '{n} household', other: '{n} households' })}
            </td>
          </tr>
        </tbody>
      </table>`,
};
