import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@shanzhi/components/mediation/define.js';
import { emptyDraft, type IntakeDraft } from '@shanzhi/components/mediation/draft.js';
import { failingMediation, mediationHandlers, pendingMediation } from './msw/mediation-handlers.js';

/**
 * `<sz-mediation-intake>`: apply for people's mediation in six steps, over receipts recorded from the reference server
 * (as of 2026-11-29). Each story keeps its draft under its own sessionStorage key, so stories never share answers.
 * The names and numbers in the drafts are made up.
 */
interface Args {
  step: number;
  draft: 'empty' | 'complete' | 'organisation' | 'escalation' | 'court';
}

function storyDraft(kind: Args['draft'], step: number): IntakeDraft {
  const draft = emptyDraft();
  draft.step = step;
  if (kind === 'empty') return draft;
  draft.dispute = {
    type: 'neighbour',
    description: '邻居家的排水管把污水排到我家院子里，说了几次都没有改。',
    desiredOutcome: '把排水管改走',
    amount: '1200.50',
  };
  draft.attachments = [{ name: 'yard.jpg', mediaType: 'image/jpeg', sizeBytes: 245_000 }];
  draft.applicant = { name: '示例村民', mobile: '13800000000', residentId: '', address: '青山村一组', gridCode: '' };
  draft.respondents =
    kind === 'organisation'
      ? [{ kind: 'organisation', name: '示例物业服务有限公司', mobile: '', uscc: '91350100M000100Y43' }]
      : [{ kind: 'person', name: '示例邻居', mobile: '', uscc: '' }];
  draft.safety = {
    violenceThreatened: kind === 'escalation' ? 'yes' : 'no',
    weaponsInvolved: kind === 'escalation' ? 'yes' : 'no',
    groupIncident: 'no',
    alreadyBefore: kind === 'court' ? 'court' : 'none',
    otherAgencyName: '',
    otherPartyRefusedMediation: 'no',
  };
  draft.consent = { mediation: true, personalData: true };
  return draft;
}

const meta: Meta<Args> = {
  title: 'Widgets/Mediation intake',
  component: 'sz-mediation-intake',
  args: { step: 0, draft: 'empty' },
  argTypes: {
    step: { control: { type: 'range', min: 0, max: 5 } },
    draft: { control: 'select', options: ['empty', 'complete', 'organisation', 'escalation', 'court'] },
  },
  parameters: { msw: { handlers: { mediation: mediationHandlers } } },
  render: (args, context) => {
    const key = `sz-story-${context.id}`;
    // A fresh form starts with nothing stored, as on a first visit; the other stories resume a draft at their step.
    if (args.draft === 'empty' && args.step === 0) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(storyDraft(args.draft, args.step)));
    return html`<sz-mediation-intake draft-key=${key}></sz-mediation-intake>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

async function shadow(canvas: HTMLElement): Promise<ShadowRoot> {
  const element = canvas.querySelector('sz-mediation-intake');
  await waitFor(() => expect(element?.shadowRoot?.querySelector('[part~="step"], [part~="receipt"]')).toBeTruthy(), { timeout: 5000 });
  const root = element?.shadowRoot;
  if (!root) throw new Error('no shadow root');
  return root;
}

async function pressPrimary(canvas: HTMLElement): Promise<ShadowRoot> {
  const root = await shadow(canvas);
  root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  return root;
}

async function showErrors(canvas: HTMLElement): Promise<void> {
  const root = await pressPrimary(canvas);
  await waitFor(() => expect(root.querySelector('[part~="summary"]')).toBeTruthy());
}

/** A first visit: an empty form, and no "restored" notice (only a draft with answers is announced as restored). */
export const Dispute: Story = {
  play: async ({ canvasElement }) => {
    const root = await shadow(canvasElement);
    await expect(root.querySelector('[role="status"]')).toBeNull();
  },
};
export const Applicant: Story = { args: { step: 1, draft: 'complete' } };
export const OtherParty: Story = { args: { step: 2, draft: 'complete' } };
export const OrganisationRespondent: Story = { args: { step: 2, draft: 'organisation' } };
export const Safety: Story = { args: { step: 3, draft: 'complete' } };
export const Consent: Story = { args: { step: 4, draft: 'complete' } };
export const Review: Story = { args: { step: 5, draft: 'complete' } };

/** Errors on every field of step 1, with the summary focused. */
export const DisputeErrors: Story = { tags: ['!autodocs'], play: ({ canvasElement }) => showErrors(canvasElement) };
export const ApplicantErrors: Story = { tags: ['!autodocs'], args: { step: 1 }, play: ({ canvasElement }) => showErrors(canvasElement) };
export const OtherPartyErrors: Story = { tags: ['!autodocs'], args: { step: 2 }, play: ({ canvasElement }) => showErrors(canvasElement) };
export const SafetyErrors: Story = { tags: ['!autodocs'], args: { step: 3 }, play: ({ canvasElement }) => showErrors(canvasElement) };
export const ConsentErrors: Story = { tags: ['!autodocs'], args: { step: 4 }, play: ({ canvasElement }) => showErrors(canvasElement) };
/** A court already has the dispute: the form says kindly where to go instead. */
export const AlreadyBeforeCourt: Story = {
  tags: ['!autodocs'],
  args: { step: 3, draft: 'court' },
  play: ({ canvasElement }) => showErrors(canvasElement),
};

/** Sent and received: case number, tracking code, level, dates, print, withdraw. */
export const Submitted: Story = {
  tags: ['!autodocs'],
  args: { step: 5, draft: 'complete' },
  play: async ({ canvasElement }) => {
    const root = await pressPrimary(canvasElement);
    await waitFor(() => expect(root.querySelector('[part~="receipt"]')).toBeTruthy());
  },
};

/** The safety answers triggered escalation: urgent help is being arranged, and 110. */
export const Escalation: Story = {
  tags: ['!autodocs'],
  args: { step: 5, draft: 'escalation' },
  play: async ({ canvasElement }) => {
    const root = await pressPrimary(canvasElement);
    await waitFor(() => expect(root.querySelector('[part~="urgent"]')).toBeTruthy());
  },
};

export const Sending: Story = {
  tags: ['!autodocs'],
  args: { step: 5, draft: 'complete' },
  parameters: { msw: { handlers: { mediation: pendingMediation } } },
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
  },
};

/** The browser is offline: the request waits, visibly, until the connection returns or the user cancels. */
export const Offline: Story = {
  tags: ['!autodocs'],
  args: { step: 5, draft: 'complete' },
  play: async ({ canvasElement }) => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    window.dispatchEvent(new Event('offline'));
    const root = await pressPrimary(canvasElement);
    await waitFor(() => expect(root.querySelector('[part~="waiting"]')).toBeTruthy());
    // Leave the page's real connectivity to the next story.
    delete (navigator as unknown as Record<string, unknown>).onLine;
  },
};

export const NetworkFailure: Story = {
  tags: ['!autodocs'],
  args: { step: 5, draft: 'complete' },
  parameters: { msw: { handlers: { mediation: failingMediation } } },
  play: async ({ canvasElement }) => {
    const root = await pressPrimary(canvasElement);
    await waitFor(() => expect(root.querySelector('[part~="error"]')).toBeTruthy(), { timeout: 8000 });
  },
};

export const ElderMode: Story = { args: { step: 3, draft: 'complete' }, globals: { elder: 'on' } };
export const English: Story = { args: { step: 5, draft: 'complete' }, globals: { locale: 'en' } };
