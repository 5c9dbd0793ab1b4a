import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { userEvent } from 'storybook/test';
import '@shanzhi/components/request-desk/define.js';
import type { FileTrouble } from './msw/attachments.js';
import { requestDeskFiles, requestFiles, requestWithFiles } from './msw/desk-attachments.js';
import { requestDeskHandlers, requestDeskPicked, requestDeskStates, requestDeskVillage } from './msw/request-desk-handlers.js';
import { fileIn, fileShows, openPdf, pressOpen, viewPhoto } from './support/attachment-play.js';
import { staffClient, stateStories } from './support/state-stories.js';
import { showsIn } from './support/widget-canvas.js';

/**
 * `<sz-request-desk>` over data recorded from the reference server (`stories/fixtures/request-desk-list.json`): the
 * demo village's 代办 and 点单 requests in every step — some overdue, bad ratings waiting for the supervisory committee
 * or answered, closed ones — and the village's published rating aggregates. The signed-in staff member is a story arg
 * (the demo tokens): the cadre works the steps, the supervisor answers bad ratings. A step sent in a story answers the
 * server's recorded refusal (a step out of order), shown by the form. Use the toolbar for language and 长辈版.
 */
interface Args {
  village: string;
  /** The demo token the desk signs in with; empty: no token. */
  staff: '' | 'demo-cadre' | 'demo-gridWorker' | 'demo-supervisor' | 'demo-villager';
  view: 'staff' | 'supervisor';
}

const shows = (canvas: HTMLElement, selector: string) => showsIn(canvas, 'sz-request-desk', selector);
const showsList = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  await shows(canvasElement, '[part~="list"]');
};

/** Opens request `id` and waits for its panel (loaded when first opened). */
async function open(canvas: HTMLElement, id: string): Promise<void> {
  await userEvent.click(await shows(canvas, `[data-opener="${id}"]`));
  await shows(canvas, '[part~="steps"]');
}

const meta: Meta<Args> = {
  title: 'Widgets/Request desk',
  component: 'sz-request-desk',
  args: { village: requestDeskVillage, staff: 'demo-cadre', view: 'staff' },
  argTypes: {
    staff: { control: 'select', options: ['', 'demo-cadre', 'demo-gridWorker', 'demo-supervisor', 'demo-villager'] },
    view: { control: 'inline-radio', options: ['staff', 'supervisor'] },
  },
  parameters: { msw: { handlers: { requestDesk: requestDeskHandlers } } },
  render: (args) => {
    // The desk's own client (its own api-base) carries the story's staff token.
    const own = staffClient(args.staff);
    return html`<sz-request-desk
      village=${args.village || nothing}
      view=${args.view}
      api-base=${own.apiBase}
      .getToken=${own.getToken}
    ></sz-request-desk>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

const states = stateStories('sz-request-desk', 'requestDesk', requestDeskStates);

/** The cadre's list: the most overdue first, each with its next step, who owns it and the working days left. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="list"]');
    await shows(canvasElement, '[part~="ratings"] table');
  },
};

/** An overdue 代办 opened: its steps with owner and deadline, the number to call back, the step form with attachments. */
export const StepForm: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await open(canvasElement, requestDeskPicked.overdue);
    await shows(canvasElement, '[part~="advance-form"] [part~="attachments"]');
  },
};

/** A 点单 at 派单: the form names who does the work (埋单). */
export const Dispatch: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await open(canvasElement, requestDeskPicked.dispatch);
    await shows(canvasElement, '#rd-assignee');
  },
};

/** The server refuses a step out of order: its words by the form, what was typed kept. */
export const StepRefused: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await open(canvasElement, requestDeskPicked.overdue);
    await userEvent.type(await shows(canvasElement, '#rd-stepNote'), '已报镇里。');
    const form = await shows(canvasElement, '[part~="advance-form"]');
    const submit = form.querySelector<HTMLElement>('button[type="submit"]');
    if (submit) await userEvent.click(submit);
    await shows(canvasElement, '[part~="form-problem"]');
  },
};

/** A closed request: every step with its date and who did it, the rating. */
export const Closed: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await open(canvasElement, requestDeskPicked.closed);
  },
};

/** The supervisory committee answers a bad rating's follow-up. */
export const SupervisorFollowUp: Story = {
  args: { staff: 'demo-supervisor', view: 'supervisor' },
  play: async ({ canvasElement }) => {
    await open(canvasElement, requestDeskPicked.followUp);
    await shows(canvasElement, '[part~="follow-up-form"]');
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
export const English: Story = { globals: { locale: 'en' }, play: showsList };

/** A request's steps and form in English; the refusal in English. */
export const StepRefusedEnglish: Story = {
  tags: ['!autodocs'],
  globals: { locale: 'en' },
  play: StepRefused.play,
};

/** The supervisor's follow-up form in English. */
export const SupervisorFollowUpEnglish: Story = {
  tags: ['!autodocs'],
  globals: { locale: 'en' },
  args: SupervisorFollowUp.args,
  play: SupervisorFollowUp.play,
};

/** 长辈版: larger text and targets, the text-size buttons. */
export const Elder: Story = { globals: { elder: 'on' }, play: showsList };

/** 长辈版 with a request opened and its step form. */
export const ElderStepForm: Story = {
  tags: ['!autodocs'],
  globals: { elder: 'on' },
  play: StepForm.play,
};

/** 长辈版 in English. */
export const ElderEnglish: Story = {
  tags: ['!autodocs'],
  globals: { elder: 'on', locale: 'en' },
  play: Dispatch.play,
};

/**
 * The closed request opened over the made-up files of ./msw/desk-attachments.ts (`trouble`: the files that go wrong),
 * then `then` done with its files, named by their place: the 埋单 step's photo (0) and PDF (1), the note's photo (2).
 */
function withFiles(then: (canvas: HTMLElement) => Promise<unknown>, trouble?: FileTrouble): Pick<Story, 'parameters' | 'play'> {
  return {
    parameters: { msw: { handlers: { requestDesk: [...requestDeskFiles(trouble), ...requestDeskHandlers] } } },
    play: async ({ canvasElement }) => {
      await open(canvasElement, requestWithFiles);
      await then(canvasElement);
    },
  };
}

/**
 * A closed 点单 with files: its 干部埋单 step's photo (查看: the larger view, closed again, leaves a thumbnail) and PDF
 * (打开: a link that saves it), and a note's photo not opened yet — each named by its place and kind, never a file name.
 */
export const AttachedFiles: Story = {
  tags: ['!autodocs'],
  ...withFiles(async (canvas) => {
    await viewPhoto(canvas, 'sz-request-desk', 0);
    await openPdf(canvas, 'sz-request-desk', 1);
    await fileShows(canvas, 'sz-request-desk', 2, '[part~="attachment-open"]');
  }),
};

/** The PDF is no longer there (cleaned up, or not the reader's: the server's one 404): said in words, nothing to press. */
export const AttachedFileGone: Story = {
  tags: ['!autodocs'],
  ...withFiles((canvas) => fileIn(canvas, 'sz-request-desk', 1, 'gone'), { gone: [requestFiles.stepPdf.id] }),
};

/** The photo's bytes fail (the server's 500, after the client's own retries): why, the request id, and 重试. */
export const AttachedFileFailed: Story = {
  tags: ['!autodocs'],
  ...withFiles(
    async (canvas) => {
      await pressOpen(canvas, 'sz-request-desk', 0);
      await fileShows(canvas, 'sz-request-desk', 0, '[part~="attachment-retry"]');
    },
    { failing: [requestFiles.stepPhoto.id] },
  ),
};
