import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { userEvent } from 'storybook/test';
import '@shanzhi/components/finance-desk/define.js';
import { financeDeskHandlers, financeDeskStates, financeDeskVillage } from './msw/finance-desk-handlers.js';
import { staffClient, stateStories } from './support/state-stories.js';
import { showsIn } from './support/widget-canvas.js';

/**
 * `<sz-finance-desk>` over data recorded from the reference server (`stories/fixtures/finance-desk-list.json`): two
 * months imported from CSV files as villages keep them — October objected to by the supervisor, November a draft whose
 * 60,000-yuan road repair has no decision (★ the money-without-mandate alarm). The signed-in staff member is a story
 * arg (the demo tokens). Use the toolbar for language and 长辈版. Stories that swap the mock API are left off the docs page.
 */
interface Args {
  village: string;
  /** The demo token the desk signs in with; empty: no token. */
  staff: '' | 'demo-cadre' | 'demo-supervisor' | 'demo-villager';
  view: 'cadre' | 'supervisor';
}

const shows = (canvas: HTMLElement, selector: string) => showsIn(canvas, 'sz-finance-desk', selector);

/** Opens the month and waits for its panel (loaded when first opened). */
async function open(canvas: HTMLElement, month: string): Promise<void> {
  await userEvent.click(await shows(canvas, `[data-opener="${month}"]`));
  await shows(canvas, '[part~="history"]');
}

const meta: Meta<Args> = {
  title: 'Widgets/Finance sign-off',
  component: 'sz-finance-desk',
  args: { village: financeDeskVillage, staff: 'demo-cadre', view: 'cadre' },
  argTypes: {
    staff: { control: 'select', options: ['', 'demo-cadre', 'demo-supervisor', 'demo-villager'] },
    view: { control: 'inline-radio', options: ['cadre', 'supervisor'] },
  },
  parameters: { msw: { handlers: { financeDesk: financeDeskHandlers } } },
  render: (args) => {
    // The desk's own client (its own api-base) carries the story's staff token.
    const own = staffClient(args.staff);
    return html`<sz-finance-desk
      village=${args.village || nothing}
      view=${args.view}
      api-base=${own.apiBase}
      .getToken=${own.getToken}
    ></sz-finance-desk>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

const states = stateStories('sz-finance-desk', 'financeDesk', financeDeskStates);

/** The cadre's months: state, totals and the ★ alarm count. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="list"]');
  },
};

/** August: its lines as imported with the ★ at the expense without a decision, the alarms, the history, submit and re-import. */
export const DraftWithAlarm: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await open(canvasElement, '2026-08');
    await shows(canvasElement, '[part~="lines"] [part~="alarm-line"]');
    await shows(canvasElement, '[part~="alarms"] li');
  },
};

/** November: the supervisor's objection, and the cadre's answer form. */
export const AnswerObjection: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await open(canvasElement, '2026-11');
    await shows(canvasElement, '[part~="answer-form"]');
  },
};

/** The import form; the recorded answer to a file with a wrong amount: the problem at line 3, column 支出. */
export const ImportWithWrongLine: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await userEvent.click(await shows(canvasElement, '[part~="import"]'));
    const input = await shows(canvasElement, 'input[type="file"]');
    await userEvent.upload(input, new File(['日期,凭证号,摘要,科目,收入,支出\n'], '十一月.csv', { type: 'text/csv' }));
    const form = await shows(canvasElement, '[part~="import-form"]');
    const submit = form.querySelector<HTMLElement>('button[type="submit"]');
    if (submit) await userEvent.click(submit);
    await shows(canvasElement, '[part~="file-problems"] [data-line]');
  },
};

/** The supervisor (村务监督委员会): the months awaiting sign-off first; September's history of 民主理财. */
export const Supervisor: Story = {
  args: { staff: 'demo-supervisor', view: 'supervisor' },
  play: async ({ canvasElement }) => {
    await open(canvasElement, '2026-09');
  },
};

/** Without a staff token: who may use it. */
export const StaffOnly: Story = { ...states.staffOnly };

export const Loading: Story = { ...states.loading, tags: ['!autodocs'] };

export const ErrorWithRequestId: Story = { ...states.error, tags: ['!autodocs'] };

export const Offline: Story = { ...states.offline, tags: ['!autodocs'] };

/** The desk in English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="list"]');
  },
};

/** November in English. */
export const DraftWithAlarmEnglish: Story = {
  tags: ['!autodocs'],
  globals: { locale: 'en' },
  play: async (context) => {
    await DraftWithAlarm.play?.(context);
  },
};

/** 长辈版: larger text and targets, and the text-size buttons. */
export const Elder: Story = {
  globals: { elder: 'on' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="list"]');
  },
};

/** 长辈版 with a month open. */
export const ElderMonth: Story = {
  tags: ['!autodocs'],
  globals: { elder: 'on' },
  play: async (context) => {
    await DraftWithAlarm.play?.(context);
  },
};
