import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { userEvent } from 'storybook/test';
import '@shanzhi/components/mediation-desk/define.js';
import { caseWithFiles, mediationDeskFiles } from './msw/desk-attachments.js';
import { caseIn, mediationDeskHandlers, mediationDeskStates, waitingCase } from './msw/mediation-desk-handlers.js';
import { fileShows, openPdf, viewPhoto } from './support/attachment-play.js';
import { staffClient, stateStories } from './support/state-stories.js';
import { showsIn } from './support/widget-canvas.js';

/**
 * `<sz-mediation-desk>` over data recorded from the reference server (`stories/fixtures/mediation-desk-list.json`): the
 * demo mediator's queue in 青山村 — a fresh application waiting for acceptance, cases assigned and in mediation (one
 * with session notes overdue and a half-signed 调解协议书), cases closed with an agreement awaiting the 司法确认
 * reminder or the 回访. The signed-in person is a story arg (the demo tokens): only the mediator reaches the desk.
 * Use the toolbar for language and 长辈版. Stories that swap the mock API are left off the docs page.
 */
interface Args {
  /** The demo token the desk signs in with; empty: no token. */
  staff: '' | 'demo-mediator' | 'demo-cadre' | 'demo-villager';
}

const shows = (canvas: HTMLElement, selector: string) => showsIn(canvas, 'sz-mediation-desk', selector);

/** Opens case `caseNumber` and waits for its desk (loaded when first opened). */
async function open(canvas: HTMLElement, caseNumber: string | undefined): Promise<void> {
  await userEvent.click(await shows(canvas, `[data-opener="${caseNumber ?? ''}"]`));
  await shows(canvas, '[part~="steps"]');
}

/** Opens a step's form. */
async function step(canvas: HTMLElement, id: string): Promise<HTMLElement> {
  await userEvent.click(await shows(canvas, `[data-step="${id}"]`));
  return shows(canvas, `[data-form="${id}"]`);
}

