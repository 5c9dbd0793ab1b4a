import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@shanzhi/components/grid-desk/define.js';
import {
  gridDeskBasics,
  gridDeskConflict,
  gridDeskHandlers,
  gridDeskReports,
  gridDeskRounds,
  gridDeskStates,
  gridDeskVillage,
} from './msw/grid-desk-handlers.js';
import { gridDeskFiles } from './msw/desk-attachments.js';
import { fileShows, viewPhoto } from './support/attachment-play.js';
import { staffClient, stateStories } from './support/state-stories.js';
import { inWidget, offlineBrowser, showsIn } from './support/widget-canvas.js';

/**
 * `<sz-grid-desk>` over data recorded from the reference server (`stories/fixtures/grid-desk-list.json`): the demo grid
 * worker's grid in 青山村 — its reports in every state, soonest due first, and its 摸排 rounds. The signed-in staff
 * member is a story arg (the demo tokens); `view` picks the view shown first. Use the toolbar for language and 长辈版;
 * the phone layout (the views' switch at the bottom) shows at a narrow viewport. Stories that swap the mock API or
 * write are left off the docs page.
 */
interface Args {
  village: string;
  /** The demo token the desk signs in with; empty: no token. */
  staff: '' | 'demo-gridWorker' | 'demo-cadre' | 'demo-supervisor' | 'demo-villager';
  view: 'reports' | 'report' | 'rounds';
}

const tag = 'sz-grid-desk';
const shows = (canvas: HTMLElement, selector: string) => showsIn(canvas, tag, selector);

/** The reports kept on the phone by a story are not another story's: the store is emptied around each. */
function freshPhone(): () => void {
  const clear = () => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('sz-grid-desk:')) localStorage.removeItem(key);
  };
  clear();
  return clear;
}

async function typeIn(canvas: HTMLElement, selector: string, text: string): Promise<void> {
  await userEvent.type(await shows(canvas, selector), text);
}

async function choose(canvas: HTMLElement, selector: string, value: string): Promise<void> {
  // The village's categories arrive after the form: wait for the option, not only for the select.
  await shows(canvas, `${selector} option[value="${value}"]`);
  await userEvent.selectOptions(await shows(canvas, selector), value);
}

/** Fills the report form as a grid worker does: the matter, the place, what happened. */
async function fillReport(canvas: HTMLElement): Promise<void> {
  await choose(canvas, '#gd-report-category', 'environment');
  await typeIn(canvas, '#gd-report-place-text', '三组村口桥头');
  await typeIn(canvas, '#gd-report-text', '桥头堆了一车建筑垃圾。');
}

async function sendForm(canvas: HTMLElement, form: string): Promise<void> {
  const button = inWidget(canvas, tag, `[part~="${form}"] button[type="submit"]`);
  if (button) await userEvent.click(button);
}

/** Opens the recorded report in `state` and waits for its facts. */
async function openReport(canvas: HTMLElement, state: string): Promise<void> {
  await userEvent.click(await shows(canvas, `[data-opener="${gridDeskReports[state] ?? ''}"]`));
  await shows(canvas, '[part~="panel"] .facts');
}

