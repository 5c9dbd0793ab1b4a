import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { userEvent } from 'storybook/test';
import '@shanzhi/components/request-status/define.js';
import {
  failingRequestStatus,
  offlineRequestStatus,
  pendingRequestStatus,
  requestStatusAt,
  requestStatusCode,
  requestStatusHandlers,
  requestStatusId,
  requestStatusVillage,
} from './msw/request-status-handlers.js';
import { offlineBrowser, showsIn } from './support/widget-canvas.js';

/**
 * `<sz-request-status>` over data recorded from the reference server (`stories/fixtures/request-status-list.json`): one
 * 点单 of 青山村 followed with its receipt code through its life — just ordered, done and waiting for the rating, rated
 * 非常不满意 with the supervisory committee's follow-up, and answered. The stories hand the recorded number and code to
 * the widget as properties (a villager types them); the code is never an attribute. Use the toolbar for language and
 * 长辈版; the read-aloud button shows where the browser can speak.
 */
interface Args {
  village: string;
  /** Hand the recorded request number and code over, so the status loads at once. */
  lookedUp: boolean;
}

const shows = (canvas: HTMLElement, selector: string) => showsIn(canvas, 'sz-request-status', selector);
const at = (stage: Parameters<typeof requestStatusAt>[0], options?: Parameters<typeof requestStatusAt>[1]) => ({
  msw: { handlers: { requestStatus: requestStatusAt(stage, options) } },
});

async function openRating(canvas: HTMLElement): Promise<void> {
  const rating = await shows(canvas, '[part~="rating"] button');
  await userEvent.click(rating);
  await shows(canvas, '[part~="rating-form"]');
}

const meta: Meta<Args> = {
  title: 'Widgets/Request status',
  component: 'sz-request-status',
  args: { village: requestStatusVillage, lookedUp: true },
  parameters: { msw: { handlers: { requestStatus: requestStatusHandlers } } },
  render: (args) =>
    html`<sz-request-status
      village=${args.village || nothing}
      request-id=${args.lookedUp ? requestStatusId : nothing}
      .receiptCode=${args.lookedUp ? requestStatusCode : ''}
    ></sz-request-status>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Before anything: the look-up form and the "order a service" button. */
export const LookUp: Story = {
  args: { lookedUp: false },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="lookup"]');
  },
};

/** Just ordered: the steps, the first done, the next with its deadline. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="steps"]');
  },
};

/** The work is done: the villager may rate it. */
export const ReadyToRate: Story = {
  parameters: at('done'),
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="rating"] button');
  },
};

/** The rating form: five grades (国办发〔2019〕51号) and an optional comment. */
export const RatingForm: Story = {
  tags: ['!autodocs'],
  parameters: at('done'),
  play: async ({ canvasElement }) => {
    await openRating(canvasElement);
  },
};

/** A second rating: the server's refusal by the button, what was typed kept. */
export const SecondRatingRefused: Story = {
  tags: ['!autodocs'],
  parameters: at('done', { secondRating: true }),
  play: async ({ canvasElement }) => {
    await openRating(canvasElement);
    await userEvent.click(await shows(canvasElement, 'input[name="grade"][value="5"]'));
    const form = await shows(canvasElement, '[part~="rating-form"]');
    const submit = form.querySelector<HTMLElement>('button[type="submit"]');
    if (submit) await userEvent.click(submit);
    await shows(canvasElement, '[part~="form-problem"]');
  },
};

/** Rated 非常不满意: the follow-up waits for the supervisory committee. */
export const BadRatingFollowUp: Story = {
  parameters: at('rated'),
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="follow-up"]');
  },
};

/** The supervisory committee's answer, read with the receipt code. */
export const FollowUpAnswered: Story = {
  parameters: at('answered'),
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="follow-up"] .quoted');
  },
};

/** A wrong code answers like an unknown request. */
export const NotFound: Story = {
  tags: ['!autodocs'],
  args: { lookedUp: false },
  play: async ({ canvasElement }) => {
    await userEvent.type(await shows(canvasElement, '#rs-requestId'), requestStatusId);
    await userEvent.type(await shows(canvasElement, '#rs-receiptCode'), 'ZZZZ-ZZZZ-ZZZZ');
    await userEvent.click(await shows(canvasElement, '[part~="lookup"] button[type="submit"]'));
    await shows(canvasElement, '[part~="not-found"]');
  },
};

/** 群众点单: the order form (its chunk loads on first use). */
export const OrderForm: Story = {
  args: { lookedUp: false },
  play: async ({ canvasElement }) => {
    await userEvent.click(await shows(canvasElement, '[part~="order"]'));
    await shows(canvasElement, '[part~="order-form"]');
  },
};

/** The receipt after ordering: the request number and the receipt code, shown once. */
export const Receipt: Story = {
  tags: ['!autodocs'],
  args: { lookedUp: false },
  play: async ({ canvasElement }) => {
    await OrderForm.play?.({ canvasElement } as never);
    await userEvent.type(await shows(canvasElement, '#rs-name'), '吴小梅');
    await userEvent.type(await shows(canvasElement, '#rs-mobile'), '14000000002');
    await userEvent.click(await shows(canvasElement, 'input[name="category"][value="facilities"]'));
    await userEvent.type(await shows(canvasElement, '#rs-text'), '三组路口的路灯坏了一个月。');
    const form = await shows(canvasElement, '[part~="order-form"]');
    const submit = form.querySelector<HTMLElement>('button[type="submit"]');
    if (submit) await userEvent.click(submit);
    await shows(canvasElement, '[part~="receipt-code"]');
  },
};

export const Loading: Story = { tags: ['!autodocs'], parameters: { msw: { handlers: { requestStatus: pendingRequestStatus } } } };

export const ErrorWithRequestId: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { requestStatus: failingRequestStatus } } },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part="error"]');
  },
};

export const Offline: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { requestStatus: offlineRequestStatus } } },
  beforeEach: offlineBrowser,
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part="offline"]');
  },
};

/** In English: the answered request. */
export const English: Story = {
  globals: { locale: 'en' },
  parameters: at('answered'),
  play: FollowUpAnswered.play,
};

/** The order form in English. */
export const OrderFormEnglish: Story = { tags: ['!autodocs'], globals: { locale: 'en' }, args: OrderForm.args, play: OrderForm.play };

/** The rating form in English. */
export const RatingFormEnglish: Story = { tags: ['!autodocs'], globals: { locale: 'en' }, parameters: at('done'), play: RatingForm.play };

/** 长辈版: larger text and targets, the text-size buttons, and the read-aloud button where the browser can speak. */
export const Elder: Story = {
  globals: { elder: 'on' },
  parameters: at('done'),
  play: ReadyToRate.play,
};

/** 长辈版 with the rating form open. */
export const ElderRatingForm: Story = { tags: ['!autodocs'], globals: { elder: 'on' }, parameters: at('done'), play: RatingForm.play };

/** 长辈版 in English, the order form. */
export const ElderEnglishOrder: Story = {
  tags: ['!autodocs'],
  globals: { elder: 'on', locale: 'en' },
  args: OrderForm.args,
  play: OrderForm.play,
};
