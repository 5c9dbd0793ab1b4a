import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@shanzhi/components/disclosure/define.js';
import { emptyPowers, powerStates, powersHandlers } from './msw/disclosure-powers-handlers.js';
import { stateStories } from './support/state-stories.js';
import { showsIn } from './support/widget-canvas.js';

/**
 * `<sz-disclosure-board view="powers">`: the 小微权力清单 of 王家坞村 (v-qs-01) as the reference server recorded it —
 * the county's seven powers, the village's own homestead notice period — and each power's procedure as a flowchart
 * (an ordered list with an SVG drawing of the same steps). Language and 长辈版 are in the toolbar.
 */
const tag = 'sz-disclosure-board';

interface Args {
  village: string;
  power: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Disclosure board/Powers',
  component: 'sz-disclosure-board',
  args: { village: 'v-qs-01', power: '' },
  argTypes: {
    power: {
      control: 'select',
      options: ['', 'majorMatters', 'homestead', 'minimumLiving', 'smallProject', 'assetLease', 'sealUse', 'reimbursement'],
    },
  },
  parameters: { msw: { handlers: { disclosure: powersHandlers } } },
  render: (args) => html`<sz-disclosure-board village=${args.village} view="powers"></sz-disclosure-board>`,
  play: async ({ canvasElement, args }) => {
    if (!args.power) return;
    (await showsIn(canvasElement, tag, `[data-power="${args.power}"]`)).click();
    await showsIn(canvasElement, tag, '[part~="flowchart"]');
  },
};
export default meta;
type Story = StoryObj<Args>;

const states = stateStories(tag, 'disclosure', powerStates);

/** The list: each power with its kind, answerable post and number of steps. */
export const PowerList: Story = {};

/** 宅基地: the village's seven steps in order, who does each and within what time, and where the supervision committee watches. */
export const HomesteadFlowchart: Story = { args: { power: 'homestead' } };

/** 低保: the village committee's part (handing in, home visit, democratic review, posting) before the township and county decide. */
export const MinimumLivingFlowchart: Story = { args: { power: 'minimumLiving' } };

/** 四议两公开 for major matters, from hearing the villagers to disclosing the result. */
export const MajorMattersFlowchart: Story = { args: { power: 'majorMatters' } };

/** 宅基地 in 长辈版: larger type, the list under the drawing. */
export const HomesteadElder: Story = { tags: ['!autodocs'], args: { power: 'homestead' }, globals: { elder: 'on' } };

/** 宅基地 in English. */
export const HomesteadEnglish: Story = { tags: ['!autodocs'], args: { power: 'homestead' }, globals: { locale: 'en' } };

/** A village that has published no list yet. */
export const Empty: Story = { tags: ['!autodocs'], parameters: { msw: { handlers: { disclosure: emptyPowers } } } };

/** Loading: the API never answers. */
export const Loading: Story = { ...states.loading, tags: ['!autodocs'] };

/** The server's recorded 500 problem: localized title, request id, retry. */
export const ErrorWithRequestId: Story = { ...states.error, tags: ['!autodocs'] };

/** Offline: reloads by itself when the connection returns. */
export const Offline: Story = { ...states.offline, tags: ['!autodocs'] };
