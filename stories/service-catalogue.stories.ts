import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { expect, waitFor } from 'storybook/test';
import '@shanzhi/components/services/define.js';
import requestDeskFixture from './fixtures/request-desk-list.json';
import {
  catalogueHandlers,
  catalogueRegion,
  eligibilityService,
  failingCatalogue,
  longChecklistService,
  offlineCatalogue,
  pendingCatalogue,
} from './msw/catalogue-handlers.js';
import { localeOf } from './msw/handlers.js';
import { offlineBrowser } from './support/widget-canvas.js';

/**
 * The village's published 好差评 (getRequestRatings, public), as `npm run fixtures:stories -- request-desk` recorded
 * them from the reference server for v-qs-01, the stories' village: 就业失业登记 rated by 5, 实际种粮农民一次性补贴申领
 * by fewer than the minimum, the village by 11.
 */
const recordedRatings = requestDeskFixture.ratings as unknown as Record<'zh-CN' | 'en', Record<string, unknown>>;
const ratingsHandlers: HttpHandler[] = [
  http.get('*/v1/villages/:villageId/request-ratings', ({ request }) => HttpResponse.json(recordedRatings[localeOf(request)])),
];
/** 就业失业登记: its 村级代办 rated by five people, enough to publish. */
const ratedService = '339901-RS-0018';
/** 实际种粮农民一次性补贴申领: rated by fewer than the minimum, so no figure. */
const underMinimumService = '339901-NY-0014';

/**
 * `<sz-service-catalogue>` over the demo county's 60 guides recorded from the reference server (as of 2026-11-29).
 * Search with Chinese, pinyin (shehuibaozhang) or initials (shbz). Stories that swap the mock API are left off the
 * docs page; open them from the sidebar.
 */
interface Args {
  region: string;
  department: string;
  lifeEvent: string;
  service: string;
  display: 'embedded' | 'kiosk';
  /** List at most this many services (a portal home page). */
  maxItems?: number;
  /** The portal's page with all services, linked when `max-items` cuts the list. */
  viewAllHref?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Service catalogue',
  component: 'sz-service-catalogue',
  args: { region: catalogueRegion, department: '', lifeEvent: '', service: '', display: 'embedded' },
  argTypes: {
    department: { control: 'select', options: ['', 'civilAffairs', 'humanResources', 'medicalSecurity', 'disabledPersons', 'agriculture'] },
    lifeEvent: { control: 'select', options: ['', 'birth', 'oldAge', 'disability', 'relief', 'building', 'farmSubsidy'] },
    display: { control: 'inline-radio', options: ['embedded', 'kiosk'] },
    maxItems: { control: { type: 'number', min: 1 } },
    viewAllHref: { control: 'text' },
  },
  parameters: { msw: { handlers: { catalogue: catalogueHandlers, ratings: ratingsHandlers } } },
  render: (args) =>
    html`<sz-service-catalogue
      region=${args.region}
      village=${catalogueRegion}
      department=${args.department || nothing}
      life-event=${args.lifeEvent || nothing}
      service=${args.service || nothing}
      display=${args.display}
      max-items=${args.maxItems ?? nothing}
      view-all-href=${args.viewAllHref ?? nothing}
    ></sz-service-catalogue>`,
};
export default meta;
type Story = StoryObj<Args>;

async function ready(canvas: HTMLElement, selector: string): Promise<ShadowRoot> {
  const element = canvas.querySelector('sz-service-catalogue');
  await waitFor(() => expect(element?.shadowRoot?.querySelector(selector)).toBeTruthy(), { timeout: 5000 });
  const root = element?.shadowRoot;
  if (!root) throw new Error('no shadow root');
  return root;
}

export const Catalogue: Story = {
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[part~="results"]');
  },
};

/** Filtered by life event from the host page. */
export const OldAge: Story = { args: { lifeEvent: 'oldAge' } };

/** The seed's guide with 20 materials (乡村建设规划许可证核发（农村村民住宅）). */
export const TwentyMaterials: Story = {
  args: { service: longChecklistService },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement, '[part~="materials"]');
    await expect(root.querySelectorAll('[part~="materials"] input[type="checkbox"]').length).toBe(20);
  },
};

