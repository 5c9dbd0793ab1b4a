import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@shanzhi/components/request-status/define.js';
import {
  requestStatusHandlers,
  requestStatusVillage,
  failingRequestStatus,
  offlineRequestStatus,
  pendingRequestStatus,
} from './msw/request-status-handlers.js';

/**
 * `<sz-request-status>` over data recorded from the reference server (`stories/fixtures/request-status-list.json`). Stories that
 * swap the mock API are left off the docs page; open them from the sidebar.
 */
interface Args {
  village: string;
}

async function shows(canvas: HTMLElement, selector: string): Promise<void> {
  const element = canvas.querySelector('sz-request-status');
  await waitFor(() => expect(element?.shadowRoot?.querySelector(selector)).toBeTruthy(), { timeout: 5000 });
}

const meta: Meta<Args> = {
  title: 'Widgets/Request status',
  component: 'sz-request-status',
  args: { village: requestStatusVillage },
  parameters: { msw: { handlers: { requestStatus: requestStatusHandlers } } },
  render: (args) => html`<sz-request-status village=${args.village || nothing}></sz-request-status>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="list"]');
  },
};

export const Loading: Story = { tags: ['!autodocs'], parameters: { msw: { handlers: { requestStatus: pendingRequestStatus } } } };

export const ErrorWithRequestId: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { requestStatus: failingRequestStatus } } },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part="error"]');
  },
};

export const Offline: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { requestStatus: offlineRequestStatus } } },
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
