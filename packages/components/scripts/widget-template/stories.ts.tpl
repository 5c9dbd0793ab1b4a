import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@shanzhi/components/__kebab__/define.js';
import { __camel__Handlers, __camel__Village, failing__Pascal__, offline__Pascal__, pending__Pascal__ } from './msw/__kebab__-handlers.js';

/**
 * `<sz-__kebab__>` over data recorded from the reference server (`stories/fixtures/__kebab__-list.json`). Stories that
 * swap the mock API are left off the docs page; open them from the sidebar.
 */
interface Args {
  village: string;
}

async function shows(canvas: HTMLElement, selector: string): Promise<void> {
  const element = canvas.querySelector('sz-__kebab__');
  await waitFor(() => expect(element?.shadowRoot?.querySelector(selector)).toBeTruthy(), { timeout: 5000 });
}

const meta: Meta<Args> = {
  title: 'Widgets/__TitleEn__',
  component: 'sz-__kebab__',
  args: { village: __camel__Village },
  parameters: { msw: { handlers: { __camel__: __camel__Handlers } } },
  render: (args) => html`<sz-__kebab__ village=${args.village || nothing}></sz-__kebab__>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="list"]');
  },
};

export const Loading: Story = { tags: ['!autodocs'], parameters: { msw: { handlers: { __camel__: pending__Pascal__ } } } };

export const ErrorWithRequestId: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { __camel__: failing__Pascal__ } } },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part="error"]');
  },
};

export const Offline: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { __camel__: offline__Pascal__ } } },
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => {
      Reflect.deleteProperty(navigator, 'onLine');
    };
  },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part="offline"]');
  },
};

/** 长辈版: larger text and targets, and the text-size buttons. */
export const Elder: Story = {
  globals: { elder: 'on' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="list"]');
  },
};
