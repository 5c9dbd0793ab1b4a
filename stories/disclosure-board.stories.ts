import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@shanzhi/components/disclosure/define.js';
import {
  disclosureHandlers,
  disclosureStoryIds,
  emptyDisclosures,
  failingDisclosures,
  offlineDisclosures,
  overdueDisclosureHandlers,
  pendingDisclosures,
  unbalancedDisclosureHandlers,
} from './msw/disclosure-handlers.js';
import { offlineBrowser } from './support/widget-canvas.js';

/**
 * `<sz-disclosure-board>` over what the reference server recorded for 王家坞村 (v-qs-01) as of 2026-11-29: 党务, 村务,
 * 财务, relief lists, decisions with their 四议两公开 trail, and corrected items. Use the toolbar for language, 长辈版
 * and the signed-in viewer (a question needs the villager). Stories that swap the mock API are off the docs page.
 */
interface Args {
  village: string;
  category: string;
  year: string;
  month: string;
  item: string;
  display: 'embedded' | 'board';
  boardInterval: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/Disclosure board',
  component: 'sz-disclosure-board',
  args: { village: disclosureStoryIds.village, category: '', year: '', month: '', item: '', display: 'embedded', boardInterval: 12 },
  argTypes: {
    category: {
      control: 'select',
      options: [
        '',
        'party',
        'village',
        'finance',
        'assets',
        'powerList',
        'benefitFunds',
        'projects',
        'relief',
        'resolutions',
        'governmentWork',
        'audit',
      ],
    },
    year: { control: 'select', options: ['', '2025', '2026'] },
    month: { control: 'select', options: ['', ...Array.from({ length: 12 }, (_, i) => String(i + 1))] },
    display: { control: 'inline-radio', options: ['embedded', 'board'] },
    // The attribute shares its name with the `item` CSS part, whose row would otherwise take its place.
    item: { control: 'text', description: 'A disclosure id to open directly', table: { category: 'attributes' } },
    boardInterval: { control: { type: 'number', min: 1, max: 120 }, description: 'Seconds between automatic pages (display="board")' },
  },
  parameters: { msw: { handlers: { disclosure: disclosureHandlers } } },
  render: (args) =>
    html`<sz-disclosure-board
      village=${args.village}
      category=${args.category}
      year=${args.year}
      month=${args.month}
      item=${args.item}
      display=${args.display}
      board-interval=${args.boardInterval}
    ></sz-disclosure-board>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The widget's shadow root once `selector` is on screen. */
async function ready(canvas: HTMLElement, selector: string): Promise<ShadowRoot> {
  const element = canvas.querySelector('sz-disclosure-board');
  await waitFor(() => expect(element?.shadowRoot?.querySelector(selector)).toBeTruthy(), { timeout: 5000 });
  const root = element?.shadowRoot;
  if (!root) throw new Error('sz-disclosure-board has no shadow root');
  return root;
}

/** Every item of the village, newest first, with category, status (公示中 / 公示已结束) and dates. */
export const Loaded: Story = {
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[part~="item"]');
  },
};

/** Finance items only, for one month. */
export const FilteredFinance: Story = { args: { category: 'finance', year: '2026', month: '10' } };

/** A monthly statement: lines with heading and voucher, yuan from fen, the reconciliation check. Print it from the button. */
export const FinanceStatement: Story = {
  args: { item: disclosureStoryIds.finance },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[part~="reconciles"]');
  },
};

/** A long statement the demo cadre published on the server (as many lines as its 64 KB request limit lets through). */
export const LongFinanceStatement: Story = { args: { item: disclosureStoryIds.longFinance } };

/**
 * A statement that does not add up: the recorded October statement with its closing balance raised by ¥100 (the
 * server refuses to publish such a statement, so none can be recorded). The widget's own check flags it.
 */
export const NonReconcilingStatement: Story = {
  tags: ['!autodocs'],
  args: { item: disclosureStoryIds.finance },
  parameters: { msw: { handlers: { disclosure: unbalancedDisclosureHandlers } } },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[part~="reconciliation-warning"]');
  },
};

/** A finance item corrected after a mistyped voucher: the history shows which line changed. */
export const CorrectedFinance: Story = { args: { item: disclosureStoryIds.correctedFinance } };

/** A corrected notice with three versions: who corrected it, when, why, and what changed each time. */
export const CorrectedThreeVersions: Story = {
  args: { item: disclosureStoryIds.corrected },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[part~="diff"]');
  },
};

/** A decision whose six steps were all taken by valid meetings. */
export const DecisionTrail: Story = { args: { item: disclosureStoryIds.decision } };

/** A decision taken by a representatives' meeting without its quorum (another village of the county): not valid, and why. */
export const InvalidMeeting: Story = {
  args: { village: disclosureStoryIds.invalidVillage, item: disclosureStoryIds.invalidDecision },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[part~="meeting-invalid"]');
  },
};

/** A relief list: masked names, village group and amount; never ID or phone numbers. */
export const ReliefList: Story = { args: { item: disclosureStoryIds.relief } };

/** Art 30 obligations as of a later date, recorded from the server, when some have fallen overdue. */
export const OverdueVillage: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { disclosure: overdueDisclosureHandlers } } },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement, '.views button');
    root.querySelectorAll<HTMLButtonElement>('.views button')[1]?.click();
    await ready(canvasElement, '[part~="compliance-table"]');
  },
};

/** A villager's question: pick "villager" in the viewer toolbar, write at least five characters, send, get the receipt. */
export const AskAQuestion: Story = {
  args: { item: disclosureStoryIds.finance },
  globals: { viewer: 'villager' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[part~="query-form"]');
  },
};

/** Nothing matches the filters. */
export const Empty: Story = { tags: ['!autodocs'], parameters: { msw: { handlers: { disclosure: emptyDisclosures } } } };

/** Loading: the skeleton. The API never answers in this story. */
export const Loading: Story = { tags: ['!autodocs'], parameters: { msw: { handlers: { disclosure: pendingDisclosures } } } };

/** The server's recorded 500 problem: localized title, request id, retry. */
export const ErrorWithRequestId: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { disclosure: failingDisclosures } } },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[part="error"]');
  },
};

/** Offline: reloads by itself when the connection returns. */
export const Offline: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { disclosure: offlineDisclosures } } },
  beforeEach: offlineBrowser,
};

/**
 * The village TV: large type, no filters or form, one page of items at a time turning by itself every
 * `board-interval` seconds, with a visible pause / play button. In 长辈版 (toolbar) or when the device asks for
 * reduced motion it never turns by itself and says so; the page buttons still work.
 */
export const BoardDisplay: Story = {
  args: { display: 'board' },
  globals: { viewport: { value: 'villageTv', isRotated: false } },
  parameters: { layout: 'fullscreen' },
};

/** The board paused with its pause / play button. */
export const BoardPaused: Story = {
  tags: ['!autodocs'],
  args: { display: 'board', boardInterval: 3 },
  globals: { viewport: { value: 'villageTv', isRotated: false } },
  parameters: { layout: 'fullscreen' },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement, '[part~="pause"]');
    root.querySelector<HTMLButtonElement>('[part~="pause"]')?.click();
    await waitFor(() => expect(root.querySelector('[part~="pause"]')?.textContent).toContain('继续'));
  },
};

/** The board in 长辈版: nothing moves by itself. */
export const BoardElder: Story = {
  tags: ['!autodocs'],
  args: { display: 'board', boardInterval: 3 },
  globals: { viewport: { value: 'villageTv', isRotated: false }, elder: 'on' },
  parameters: { layout: 'fullscreen' },
};

/** From the compliance report, a met obligation's date opens the item that met it; back returns to the report. */
export const ComplianceOpensItem: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement, '.views button');
    root.querySelectorAll<HTMLButtonElement>('.views button')[1]?.click();
    await ready(canvasElement, '[part~="obligation-item"]');
    root.querySelector<HTMLButtonElement>('[part~="obligation-item"]')?.click();
    await ready(canvasElement, '[part~="detail"]');
  },
};

/**
 * On a portal's home page: `compact` rows, the five newest items (`max-items="5"`) and a "查看全部（共 N 条）" link to
 * the portal's full disclosure page (`view-all-href`; only http(s) or relative addresses are used).
 */
export const CompactOnAPortalHomePage: Story = {
  name: 'Compact on a portal home page',
  render: (args) =>
    html`<sz-disclosure-board village=${args.village} compact max-items="5" view-all-href="/gongkai/"></sz-disclosure-board>`,
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement, '[part~="view-all"]');
    await expect(root.querySelectorAll('[part~="item"]')).toHaveLength(5);
    await expect(root.querySelector('[part~="filters"]')).toBeNull();
  },
};
