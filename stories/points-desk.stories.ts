import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { userEvent } from 'storybook/test';
import '@shanzhi/components/points-desk/define.js';
import {
  failingPointsDesk,
  offlinePointsDesk,
  pendingPointsDesk,
  pointsDeskHandlers,
  pointsDeskLedgers,
  pointsDeskVillage,
} from './msw/points-desk-handlers.js';
import { offlineBrowser, showsIn } from './support/widget-canvas.js';

/**
 * `<sz-points-desk>` over data recorded from the reference server (`stories/fixtures/points-desk-list.json`). The
 * signed-in staff member is a story arg (the demo tokens of the grid worker, the cadre and the supervisor): the server
 * gives each role its own queue. Stories that swap the mock API are left off the docs page; open them from the sidebar.
 */
interface Args {
  village: string;
  /** The demo token the desk signs in with; empty: no token (the provider's viewer toolbar decides). */
  staff: '' | 'demo-gridWorker' | 'demo-cadre' | 'demo-supervisor' | 'demo-villager';
}

const shows = (canvas: HTMLElement, selector: string) => showsIn(canvas, 'sz-points-desk', selector);

/** Ticks the first `count` entries of the queue. */
async function tick(canvas: HTMLElement, count: number): Promise<void> {
  await shows(canvas, '[part~="approve"]');
  const boxes = [...(canvas.querySelector('sz-points-desk')?.shadowRoot?.querySelectorAll<HTMLElement>('[part~="select"]') ?? [])];
  for (const box of boxes.slice(0, count)) await userEvent.click(box);
}

const meta: Meta<Args> = {
  title: 'Widgets/Points desk',
  component: 'sz-points-desk',
  args: { village: pointsDeskVillage, staff: 'demo-gridWorker' },
  argTypes: { staff: { control: 'select', options: ['', 'demo-gridWorker', 'demo-cadre', 'demo-supervisor', 'demo-villager'] } },
  parameters: { msw: { handlers: { pointsDesk: pointsDeskHandlers, household: pointsDeskLedgers } } },
  render: (args) => {
    const token = args.staff;
    // The desk's own client (its own api-base) carries the story's staff token; the provider's carries the viewer's.
    return html`<sz-points-desk
      village=${args.village || nothing}
      api-base=${token ? '/api' : nothing}
      .getToken=${token ? () => token : undefined}
    ></sz-points-desk>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The grid worker's 初审 queue, the household's record beside the selected entry. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="queue"]');
    await shows(canvasElement, '[part~="history"] .history-who');
  },
};

/** The village committee's 审核 queue (the cadre). */
export const CadreQueue: Story = {
  args: { staff: 'demo-cadre' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="queue"]');
  },
};

/** Two entries ticked and passed in one batch: the result, and the queue refreshed. */
export const BatchPassed: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await tick(canvasElement, 2);
    await userEvent.click(await shows(canvasElement, '[part~="approve"]'));
    await shows(canvasElement, '[part~="results"]');
  },
};

/** A batch the server refuses entry by entry: each refused entry with the server's reason. */
export const RefusedInBatch: Story = {
  tags: ['!autodocs'],
  args: { staff: 'demo-cadre' },
  play: async ({ canvasElement }) => {
    await tick(canvasElement, 2);
    await userEvent.click(await shows(canvasElement, '[part~="approve"]'));
    await shows(canvasElement, '[part~="refused"]');
  },
};

/** Sending back needs a reason: the field says so, nothing is sent. */
export const RejectNeedsReason: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await tick(canvasElement, 1);
    await userEvent.click(await shows(canvasElement, '[part~="reject"]'));
    const form = await shows(canvasElement, '[part~="reject-form"]');
    const submit = form.querySelector<HTMLElement>('button[type="submit"]');
    if (submit) await userEvent.click(submit);
    await shows(canvasElement, '#reject-reason[aria-invalid="true"]');
  },
};

/** The declare form (loaded when opened): find a household by number or name, then rule, day and note. */
export const Declare: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await userEvent.click(await shows(canvasElement, '[part~="open-declare"]'));
    await userEvent.type(await shows(canvasElement, '#declare-q'), '101201-0005{enter}');
    await shows(canvasElement, '[part~="declare-found"]');
  },
};

/** The 村务监督委员会's desk: open objections with a written answer to uphold or dismiss. */
export const SupervisorObjections: Story = {
  args: { staff: 'demo-supervisor' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="objection"]');
  },
};

/** Without a staff token (or with a villager's): who may use the desk. */
export const StaffOnly: Story = {
  args: { staff: '' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="staff-only"]');
  },
};

export const Loading: Story = { tags: ['!autodocs'], parameters: { msw: { handlers: { pointsDesk: pendingPointsDesk } } } };

export const ErrorWithRequestId: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { pointsDesk: failingPointsDesk } } },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part="error"]');
  },
};

export const Offline: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { pointsDesk: offlinePointsDesk } } },
  beforeEach: offlineBrowser,
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part="offline"]');
  },
};

/** The grid worker's queue in English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="queue"]');
  },
};

/** The supervisor's objections in English. */
export const SupervisorEnglish: Story = {
  tags: ['!autodocs'],
  args: { staff: 'demo-supervisor' },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="objection"]');
  },
};

/** 长辈版: larger text and targets, and the text-size buttons. */
export const Elder: Story = {
  globals: { elder: 'on' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="queue"]');
  },
};

/** The declare form in 长辈版. */
export const DeclareElder: Story = {
  tags: ['!autodocs'],
  globals: { elder: 'on' },
  play: async ({ canvasElement }) => {
    await userEvent.click(await shows(canvasElement, '[part~="open-declare"]'));
    await shows(canvasElement, '[part~="declare-form"]');
  },
};
