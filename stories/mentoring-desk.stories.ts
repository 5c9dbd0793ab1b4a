import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { userEvent } from 'storybook/test';
import '@shanzhi/components/mentoring-desk/define.js';
import {
  mentoringDeskAfter,
  mentoringDeskHandlers,
  mentoringDeskHousehold,
  mentoringDeskStates,
  mentoringDeskVillage,
} from './msw/mentoring-desk-handlers.js';
import { staffClient, stateStories } from './support/state-stories.js';
import { showsIn } from './support/widget-canvas.js';

/**
 * `<sz-mentoring-desk>` over data recorded from the reference server (`stories/fixtures/mentoring-desk-list.json`): the
 * seeded 帮教 plan of 青山村 and its black list. The signed-in staff member is a story arg (the demo tokens): the plans
 * are for the cadre, the grid worker and the supervisor. Use the toolbar for language and 长辈版. Stories that swap the
 * mock API are left off the docs page; open them from the sidebar.
 */
interface Args {
  village: string;
  /** The demo token the desk signs in with; empty: no token. */
  staff: '' | 'demo-cadre' | 'demo-gridWorker' | 'demo-supervisor' | 'demo-villager';
}

const shows = (canvas: HTMLElement, selector: string) => showsIn(canvas, 'sz-mentoring-desk', selector);

/** Opens the assign form of the household the recorded plan was assigned to. */
async function openAssign(canvas: HTMLElement): Promise<void> {
  await userEvent.click(await shows(canvas, `[data-household="${mentoringDeskHousehold}"] [part~="assign"]`));
  await shows(canvas, '#assign-mentor');
}

/** Fills the assign form: `mentor`, one milestone due on the recorded day. */
async function fillAssign(canvas: HTMLElement, mentor: string): Promise<void> {
  await openAssign(canvas);
  await userEvent.type(await shows(canvas, '#assign-mentor'), mentor);
  await userEvent.type(await shows(canvas, '#milestone-title-0'), '签订文明户承诺书');
  // A date field takes no typed ISO text in every locale: set as a pick does.
  const due = (await shows(canvas, '#milestone-due-0')) as HTMLInputElement;
  due.value = '2026-12-10';
  due.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

const meta: Meta<Args> = {
  title: 'Widgets/Mentoring desk',
  component: 'sz-mentoring-desk',
  args: { village: mentoringDeskVillage, staff: 'demo-cadre' },
  argTypes: { staff: { control: 'select', options: ['', 'demo-cadre', 'demo-gridWorker', 'demo-supervisor', 'demo-villager'] } },
  parameters: { msw: { handlers: { mentoringDesk: mentoringDeskHandlers } } },
  render: (args) => {
    // The desk's own client (its own api-base) carries the story's staff token; the provider's carries the viewer's.
    const own = staffClient(args.staff);
    return html`<sz-mentoring-desk
      village=${args.village || nothing}
      api-base=${own.apiBase}
      .getToken=${own.getToken}
    ></sz-mentoring-desk>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

const states = stateStories('sz-mentoring-desk', 'mentoringDesk', mentoringDeskStates);

/** The cadre's desk: the quiet period, the black-listed households without a plan, the plan in progress. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="plan"]');
    await shows(canvasElement, '[part~="waiting"]');
  },
};

/** The assign form (loaded when opened): the mentor's staff id, milestones with due dates. */
export const Assign: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await openAssign(canvasElement);
  },
};

/** Sent empty: every problem next to its field, nothing sent. */
export const AssignNeedsFields: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await openAssign(canvasElement);
    const form = await shows(canvasElement, '[part~="form"]');
    const submit = form.querySelector<HTMLElement>('button[type="submit"]');
    if (submit) await userEvent.click(submit);
    await shows(canvasElement, '#assign-mentor[aria-invalid="true"]');
  },
};

/** The server refuses a mentor who is not staff of the village: its words at the mentor field. */
export const AssignMentorRefused: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await fillAssign(canvasElement, 'nobody');
    await userEvent.click(await shows(canvasElement, '[part~="form"] button[type="submit"]'));
    await shows(canvasElement, '#assign-mentor[aria-invalid="true"]');
  },
};

/** The plan assigned: the desk reloads and puts the focus on the plan. */
export const Assigned: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await fillAssign(canvasElement, 'v-qs-01-s10');
    await userEvent.click(await shows(canvasElement, '[part~="form"] button[type="submit"]'));
    await shows(canvasElement, '[role="status"]:not(:empty)');
  },
};

/** The mentor (the grid worker) marks a milestone done, with a note. */
export const MarkDone: Story = {
  tags: ['!autodocs'],
  args: { staff: 'demo-gridWorker' },
  play: async ({ canvasElement }) => {
    await userEvent.click(await shows(canvasElement, '[part~="mark-done"]'));
    await userEvent.type(await shows(canvasElement, '#milestone-note'), '连续一个月检查合格');
  },
};

/** The quiet period form (a cadre). */
export const QuietPeriod: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await userEvent.click(await shows(canvasElement, '[part~="change-quiet"]'));
    await shows(canvasElement, '#quiet-days');
  },
};

/** After a plan was completed under a quiet period of 0 days: the household came off the black list, and when. */
export const Delisted: Story = {
  parameters: { msw: { handlers: { mentoringDesk: mentoringDeskAfter } } },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="delisted"]');
  },
};

/** The supervisor watches: the same lists. */
export const Supervisor: Story = {
  tags: ['!autodocs'],
  args: { staff: 'demo-supervisor' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="plan"]');
  },
};

/** Without a staff token: who may use it. */
export const StaffOnly: Story = { ...states.staffOnly };

/** A villager's token: the server refuses, the widget says who may use it. */
export const Villager: Story = { ...states.staffOnly, args: { staff: 'demo-villager' }, tags: ['!autodocs'] };

export const Loading: Story = { ...states.loading, tags: ['!autodocs'] };

export const ErrorWithRequestId: Story = { ...states.error, tags: ['!autodocs'] };

export const Offline: Story = { ...states.offline, tags: ['!autodocs'] };

/** The desk in English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="plan"]');
  },
};

/** The assign form and a server refusal in English. */
export const AssignRefusedEnglish: Story = {
  tags: ['!autodocs'],
  globals: { locale: 'en' },
  play: async (context) => {
    await AssignMentorRefused.play?.(context);
  },
};

/** The delisting in English. */
export const DelistedEnglish: Story = {
  tags: ['!autodocs'],
  globals: { locale: 'en' },
  parameters: { msw: { handlers: { mentoringDesk: mentoringDeskAfter } } },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="delisted"]');
  },
};

/** Who may use it, in English. */
export const StaffOnlyEnglish: Story = { ...states.staffOnly, globals: { locale: 'en' }, tags: ['!autodocs'] };

/** 长辈版: larger text and targets, and the text-size buttons. */
export const Elder: Story = {
  globals: { elder: 'on' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="plan"]');
  },
};

/** The assign form in 长辈版. */
export const AssignElder: Story = {
  tags: ['!autodocs'],
  globals: { elder: 'on' },
  play: async ({ canvasElement }) => {
    await openAssign(canvasElement);
  },
};

/** English and 长辈版 together, with the quiet-period form open. */
export const QuietPeriodElderEnglish: Story = {
  tags: ['!autodocs'],
  globals: { locale: 'en', elder: 'on' },
  play: async (context) => {
    await QuietPeriod.play?.(context);
  },
};