const meta: Meta<Args> = {
  title: 'Widgets/Mediation desk',
  component: 'sz-mediation-desk',
  args: { staff: 'demo-mediator' },
  argTypes: { staff: { control: 'select', options: ['', 'demo-mediator', 'demo-cadre', 'demo-villager'] } },
  parameters: { msw: { handlers: { mediationDesk: mediationDeskHandlers } } },
  render: (args) => {
    // The desk's own client (its own api-base) carries the story's token.
    const own = staffClient(args.staff);
    return html`<sz-mediation-desk api-base=${own.apiBase} .getToken=${own.getToken}></sz-mediation-desk>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

const states = stateStories('sz-mediation-desk', 'mediationDesk', mediationDeskStates);

/** The queue: soonest due first, the overdue on top in words, each case's one-month limit. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="list"]');
  },
};

/** A fresh application: the parties, what is due, and the steps the server allows (accept, refuse, escalate, declare a tie). */
export const WaitingCase: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await open(canvasElement, waitingCase);
  },
};

/** Refusing: the reasons of Arts 17 and 26 and the route each gives the applicant. */
export const RefuseForm: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await open(canvasElement, waitingCase);
    await step(canvasElement, 'refuseMediationCase');
  },
};

/** Accepted: the one-month limit starts, the assignment step appears. */
export const Accepted: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await open(canvasElement, waitingCase);
    const form = await step(canvasElement, 'acceptMediationCase');
    const submit = form.querySelector<HTMLElement>('button[type="submit"]');
    if (submit) await userEvent.click(submit);
    await shows(canvasElement, '[data-step="assignMediators"]');
  },
};

/** A step the server refuses as out of order (409): its problem and request id beside the form, what was typed kept. */
export const StepRefused: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await open(canvasElement, caseIn('assigned'));
    const form = await step(canvasElement, 'scheduleMediationSession');
    await userEvent.type(await shows(canvasElement, '#md-place'), '村委会调解室');
    const submit = form.querySelector<HTMLElement>('button[type="submit"]');
    if (submit) await userEvent.click(submit);
    await shows(canvasElement, '[part~="form-problem"]');
  },
};

/** A case in mediation: the sessions and their notes, the 调解协议书 in its print layout, the signature step. */
export const Agreement: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await open(canvasElement, caseIn('inMediation'));
    await shows(canvasElement, '[part~="agreement"]');
  },
};

/** Recording a session's 调解笔录. */
export const SessionNotes: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await open(canvasElement, caseIn('inMediation'));
    await step(canvasElement, 'recordMediationSession');
  },
};

/** Closed with an agreement: the 司法确认 window, the reminder and the 回访. */
export const Concluded: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await open(canvasElement, caseIn('concluded'));
    await shows(canvasElement, '[part~="judicial"]');
  },
};

/** Without a token: who may use it. */
export const StaffOnly: Story = { ...states.staffOnly };

/** A cadre's token: the server refuses (the parties' affairs are for the mediators, Art 15); the desk says who may use it. */
export const Cadre: Story = { ...states.staffOnly, args: { staff: 'demo-cadre' }, tags: ['!autodocs'] };

export const Loading: Story = { ...states.loading, tags: ['!autodocs'] };

export const ErrorWithRequestId: Story = { ...states.error, tags: ['!autodocs'] };

export const Offline: Story = { ...states.offline, tags: ['!autodocs'] };

/** The queue in English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="list"]');
  },
};

/** A case and its agreement in English. */
export const AgreementEnglish: Story = {
  tags: ['!autodocs'],
  globals: { locale: 'en' },
  play: async (context) => {
    await Agreement.play?.(context);
  },
};

/** The refused step in English. */
export const StepRefusedEnglish: Story = {
  tags: ['!autodocs'],
  globals: { locale: 'en' },
  play: async (context) => {
    await StepRefused.play?.(context);
  },
};

/** The waiting case and its refusal form in English. */
export const RefuseFormEnglish: Story = {
  tags: ['!autodocs'],
  globals: { locale: 'en' },
  play: async (context) => {
    await RefuseForm.play?.(context);
  },
};

/** A closed case (司法确认 window, reminder, 回访) in English. */
export const ConcludedEnglish: Story = {
  tags: ['!autodocs'],
  globals: { locale: 'en' },
  play: async (context) => {
    await Concluded.play?.(context);
  },
};

/** Who may use it, in English. */
export const StaffOnlyEnglish: Story = { ...states.staffOnly, globals: { locale: 'en' }, tags: ['!autodocs'] };

/** 长辈版: larger text and targets, and the text-size buttons. */
export const Elder: Story = {
  globals: { elder: 'on' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="list"]');
  },
};

/** 长辈版 with a case open and its agreement. */
export const ElderAgreement: Story = {
  tags: ['!autodocs'],
  globals: { elder: 'on' },
  play: async (context) => {
    await Agreement.play?.(context);
  },
};

/** 长辈版 with a step form open. */
export const ElderRefuseForm: Story = {
  tags: ['!autodocs'],
  globals: { elder: 'on' },
  play: async (context) => {
    await RefuseForm.play?.(context);
  },
};

/** 长辈版 with a closed case: the reminder and the 回访. */
export const ElderConcluded: Story = {
  tags: ['!autodocs'],
  globals: { elder: 'on' },
  play: async (context) => {
    await Concluded.play?.(context);
  },
};

/**
 * A case taken over from a grid report, with files: the application's photo (查看: the larger view, closed again,
 * leaves a thumbnail) and PDF (打开: a link that saves it), and the grid report's photo, read in the report's village.
 */
export const AttachedFiles: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { mediationDesk: [...mediationDeskFiles(), ...mediationDeskHandlers] } } },
  play: async ({ canvasElement }) => {
    await open(canvasElement, caseWithFiles);
    await viewPhoto(canvasElement, 'sz-mediation-desk', 0);
    await openPdf(canvasElement, 'sz-mediation-desk', 1);
    await fileShows(canvasElement, 'sz-mediation-desk', 2, '[part~="attachment-open"]');
  },
};
