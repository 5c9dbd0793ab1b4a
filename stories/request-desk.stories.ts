import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@shanzhi/components/request-desk/define.js';
import {
  requestDeskHandlers,
  requestDeskVillage,
  failingRequestDesk,
  offlineRequestDesk,
  pendingRequestDesk,
} from './msw/request-desk-handlers.js';

/**
 * `<sz-request-desk>` over data recorded from the reference server (`stories/fixtures/request-desk-list.json`). Stories that
 * swap the mock API are left off the docs page; open them from the sidebar.
 */
interface Args {
  village: string;
}

async function shows(canvas: HTMLElement, selector: string): Promise<void> {
  const element = canvas.querySelector('sz-request-desk');
  await waitFor(() => expect(element?.shadowRoot?.querySelector(selector)).toBeTruthy(), { timeout: 5000 });
}

const meta: Meta<Args> = {
  title: 'Widgets/Request desk',
  component: 'sz-request-desk',
  args: { village: requestDeskVillage },
  parameters: { msw: { handlers: { requestDesk: requestDeskHandlers } } },
  render: (args) => html`<sz-request-desk village=${args.village || nothing}></sz-request-desk>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="list"]');
  },
};

export const Loading: Story = { tags: ['!autodocs'], parameters: { msw: { handlers: { requestDesk: pendingRequestDesk } } } };

export const ErrorWithRequestId: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { requestDesk: failingRequestDesk } } },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part="error"]');
  },
};

export const Offline: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { requestDesk: offlineRequestDesk } } },
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
