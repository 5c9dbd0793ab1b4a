import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@shanzhi/components/mediation/status/define.js';
import { mediationHandlers, recordedCases, type StatusKind } from './msw/mediation-handlers.js';

/** `<sz-mediation-status>` over case statuses recorded from the reference server (as of 2026-11-29). */
interface Args {
  kind: StatusKind | 'form';
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
    return html`<sz-mediation-status case-number=${ids?.caseNumber ?? nothing} .trackingCode=${ids?.trackingCode ?? ''}></sz-mediation-status>`;
  },
  play: async ({ canvasElement, args }) => {
    if (args.kind === 'form') return;
    const element = canvasElement.querySelector('sz-mediation-status');
    await waitFor(() => expect(element?.shadowRoot?.querySelector('[part~="status"]')).toBeTruthy(), { timeout: 5000 });
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
