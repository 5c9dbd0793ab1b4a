import { html, raw } from 'hono/html';
import type { DemoRole } from './demo-roles.js';

/** What a section is written for: the village shown and who views it. */
export interface PortalPage {
  readonly village: { readonly id: string; readonly name: string };
  /** The demo role the page is viewed as; `undefined` is the public. */
  readonly role: DemoRole | undefined;
  readonly origin: string;
  /** Today in Shanghai (`YYYY-MM-DD`) on the server's clock: the demo's clock in demo mode. */
  readonly today: string;
}

/** A widget's attributes: a value is escaped, `true` writes the bare attribute. */
type Attributes = Readonly<Record<string, string | true>>;

/** One widget's section of the demo portal. Only `tag`, `zh` and `en` are needed; the rest are for the exceptions. */
export interface PortalSection {
  readonly tag: `sz-${string}`;
  /** The heading after the village's name, in both languages. */
  readonly zh: string;
  readonly en: string;
  /** The roles whose page shows the section; everyone's (the public's too) when absent. */
  readonly roles?: readonly DemoRole[];
  /** The widget's attributes; `village` alone when absent. */
  readonly attributes?: (page: PortalPage) => Attributes;
  /** A role's own heading for the same widget. */
  readonly titles?: Partial<Readonly<Record<DemoRole, readonly [zh: string, en: string]>>>;
  /** What stands before the heading instead of the village's name (a service that is not the village's own). */
  readonly area?: string;
  /** The heading's id without `-title`, where it is not the tag's name (ids the portal had before the table). */
  readonly id?: string;
  /**
   * What the text for a browser without custom elements (IE mode) asks its reader to do, in Chinese and as the end
   * of "Open this page in an up-to-date browser…"; by default to see the widget (`查看<zh>`, " to see it").
   */
  readonly see?: readonly [zh: string, en: string];
  /** Markup after the widget, inside the section. */
  readonly after?: ReturnType<typeof html>;
}

const villageOnly = ({ village }: PortalPage): Attributes => ({ village: village.id });
/** The desks that show the cadre's and the supervisor's side of the same work. */
const withView = ({ village, role }: PortalPage): Attributes => ({ village: village.id, view: role ?? '' });

const cadreAndSupervisor: readonly DemoRole[] = ['cadre', 'supervisor'];
const villageStaff: readonly DemoRole[] = ['cadre', 'supervisor', 'gridWorker'];

/**
 * The physical 公开栏: staff print what was never put up and record it (who, when, where, a photo); the supervisor
 * sees the same list; everyone else can print this month's poster. Its QR codes lead back to the portal's board.
 */
function posterAttributes({ village, role, origin, today }: PortalPage): Attributes {
  const itemUrl = `${origin}/?village=${village.id}&sz-item={id}`;
  return role !== undefined && villageStaff.includes(role)
    ? { village: village.id, mode: 'unposted', 'item-url': itemUrl }
    : { village: village.id, year: today.slice(0, 4), month: String(Number(today.slice(5, 7))), 'item-url': itemUrl };
}

function supermarketMode({ role }: PortalPage): string {
  if (role === 'storekeeper' || role === 'cadre') return 'desk';
  return role === 'supervisor' ? 'reconciliation' : 'shelf';
}