const meta: Meta<Args> = {
  title: 'Widgets/Grid desk',
  component: tag,
  args: { village: gridDeskVillage, staff: 'demo-gridWorker', view: 'reports' },
  argTypes: {
    staff: { control: 'select', options: ['', 'demo-gridWorker', 'demo-cadre', 'demo-supervisor', 'demo-villager'] },
    view: { control: 'inline-radio', options: ['reports', 'report', 'rounds'] },
  },
  parameters: { msw: { handlers: { gridDeskBasics, gridDesk: gridDeskHandlers } } },
  beforeEach: freshPhone,
  render: (args) => {
    // The desk's own client (its own api-base) carries the story's staff token.
    const own = staffClient(args.staff);
    return html`<sz-grid-desk
      village=${args.village || nothing}
      view=${args.view}
      api-base=${own.apiBase}
      .getToken=${own.getToken}
    ></sz-grid-desk>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

const states = stateStories(tag, 'gridDesk', gridDeskStates);

/** The worker's reports: state and deadline in words, the overdue flagged; the views' switch with the counts. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="list"]');
  },
};

/** The report form: the village's matters, the place (with the phone's position on request), what happened, photos. */
export const ReportForm: Story = {
  args: { view: 'report' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="report-form"]');
  },
};

/**
 * 涉及农户: the report grid's own households (masked names, found by name or village group), two of them chosen — kept
 * in the phone's draft with the other fields and sent as `householdIds`.
 */
export const ReportHouseholds: Story = {
  tags: ['!autodocs'],
  args: { view: 'report' },
  beforeEach: freshPhone,
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="household-picker"] input[type="checkbox"]');
    const boxes = () =>
      inWidget(canvasElement, tag, '[part~="household-picker"]')?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [];
    boxes()[0]?.click();
    await waitFor(() => expect(boxes()[0]?.checked).toBe(true), { timeout: 5000 });
    boxes()[1]?.click();
    await waitFor(() => expect(boxes()[1]?.checked).toBe(true), { timeout: 5000 });
  },
};

/** Sent empty: each missing answer marked at its field, the focus on the first; nothing sent. */
export const ReportMissingFields: Story = {
  tags: ['!autodocs'],
  args: { view: 'report' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="report-form"]');
    await sendForm(canvasElement, 'report-form');
    await shows(canvasElement, '#gd-report-category[aria-invalid="true"]');
  },
};

/** A report filed: the form is empty again and the live region says so. */
export const ReportFiled: Story = {
  tags: ['!autodocs'],
  args: { view: 'report' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="report-form"]');
    await fillReport(canvasElement);
    await sendForm(canvasElement, 'report-form');
    await waitFor(() => expect(inWidget(canvasElement, tag, '#gd-report-place-text')).toHaveProperty('value', ''), { timeout: 5000 });
  },
};

/** Written without signal: kept on the phone, to be sent by itself when the connection returns. */
export const OfflineDraft: Story = {
  tags: ['!autodocs'],
  args: { view: 'report' },
  beforeEach: offlineBrowser,
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="report-form"]');
    await fillReport(canvasElement);
    await sendForm(canvasElement, 'report-form');
    await shows(canvasElement, '[part~="kept"]');
  },
};

/** A report opened: its facts, its history, and the form of its next step (分析研判). */
export const Assess: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await openReport(canvasElement, 'reported');
    await shows(canvasElement, '[part~="step-form"]');
  },
};

/** The server refuses a step out of order (409): its words beside the form, what was typed kept. */
export const StepOutOfOrder: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { gridDeskBasics, gridDesk: gridDeskConflict } } },
  play: async ({ canvasElement }) => {
    await openReport(canvasElement, 'reported');
    await userEvent.click(await shows(canvasElement, '[part~="step-form"] input[value="grid"]'));
    await sendForm(canvasElement, 'step-form');
    await shows(canvasElement, '[part~="form-problem"]');
  },
};

/** 分流交办: to the grid, the village, a department, or the mediation committee (with the parties' application). */
export const Assign: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await openReport(canvasElement, 'assessed');
    await userEvent.click(await shows(canvasElement, '[part~="step-form"] input[value="mediation"]'));
    await shows(canvasElement, '.intake');
  },
};

/** A report being handled: 协调处置 (what was done, photos) or 办结. */
export const Dispose: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await openReport(canvasElement, 'handling');
  },
};

/** 摸排 rounds: the current one's checklist, visited and still to visit; an ended one with what is overdue. */
export const Rounds: Story = {
  args: { view: 'rounds' },
  play: async ({ canvasElement }) => {
    await userEvent.click(await shows(canvasElement, `[data-opener="${gridDeskRounds[0] ?? ''}"]`));
    await shows(canvasElement, '[part~="household"]');
  },
};

/** A round ended with households not visited: overdue, in words. */
export const RoundOverdue: Story = {
  tags: ['!autodocs'],
  args: { view: 'rounds' },
  play: async ({ canvasElement }) => {
    await userEvent.click(await shows(canvasElement, `[data-opener="${gridDeskRounds[1] ?? ''}"]`));
    await shows(canvasElement, '[part~="household"]');
  },
};

/** The supervisor reads (the server refuses their writes). */
export const Supervisor: Story = { tags: ['!autodocs'], args: { staff: 'demo-supervisor' }, play: Default.play };

/** Without a staff token: who may use it. */
export const StaffOnly: Story = { ...states.staffOnly };

/** A villager's token: the server refuses, the desk says who may use it. */
export const Villager: Story = { ...states.staffOnly, args: { staff: 'demo-villager' }, tags: ['!autodocs'] };

export const Loading: Story = { ...states.loading, tags: ['!autodocs'] };

export const ErrorWithRequestId: Story = { ...states.error, tags: ['!autodocs'] };

export const Offline: Story = { ...states.offline, tags: ['!autodocs'] };

/** The desk in English. */
export const English: Story = { globals: { locale: 'en' }, play: Default.play };

export const ReportFormEnglish: Story = { tags: ['!autodocs'], globals: { locale: 'en' }, args: { view: 'report' }, play: ReportForm.play };

export const OfflineDraftEnglish: Story = { ...OfflineDraft, globals: { locale: 'en' } };

export const AssessEnglish: Story = { ...Assess, globals: { locale: 'en' } };

export const StepOutOfOrderEnglish: Story = { ...StepOutOfOrder, globals: { locale: 'en' } };

export const AssignEnglish: Story = { ...Assign, globals: { locale: 'en' } };

export const RoundsEnglish: Story = { ...Rounds, tags: ['!autodocs'], globals: { locale: 'en' } };

export const StaffOnlyEnglish: Story = { ...states.staffOnly, globals: { locale: 'en' }, tags: ['!autodocs'] };

/** 长辈版: larger text and 60 px targets, and the text-size buttons. */
export const Elder: Story = { globals: { elder: 'on' }, play: Default.play };

export const ReportFormElder: Story = { tags: ['!autodocs'], globals: { elder: 'on' }, args: { view: 'report' }, play: ReportForm.play };

export const OfflineDraftElder: Story = { ...OfflineDraft, globals: { elder: 'on' } };

export const AssessElder: Story = { ...Assess, globals: { elder: 'on' } };

export const RoundsElder: Story = { ...Rounds, tags: ['!autodocs'], globals: { elder: 'on' } };

/**
 * A report being handled, with photos (a grid report takes photos only): the report's own, 查看 pressed (the larger
 * view, closed again, leaves a thumbnail), and its 协调处置's, not opened yet.
 */
export const AttachedPhotos: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { gridDeskBasics, gridDesk: [...gridDeskFiles(), ...gridDeskHandlers] } } },
  play: async ({ canvasElement }) => {
    await openReport(canvasElement, 'handling');
    await viewPhoto(canvasElement, tag, 0);
    await fileShows(canvasElement, tag, 1, '[part~="attachment-open"]');
  },
};
