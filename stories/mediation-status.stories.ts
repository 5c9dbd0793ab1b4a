import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '@shanzhi/components/mediation/status/define.js';
import {
  failingStatus,
  mediationHandlers,
  offlineStatus,
  pendingStatus,
  recordedCases,
  type StatusKind,
} from './msw/mediation-handlers.js';
import { offlineBrowser, showsIn } from './support/widget-canvas.js';

/** `<sz-mediation-status>` over case statuses recorded from the reference server (as of 2026-11-29). */
interface Args {
  kind: StatusKind | 'form';
  /** The element's `trackingCode`; left out, the recorded case's own code. */
  trackingCode?: string;
}

async function shows(canvas: HTMLElement, selector: string): Promise<void> {
  await showsIn(canvas, 'sz-mediation-status', selector);
}

const meta: Meta<Args> = {
  title: 'Widgets/Mediation status',
  component: 'sz-mediation-status',
  args: { kind: 'submitted' },
  argTypes: { kind: { control: 'select', options: ['form', 'submitted', 'refused', 'noAgreement', 'agreement', 'withdrawn'] } },
  parameters: { msw: { handlers: { mediation: mediationHandlers } } },
  render: (args) => {
    const ids = args.kind === 'form' ? undefined : recordedCases[args.kind];
    // The code is a JS property, never an attribute (it would sit in the DOM): here as if typed from the receipt.
    return html`<sz-mediation-status
      case-number=${ids?.caseNumber ?? nothing}
      .trackingCode=${args.trackingCode ?? ids?.trackingCode ?? ''}
    ></sz-mediation-status>`;
  },
  play: async ({ canvasElement, args }) => {
    if (args.kind === 'form') return;
    await shows(canvasElement, '[part~="status"]');
    // Numbers handed over by the page load the status without moving focus (only a lookup the person asks for does).
    await expect(canvasElement.querySelector('sz-mediation-status')?.shadowRoot?.activeElement ?? null).toBeNull();
  },
};
export default meta;
type Story = StoryObj<Args>;

export const LookupForm: Story = { args: { kind: 'form' } };
export const Submitted: Story = {};
/** Refused: the reason, and the other routes. */
export const Refused: Story = { args: { kind: 'refused' } };
/** Concluded without agreement: the Art 26 routes. */
export const NoAgreement: Story = { args: { kind: 'noAgreement' } };
/** Concluded with an agreement: the 30-day 司法确认 window. */
export const Agreement: Story = { args: { kind: 'agreement' } };
export const Withdrawn: Story = { args: { kind: 'withdrawn' } };
export const ElderMode: Story = { args: { kind: 'noAgreement' }, globals: { elder: 'on' } };
export const English: Story = { args: { kind: 'agreement' }, globals: { locale: 'en' } };

/** The lookup is on its way: the skeleton, and the button says it is looking. */
export const Loading: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { mediation: pendingStatus } } },
  play: ({ canvasElement }) => shows(canvasElement, '[part~="loading"]'),
};

/** The server failed (its recorded 500): what went wrong, the request id for the help desk, and retry. */
export const ErrorWithRequestId: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { mediation: failingStatus } } },
  play: ({ canvasElement }) => shows(canvasElement, '[part~="error"]'),
};

/** The case number exists but the tracking code is wrong: the same answer as an unknown case, so codes cannot be guessed. */
export const WrongCode: Story = {
  args: { kind: 'submitted', trackingCode: 'WRONG123' },
  play: ({ canvasElement }) => shows(canvasElement, '.field-error[role="alert"]'),
};

/** No connection: said plainly; the lookup runs again by itself when the connection returns. */
export const Offline: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { mediation: offlineStatus } } },
  beforeEach: offlineBrowser,
  play: ({ canvasElement }) => shows(canvasElement, '[part~="offline"]'),
};