/** The portal's widgets in page order. A widget shown to some roles only is one entry with `roles`. */
export const portalSections: readonly PortalSection[] = [
  { tag: 'sz-points-leaderboard', id: 'points', zh: '文明积分榜', en: 'Civility points', see: ['查看积分榜', ' to see the points board'] },
  {
    tag: 'sz-disclosure-board',
    id: 'disclosure',
    zh: '村务公开',
    en: 'Village disclosure',
    // The board follows the address (sz-item=…): the posters' QR codes and links (item-url below) open the item itself.
    attributes: ({ village }) => ({ village: village.id, 'sync-url': true }),
    see: ['查看村务公开', ' to see the disclosures'],
  },
  {
    tag: 'sz-mediation-intake',
    id: 'mediation',
    area: '人民调解',
    zh: '申请调解',
    en: 'Apply for mediation',
    attributes: () => ({}),
    see: ['申请调解，或到村便民服务站办理', ', or apply at the village service station'],
    after: html`<h3>查询进度 · Follow a case</h3>
      <sz-mediation-status></sz-mediation-status>`,
  },
  {
    tag: 'sz-service-catalogue',
    id: 'services',
    area: '便民服务',
    zh: '办事指南',
    en: 'Services',
    attributes: ({ village }) => ({ region: village.id, village: village.id, 'deep-link': true }),
    see: ['查看办事指南', ' to see the service guides'],
  },
  {
    tag: 'sz-love-supermarket',
    zh: '爱心超市',
    en: 'Love supermarket',
    attributes: (page) => ({ village: page.village.id, mode: supermarketMode(page) }),
  },
  { tag: 'sz-points-notice', zh: '积分公示', en: 'Points notice' },
  // A villager's token gets the household's side of the same desk: declare, follow.
  { tag: 'sz-points-desk', zh: '积分工作台', en: 'Points desk', titles: { villager: ['本户积分申报', "My household's points"] } },
  // 帮教 is staff work: the cadre who assigns, the grid worker who mentors, the supervisor who watches.
  { tag: 'sz-mentoring-desk', zh: '帮教工作台', en: 'Mentoring desk', roles: villageStaff },
  { tag: 'sz-disclosure-poster', zh: '公开栏张贴', en: 'Notice-board poster', attributes: posterAttributes },
  // 一听、四议、两公开、一监督: the cadre records the steps, the supervisor follows and observes them.
  { tag: 'sz-decision-desk', zh: '决策工作台', en: 'Decision desk', roles: cadreAndSupervisor, attributes: withView },
  // Drafts are the village's working papers: the editor is on the cadre's and the supervisor's page only; the
  // supervisor's view reads them and offers no write the server would refuse (组织法 Art 30, 32).
  { tag: 'sz-disclosure-editor', zh: '公开编辑', en: 'Disclosure editor', roles: cadreAndSupervisor, attributes: withView },
  // Villagers' queries (Art 30 查询): the cadre answers them, the supervisor follows them.
  { tag: 'sz-query-desk', zh: '村民查询答复', en: 'Query desk', roles: cadreAndSupervisor, attributes: withView },
  // 民主理财: the cadre imports and publishes, the supervisor (村务监督委员会) signs off and sees the alarms.
  { tag: 'sz-finance-desk', zh: '民主理财', en: 'Finance sign-off', roles: cadreAndSupervisor, attributes: withView },
  // The parties' affairs are the mediation committee's (人民调解法 Art 15): only its mediators work the desk; the
  // village comes from the mediator's token.
  { tag: 'sz-mediation-desk', zh: '调解员工作台', en: 'Mediation desk', roles: ['mediator'], attributes: () => ({}) },
  // 代办 and 点单 (docs/requests.md): the cadre and the grid worker work the steps; the supervisor answers bad ratings.
  {
    tag: 'sz-request-desk',
    zh: '代办点单工作台',
    en: 'Request desk',
    roles: villageStaff,
    attributes: ({ village, role }) => ({ village: village.id, view: role === 'supervisor' ? 'supervisor' : 'staff' }),
  },
  // Everyone: order (点单), follow with the receipt code, rate (评单).
  {
    tag: 'sz-request-status',
    zh: '办事进度查询',
    en: 'Follow your request',
    see: ['查询办事进度，或到村便民服务站问询', ', or ask at the village service station'],
  },
  // 网格: the grid worker reports and visits; the cadre and the supervisor see the village's grids.
  { tag: 'sz-grid-desk', zh: '网格员工作台', en: 'Grid desk', roles: villageStaff },
  // new-widget: portal sections (npm run new:widget adds a widget's entry above: give it its roles and attributes)
];

function attributesOf(attributes: Attributes) {
  return Object.entries(attributes).map(([name, value]) => (value === true ? html` ${raw(name)}` : html` ${raw(name)}="${value}"`));
}

/** One section: its heading, the widget, and the words a browser without custom elements shows instead. */
export function portalSection(section: PortalSection, page: PortalPage) {
  const id = `${section.id ?? section.tag.slice('sz-'.length)}-title`;
  const [zh, en] = (page.role && section.titles?.[page.role]) ?? [section.zh, section.en];
  const [seeZh, seeEn] = section.see ?? [`查看${section.zh}`, ' to see it'];
  const tag = raw(section.tag);
  return html`<section aria-labelledby="${id}">
    <h2 id="${id}">${section.area ?? page.village.name} · ${zh} · ${en}</h2>
    <${tag}${attributesOf((section.attributes ?? villageOnly)(page))}>
      <p>请使用最新版浏览器（或切换到“极速模式”）${seeZh}。Open this page in an up-to-date browser${seeEn}.</p>
    </${tag}>
    ${section.after ?? ''}
  </section>`;
}

/** The sections the page's viewer sees, in order. */
export function portalSectionsFor(page: PortalPage) {
  const shown = (section: PortalSection) => section.roles === undefined || (page.role !== undefined && section.roles.includes(page.role));
  return portalSections.filter(shown).map((section) => portalSection(section, page));
}
