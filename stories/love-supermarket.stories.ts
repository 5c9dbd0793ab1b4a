import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@shanzhi/components/love-supermarket/define.js';
import {
  deskHandlers,
  deskHouseholdNumber,
  emptyLoveSupermarket,
  failingLoveSupermarket,
  loveSupermarketHandlers,
  loveSupermarketVillage,
  offlineLoveSupermarket,
  pendingLoveSupermarket,
} from './msw/love-supermarket-handlers.js';
import { inWidget as inWidgetOf, offlineBrowser, showsIn } from './support/widget-canvas.js';

/**
 * `<sz-love-supermarket>` over data recorded from the reference server (`stories/fixtures/love-supermarket-list.json`):
 * the seeded shelf of 青山村 with its donors and thank-you list, and, in desk mode, household 101201-00060 as the
 * village cadre (viewer toolbar) sees it. Use the toolbar for language and 长辈版. Stories that swap the mock API are
 * left off the docs page; open them from the sidebar.
 */
interface Args {
  village: string;
  mode: 'shelf' | 'desk';
}

function widget(canvas: HTMLElement): HTMLElement | null {
  return canvas.querySelector('sz-love-supermarket');
}

const inWidget = (canvas: HTMLElement, selector: string) => inWidgetOf(canvas, 'sz-love-supermarket', selector);
const shows = (canvas: HTMLElement, selector: string) => showsIn(canvas, 'sz-love-supermarket', selector);

/** Types the household number into the desk and waits for the household. */
async function findHousehold(canvas: HTMLElement): Promise<void> {
  await shows(canvas, '#sm-number');
  const field = inWidget(canvas, '#sm-number');
  if (field) await userEvent.type(field, `${deskHouseholdNumber}{Enter}`);
  await shows(canvas, '[part~="household"]');
}

/** Adds goods to the cart by their name, as the keeper does on the shelf. */
async function addGoods(canvas: HTMLElement, ...names: string[]): Promise<void> {
  await shows(canvas, '[part~="add"]');
  for (const name of names) {
    const card = [...(widget(canvas)?.shadowRoot?.querySelectorAll('[part~="goods-item"]') ?? [])].find(
      (one) => one.querySelector('.name')?.textContent === name,
    );
    const add = card?.querySelector<HTMLButtonElement>('[part~="add"]');
    if (add) await userEvent.click(add);
  }
}

const meta: Meta<Args> = {
  title: 'Widgets/Love supermarket',
  component: 'sz-love-supermarket',
  args: { village: loveSupermarketVillage, mode: 'shelf' },
  argTypes: { mode: { control: 'inline-radio', options: ['shelf', 'desk'] } },
  parameters: { msw: { handlers: { loveSupermarket: loveSupermarketHandlers } } },
  render: (args) => html`<sz-love-supermarket village=${args.village || nothing} mode=${args.mode}></sz-love-supermarket>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The public shelf: goods with price in points, stock (sold out marked), donor, and the thank-you list. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="goods"]');
    await shows(canvasElement, '[part~="donations"]');
  },
};

/** The shelf in English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="goods"]');
  },
};

/** 长辈版: larger text and targets, wider cards, and the text-size buttons. */
export const Elder: Story = {
  globals: { elder: 'on' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="goods"]');
  },
};

/** The shelf on the village hall's TV: the cards flow into as many columns as fit; 长辈版 makes them larger still. */
export const TvShelf: Story = {
  globals: { viewport: { value: 'villageTv', isRotated: false }, elder: 'on' },
  parameters: { layout: 'fullscreen' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="goods"]');
  },
};

/** No goods and no donations yet. */
export const Empty: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { loveSupermarket: emptyLoveSupermarket } } },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part="empty"]');
  },
};

/** Loading: the skeleton. The API never answers in this story. */
export const Loading: Story = { tags: ['!autodocs'], parameters: { msw: { handlers: { loveSupermarket: pendingLoveSupermarket } } } };

/** The server's recorded 500 problem: localized title, request id, retry. */
export const ErrorWithRequestId: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { loveSupermarket: failingLoveSupermarket } } },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part="error"]');
  },
};

/** Offline: reloads by itself when the connection returns. */
export const Offline: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { loveSupermarket: offlineLoveSupermarket } } },
  beforeEach: offlineBrowser,
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part="offline"]');
  },
};

const desk = {
  args: { mode: 'desk' as const },
  globals: { viewer: 'cadre' },
  parameters: { msw: { handlers: { loveSupermarket: loveSupermarketHandlers, ...deskHandlers } } },
};

/** The keeper's desk (viewer: the village cadre): type a household number or scan its card, then build the cart. */
export const Desk: Story = {
  ...desk,
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="household-form"]');
  },
};

/** The desk with a household found (masked name, balance) and a cart built from the shelf. */
export const DeskCart: Story = {
  ...desk,
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await findHousehold(canvasElement);
    await addGoods(canvasElement, '肥皂', '肥皂', '牙膏');
    await shows(canvasElement, '[part~="cart"]');
  },
};

/** A cart beyond the household's points: the desk says so before asking the server, and keeps the cart. */
export const DeskTooFewPoints: Story = {
  ...desk,
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await findHousehold(canvasElement);
    await waitFor(() => expect(inWidget(canvasElement, '[part~="household"]')?.textContent).toMatch(/\d/), { timeout: 5000 });
    await addGoods(canvasElement, '电饭煲');
    const redeem = inWidget(canvasElement, '[part~="redeem"]');
    if (redeem) await userEvent.click(redeem);
    await shows(canvasElement, '[part~="problem"]');
  },
};

/** After a redemption: the receipt (number, goods, points, balance after, masked name) and a clear desk. */
export const DeskReceipt: Story = {
  ...desk,
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await findHousehold(canvasElement);
    await addGoods(canvasElement, '肥皂', '肥皂', '牙膏');
    const redeem = inWidget(canvasElement, '[part~="redeem"]');
    if (redeem) await userEvent.click(redeem);
    await shows(canvasElement, '[part~="receipt"]');
  },
};

/** The desk in English. */
export const DeskEnglish: Story = {
  ...desk,
  tags: ['!autodocs'],
  globals: { ...desk.globals, locale: 'en' },
  play: async ({ canvasElement }) => {
    await findHousehold(canvasElement);
    await addGoods(canvasElement, '肥皂');
    await shows(canvasElement, '[part~="cart"]');
  },
};

/** The desk in 长辈版: 60 px targets, larger text. */
export const DeskElder: Story = {
  ...desk,
  tags: ['!autodocs'],
  globals: { ...desk.globals, elder: 'on' },
  play: async ({ canvasElement }) => {
    await findHousehold(canvasElement);
    await shows(canvasElement, '[part~="household"]');
  },
};
