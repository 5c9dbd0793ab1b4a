import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import '@shanzhi/components/leaderboard/define.js';
import { fixtureVillages } from '../msw/handlers.js';

/**
 * 长辈版 (elder mode), from MIIT's 2021 elderly-friendly specifications (access.md): body text ≥ 18 px and
 * enlargeable to ≥ 30 px, line height ≥ 1.3, targets ≥ 60 px, contrast ≥ 7 : 1, nothing that moves by itself,
 * optional zh-CN readout, remembered on the device. The provider's `elder` turns it on for every widget inside;
 * a widget's own `elder` attribute wins; the 长辈版 switch in each widget stores the choice on the device.
 */
const meta: Meta = {
  title: 'Foundations/Elder mode',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj<{ textSize: number }>;

const textSizeKey = 'sz-text-size';

/** The same board in the standard look and in 长辈版, side by side (each widget's own `elder` attribute). */
export const SideBySide: Story = {
  render: () =>
    html`<div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr));gap:1.5rem;align-items:start">
      <section aria-label="标准版 / standard">
        <sz-points-leaderboard village=${fixtureVillages.main} elder="false" page-size="10"></sz-points-leaderboard>
      </section>
      <section aria-label="长辈版 / elder mode">
        <sz-points-leaderboard village=${fixtureVillages.main} elder page-size="10"></sz-points-leaderboard>
      </section>
    </div>`,
};

/**
 * The user's own text size in 长辈版 (A− / A+ in the widget): 1 = 18 px … 4 = 30 px. Stored on the device
 * (`localStorage['sz-text-size']`); this story sets it before rendering.
 */
export const TextSize: Story = {
  // It writes the device preference, which would resize every story on a shared docs page.
  tags: ['!autodocs'],
  args: { textSize: 4 },
  argTypes: { textSize: { control: { type: 'range', min: 1, max: 4, step: 1 }, description: '1 = 18 px … 4 = 30 px body text' } },
  globals: { elder: 'on' },
  beforeEach: () => {
    const previous = localStorage.getItem(textSizeKey);
    return () => {
      if (previous === null) localStorage.removeItem(textSizeKey);
      else localStorage.setItem(textSizeKey, previous);
    };
  },
  render: (args) => {
    // The widget reads the stored size when it is created, so a new size makes a new widget.
    localStorage.setItem(textSizeKey, String(args.textSize));
    return html`${keyed(args.textSize, html`<sz-points-leaderboard village=${fixtureVillages.main} page-size="10"></sz-points-leaderboard>`)}`;
  },
};

/** The provider turns 长辈版 on for everything inside it (here through the toolbar's 长辈版 switch, set to on). */
export const FromTheProvider: Story = {
  globals: { elder: 'on' },
  render: () => html`<sz-points-leaderboard village=${fixtureVillages.main} page-size="10"></sz-points-leaderboard>`,
};

/** The TV board display never pages by itself in 长辈版: the user pages with the buttons. */
export const BoardDisplayPaused: Story = {
  globals: { elder: 'on', viewport: { value: 'villageTv', isRotated: false } },
  render: () => html`<sz-points-leaderboard village=${fixtureVillages.main} display="board" page-size="10"></sz-points-leaderboard>`,
};
