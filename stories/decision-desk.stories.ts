import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { userEvent } from 'storybook/test';
import '@shanzhi/components/decision-desk/define.js';
import {
  decisionDeskAfter,
  decisionDeskDecision,
  decisionDeskHandlers,
  decisionDeskStates,
  decisionDeskVillage,
} from './msw/decision-desk-handlers.js';
import { staffClient, stateStories } from './support/state-stories.js';
import { showsIn } from './support/widget-canvas.js';

/**
 * `<sz-decision-desk>` over data recorded from the reference server (`stories/fixtures/decision-desk-list.json`): the
 * seeded decisions of 青山村 and one taken to its party members' review, which did not pass. The signed-in staff member
 * is a story arg (the demo tokens): the cadre records, the supervisor follows. Use the toolbar for language and 长辈版.
 * Stories that swap the mock API are left off the docs page; open them from the sidebar.
 */
interface Args {
  village: string;
  view: 'cadre' | 'supervisor';
  /** The demo token the desk signs in with; empty: no token. */
  staff: '' | 'demo-cadre' | 'demo-supervisor' | 'demo-villager';
}

const shows = (canvas: HTMLElement, selector: string) => showsIn(canvas, 'sz-decision-desk', selector);

/** Opens the recorded decision. */
async function openRecorded(canvas: HTMLElement): Promise<void> {
  await userEvent.click(await shows(canvas, `[data-decision="${decisionDeskDecision}"] [part~="show"]`));
  await shows(canvas, '[part~="timeline"]');
}

/** Types a field of the open form (focus, then keys). */
async function type(canvas: HTMLElement, selector: string, text: string): Promise<void> {
  await userEvent.type(await shows(canvas, selector), text);
}

const meta: Meta<Args> = {
  title: 'Widgets/Decision desk',
  component: 'sz-decision-desk',
  args: { village: decisionDeskVillage, view: 'cadre', staff: 'demo-cadre' },
  argTypes: {
    view: { control: 'select', options: ['cadre', 'supervisor'] },
    staff: { control: 'select', options: ['', 'demo-cadre', 'demo-supervisor', 'demo-villager'] },
  },
  parameters: { msw: { handlers: { decisionDesk: decisionDeskHandlers } } },
  render: (args) => {
    // The desk's own client (its own api-base) carries the story's staff token; the provider's carries the viewer's.
    const own = staffClient(args.staff);
    return html`<sz-decision-desk
      village=${args.village || nothing}
      view=${args.view}
      api-base=${own.apiBase}
      .getToken=${own.getToken}
    ></sz-decision-desk>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

const states = stateStories('sz-decision-desk', 'decisionDesk', decisionDeskStates);

/** The cadre's desk: every decision with the step it waits for. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="decision"]');
  },
};

/** The recorded decision open: its steps, the invalid party members' review, and the reconvene button. */
export const InvalidMeeting: Story = {
  play: async ({ canvasElement }) => {
    await openRecorded(canvasElement);
    await shows(canvasElement, '[data-form-opener="reconvene"]');
  },
};

/** Reconvening, typed: the rules check the new meeting live as it is typed. */
export const ReconveneLiveCheck: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await openRecorded(canvasElement);
    await userEvent.click(await shows(canvasElement, '[data-form-opener="reconvene"]'));
    await type(canvasElement, '#dd-meeting-eligible', '30');
    await type(canvasElement, '#dd-meeting-present', '24');
    await type(canvasElement, '#dd-meeting-votes-for', '12');
    await shows(canvasElement, '[part~="check"].invalid');
  },
};

/** After the meeting was reconvened: the earlier attempt stays in the record; the resolution's form with its live check. */
export const Reconvened: Story = {
  parameters: { msw: { handlers: { decisionDesk: decisionDeskAfter } } },
  play: async ({ canvasElement }) => {
    await openRecorded(canvasElement);
    await shows(canvasElement, '[part~="attempt"]');
  },
};

/** A seeded decision, complete, recorded before the desk. */
export const Complete: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await userEvent.click(await shows(canvasElement, '[data-decision="dec-01-01"] [part~="show"]'));
    await shows(canvasElement, '[part~="timeline"]');
  },
};

/** The form that opens a decision on an Art 24 matter or a matter named in its own words. */
export const OpenNew: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await userEvent.click(await shows(canvasElement, '[part~="open-new"]'));
    await shows(canvasElement, '#dd-matter');
  },
};

/** The supervisor follows every decision and adds an observation on a step. */
export const Supervisor: Story = {
  args: { view: 'supervisor', staff: 'demo-supervisor' },
  play: async ({ canvasElement }) => {
    await openRecorded(canvasElement);
    await userEvent.click(await shows(canvasElement, '[data-form-opener="observe:review"]'));
    await shows(canvasElement, '#dd-note');
  },
};

/** Without a staff token: who may use it. */
export const StaffOnly: Story = { ...states.staffOnly };

/** A villager's token: the server refuses, the widget says who may use it. */
export const Villager: Story = { ...states.staffOnly, args: { staff: 'demo-villager' }, tags: ['!autodocs'] };

export const Loading: Story = { ...states.loading, tags: ['!autodocs'] };

export const ErrorWithRequestId: Story = { ...states.error, tags: ['!autodocs'] };

export const Offline: Story = { ...states.offline, tags: ['!autodocs'] };

/** The desk in English, the rules' words too. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await openRecorded(canvasElement);
  },
};

/** The reconvened decision in English. */
export const ReconvenedEnglish: Story = {
  tags: ['!autodocs'],
  globals: { locale: 'en' },
  parameters: { msw: { handlers: { decisionDesk: decisionDeskAfter } } },
  play: async ({ canvasElement }) => {
    await openRecorded(canvasElement);
    await shows(canvasElement, '[part~="attempt"]');
  },
};

/** Who may use it, in English. */
export const StaffOnlyEnglish: Story = { ...states.staffOnly, globals: { locale: 'en' }, tags: ['!autodocs'] };

/** 长辈版: larger text and targets, and the text-size buttons. */
export const Elder: Story = {
  globals: { elder: 'on' },
  play: async ({ canvasElement }) => {
    await openRecorded(canvasElement);
  },
};
