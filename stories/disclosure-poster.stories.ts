import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent } from 'storybook/test';
import '@shanzhi/components/disclosure-poster/define.js';
import {
  disclosurePosterHandlers,
  disclosurePosterItem,
  disclosurePosterMonth,
  disclosurePosterVillage,
  failingDisclosurePoster,
  offlineDisclosurePoster,
  pendingDisclosurePoster,
} from './msw/disclosure-poster-handlers.js';
import { offlineBrowser, showsIn } from './support/widget-canvas.js';

/**
 * `<sz-disclosure-poster>` over data recorded from the reference server (`stories/fixtures/disclosure-poster-list.json`):
 * the print layout of one item (A4, A3) or a month, with QR codes that lead to the online items, the staff's "record
 * posting" form, and the supervisor's list of published items never posted. The signed-in staff member is a story arg
 * (a demo token). Stories that swap the mock API are left off the docs page; open them from the sidebar.
 */
interface Args {
  village: string;
  item: string;
  year: number | undefined;
  month: number | undefined;
  paper: 'A4' | 'A3';
  mode: 'poster' | 'unposted';
  itemUrl: string;
  /** The demo token the widget signs in with; empty: the public (no token). */
  staff: '' | 'demo-cadre' | 'demo-gridWorker' | 'demo-supervisor';
}

const tag = 'sz-disclosure-poster';
const shows = (canvas: HTMLElement, selector: string) => showsIn(canvas, tag, selector);

const meta: Meta<Args> = {
  title: 'Widgets/Notice-board poster',
  component: tag,
  args: {
    village: disclosurePosterVillage,
    item: disclosurePosterItem,
    year: undefined,
    month: undefined,
    paper: 'A4',
    mode: 'poster',
    itemUrl: 'https://portal.example/disclosure?item={id}',
    staff: '',
  },
  argTypes: {
    paper: { control: 'inline-radio', options: ['A4', 'A3'] },
    mode: { control: 'inline-radio', options: ['poster', 'unposted'] },
    staff: { control: 'select', options: ['', 'demo-cadre', 'demo-gridWorker', 'demo-supervisor'] },
  },
  parameters: { msw: { handlers: { disclosurePoster: disclosurePosterHandlers } } },
  render: (args) => {
    const token = args.staff;
    // With a staff token the widget's own client (its own api-base) carries it; without one it reads as the public.
    return html`<sz-disclosure-poster
      village=${args.village || nothing}
      item=${args.item || nothing}
      year=${args.year ?? nothing}
      month=${args.month ?? nothing}
      paper=${args.paper}
      mode=${args.mode}
      item-url=${args.itemUrl || nothing}
      api-base=${token ? '/api' : nothing}
      .getToken=${token ? () => token : undefined}
    ></sz-disclosure-poster>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** One item on A4, as the public reads it online (a relief list: masked names only), with its QR code. */
export const A4: Story = {
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="qr"]');
  },
};

/** The same item on A3, for a board read from a distance: larger type and QR code. */
export const A3: Story = {
  args: { paper: 'A3' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '.sheet.a3');
  },
};

/** A month's items on one poster, each with its own QR code. */
export const Month: Story = {
  args: { item: '', ...disclosurePosterMonth },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="poster-item"]');
  },
};

/** The supervisor's list of published items never put up, longest overdue first. */
export const UnpostedList: Story = {
  args: { mode: 'unposted', item: '', staff: 'demo-supervisor' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="unposted"]');
  },
};

/** A grid worker records that the item went up: the board, the day, a photo of the board (optional). */
export const RecordPosting: Story = {
  tags: ['!autodocs'],
  args: { staff: 'demo-gridWorker' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="record-form"]');
    await userEvent.type(await shows(canvasElement, '#posting-board'), '村委会门口公开栏');
    await userEvent.click(await shows(canvasElement, '[part~="record"]'));
    const receipt = await shows(canvasElement, '[part~="record-receipt"]');
    await expect(receipt.textContent).toContain('村委会门口公开栏');
  },
};

/** Without an online address (`item-url`) the poster has no QR code, and says so on screen (not on paper). */
export const WithoutLink: Story = {
  tags: ['!autodocs'],
  args: { itemUrl: '' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="no-qr"]');
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="qr"]');
  },
};

export const Loading: Story = { tags: ['!autodocs'], parameters: { msw: { handlers: { disclosurePoster: pendingDisclosurePoster } } } };

export const ErrorWithRequestId: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { disclosurePoster: failingDisclosurePoster } } },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part="error"]');
  },
};

export const Offline: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { disclosurePoster: offlineDisclosurePoster } } },
  beforeEach: offlineBrowser,
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part="offline"]');
  },
};

/** 长辈版: larger text and targets, and the text-size buttons. */
export const Elder: Story = {
  globals: { elder: 'on' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="sheet"]');
  },
};
