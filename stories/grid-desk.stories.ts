import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@shanzhi/components/grid-desk/define.js';
import { gridDeskHandlers, gridDeskVillage, failingGridDesk, offlineGridDesk, pendingGridDesk } from './msw/grid-desk-handlers.js';

/**
 * `<sz-grid-desk>` over data recorded from the reference server (`stories/fixtures/grid-desk-list.json`). Stories that
 * swap the mock API are left off the docs page; open them from the sidebar.
 */
interface Args {
  village: string;
}

async function shows(canvas: HTMLElement, selector: string): Promise<void> {
  const element = canvas.querySelector('sz-grid-desk');
  await waitFor(() => expect(element?.shadowRoot?.querySelector(selector)).toBeTruthy(), { timeout: 5000 });
}

const meta: Meta<Args> = {
  title: 'Widgets/Grid desk',
  component: 'sz-grid-desk',
  args: { village: gridDeskVillage },
  parameters: { msw: { handlers: { gridDesk: gridDeskHandlers } } },
  render: (args) => html`<sz-grid-desk village=${args.village || nothing}></sz-grid-desk>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="list"]');
  },
};

export const Loading: Story = { tags: ['!autodocs'], parameters: { msw: { handlers: { gridDesk: pendingGridDesk } } } };

export const ErrorWithRequestId: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { gridDesk: failingGridDesk } } },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part="error"]');
  },
};

export const Offline: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { gridDesk: offlineGridDesk } } },
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
