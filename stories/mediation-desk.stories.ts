import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@shanzhi/components/mediation-desk/define.js';
import {
  mediationDeskHandlers,
  mediationDeskVillage,
  failingMediationDesk,
  offlineMediationDesk,
  pendingMediationDesk,
} from './msw/mediation-desk-handlers.js';

/**
 * `<sz-mediation-desk>` over data recorded from the reference server (`stories/fixtures/mediation-desk-list.json`). Stories that
 * swap the mock API are left off the docs page; open them from the sidebar.
 */
interface Args {
  village: string;
}

async function shows(canvas: HTMLElement, selector: string): Promise<void> {
  const element = canvas.querySelector('sz-mediation-desk');
  await waitFor(() => expect(element?.shadowRoot?.querySelector(selector)).toBeTruthy(), { timeout: 5000 });
}

const meta: Meta<Args> = {
  title: 'Widgets/Mediation desk',
  component: 'sz-mediation-desk',
  args: { village: mediationDeskVillage },
  parameters: { msw: { handlers: { mediationDesk: mediationDeskHandlers } } },
  render: (args) => html`<sz-mediation-desk village=${args.village || nothing}></sz-mediation-desk>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="list"]');
  },
};

export const Loading: Story = { tags: ['!autodocs'], parameters: { msw: { handlers: { mediationDesk: pendingMediationDesk } } } };

export const ErrorWithRequestId: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { mediationDesk: failingMediationDesk } } },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part="error"]');
  },
};

export const Offline: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { mediationDesk: offlineMediationDesk } } },
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
