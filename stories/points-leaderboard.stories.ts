import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@shanzhi/components/leaderboard/define.js';
import { failingLeaderboard, fixtureVillages, largeVillageLeaderboard, offlineLeaderboard, pendingLeaderboard } from './msw/handlers.js';
import { offlineBrowser } from './support/widget-canvas.js';

/**
 * Stories that swap the mock API (loading, error, offline, large village) are left off the docs page, where every
 * story shares one page and one service worker; open them from the sidebar.
 *
 * `<sz-points-leaderboard>` over the data the reference server recorded for the demo county (王家坞村, 65
 * households, as of 2026-11-29). Use the toolbar for language, 长辈版, the signed-in viewer and phone viewports.
 */
interface Args {
  village: string;
  period: string;
  category: string;
  list: 'all' | 'red' | 'black';
  pageSize: number;
  display: 'embedded' | 'board';
  boardInterval: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/Points leaderboard',
  component: 'sz-points-leaderboard',
  args: {
    village: fixtureVillages.main,
    period: 'current',
    category: '',
    list: 'all',
    pageSize: 50,
    display: 'embedded',
    boardInterval: 12,
  },
  argTypes: {
    village: { control: 'select', options: [fixtureVillages.main, fixtureVillages.blackListOff, fixtureVillages.unknown] },
    period: { control: 'select', options: ['current', 'month', 'quarter', 'year', 'all', '2024-01'] },
    category: {
      control: 'select',
      options: ['', 'law', 'environment', 'filial', 'customs', 'volunteer', 'neighbours', 'enterprise', 'education', 'honours'],
    },
    list: { control: 'inline-radio', options: ['all', 'red', 'black'] },
    pageSize: { control: { type: 'number', min: 1, max: 200 } },
    display: { control: 'inline-radio', options: ['embedded', 'board'] },
    boardInterval: { control: { type: 'number', min: 3, max: 120 } },
  },
  render: (args) =>
    html`<sz-points-leaderboard
      village=${args.village}
      period=${args.period}
      category=${args.category}
      list=${args.list}
      page-size=${args.pageSize}
      display=${args.display}
      board-interval=${args.boardInterval}
    ></sz-points-leaderboard>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The widget's shadow root, once its first rows (or a state) are on screen. */
async function ready(canvas: HTMLElement, selector = '[role="row"][data-index]'): Promise<ShadowRoot> {
  const element = canvas.querySelector('sz-points-leaderboard');
  await waitFor(() => expect(element?.shadowRoot?.querySelector(selector)).toBeTruthy(), { timeout: 5000 });
  const root = element?.shadowRoot;
  if (!root) throw new Error('sz-points-leaderboard has no shadow root');
  return root;
}

async function search(canvas: HTMLElement, text: string): Promise<ShadowRoot> {
  const root = await ready(canvas);
  const input = root.querySelector<HTMLInputElement>('#search');
  if (!input) throw new Error('no search field');
  await userEvent.type(input, text);
  return root;
}

/** The village's current board (this month), all households. */
export const Loaded: Story = {};

/**
 * Ties share a rank (standard competition ranking 1, 2, 3, 3, … 16): thirteen households tie for 3rd this month;
 * a screen reader hears "并列第3名".
 */
export const Ties: Story = {
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    const ranks = [...root.querySelectorAll('[part="rank"] [aria-hidden="true"]')].map((cell) => cell.textContent);
    await expect(ranks.filter((rank) => rank === '3').length).toBeGreaterThan(1);
  },
};

/** 红榜: the top households and everyone tied at the cut-off. */
export const RedList: Story = { args: { list: 'red' } };

/** 黑榜: households with deductions this month, as the village publishes them. */
export const BlackList: Story = { args: { list: 'black' } };

/** A village that switched its black list off (溪口村): the widget says so instead of showing an empty list. */
export const BlackListOff: Story = { args: { village: fixtureVillages.blackListOff, list: 'black' } };

/** One category of the rule catalogue (遵纪守法). */
export const Category: Story = { args: { category: 'law' } };

/** All-time board: no movement column (there is no previous period). */
export const AllTime: Story = { args: { period: 'all' } };

/** Search by name (IME-aware: nothing is sent mid-composition); the server's answer for "王". */
export const SearchResults: Story = {
  play: async ({ canvasElement }) => {
    await search(canvasElement, '王');
  },
};

/** A search that finds nobody. */
export const SearchNoMatch: Story = {
  play: async ({ canvasElement }) => {
    await search(canvasElement, 'no-such-household');
  },
};

/** A board with no households on it (a red list before the scheme started). */
export const Empty: Story = { args: { period: '2024-01', list: 'red' } };

/** Loading: the skeleton, announced as busy. The API never answers in this story. */
export const Loading: Story = { tags: ['!autodocs'], parameters: { msw: { handlers: { leaderboard: pendingLeaderboard } } } };

/**
 * The server's own 500 problem (recorded from the reference server over a database that went away): the localized
 * title, the request id to quote to the help desk, and a retry button. The SDK retries twice before this shows.
 */
export const ErrorWithRequestId: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { leaderboard: failingLeaderboard } } },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[part="error"]');
  },
};

/** An unknown village id (a portal typo): the server's 404 problem. */
export const UnknownVillage: Story = {
  args: { village: fixtureVillages.unknown },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[part="error"]');
  },
};

/** Offline: the browser reports no connection; the widget reloads by itself when it returns. */
export const Offline: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { leaderboard: offlineLeaderboard } } },
  beforeEach: offlineBrowser,
};

/** The village TV: large type, automatic paging every 12 s (pauses on hover, focus and in 长辈版). */
export const BoardDisplay: Story = {
  args: { display: 'board', pageSize: 20 },
  globals: { viewport: { value: 'villageTv', isRotated: false } },
  parameters: { layout: 'fullscreen' },
};

/** 长辈版: ≥ 18 px text, 60 px rows and buttons, ≥ 7:1 contrast, read-aloud and text-size controls. */
export const ElderMode: Story = { globals: { elder: 'on' } };

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** On a phone inside WeChat (390 × 844). */
export const WeChatPhone: Story = { globals: { viewport: { value: 'wechatIphone', isRotated: false } } };

/**
 * The household dialog as the village cadre sees it (viewer: demo-cadre): the effective ledger (date, rule,
 * points, reviewer, notice period) and the redemptions.
 */
export const HouseholdDialog: Story = {
  globals: { viewer: 'cadre' },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    const first = root.querySelector<HTMLElement>('[role="row"][data-index="0"]');
    if (first) await userEvent.click(first);
    await waitFor(() => expect(root.querySelector('[part="ledger"]')).toBeTruthy(), { timeout: 5000 });
  },
};

/** The same dialog for the public (no token): a plain notice of who may read a ledger, nothing fetched. */
export const HouseholdDialogPublic: Story = {
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    const first = root.querySelector<HTMLElement>('[role="row"][data-index="0"]');
    if (first) await userEvent.click(first);
    await waitFor(() => expect(root.querySelector('dialog[open]')).toBeTruthy(), { timeout: 5000 });
  },
};

/**
 * A long board (王家坞村 in the 4,000-household county of `npm start`, 430 households): the virtualizer is
 * loaded on demand and only the rows in view are in the DOM.
 */
export const LargeVillage: Story = {
  tags: ['!autodocs'],
  args: { pageSize: 200 },
  parameters: { msw: { handlers: { leaderboard: largeVillageLeaderboard } } },
};
