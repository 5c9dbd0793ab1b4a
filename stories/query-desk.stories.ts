import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { userEvent } from 'storybook/test';
import '@shanzhi/components/query-desk/define.js';
import listFixture from './fixtures/query-desk-list.json';
import { queryDeskHandlers, queryDeskStates, queryDeskVillage } from './msw/query-desk-handlers.js';
import { staffClient, stateStories } from './support/state-stories.js';
import { showsIn } from './support/widget-canvas.js';

/**
 * `<sz-query-desk>` over data recorded from the reference server (`stories/fixtures/query-desk-list.json`): three
 * villagers' queries about 青山村's finance statements — one open, one answered, one answered and published as a FAQ
 * entry. The signed-in staff member is a story arg (the demo tokens): the cadre answers and publishes, the supervisor
 * reads. Use the toolbar for language and 长辈版. Stories that swap the mock API are left off the docs page.
 */
interface Args {
  village: string;
  /** The demo token the desk signs in with; empty: no token. */
  staff: '' | 'demo-cadre' | 'demo-supervisor' | 'demo-villager';
  view: 'cadre' | 'supervisor';
}

const shows = (canvas: HTMLElement, selector: string) => showsIn(canvas, 'sz-query-desk', selector);
const recorded = listFixture.list['zh-CN'].items as { id: string; status: string; faq?: unknown }[];
const openQuery = recorded.find((one) => one.status === 'received')?.id;
const answeredQuery = recorded.find((one) => one.status === 'answered' && one.faq === undefined)?.id;
const publishedQuery = recorded.find((one) => one.faq !== undefined)?.id;

/** Opens query `id` and waits for its panel (loaded when first opened). */
async function open(canvas: HTMLElement, id: string | undefined): Promise<void> {
  await userEvent.click(await shows(canvas, `[data-opener="${id ?? ''}"]`));
  await shows(canvas, '[part~="contact"]');
}

const meta: Meta<Args> = {
  title: 'Widgets/Query desk',
  component: 'sz-query-desk',
  args: { village: queryDeskVillage, staff: 'demo-cadre', view: 'cadre' },
  argTypes: {
    staff: { control: 'select', options: ['', 'demo-cadre', 'demo-supervisor', 'demo-villager'] },
    view: { control: 'inline-radio', options: ['cadre', 'supervisor'] },
  },
  parameters: { msw: { handlers: { queryDesk: queryDeskHandlers } } },
  render: (args) => {
    // The desk's own client (its own api-base) carries the story's staff token.
    const own = staffClient(args.staff);
    return html`<sz-query-desk
      village=${args.village || nothing}
      view=${args.view}
      api-base=${own.apiBase}
      .getToken=${own.getToken}
    ></sz-query-desk>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

const states = stateStories('sz-query-desk', 'queryDesk', queryDeskStates);

/** The cadre's list: open queries first by their deadline, with the working days left; then the answered ones. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="list"]');
  },
};

/** An open query: the full text, who asked, the number to call back, and the answer form. */
export const AnswerForm: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await open(canvasElement, openQuery);
    await shows(canvasElement, '[part~="answer-form"]');
  },
};

/** Sent empty: the problem next to the field, nothing sent. */
export const AnswerNeedsText: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await open(canvasElement, openQuery);
    const form = await shows(canvasElement, '[part~="answer-form"]');
    const submit = form.querySelector<HTMLElement>('button[type="submit"]');
    if (submit) await userEvent.click(submit);
    await shows(canvasElement, '#qd-answer[aria-invalid="true"]');
  },
};

/** An answered query: the answer, and the FAQ form with the preview of the public entry (no asker). */
export const PublishAsFaq: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await open(canvasElement, answeredQuery);
    await shows(canvasElement, '[part~="faq-preview"]');
  },
};

/** A raw phone number typed into the public answer is refused before anything is sent. */
export const FaqRefusesPhone: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await open(canvasElement, answeredQuery);
    await userEvent.type(await shows(canvasElement, '#qd-faqAnswer'), ' 请致电 139 1234 5678。');
    const form = await shows(canvasElement, '[part~="faq-form"]');
    const submit = form.querySelector<HTMLElement>('button[type="submit"]');
    if (submit) await userEvent.click(submit);
    await shows(canvasElement, '#qd-faqAnswer[aria-invalid="true"]');
  },
};

/** A query already published as a FAQ entry. */
export const Published: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await open(canvasElement, publishedQuery);
    await shows(canvasElement, '[part~="faq-published"]');
  },
};

/** The supervisor follows: the same list; a query without the number and without the forms. */
export const Supervisor: Story = {
  args: { staff: 'demo-supervisor', view: 'supervisor' },
  play: async ({ canvasElement }) => {
    await open(canvasElement, openQuery);
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
    await shows(canvasElement, '[part~="list"]');
  },
};

/** An answered query and its FAQ form in English. */
export const PublishAsFaqEnglish: Story = {
  tags: ['!autodocs'],
  globals: { locale: 'en' },
  play: async (context) => {
    await PublishAsFaq.play?.(context);
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

/** 长辈版 with a query open. */
export const ElderAnswer: Story = {
  tags: ['!autodocs'],
  globals: { elder: 'on' },
  play: async (context) => {
    await AnswerForm.play?.(context);
  },
};