/** The eligibility check answered "no" to 本县户籍: not eligible, with the recorded reason. */
export const IneligibleAnswer: Story = {
  args: { service: eligibilityService },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement, '[part~="eligibility"]');
    const birth = root.querySelector<HTMLInputElement>('#q-birthDate');
    if (birth) {
      birth.value = '1960-05-01';
      birth.dispatchEvent(new Event('change'));
    }
    root.querySelector<HTMLInputElement>('input[name="q-localHukou"][value="false"]')?.click();
    root.querySelector<HTMLInputElement>('input[name="q-assessed"][value="true"]')?.click();
    root.querySelector<HTMLButtonElement>('[part~="eligibility"] button[type="submit"]')?.click();
    await ready(canvasElement, '[part~="outcome"].notEligible');
  },
};

/** The village station's touch screen. */
export const Kiosk: Story = { args: { display: 'kiosk' }, parameters: { layout: 'fullscreen' } };

export const Loading: Story = { tags: ['!autodocs'], parameters: { msw: { handlers: { catalogue: pendingCatalogue } } } };

export const ErrorWithRequestId: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { catalogue: failingCatalogue } } },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, '[part="error"]');
  },
};

export const Offline: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { catalogue: offlineCatalogue } } },
  beforeEach: offlineBrowser,
};

/** No service matches: suggestions from shorter forms of the query and life events to browse. */
export const NoResults: Story = {
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement, '[part~="results"]');
    const input = root.querySelector<HTMLInputElement>('#search');
    if (input) {
      input.value = 'shbzqq';
      input.dispatchEvent(new InputEvent('input', { data: 'q', inputType: 'insertText' }));
    }
    await ready(canvasElement, '[part~="suggestions"]');
  },
};

export const ElderMode: Story = { globals: { elder: 'on' } };
export const English: Story = { globals: { locale: 'en' } };

/**
 * What can be searched is a hint above the field that wraps to the width it has, never a placeholder cut off (it
 * was, in English with 长辈版 sizes on a phone). The browser test checks the same at 390 and 1280 px.
 */
async function searchTextFits(canvas: HTMLElement): Promise<void> {
  const root = await ready(canvas, '[part~="results"]');
  const input = root.querySelector<HTMLInputElement>('#search');
  await expect(input?.placeholder ?? '').toBe('');
  const hint = root.getElementById(input?.getAttribute('aria-describedby') ?? '');
  await expect(hint?.textContent).toContain('pinyin');
  await expect(hint?.scrollWidth ?? Infinity).toBeLessThanOrEqual(hint?.clientWidth ?? 0);
}

export const EnglishElderPhone: Story = {
  name: 'English, 长辈版, phone',
  globals: { locale: 'en', elder: 'on', viewport: { value: 'wechatIphone', isRotated: false } },
  play: async ({ canvasElement }) => {
    await searchTextFits(canvasElement);
  },
};

export const EnglishElderPortal: Story = {
  name: 'English, 长辈版, portal',
  globals: { locale: 'en', elder: 'on', viewport: { value: 'portal', isRotated: false } },
  play: async ({ canvasElement }) => {
    await searchTextFits(canvasElement);
  },
};

/**
 * A portal's home page: five services under the search, and a link to the portal's page with all of them
 * (`max-items="5" view-all-href="/services"`) — about 900 px tall instead of 2,100–2,800 px with thirty.
 */
export const CompactPortalHome: Story = {
  name: 'Compact on a portal home page',
  args: { maxItems: 5, viewAllHref: '/services' },
  globals: { viewport: { value: 'portal', isRotated: false } },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement, '[part~="view-all"]');
    await expect(root.querySelectorAll('[part~="result"]').length).toBe(5);
    const link = root.querySelector('[part~="view-all"]');
    await expect(link?.textContent.trim()).toBe('查看全部（共 60 项）');
    await expect(link?.getAttribute('href')).toBe('/services');
  },
};

/**
 * An opened guide with the village's 好差评 of it: the share satisfied and how many rated, the village's figure beside
 * it, never a rater — and, for a service rated by fewer than the minimum, no figure at all.
 */
export const WithRatings: Story = {
  name: 'Guide with ratings',
  args: { service: ratedService },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement, '#guide-ratings');
    const words = root.querySelector('#guide-ratings')?.textContent.replace(/\s+/g, ' ') ?? '';
    await expect(words).toContain('办事评价：满意 60%（5 人评价）');
    await expect(words).toContain('全村代办和点单：满意 64%（11 人评价）');
  },
};

export const RatingsUnderMinimum: Story = {
  name: 'Guide rated by too few to publish',
  args: { service: underMinimumService },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement, '#guide-ratings');
    await expect(root.querySelector('#guide-ratings')?.textContent).toContain('办事评价：评价人数不足，暂不公布');
  },
};
