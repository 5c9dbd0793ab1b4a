import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { userEvent } from 'storybook/test';
import '@shanzhi/components/love-supermarket/define.js';
import { reconciliationHandlers, reconciliationStates, reconciliationVillage } from './msw/love-supermarket-reconciliation-handlers.js';
import { loveSupermarketHandlers } from './msw/love-supermarket-handlers.js';
import { staffClient, stateStories } from './support/state-stories.js';
import { showsIn } from './support/widget-canvas.js';

/**
 * `<sz-love-supermarket mode="reconciliation">`: the 村务监督委员会's monthly stock and points reconciliation, over
 * the supervisor's reconciliations recorded from the reference server (`stories/fixtures/love-supermarket-reconciliation.json`).
 * The token is a story arg. Print it from the story (the print styles keep the reconciliation alone).
 */
interface Args {
  village: string;
  staff: '' | 'demo-supervisor' | 'demo-cadre' | 'demo-villager';
}

const shows = (canvas: HTMLElement, selector: string) => showsIn(canvas, 'sz-love-supermarket', selector);

const meta: Meta<Args> = {
  title: 'Widgets/Love supermarket/Reconciliation',
  component: 'sz-love-supermarket',
  args: { village: reconciliationVillage, staff: 'demo-supervisor' },
  argTypes: { staff: { control: 'select', options: ['', 'demo-supervisor', 'demo-cadre', 'demo-villager'] } },
  parameters: { msw: { handlers: { loveSupermarket: loveSupermarketHandlers, reconciliation: reconciliationHandlers } } },
  render: (args) => {
    const own = staffClient(args.staff);
    return html`<sz-love-supermarket
      village=${args.village || nothing}
      mode="reconciliation"
      api-base=${own.apiBase}
      .getToken=${own.getToken}
    ></sz-love-supermarket>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

const states = stateStories('sz-love-supermarket', 'reconciliation', reconciliationStates);

/** The month of the demo clock: stock moves per goods, the points totals, the verdict. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="verdict"]');
    await shows(canvasElement, '[part~="stock"]');
  },
};

/** The month before, picked in the month field. */
export const MonthBefore: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const field = (await shows(canvasElement, '#reconciliation-month')) as HTMLInputElement;
    const [year = 0, month = 1] = field.value.split('-').map(Number);
    field.value = month === 1 ? `${String(year - 1)}-12` : `${String(year)}-${String(month - 1).padStart(2, '0')}`;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await userEvent.click(await shows(canvasElement, '[part~="month-form"] button[type="submit"]'));
    await shows(canvasElement, '[part~="verdict"]');
  },
};

/** Without a staff token: who may use it. */
export const StaffOnly: Story = { ...states.staffOnly };

/** A villager's token: the server refuses, the widget says who may use it. */
export const Villager: Story = { ...states.staffOnly, args: { staff: 'demo-villager' }, tags: ['!autodocs'] };

export const Loading: Story = { ...states.loading, tags: ['!autodocs'] };

export const ErrorWithRequestId: Story = { ...states.error, tags: ['!autodocs'] };

export const Offline: Story = { ...states.offline, tags: ['!autodocs'] };

export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="stock"]');
  },
};

/** Who may use it, in English. */
export const StaffOnlyEnglish: Story = { ...states.staffOnly, globals: { locale: 'en' }, tags: ['!autodocs'] };

/** 长辈版: larger text and targets. */
export const Elder: Story = {
  globals: { elder: 'on' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="stock"]');
  },
};

export const ElderEnglish: Story = {
  tags: ['!autodocs'],
  globals: { locale: 'en', elder: 'on' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="stock"]');
  },
};
