import type { SzElement, SzEventDetails } from "../dist/index.js";
import type {
  SzDecisionDesk,
  SzDisclosureEditor,
  SzDisclosurePoster,
  SzDisclosureBoard,
  SzFinanceDesk,
  SzGridDesk,
  SzPointsLeaderboard,
  SzLoveSupermarket,
  SzMediationDesk,
  SzMediationIntake,
  SzMediationStatus,
  SzMentoringDesk,
  SzPointsDesk,
  SzPointsNotice,
  SzProvider,
  SzQueryDesk,
  SzRequestDesk,
  SzRequestStatus,
  SzServiceCatalogue,
} from "../dist/index.js";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 */
export type ScopedElements<Prefix extends string = "", Suffix extends string = ""> = {
  [Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`]: CustomElements[Key];
};

type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: any;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl";
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: Record<string, string | number>;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no";
};

type BaseEvents = {};

/** What every element inherits from SzElement. */
type SzElementProps = {
  /** Base URL of the shanzhi API, e.g. `https://portal.example.gov.cn/api`. */
  "api-base"?: SzElement["apiBase"];
  /** `zh-CN` (default) or `en`. */
  locale?: SzElement["locale"];
  /** 长辈版 (elder mode): larger text and targets, stronger contrast, nothing that moves by itself. */
  elder?: SzElement["elder"];
  /** Returns a bearer token for staff views; set as a property. */
  getToken?: SzElement["getToken"];
};

export type SzDecisionDeskProps = SzElementProps & {
  /** The village whose desk this is; falls back to the provider's `village`. The server admits only its own staff. */
  village?: SzDecisionDesk["village"];
  /** `cadre` (records the steps) or `supervisor` (follows them and adds observations). The server checks the role. */
  view?: SzDecisionDesk["view"];
  /** A decision was opened or a step recorded, reconvened, observed or published. `detail: { decisionId, action, step }` — ids and codes only. */
  "onsz-decision-desk-change"?: (e: CustomEvent<SzEventDetails["sz-decision-desk-change"]>) => void;
};

export type SzDisclosureEditorProps = SzElementProps & {
  /** The village whose disclosures are edited; falls back to the provider's `village`. The server admits only its own staff. */
  village?: SzDisclosureEditor["village"];
  /** `cadre` drafts, publishes and corrects; `supervisor` (村务监督委员会) reads. The server checks the role. */
  view?: SzDisclosureEditor["view"];
  /** A draft was saved. `detail: { draftId, revision }`. */
  "onsz-disclosure-editor-save"?: (e: CustomEvent<SzEventDetails["sz-disclosure-editor-save"]>) => void;
  /** A draft was published. `detail: { itemId, version }` (version ≥ 2 for a correction). */
  "onsz-disclosure-editor-publish"?: (e: CustomEvent<SzEventDetails["sz-disclosure-editor-publish"]>) => void;
  /** A draft was discarded. `detail: { draftId }`. */
  "onsz-disclosure-editor-discard"?: (e: CustomEvent<SzEventDetails["sz-disclosure-editor-discard"]>) => void;
};

export type SzDisclosurePosterProps = SzElementProps & {
  /** The village; falls back to the provider's `village`. */
  village?: SzDisclosurePoster["village"];
  /** The published item to print (its id, e.g. `dsc-01-0007`). Takes precedence over `year`/`month`. */
  item?: SzDisclosurePoster["item"];
  /** With `month`: print that month's items (as the online board selects a month: by the period they report on). */
  year?: SzDisclosurePoster["year"];
  /** 1–12, with `year`. */
  month?: SzDisclosurePoster["month"];
  /** `A4` (default) or `A3`, portrait; the viewer can change it before printing. */
  paper?: SzDisclosurePoster["paper"];
  /** The online item's address for the QR code, with `{id}` (and optionally `{village}`) standing for the ids, e.g.
`https://portal.example/disclosure?item={id}`. Only http(s) addresses; without it the poster has no QR code.
Only ids are ever put in it, never personal data. */
  "item-url"?: SzDisclosurePoster["itemUrl"];
  /** `poster` (default) or `unposted` (the staff's list of items never posted; needs a staff token). */
  mode?: SzDisclosurePoster["mode"];
  /** An item of the unposted list was opened to print. `detail: { itemId }`. */
  "onsz-disclosure-poster-select"?: (e: CustomEvent<SzEventDetails["sz-disclosure-poster-select"]>) => void;
  /** The Print button was pressed. `detail: { itemIds }` — the items on the poster. */
  "onsz-disclosure-poster-print"?: (e: CustomEvent<SzEventDetails["sz-disclosure-poster-print"]>) => void;
  /** A posting was recorded. `detail: { itemId, postingId }` — ids only, never a name. */
  "onsz-disclosure-posted"?: (e: CustomEvent<SzEventDetails["sz-disclosure-posted"]>) => void;
};

export type SzDisclosureBoardProps = SzElementProps & {
  /** Village id; falls back to the enclosing provider's `village`. */
  village?: SzDisclosureBoard["village"];
  /** A category code (from the village's categories); empty for all. */
  category?: SzDisclosureBoard["category"];
  /** Year to show, e.g. 2026; unset for all. */
  year?: SzDisclosureBoard["year"];
  /** Month 1–12 within `year`; unset for all. */
  month?: SzDisclosureBoard["month"];
  /** The id of the item to open. */
  item?: SzDisclosureBoard["item"];
  /** `embedded` (default) or `board`: large type for a public screen, turning pages by itself every `board-interval`
seconds — pausable with a visible button, and never by itself in 长辈版 or when the device asks for reduced motion. */
  display?: SzDisclosureBoard["display"];
  /** Seconds between automatic pages on a public board. */
  "board-interval"?: SzDisclosureBoard["boardInterval"];
  /** Reflect the category, year, month, status, search and open item in the page URL (`?sz-item=…`), so they can be shared. Off unless set. */
  "sync-url"?: SzDisclosureBoard["syncUrl"];
  /** List at most this many items (a portal's home page: 5), never paging beyond them; with `view-all-href`, a link to
the rest. Unset for every item, page by page. */
  "max-items"?: SzDisclosureBoard["maxItems"];
  /** Compact density for a portal's home page: dense rows showing title, category, status and date, no filters, no
search and no switch to the compliance view. Ignored with `display="board"`. Pair it with `max-items`. */
  compact?: SzDisclosureBoard["compact"];
  /** Address of the portal's full disclosure page. When set and there are more items than shown, a "查看全部（共 N 条）"
link leads there. Only http(s) or relative addresses are used; anything else (a `javascript:` URL) is ignored. */
  "view-all-href"?: SzDisclosureBoard["viewAllHref"];
  /** The view shown: `items` (default), `compliance` (the Art 30 report) or `powers` (the 小微权力清单 with each power's
flowchart). The view buttons switch it; set it to open the board on a view (a portal's 小微权力 page). */
  view?: SzDisclosureBoard["view"];
  /** An item was opened. `detail: { villageId, disclosureId, category }`. */
  "onsz-disclosure-open"?: (e: CustomEvent<SzEventDetails["sz-disclosure-open"]>) => void;
  /** A question or objection was received. `detail: { villageId, disclosureId, queryId, kind }` — never its text or phone. */
  "onsz-query-submitted"?: (e: CustomEvent<SzEventDetails["sz-query-submitted"]>) => void;
};

export type SzFinanceDeskProps = SzElementProps & {
  /** The village whose books these are; falls back to the provider's `village`. The server admits only its own staff. */
  village?: SzFinanceDesk["village"];
  /** `cadre` imports, submits, answers and publishes; `supervisor` (村务监督委员会, 民主理财小组) signs off or objects. */
  view?: SzFinanceDesk["view"];
  /** A month (or the import form, `month: 'import'`) was opened. `detail: { month }`. */
  "onsz-finance-desk-open"?: (e: CustomEvent<SzEventDetails["sz-finance-desk-open"]>) => void;
  /** A month was imported, submitted, signed off, objected to, answered or published. `detail: { month, state, itemId? }`. */
  "onsz-finance-desk-change"?: (e: CustomEvent<SzEventDetails["sz-finance-desk-change"]>) => void;
};

export type SzGridDeskProps = SzElementProps & {
  /** The village whose grids these are; falls back to the provider's `village`. The server admits only its own staff. */
  village?: SzGridDesk["village"];
  /** The view shown: `reports` (default), `report` (the form, for a portal's “report an event” link) or `rounds`. */
  view?: SzGridDesk["view"];
  /** A report was filed (now, or from the phone's store when the connection returned). `detail: { reportId }`. */
  "onsz-grid-desk-report"?: (e: CustomEvent<SzEventDetails["sz-grid-desk-report"]>) => void;
  /** A report took a step (assess, assign, dispose, close). `detail: { reportId, step, caseNumber? }` — ids and codes only. */
  "onsz-grid-desk-step"?: (e: CustomEvent<SzEventDetails["sz-grid-desk-step"]>) => void;
  /** A visit was recorded in a 摸排 round. `detail: { roundId, householdId }` — ids only, never a name. */
  "onsz-grid-desk-visit"?: (e: CustomEvent<SzEventDetails["sz-grid-desk-visit"]>) => void;
};

export type SzPointsLeaderboardProps = SzElementProps & {
  /** Village id; falls back to the enclosing provider's `village`. */
  village?: SzPointsLeaderboard["village"];
  /** `current` (the village's board period, default), `month`, `quarter`, `year`, `all`, or a period key such as `2026-11`, `2026-Q4`, `2026`. */
  period?: SzPointsLeaderboard["period"];
  /** A category code from the village's rule catalogue; empty for all categories. */
  category?: SzPointsLeaderboard["category"];
  /** `all` (default), `red` (红榜) or `black` (黑榜). */
  list?: SzPointsLeaderboard["list"];
  /** Households per request, 1–200 (default 50); more load as the user scrolls (the page, on a phone). */
  "page-size"?: SzPointsLeaderboard["pageSize"];
  /** `embedded` (default) or `board`: large type and automatic paging for a village TV, pausable, and paused in 长辈版. */
  display?: SzPointsLeaderboard["display"];
  /** Seconds between automatic pages in the board display (default 12). */
  "board-interval"?: SzPointsLeaderboard["boardInterval"];
  /** The user picked another period. `detail: { period, villageId }`. */
  "onsz-period-change"?: (e: CustomEvent<SzEventDetails["sz-period-change"]>) => void;
  /** The user opened a household (Enter, Space or click). `detail: { householdId, rank, villageId }` — never a name. */
  "onsz-household-select"?: (e: CustomEvent<SzEventDetails["sz-household-select"]>) => void;
};

export type SzLoveSupermarketProps = SzElementProps & {
  /** The village whose supermarket to show; falls back to the provider's `village`. */
  village?: SzLoveSupermarket["village"];
  /** `shelf` (default): the public shelf and thank-you list. `desk`: the keeper's redemption desk (needs a staff token).
`reconciliation`: the supervisor's monthly reconciliation (needs the supervisor's or a cadre's token). */
  mode?: SzLoveSupermarket["mode"];
  /** The desk redeemed a cart. `detail: { receiptNumber, householdId, villageId }` — ids only, never a name. */
  "onsz-redeemed"?: (e: CustomEvent<SzEventDetails["sz-redeemed"]>) => void;
};

export type SzMediationDeskProps = SzElementProps & {
  /** Not read: the queue is the mediator's village, which the server takes from their token (and the county's unplaced intake). */
  village?: SzMediationDesk["village"];
  /** A case was opened. `detail: { caseNumber }` — the case number only. */
  "onsz-mediation-desk-open"?: (e: CustomEvent<SzEventDetails["sz-mediation-desk-open"]>) => void;
  /** A step was taken. `detail: { caseNumber, step, state }` — the route id of the step and the case's state after it; never a name or number. */
  "onsz-mediation-desk-change"?: (e: CustomEvent<SzEventDetails["sz-mediation-desk-change"]>) => void;
};

export type SzMediationIntakeProps = SzElementProps & {
  /** Name under which a host form receives the case number. */
  name?: SzMediationIntake["name"];
  /** sessionStorage key of the draft, for pages with more than one intake form. */
  "draft-key"?: SzMediationIntake["draftKey"];
  /** The village (`v-qs-01`; else the provider's) whose mediation committee receives the files: each chosen file is
uploaded to it at once and only its mediators may read it. Without one (or `village=""`) the files stay on the
device, and only their name, type and size are sent. */
  village?: SzMediationIntake["village"];
  /** The applicant moved to a step. `detail: { step, stepCode, total }`. */
  "onsz-intake-step"?: (e: CustomEvent<SzEventDetails["sz-intake-step"]>) => void;
  /** The case was received. `detail: { caseNumber }` — no personal data and no tracking code (the receipt shows it to the person). */
  "onsz-intake-submitted"?: (e: CustomEvent<SzEventDetails["sz-intake-submitted"]>) => void;
};

export type SzMediationStatusProps = SzElementProps & {
  /** The case number (e.g. from the intake receipt); with `trackingCode` set too, the status loads at once. */
  "case-number"?: SzMediationStatus["caseNumber"];
  /** The tracking code, which works like a password. Normally typed by the person from their receipt; a page that
holds it may hand it over as this JS property. Deliberately not an attribute (it would sit in the DOM, in
outerHTML and in server-rendered pages); it is sent only in the body of the look-up, never in a URL. */
  trackingCode?: SzMediationStatus["trackingCode"];
};

export type SzMentoringDeskProps = SzElementProps & {
  /** The village whose desk this is; falls back to the provider's `village`. The server admits only its own staff. */
  village?: SzMentoringDesk["village"];
  /** A plan was assigned. `detail: { planId, householdId }` — ids only. */
  "onsz-mentoring-desk-assign"?: (e: CustomEvent<SzEventDetails["sz-mentoring-desk-assign"]>) => void;
  /** A milestone was marked done. `detail: { planId, milestoneId, delisted }`. */
  "onsz-mentoring-desk-milestone"?: (e: CustomEvent<SzEventDetails["sz-mentoring-desk-milestone"]>) => void;
  /** The quiet period was changed. `detail: { villageId, quietDays }`. */
  "onsz-mentoring-desk-settings"?: (e: CustomEvent<SzEventDetails["sz-mentoring-desk-settings"]>) => void;
};

export type SzPointsDeskProps = SzElementProps & {
  /** The village whose desk this is; falls back to the provider's `village`. The server admits only its own staff. */
  village?: SzPointsDesk["village"];
  /** A batch review ended. `detail: { action, entryIds, refusedIds }` — ids only. */
  "onsz-points-desk-review"?: (e: CustomEvent<SzEventDetails["sz-points-desk-review"]>) => void;
  /** An entry was declared and submitted for review. `detail: { entryId, householdId }`. */
  "onsz-points-desk-declare"?: (e: CustomEvent<SzEventDetails["sz-points-desk-declare"]>) => void;
  /** The supervisor ruled on an objection. `detail: { objectionId, entryId, outcome }`. */
  "onsz-points-desk-ruling"?: (e: CustomEvent<SzEventDetails["sz-points-desk-ruling"]>) => void;
};

export type SzPointsNoticeProps = SzElementProps & {
  /** The village whose notices to show; falls back to the provider's `village`. */
  village?: SzPointsNotice["village"];
  /** `embedded` (default) or `board`: large type and pages that turn by themselves for a village TV (no objection buttons). */
  display?: SzPointsNotice["display"];
  /** Seconds between automatic pages in the board display (default 12). */
  "board-interval"?: SzPointsNotice["boardInterval"];
  /** The villager's objection was received. `detail: { objectionId, entryId }` — ids only, never the reason or a name. */
  "onsz-objection-filed"?: (e: CustomEvent<SzEventDetails["sz-objection-filed"]>) => void;
};

export type SzProviderProps = {
  /** Base URL of the shanzhi API. */
  "api-base"?: SzProvider["apiBase"];
  /** Default village id for the widgets inside. */
  village?: SzProvider["village"];
  /** Default region (county/town) id for the widgets inside. */
  region?: SzProvider["region"];
  /** `zh-CN` (default) or `en`. */
  locale?: SzProvider["locale"];
  /** 长辈版 for every widget inside (a widget's own `elder` attribute wins). */
  elder?: SzProvider["elder"];
  /** Returns a bearer token (staff views); called again with `refresh: true` after a 401. */
  getToken?: SzProvider["getToken"];
  /** A ready-made SDK client (e.g. with telemetry hooks); overrides `api-base`. */
  client?: SzProvider["client"];
};

export type SzQueryDeskProps = SzElementProps & {
  /** The village whose queries these are; falls back to the provider's `village`. The server admits only its own staff. */
  village?: SzQueryDesk["village"];
  /** `cadre` answers and publishes; `supervisor` (村务监督委员会) follows and reads, without the number or the forms. */
  view?: SzQueryDesk["view"];
  /** A query was opened. `detail: { queryId }` — an id only. */
  "onsz-query-desk-open"?: (e: CustomEvent<SzEventDetails["sz-query-desk-open"]>) => void;
  /** A query was answered. `detail: { queryId, disclosureId }` — ids only, never the text. */
  "onsz-query-desk-answer"?: (e: CustomEvent<SzEventDetails["sz-query-desk-answer"]>) => void;
  /** An answer was published as a FAQ entry. `detail: { queryId, disclosureId }`. */
  "onsz-query-desk-publish"?: (e: CustomEvent<SzEventDetails["sz-query-desk-publish"]>) => void;
};

export type SzRequestDeskProps = SzElementProps & {
  /** The village whose requests these are; falls back to the provider's `village`. The server admits only its own staff. */
  village?: SzRequestDesk["village"];
  /** `staff` (cadre, grid worker) works the steps; `supervisor` (村务监督委员会) follows every request, adds notes and
answers bad ratings' follow-ups. The server decides in the end: it refuses a step to anyone but its owner. */
  view?: SzRequestDesk["view"];
  /** A request was opened. `detail: { requestId }` — an id only. */
  "onsz-request-desk-open"?: (e: CustomEvent<SzEventDetails["sz-request-desk-open"]>) => void;
  /** A step was completed. `detail: { requestId, step }` — the step's code, never the note. */
  "onsz-request-desk-advance"?: (e: CustomEvent<SzEventDetails["sz-request-desk-advance"]>) => void;
  /** A note was added. `detail: { requestId }`. */
  "onsz-request-desk-note"?: (e: CustomEvent<SzEventDetails["sz-request-desk-note"]>) => void;
  /** The supervisory committee answered a bad rating. `detail: { requestId }`. */
  "onsz-request-desk-follow-up"?: (e: CustomEvent<SzEventDetails["sz-request-desk-follow-up"]>) => void;
};

export type SzRequestStatusProps = SzElementProps & {
  /** The village the request belongs to; falls back to the provider's `village`. 点单 are filed with it. */
  village?: SzRequestStatus["village"];
  /** The request number (e.g. `rq-qs-01-0007`); with `receiptCode` set too, the status loads at once. */
  "request-id"?: SzRequestStatus["requestId"];
  /** The receipt code, which works like a password. Normally typed by the villager from their receipt; a page that
holds it may hand it over as this JS property. Deliberately not an attribute (it would sit in the DOM and in
outerHTML); it is sent only in the bodies of the look-up and the rating, never in a URL. */
  receiptCode?: SzRequestStatus["receiptCode"];
  /** A 点单 was filed. `detail: { requestId }` — an id only, never the receipt code. */
  "onsz-request-status-order"?: (e: CustomEvent<SzEventDetails["sz-request-status-order"]>) => void;
  /** A request was rated. `detail: { requestId }` — never the grade's author or the comment. */
  "onsz-request-status-rate"?: (e: CustomEvent<SzEventDetails["sz-request-status-rate"]>) => void;
};

export type SzServiceCatalogueProps = SzElementProps & {
  /** Region id (county, town or village); the county's catalogue is shown. Falls back to the provider's `region`, then `village`. */
  region?: SzServiceCatalogue["region"];
  /** Department code to filter by at start. */
  department?: SzServiceCatalogue["department"];
  /** Life-event code to filter by at start. */
  "life-event"?: SzServiceCatalogue["lifeEvent"];
  /** Service code of the guide to open. */
  service?: SzServiceCatalogue["service"];
  /** The village whose station takes proxy requests; falls back to the provider's `village`. */
  village?: SzServiceCatalogue["village"];
  /** `embedded` (default) or `kiosk` (touch screen at the village station). */
  display?: SzServiceCatalogue["display"];
  /** Opt in to deep links: the opened service is kept in the page address (`#sz-service=CODE`) and read from it. */
  "deep-link"?: SzServiceCatalogue["deepLink"];
  /** List at most this many services (a portal home page); the rest are behind search, or the `view-all-href` link. */
  "max-items"?: SzServiceCatalogue["maxItems"];
  /** The portal's page with all services (http(s) or relative): linked as 查看全部（共 N 项） when `max-items` cuts the list. */
  "view-all-href"?: SzServiceCatalogue["viewAllHref"];
  /** A guide was opened. `detail: { serviceCode, regionId }`. */
  "onsz-service-open"?: (e: CustomEvent<SzEventDetails["sz-service-open"]>) => void;
  /** The eligibility check answered. `detail: { serviceCode, outcome }` — never the answers. */
  "onsz-eligibility-result"?: (e: CustomEvent<SzEventDetails["sz-eligibility-result"]>) => void;
  /** A proxy request was received. `detail: { serviceCode, receiptId, step }` — never the name or phone. */
  "onsz-proxy-submitted"?: (e: CustomEvent<SzEventDetails["sz-proxy-submitted"]>) => void;
};

export type CustomElements = {
  /**
   * The village's decision desk (决策工作台): every matter put through 一听、四议、两公开、一监督 (seed [000]) with the
   * step it waits for. A cadre opens a decision on an Art 24 matter (村民委员会组织法) or another matter, and records its
   * steps in order — the villagers heard (channels and summary), the proposal, the deliberation, the party members'
   * review and the villagers' (representatives') resolution with their attendance and votes, then the two 公开 that post
   * the board's items. The rules check each step as it is typed (quorum, votes, notice, order) and the server refuses a
   * step out of order or past an invalid meeting; an invalid meeting is reconvened as a new attempt, the first one stays
   * in the record. The supervisory committee (`view="supervisor"`) follows every decision and notes on each step that it
   * observed it, or a concern. The open decision and its forms are a part of their own, loaded when one is opened. Staff
   * only: without a staff token the desk says who may use it.
   * ---
   *
   *
   * ### **Events:**
   *  - **sz-decision-desk-change** - A decision was opened or a step recorded, reconvened, observed or published. `detail: { decisionId, action, step }` — ids and codes only.
   *
   * ### **CSS Properties:**
   *  - **--sz-color-primary** - The main buttons and the open decision's border. _(default: undefined)_
   * - **--sz-color-text** - Text. _(default: undefined)_
   * - **--sz-color-text-muted** - Secondary lines. _(default: undefined)_
   * - **--sz-color-surface** - Decisions. _(default: undefined)_
   * - **--sz-color-surface-alt** - The loading skeleton and earlier attempts. _(default: undefined)_
   * - **--sz-color-border** - Borders. _(default: undefined)_
   * - **--sz-color-negative** - Problems and field errors. _(default: undefined)_
   * - **--sz-color-positive** - Valid meetings and complete decisions. _(default: undefined)_
   * - **--sz-color-warning-surface** - The error and offline notices. _(default: undefined)_
   * - **--sz-color-focus** - Focus ring. _(default: undefined)_
   * - **--sz-font-family** - Typeface. _(default: undefined)_
   * - **--sz-font-size-sm** - Secondary lines. _(default: undefined)_
   * - **--sz-font-size-md** - Body text. _(default: undefined)_
   * - **--sz-font-size-lg** - The heading. _(default: undefined)_
   * - **--sz-space-2** - Gap between entries. _(default: undefined)_
   * - **--sz-radius** - Corner radius. _(default: undefined)_
   * - **--sz-target-size** - Minimum size of every control (larger in 长辈版). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **title** - The heading.
   * - **intro** - What 一听、四议、两公开、一监督 is, in one paragraph.
   * - **staff-only** - Who may use the desk (shown without a staff token).
   * - **open-new** - The cadre's “open a decision” button.
   * - **list** - The list of decisions.
   * - **decision** - One decision.
   * - **status** - A decision's state (complete, in progress, has problems).
   * - **next** - The step a decision waits for.
   * - **show** - A decision's “open” button.
   * - **panel** - The open decision (its steps and forms), loaded when first opened.
   * - **timeline** - The steps of the open decision, in order.
   * - **step** - One step, with its earlier attempts and the supervisor's notes.
   * - **attempt** - An earlier, reconvened attempt at a step.
   * - **observation** - A note of the supervisory committee.
   * - **form** - The open form (a step, a reconvened meeting, a publication, an observation, a new decision).
   * - **check** - The live check of the step being typed.
   * - **form-problem** - Why the form's last send did not go through (with its request id and a retry).
   * - **loading** - The loading skeleton.
   * - **empty** - The empty state.
   * - **error** - The error state.
   * - **retry** - The retry button.
   * - **offline** - The offline state.
   * - **elder-controls** - The 长辈版 switch, text size and read-aloud buttons.
   */
  "sz-decision-desk": Partial<SzDecisionDeskProps & BaseProps & BaseEvents>;

  /**
   * The cadre's disclosure editor (公开编辑). The first screen says what is due under the Art 30 schedule
   * (村民委员会组织法 第三十条: general matters at least quarterly, finance monthly, major matters at once) and what is late,
   * lists the village's drafts and its latest published items. A draft is written in a form that only produces the
   * rules' allow-listed rich-text blocks, previewed exactly as the public board shows it, and published after a
   * confirmation; a published item is corrected with a reason, as a new version. The form, its preview and the publish
   * step load after the first paint (`latePart`). For the village's cadres (write) and its supervisory committee
   * (`view="supervisor"`, read): the committee reads the schedule, the drafts with their findings and previews, and the
   * published items with their versions, and is offered no save, publish, correction or upload — the server admits only
   * the cadres to those writes (村民委员会组织法 第三十条: the villagers committee publishes; 第三十二条: the supervisory
   * committee sees that it does — Art 33 is the villagers' review of the cadres, not a power to publish). The server refuses everyone else, and nothing here is ever public.
   * ---
   *
   *
   * ### **Events:**
   *  - **sz-disclosure-editor-save** - A draft was saved. `detail: { draftId, revision }`.
   * - **sz-disclosure-editor-publish** - A draft was published. `detail: { itemId, version }` (version ≥ 2 for a correction).
   * - **sz-disclosure-editor-discard** - A draft was discarded. `detail: { draftId }`.
   *
   * ### **CSS Properties:**
   *  - **--sz-color-primary** - Buttons and the current block's border. _(default: undefined)_
   * - **--sz-color-text** - Text. _(default: undefined)_
   * - **--sz-color-text-muted** - Hints, dates and the loading and empty states. _(default: undefined)_
   * - **--sz-color-surface** - Lists and the form. _(default: undefined)_
   * - **--sz-color-surface-alt** - The loading skeleton and the preview's frame. _(default: undefined)_
   * - **--sz-color-border** - Borders. _(default: undefined)_
   * - **--sz-color-negative** - Overdue items, field problems and the discard button. _(default: undefined)_
   * - **--sz-color-positive** - Drafts ready to publish. _(default: undefined)_
   * - **--sz-color-accent** - Links to a field from a finding. _(default: undefined)_
   * - **--sz-color-warning-surface** - The error and offline notices, findings. _(default: undefined)_
   * - **--sz-color-focus** - Focus ring. _(default: undefined)_
   * - **--sz-font-family** - Typeface. _(default: undefined)_
   * - **--sz-font-size-md** - Body text. _(default: undefined)_
   * - **--sz-font-size-lg** - The heading. _(default: undefined)_
   * - **--sz-space-2** - Gaps. _(default: undefined)_
   * - **--sz-radius** - Corner radius. _(default: undefined)_
   * - **--sz-target-size** - Minimum size of every button and field (larger in 长辈版). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **title** - The heading.
   * - **due** - The list of what is due and late.
   * - **drafts** - The list of drafts.
   * - **published** - The list of published items that can be corrected.
   * - **new-draft** - The new-draft button (cadre).
   * - **read-only** - The supervisor's line saying the committee reads here, and why.
   * - **form** - The draft form.
   * - **preview** - The preview, drawn as the public board draws the item.
   * - **findings** - What the rules found in the saved draft.
   * - **confirm** - The publish (or discard) confirmation.
   * - **loading** - The loading skeleton.
   * - **empty** - The empty state.
   * - **error** - The error state.
   * - **retry** - The retry button.
   * - **offline** - The offline state.
   * - **elder-controls** - The 长辈版 switch, text size and read-aloud buttons.
   */
  "sz-disclosure-editor": Partial<SzDisclosureEditorProps & BaseProps & BaseEvents>;

  /**
   * The physical 公开栏 (village notice board) beside the online one. In `poster` mode it lays out one published item
   * (`item`) or a month's items (`year`, `month`) for printing on A4 or A3, exactly as the public reads them online
   * (masked names only), each with a QR code that leads to the item online (`item-url`), and prints it alone on the
   * page. Signed-in staff (cadres, grid workers) record under a one-item poster that it went up: which board, which day,
   * an optional photo. In `unposted` mode the supervisor (or a cadre) sees the published items whose current version
   * was never put up, longest overdue first, and opens each one to print.
   * ---
   *
   *
   * ### **Events:**
   *  - **sz-disclosure-poster-select** - An item of the unposted list was opened to print. `detail: { itemId }`.
   * - **sz-disclosure-poster-print** - The Print button was pressed. `detail: { itemIds }` — the items on the poster.
   * - **sz-disclosure-posted** - A posting was recorded. `detail: { itemId, postingId }` — ids only, never a name.
   *
   * ### **Methods:**
   *  - **print(): _void_** - Prints the poster alone on the chosen paper (poster.ts: the print sheets, undone after printing).
   *
   * ### **CSS Properties:**
   *  - **--sz-color-primary** - The print and record buttons. _(default: undefined)_
   * - **--sz-color-text** - Text, and the sheet's rules. _(default: undefined)_
   * - **--sz-color-text-muted** - Hints and the loading state. _(default: undefined)_
   * - **--sz-color-surface** - The sheet. _(default: undefined)_
   * - **--sz-color-surface-alt** - The loading skeleton and the receipt. _(default: undefined)_
   * - **--sz-color-border** - The sheet's and the form's borders. _(default: undefined)_
   * - **--sz-color-warning-surface** - The error and offline notices, a correction's note. _(default: undefined)_
   * - **--sz-color-focus** - Focus ring. _(default: undefined)_
   * - **--sz-font-family** - Typeface. _(default: undefined)_
   * - **--sz-font-size-md** - Body text. _(default: undefined)_
   * - **--sz-font-size-lg** - The heading. _(default: undefined)_
   * - **--sz-space-2** - Gaps. _(default: undefined)_
   * - **--sz-radius** - Corner radius. _(default: undefined)_
   * - **--sz-target-size** - Minimum size of every button (larger in 长辈版). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **title** - The heading.
   * - **toolbar** - The paper choice and the print button (never printed).
   * - **paper** - The paper size select.
   * - **print** - The print button.
   * - **back** - Back from an opened item to the unposted list.
   * - **sheet** - The poster: the printed sheet.
   * - **poster-item** - One item on the poster.
   * - **qr** - An item's QR code (SVG).
   * - **qr-url** - The address the QR code holds, printed under it.
   * - **no-qr** - The note shown (not printed) when no `item-url` is set.
   * - **record-form** - The staff's "record posting" form.
   * - **record** - Its send button.
   * - **record-problem** - Why the last send failed, with a retry.
   * - **record-receipt** - What was recorded.
   * - **attachments** - The photo field.
   * - **summary** - The unposted list's counts.
   * - **unposted** - The unposted list's table.
   * - **overdue** - An item's days since publication without a posting.
   * - **open** - An unposted item's print button.
   * - **staff-only** - Shown in `unposted` mode to a viewer who is not signed in.
   * - **loading** - The loading skeleton.
   * - **empty** - The empty state.
   * - **error** - The error state.
   * - **retry** - The retry button.
   * - **offline** - The offline state.
   * - **elder-controls** - The 长辈版 switch, text size and read-aloud buttons.
   */
  "sz-disclosure-poster": Partial<SzDisclosurePosterProps & BaseProps & BaseEvents>;

  /**
   * A village's public disclosure board (三务公开: 党务, 村务, 财务 …): browse by category, year, month and status,
   * search, open an item to read its body (allow-listed rich text rendered with templates), attachments, finance
   * statement with the reconciliation check, the 四议两公开 trail of a major decision with each meeting's validity,
   * relief lists with masked names, and every correction with what it changed. Villagers can ask a question or
   * object (村民委员会组织法 Art 30 查询). A compliance view shows which Art 30 obligations are met or overdue, and the
   * 小微权力清单 view (`view="powers"`) the village's small and micro powers, each procedure as a flowchart: an ordered
   * list of steps with an SVG drawing beside it (in the detail views' chunk: nothing of it loads before it is shown).
   *
   * On a portal's home page, `compact` with `max-items` and `view-all-href` keeps it short: the newest few items in
   * dense rows without filters or views, and a "view all (N)" link to the portal's full disclosure page:
   * `<sz-disclosure-board compact max-items="5" view-all-href="/gongkai/"></sz-disclosure-board>`.
   * ---
   *
   *
   * ### **Events:**
   *  - **sz-disclosure-open** - An item was opened. `detail: { villageId, disclosureId, category }`.
   * - **sz-query-submitted** - A question or objection was received. `detail: { villageId, disclosureId, queryId, kind }` — never its text or phone.
   *
   * ### **CSS Parts:**
   *  - **filters** - The filter bar.
   * - **list** - The list of items.
   * - **item** - One item in the list.
   * - **status** - An item's status badge.
   * - **detail** - The opened item.
   * - **body** - The item's text.
   * - **attachments** - The attachment list.
   * - **finance** - The finance statement section.
   * - **finance-table** - The statement table.
   * - **budget-table** - Planned vs actual.
   * - **reconciliation-warning** - Shown when a statement does not add up.
   * - **trail** - The 四议两公开 timeline.
   * - **relief** - Relief lists.
   * - **history** - The corrections.
   * - **query-form** - The question / objection form.
   * - **receipt** - The receipt after sending.
   * - **compliance** - The compliance view.
   * - **compliance-mandate** - At the top of the compliance view: how many published expenses lack a valid decision, with a button to them.
   * - **mandate-alarms** - The list of expenses without a valid 四议两公开 decision (★ money without mandate).
   * - **mandate-alarm** - One such expense: a button that opens its statement, and why it is flagged.
   * - **obligation-item** - In the compliance view, the link that opens the item that met an obligation.
   * - **powers** - The 小微权力清单 view (`view="powers"`).
   * - **power-list** - The list of powers.
   * - **power** - One power in the list.
   * - **power-detail** - An opened power: basis, answerable post and procedure.
   * - **legal-basis** - An opened power's legal basis.
   * - **flowchart** - The procedure: the drawing and the ordered list of steps.
   * - **flowchart-drawing** - The SVG drawing of the steps (hidden from screen readers, which read the list).
   * - **flow-steps** - The ordered list of steps.
   * - **flow-step** - One step: its post, time limit and supervision points.
   * - **supervision-point** - Who supervises a step, and what they check.
   * - **view-all** - The "view all (N)" link to the portal's full disclosure page (`view-all-href`).
   * - **board-controls** - On a public board: the pause / play button and the page buttons.
   * - **pause** - The pause / play button of automatic paging.
   * - **loading** - The loading skeleton.
   * - **empty** - The empty state.
   * - **error** - The error state.
   * - **retry** - The retry button.
   * - **offline** - The offline state.
   * - **elder-controls** - The 长辈版 controls.
   */
  "sz-disclosure-board": Partial<SzDisclosureBoardProps & BaseProps & BaseEvents>;

  /**
   * 民主理财 at the village: the cadre imports each month's 收支明细 from the file the village keeps (CSV or Excel), sees
   * every problem at its line, fixes the file and imports again, submits the month for sign-off, answers objections and
   * publishes once it is signed off. The supervisory committee or the village's 民主理财小组 (`view="supervisor"`) sees
   * the months awaiting sign-off first, signs off or objects with reasons, and sees the ★ money-without-mandate alarms:
   * large or Art 24 spending without a valid 四议两公开 decision. The panel (import form, lines, history, the forms) is a
   * chunk of its own, loaded when first opened. Without a staff token the desk says who may use it.
   * ---
   *
   *
   * ### **Events:**
   *  - **sz-finance-desk-open** - A month (or the import form, `month: 'import'`) was opened. `detail: { month }`.
   * - **sz-finance-desk-change** - A month was imported, submitted, signed off, objected to, answered or published. `detail: { month, state, itemId? }`.
   *
   * ### **CSS Properties:**
   *  - **--sz-color-primary** - The opened month's border and the primary buttons. _(default: undefined)_
   * - **--sz-color-text** - Text. _(default: undefined)_
   * - **--sz-color-text-muted** - Hints. _(default: undefined)_
   * - **--sz-color-surface** - Months. _(default: undefined)_
   * - **--sz-color-surface-alt** - The panel. _(default: undefined)_
   * - **--sz-color-border** - Borders. _(default: undefined)_
   * - **--sz-color-warning-surface** - Alarms, file problems, the error and offline notices. _(default: undefined)_
   * - **--sz-color-focus** - Focus ring. _(default: undefined)_
   * - **--sz-font-family** - Typeface. _(default: undefined)_
   * - **--sz-font-size-md** - Body text. _(default: undefined)_
   * - **--sz-font-size-lg** - The heading. _(default: undefined)_
   * - **--sz-space-2** - Gap between months. _(default: undefined)_
   * - **--sz-radius** - Corner radius. _(default: undefined)_
   * - **--sz-target-size** - Minimum size of every button (larger in 长辈版). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **title** - The heading.
   * - **summary** - The village's sign-off rule and the months awaiting sign-off.
   * - **import** - The button that opens the import form (cadre).
   * - **list** - The months.
   * - **month** - One month's button (opens it).
   * - **alarm** - A month's count of expenses without mandate.
   * - **panel** - The opened month or the import form.
   * - **import-form** - The import form: file, month, opening balance, columns.
   * - **file-problems** - The problems found in a file, each at its line and column.
   * - **lines** - The opened month's lines as imported: date, voucher, summary, account, amount.
   * - **alarm-line** - A line without a valid mandate (★), in the lines.
   * - **alarms** - The opened month's expenses without mandate.
   * - **history** - The opened month's 民主理财 history.
   * - **sign-form** - The sign-off / objection form (supervisor).
   * - **sign-off** - The sign-off button (supervisor).
   * - **confirm** - Before signing off a month with alarms: the alarmed lines named, to confirm or go back.
   * - **confirm-sign-off** - The button that signs off all the same.
   * - **confirm-back** - The button that goes back without signing.
   * - **answer-form** - The answer to an objection (cadre).
   * - **staff-only** - Shown without a staff token.
   * - **loading** - The loading skeleton.
   * - **empty** - The empty state.
   * - **error** - The error state.
   * - **retry** - The retry button.
   * - **offline** - The offline state.
   * - **elder-controls** - The 长辈版 switch, text size and read-aloud buttons.
   */
  "sz-finance-desk": Partial<SzFinanceDeskProps & BaseProps & BaseEvents>;

  /**
   * The grid worker's desk (网格员工作台; seeds 002 and 004: 定期摸排、按时上报、分析研判、分流交办、协调处置, so that
   * “小事不出网格、大事不出村、难事不出镇”). Three views: **report** an event of one's grid (a matter from the village's
   * list, the place in words with the phone's coordinates when it gives them, what happened, photos); **the reports** of
   * one's grids, soonest due first with the overdue flagged in words, each opened below its row to take its next step —
   * 分析研判 (the level and whether it is a dispute), 分流交办 (the grid, the village, a department, or the mediation
   * committee, where a dispute becomes a mediation case), 协调处置 and 办结; and **摸排 rounds**, the households to visit
   * in a period with the visit notes (走访) and what is overdue. The server's refusals (a report outside one's grid, a step
   * out of order) show next to the form, which keeps what was typed.
   *
   * Made for a phone in one hand: 48 px targets, and on a narrow screen the views' switch at the bottom, in thumb reach.
   * A report written without signal is kept on the phone and sent by itself when the connection returns, with the same
   * Idempotency-Key however often it is resent, so the server files it once; once sent, nothing of it stays on the phone.
   * Staff only (the grid worker, the cadre, the supervisor, who reads): without a staff token the desk says who may use it.
   * ---
   *
   *
   * ### **Events:**
   *  - **sz-grid-desk-report** - A report was filed (now, or from the phone's store when the connection returned). `detail: { reportId }`.
   * - **sz-grid-desk-step** - A report took a step (assess, assign, dispose, close). `detail: { reportId, step, caseNumber? }` — ids and codes only.
   * - **sz-grid-desk-visit** - A visit was recorded in a 摸排 round. `detail: { roundId, householdId }` — ids only, never a name.
   *
   * ### **CSS Properties:**
   *  - **--sz-color-primary** - The chosen view's and the opened report's border, the main buttons. _(default: undefined)_
   * - **--sz-color-on-primary** - Text on the main buttons. _(default: undefined)_
   * - **--sz-color-text** - Text. _(default: undefined)_
   * - **--sz-color-text-muted** - Dates and hints. _(default: undefined)_
   * - **--sz-color-surface** - Reports and the views' switch. _(default: undefined)_
   * - **--sz-color-surface-alt** - The chosen view, the panel, the loading skeleton. _(default: undefined)_
   * - **--sz-color-border** - Borders. _(default: undefined)_
   * - **--sz-color-negative** - Problems and field errors. _(default: undefined)_
   * - **--sz-color-positive** - Visited households and closed reports. _(default: undefined)_
   * - **--sz-color-warning-surface** - Overdue reports, kept reports, the error and offline notices. _(default: undefined)_
   * - **--sz-color-focus** - Focus ring. _(default: undefined)_
   * - **--sz-font-family** - Typeface. _(default: undefined)_
   * - **--sz-font-size-sm** - Secondary lines. _(default: undefined)_
   * - **--sz-font-size-md** - Body text. _(default: undefined)_
   * - **--sz-font-size-lg** - The heading. _(default: undefined)_
   * - **--sz-space-2** - Gap between reports. _(default: undefined)_
   * - **--sz-radius** - Corner radius. _(default: undefined)_
   * - **--sz-target-size** - Minimum size of every control (48 px here, larger in 长辈版). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **title** - The heading.
   * - **tabs** - The switch between the three views (at the bottom of a narrow screen).
   * - **tab** - One view's tab.
   * - **view** - The view shown.
   * - **kept** - The reports kept on the phone, waiting for the connection (or refused), with their buttons.
   * - **send-kept** - The “send now” button of the kept reports.
   * - **summary** - The reports' counts.
   * - **list** - The list of reports.
   * - **report** - One report's button (opens it below).
   * - **due** - A report's state and deadline words.
   * - **panel** - The opened report: its facts, its history and its next step's form.
   * - **report-form** - The form that reports an event.
   * - **locate** - The button that asks the phone for its position.
   * - **position** - What the phone gave (or why not).
   * - **step-form** - The form of a report's next step.
   * - **form-problem** - Why the last send was refused (with the request id); the form keeps what was typed.
   * - **rounds** - The 摸排 rounds.
   * - **round** - One round's button (opens its checklist).
   * - **household** - One household of a round's checklist.
   * - **visit-form** - The form that records a visit.
   * - **attachments** - The photo field.
   * - **attachment-files** - A list of attached files (a report's or a step's photos), each read and opened when asked (docs/attachments.md).
   * - **attachment-file** - One attached file; `data-state` is `reading`, `ready`, `opening`, `open`, `gone` or `failed`.
   * - **attachment-open** - Fetches a file's bytes with the token: 查看 a photo, 打开 a PDF.
   * - **attachment-thumb** - An opened photo's thumbnail: opens the larger view.
   * - **attachment-save** - An opened PDF's link that saves it.
   * - **attachment-retry** - Reads an attached file again after a failure (in a form's file field: uploads a failed file again).
   * - **attachment-dialog** - The larger view of a photo (a modal dialog; Escape closes it).
   * - **attachment-close** - Closes the larger view.
   * - **staff-only** - Who may use the desk (shown without a staff token).
   * - **loading** - The loading skeleton.
   * - **empty** - The empty state.
   * - **error** - The error state.
   * - **retry** - The retry button.
   * - **offline** - The offline state.
   * - **elder-controls** - The 长辈版 switch, text size and read-aloud buttons.
   */
  "sz-grid-desk": Partial<SzGridDeskProps & BaseProps & BaseEvents>;

  /**
   * A village's civility-points board (积分排行榜, 红黑榜): ranks with ties, names as the API publishes them (masked
   * unless the household consented, 个人信息保护法 Art 25), points, star level, movement since the previous period
   * and red/black list badges. Search is IME-aware; a table with ARIA roles, row and column counts and roving focus
   * keeps 10,000 virtualized households usable by keyboard and screen reader; Enter opens the household's ledger.
   * ---
   *
   *
   * ### **Events:**
   *  - **sz-period-change** - The user picked another period. `detail: { period, villageId }`.
   * - **sz-household-select** - The user opened a household (Enter, Space or click). `detail: { householdId, rank, villageId }` — never a name.
   *
   * ### **CSS Properties:**
   *  - **--sz-color-primary** - Selected tab and period. _(default: undefined)_
   * - **--sz-color-on-primary** - Text on the selected period. _(default: undefined)_
   * - **--sz-color-accent** - "New on the board" marker. _(default: undefined)_
   * - **--sz-color-text** - Text. _(default: undefined)_
   * - **--sz-color-text-muted** - Household numbers, headers, "as of". _(default: undefined)_
   * - **--sz-color-surface** - Rows and dialog. _(default: undefined)_
   * - **--sz-color-surface-alt** - Header row, row hover, skeleton. _(default: undefined)_
   * - **--sz-color-border** - Row rules, empty stars, field borders. _(default: undefined)_
   * - **--sz-color-positive** - Upward movement, awards in the ledger. _(default: undefined)_
   * - **--sz-color-negative** - Downward movement, deductions in the ledger. _(default: undefined)_
   * - **--sz-color-red-list** - The red-list (红榜) badge, apart from the brand colour. _(default: undefined)_
   * - **--sz-color-warning-surface** - Black-list-off, offline and error notices. _(default: undefined)_
   * - **--sz-color-focus** - Focus ring. _(default: undefined)_
   * - **--sz-elder-color-primary** - The brand colour in 长辈版 (default: --sz-color-primary, else a darker red). _(default: undefined)_
   * - **--sz-elder-color-accent** - The accent in 长辈版 (default: --sz-color-accent). _(default: undefined)_
   * - **--sz-elder-color-red-list** - The red-list badge in 长辈版 (default: --sz-color-red-list). _(default: undefined)_
   * - **--sz-font-family** - Typeface. _(default: undefined)_
   * - **--sz-font-size-sm** - Small text. _(default: undefined)_
   * - **--sz-font-size-md** - Body text and rows. _(default: undefined)_
   * - **--sz-font-size-lg** - Title, board header. _(default: undefined)_
   * - **--sz-font-size-xl** - Board-display rows, close button. _(default: undefined)_
   * - **--sz-line-height** - Line height. _(default: undefined)_
   * - **--sz-space-1** - Smallest gap. _(default: undefined)_
   * - **--sz-space-2** - Small gap. _(default: undefined)_
   * - **--sz-space-3** - Medium gap, row padding. _(default: undefined)_
   * - **--sz-space-4** - Large gap, dialog padding. _(default: undefined)_
   * - **--sz-radius** - Corner radius. _(default: undefined)_
   * - **--sz-focus-ring-width** - Focus ring width. _(default: undefined)_
   * - **--sz-target-size** - Least row and button height (44 px; 60 px in 长辈版). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **table** - The ARIA table (header and rows).
   * - **column-header** - Each column header cell.
   * - **rows** - The row group (virtualized for long boards); it scrolls in its own box only on wide layouts and the board display.
   * - **row** - One household row.
   * - **rank** - The rank cell.
   * - **name** - The name cell (published name, household number, badges).
   * - **points** - The points cell.
   * - **stars** - The star-level cell.
   * - **movement** - The movement cell (↑3, ↓1, –, 新).
   * - **badge** - A red- or black-list badge.
   * - **search-form** - The search form (label and field).
   * - **search** - The search field.
   * - **periods** - The period switcher.
   * - **category** - The category select.
   * - **tabs** - The list tabs (all, red, black).
   * - **tab** - One list tab.
   * - **black-list-off** - The notice shown on the black-list tab when the village has switched its black list off.
   * - **board-controls** - Pause and screen buttons of the board display.
   * - **detail** - The household detail dialog.
   * - **detail-title** - The dialog's heading.
   * - **detail-close** - The dialog's close button (top right, ≥ 44 px).
   * - **detail-balance** - The balance line in the dialog.
   * - **detail-denied** - The notice shown when the ledger is not for this viewer.
   * - **ledger** - The ledger table in the dialog.
   * - **redemptions** - The redemptions table in the dialog.
   * - **loading** - The loading skeleton.
   * - **empty** - The empty state.
   * - **error** - The error state.
   * - **retry** - The retry button.
   * - **offline** - The offline state.
   * - **elder-controls** - The 长辈版 switch, text size and read-aloud buttons.
   */
  "sz-points-leaderboard": Partial<SzPointsLeaderboardProps & BaseProps & BaseEvents>;

  /**
   * The village's 爱心超市 (love supermarket): the public shelf — goods with their photo, price in points, stock and
   * donor (a 乡贤 or an enterprise by the name they agreed to show; an anonymous donor unnamed) — and this year's
   * thank-you list of donations. With `mode="desk"` and a staff token (the storekeeper or a cadre) it becomes the
   * keeper's redemption desk: find the household by its number (typed, or scanned from the QR code on its card where
   * the browser can), build a cart from the shelf with the keyboard, check the balance, redeem, and print the receipt.
   * The desk is a chunk of its own, so the public shelf stays light. With `mode="reconciliation"` and the supervisor's
   * (or a cadre's) token it shows the monthly stock and points reconciliation instead of the shelf, printable; a chunk
   * of its own too.
   * ---
   *
   *
   * ### **Events:**
   *  - **sz-redeemed** - The desk redeemed a cart. `detail: { receiptNumber, householdId, villageId }` — ids only, never a name.
   *
   * ### **CSS Properties:**
   *  - **--sz-color-primary** - Buttons and prices. _(default: undefined)_
   * - **--sz-color-on-primary** - Text on primary buttons. _(default: undefined)_
   * - **--sz-color-text** - Text. _(default: undefined)_
   * - **--sz-color-text-muted** - Stock, donors, dates and the loading and empty states. _(default: undefined)_
   * - **--sz-color-surface** - Goods cards. _(default: undefined)_
   * - **--sz-color-surface-alt** - The photo placeholder and the loading skeleton. _(default: undefined)_
   * - **--sz-color-border** - Card and table borders. _(default: undefined)_
   * - **--sz-color-negative** - Sold out, and the desk's problems. _(default: undefined)_
   * - **--sz-color-positive** - The receipt's border. _(default: undefined)_
   * - **--sz-color-warning-surface** - The error and offline notices. _(default: undefined)_
   * - **--sz-color-focus** - Focus ring. _(default: undefined)_
   * - **--sz-font-family** - Typeface. _(default: undefined)_
   * - **--sz-font-size-sm** - Stock, donors and dates. _(default: undefined)_
   * - **--sz-font-size-md** - Body text. _(default: undefined)_
   * - **--sz-font-size-lg** - The heading. _(default: undefined)_
   * - **--sz-space-2** - Gap between cards. _(default: undefined)_
   * - **--sz-space-3** - Space between sections. _(default: undefined)_
   * - **--sz-radius** - Corner radius. _(default: undefined)_
   * - **--sz-target-size** - Minimum size of every button (larger in 长辈版). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **title** - The heading.
   * - **goods** - The list of goods on the shelf.
   * - **goods-item** - One goods card.
   * - **photo** - A goods photo, or its placeholder.
   * - **sold-out** - The “sold out” mark on goods with no stock.
   * - **donations** - The thank-you list of donations.
   * - **desk** - The keeper's desk (`mode="desk"`).
   * - **household-form** - The desk's household number field and its buttons.
   * - **household** - The household found, with its balance.
   * - **add** - A goods card's “add to cart” button (desk).
   * - **cart** - The cart table.
   * - **problem** - Why a redemption was refused or failed.
   * - **redeem** - The redeem button.
   * - **receipt** - The receipt after a redemption.
   * - **reconciliation** - The monthly reconciliation (`mode="reconciliation"`).
   * - **month-form** - The reconciliation's month field, show and print buttons.
   * - **verdict** - Whether the month reconciles, or how many differences it has.
   * - **stock** - The stock moves table; `line` is one goods, `mismatch` one whose stock does not reconcile.
   * - **points** - The points totals table.
   * - **findings** - The server's findings for the month.
   * - **print** - The print button.
   * - **staff-only** - Who may read the reconciliation (shown to other tokens).
   * - **loading** - The loading skeleton.
   * - **empty** - The empty state.
   * - **error** - The error state.
   * - **retry** - The retry button.
   * - **offline** - The offline state.
   * - **elder-controls** - The 长辈版 switch, text size and read-aloud buttons.
   */
  "sz-love-supermarket": Partial<SzLoveSupermarketProps & BaseProps & BaseEvents>;

  /**
   * The mediator's desk (调解员工作台; 人民调解法 Arts 17, 21–33): the cases of the mediator's village and the county's
   * unplaced intake, soonest due first — the overdue on top, said in words, not colour alone — with each case's due
   * items and its one-month limit (《人民调解工作若干规定》Art 33), filtered by state, level, kind of due item, overdue
   * or the cases the mediator works. Opening a case shows its desk (parties, sessions, the 调解协议书, reminders, 回访)
   * and the buttons of the steps the server says it accepts now (`nextSteps`): accept or refuse with the Art 17/26
   * route, assign mediators and declare ties (回避), schedule a session (the parties are notified through the server's
   * channel), record its 调解笔录, draft, print and sign the agreement, remind of 司法确认, record a 回访, escalate or
   * transfer (Art 25), close. Each form keeps what was typed and shows the server's precise problem beside it. The
   * opened case and its forms are a part of their own, loaded when a case is first opened. Mediators only: with another
   * role, or without a token, the desk says who may use it.
   * ---
   *
   *
   * ### **Events:**
   *  - **sz-mediation-desk-open** - A case was opened. `detail: { caseNumber }` — the case number only.
   * - **sz-mediation-desk-change** - A step was taken. `detail: { caseNumber, step, state }` — the route id of the step and the case's state after it; never a name or number.
   *
   * ### **CSS Properties:**
   *  - **--sz-color-primary** - The opened case's border and the primary buttons. _(default: undefined)_
   * - **--sz-color-text** - Text. _(default: undefined)_
   * - **--sz-color-text-muted** - Dates and hints. _(default: undefined)_
   * - **--sz-color-surface** - Cases. _(default: undefined)_
   * - **--sz-color-surface-alt** - The panel and the loading skeleton. _(default: undefined)_
   * - **--sz-color-border** - Borders. _(default: undefined)_
   * - **--sz-color-negative** - Problems and field errors. _(default: undefined)_
   * - **--sz-color-warning-surface** - Overdue cases, the error and offline notices. _(default: undefined)_
   * - **--sz-color-focus** - Focus ring. _(default: undefined)_
   * - **--sz-font-family** - Typeface. _(default: undefined)_
   * - **--sz-font-size-sm** - Secondary lines. _(default: undefined)_
   * - **--sz-font-size-md** - Body text. _(default: undefined)_
   * - **--sz-font-size-lg** - The heading. _(default: undefined)_
   * - **--sz-space-2** - Gap between cases. _(default: undefined)_
   * - **--sz-radius** - Corner radius. _(default: undefined)_
   * - **--sz-target-size** - Minimum size of every control (larger in 长辈版). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **title** - The heading.
   * - **intro** - How the queue is ordered and the one-month limit.
   * - **filters** - The filters (state, level, due item, overdue, mine).
   * - **summary** - How many cases match.
   * - **list** - The list of cases.
   * - **case** - One case's button (opens it).
   * - **due** - A case's due items, the overdue ones first, in words.
   * - **limit** - A case's one-month limit.
   * - **more** - The button that shows the next page of cases.
   * - **panel** - The opened case: its desk, step buttons and forms (loaded when first opened).
   * - **steps** - The buttons of the steps the case accepts now.
   * - **form** - The open step form.
   * - **form-problem** - Why the form's last send did not go through (the server's problem, with its request id).
   * - **agreement** - The 调解协议书 in its print layout.
   * - **print** - The button that prints the 调解协议书.
   * - **staff-only** - Shown without a mediator's token.
   * - **loading** - The loading skeleton.
   * - **empty** - The empty state.
   * - **error** - The error state.
   * - **retry** - The retry button.
   * - **offline** - The offline state.
   * - **elder-controls** - The 长辈版 switch, text size and read-aloud buttons.
   * - **attachment-files** - A list of attached files (the application's files, a grid report's photos), each read and opened when asked (docs/attachments.md).
   * - **attachment-file** - One attached file; `data-state` is `reading`, `ready`, `opening`, `open`, `gone` or `failed`.
   * - **attachment-open** - Fetches a file's bytes with the token: 查看 a photo, 打开 a PDF.
   * - **attachment-thumb** - An opened photo's thumbnail: opens the larger view.
   * - **attachment-save** - An opened PDF's link that saves it.
   * - **attachment-retry** - Reads a file again after a failure.
   * - **attachment-dialog** - The larger view of a photo (a modal dialog; Escape closes it).
   * - **attachment-close** - Closes the larger view.
   */
  "sz-mediation-desk": Partial<SzMediationDeskProps & BaseProps & BaseEvents>;

  /**
   * Apply for people's mediation (人民调解) in six calm steps, validated with the same schemas as the server; the draft
   * lives in sessionStorage; one Idempotency-Key per attempt to submit, kept across retries and reloads; a receipt with
   * the triage in plain words, 110 when urgent help is being arranged, and withdrawal while unassigned.
   * ---
   *
   *
   * ### **Events:**
   *  - **sz-intake-step** - The applicant moved to a step. `detail: { step, stepCode, total }`.
   * - **sz-intake-submitted** - The case was received. `detail: { caseNumber }` — no personal data and no tracking code (the receipt shows it to the person).
   *
   * ### **Methods:**
   *  - **submit(): _Promise<void>_** - Sends the intake; double clicks, retries and reloads reuse the attempt's Idempotency-Key, so one case at most.
   *
   * ### **CSS Parts:**
   *  - **progress** - The step indicator.
   * - **summary** - The error summary.
   * - **step** - The current step.
   * - **attachments** - The chosen files, each with its upload state and a remove button.
   * - **retry-upload** - The button that uploads a file again after a failure.
   * - **waiting** - The offline waiting state.
   * - **receipt** - The receipt.
   * - **urgent** - The urgent-help notice with 110.
   * - **elder-controls** - The 长辈版 switch, text size and read-aloud buttons.
   */
  "sz-mediation-intake": Partial<SzMediationIntakeProps & BaseProps & BaseEvents>;

  /**
   * Follow a mediation case with its case number and tracking code: status, the level handling it, deadlines (one month;
   * the 30-day 司法确认 window), the history, the reason on refusal and the Art 26 routes when no agreement was reached.
   * ---
   *
   *
   * ### **Methods:**
   *  - **load(): _Promise<void>_** - Looks the case up again with the current case number and tracking code.
   *
   * ### **CSS Parts:**
   *  - **lookup** - The case number and tracking code form.
   * - **status** - The case status.
   * - **history** - The history of events.
   * - **routes** - The other routes (Art 26).
   * - **elder-controls** - The 长辈版 switch, text size and read-aloud buttons.
   */
  "sz-mediation-status": Partial<SzMediationStatusProps & BaseProps & BaseEvents>;

  /**
   * The staff's 帮教 desk (帮教工作台, seed [001]): the village's black-listed households that have no plan yet, the
   * plans in progress — each with its 帮教责任人, milestones and due dates, and the days without a deduction against
   * the village's quiet period — and the plans that ended, with the day the household came off the black list. A
   * cadre assigns a plan (a mentor and at least one milestone with a due date) and sets the quiet period; a cadre or
   * the plan's mentor marks a milestone done with a note. Taking a household off the black list is the server's: it
   * happens by itself once every milestone is done and the quiet period has passed. The forms are a chunk of their own,
   * loaded when one is opened. Staff see what the routes answer (household numbers, the board's masked names, staff
   * ids), never a phone or ID number; the public learns only 在帮教中 from the board. Without a staff token the desk
   * says who may use it.
   * ---
   *
   *
   * ### **Events:**
   *  - **sz-mentoring-desk-assign** - A plan was assigned. `detail: { planId, householdId }` — ids only.
   * - **sz-mentoring-desk-milestone** - A milestone was marked done. `detail: { planId, milestoneId, delisted }`.
   * - **sz-mentoring-desk-settings** - The quiet period was changed. `detail: { villageId, quietDays }`.
   *
   * ### **CSS Properties:**
   *  - **--sz-color-primary** - The main buttons and the open form's border. _(default: undefined)_
   * - **--sz-color-text** - Text. _(default: undefined)_
   * - **--sz-color-text-muted** - Secondary lines. _(default: undefined)_
   * - **--sz-color-surface** - Plans and households. _(default: undefined)_
   * - **--sz-color-surface-alt** - The loading skeleton and the settings line. _(default: undefined)_
   * - **--sz-color-border** - Borders. _(default: undefined)_
   * - **--sz-color-negative** - Overdue milestones and field errors. _(default: undefined)_
   * - **--sz-color-positive** - Done milestones and the delisting. _(default: undefined)_
   * - **--sz-color-warning-surface** - The error and offline notices. _(default: undefined)_
   * - **--sz-color-focus** - Focus ring. _(default: undefined)_
   * - **--sz-font-family** - Typeface. _(default: undefined)_
   * - **--sz-font-size-sm** - Secondary lines. _(default: undefined)_
   * - **--sz-font-size-md** - Body text. _(default: undefined)_
   * - **--sz-font-size-lg** - The heading. _(default: undefined)_
   * - **--sz-space-2** - Gap between entries. _(default: undefined)_
   * - **--sz-radius** - Corner radius. _(default: undefined)_
   * - **--sz-target-size** - Minimum size of every control (larger in 长辈版). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **title** - The heading.
   * - **staff-only** - Who may use the desk (shown without a staff token).
   * - **settings** - The village's quiet period and the button that changes it.
   * - **change-quiet** - The button that opens the quiet-period form.
   * - **waiting** - The list of black-listed households without a plan.
   * - **household** - One of them.
   * - **assign** - A household's “assign a plan” button.
   * - **plans** - A list of plans (in progress, or ended).
   * - **plan** - One plan.
   * - **progress** - A plan's milestones done and days without a deduction.
   * - **delisted** - When an ended plan's household came off the black list.
   * - **milestone** - One milestone of a plan.
   * - **mark-done** - A milestone's “mark done” button.
   * - **form** - The open form (assign, mark done, quiet period), loaded when first opened.
   * - **form-problem** - Why the form's last send did not go through (with its request id and a retry).
   * - **receipt** - What the last send did.
   * - **loading** - The loading skeleton.
   * - **empty** - The empty state.
   * - **error** - The error state.
   * - **retry** - The retry button.
   * - **offline** - The offline state.
   * - **elder-controls** - The 长辈版 switch, text size and read-aloud buttons.
   */
  "sz-mentoring-desk": Partial<SzMentoringDeskProps & BaseProps & BaseEvents>;

  /**
   * The staff desk of the points process (积分工作台). A 网格员 sees the declarations awaiting the first review (初审),
   * a 村两委 cadre those awaiting the committee's review (审核); they tick many with the keyboard or the checkboxes and
   * pass or send them back in one batch (a reason is required to send back), with each entry's result shown — one the
   * server refused names why (a recusal, an entry a colleague already moved). Beside the selected entry: the household's
   * recent record. Staff declare for a household found by name or number; the 村务监督委员会 rules on objections. Both
   * load only when used, as do a cadre's revocation of an effective entry (reason, confirmation, announced on the 公示
   * board) and every staff member's family ties (亲属关系回避申报). A long queue grows by pages (加载更多). Without a staff token the desk says who may use it. Staff see registered names here; events
   * carry ids only.
   * ---
   *
   *
   * ### **Events:**
   *  - **sz-points-desk-review** - A batch review ended. `detail: { action, entryIds, refusedIds }` — ids only.
   * - **sz-points-desk-declare** - An entry was declared and submitted for review. `detail: { entryId, householdId }`.
   * - **sz-points-desk-ruling** - The supervisor ruled on an objection. `detail: { objectionId, entryId, outcome }`.
   *
   * ### **CSS Properties:**
   *  - **--sz-color-primary** - The selected entry's border and the main buttons. _(default: undefined)_
   * - **--sz-color-text** - Text. _(default: undefined)_
   * - **--sz-color-text-muted** - Secondary lines. _(default: undefined)_
   * - **--sz-color-surface** - Entries. _(default: undefined)_
   * - **--sz-color-surface-alt** - The loading skeleton and the history panel. _(default: undefined)_
   * - **--sz-color-border** - Entry borders. _(default: undefined)_
   * - **--sz-color-negative** - Deductions, refusals and field errors. _(default: undefined)_
   * - **--sz-color-warning-surface** - The error, offline and recusal notices. _(default: undefined)_
   * - **--sz-color-focus** - Focus ring. _(default: undefined)_
   * - **--sz-font-family** - Typeface. _(default: undefined)_
   * - **--sz-font-size-md** - Body text. _(default: undefined)_
   * - **--sz-font-size-lg** - The heading. _(default: undefined)_
   * - **--sz-space-2** - Gap between entries. _(default: undefined)_
   * - **--sz-radius** - Corner radius. _(default: undefined)_
   * - **--sz-target-size** - Minimum size of every control (larger in 长辈版). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **title** - The heading.
   * - **staff-only** - Who may use the desk (shown without a staff token).
   * - **queue** - The list of entries awaiting review.
   * - **entry** - One entry of the queue.
   * - **select** - An entry's checkbox.
   * - **select-all** - The select-all checkbox.
   * - **actions** - The batch buttons.
   * - **approve** - Passes the selected entries.
   * - **reject** - Opens the reason for sending the selected entries back.
   * - **reject-form** - The reason and the confirm button.
   * - **results** - The last batch's results; `refused` is one entry it could not move.
   * - **refused** - One refused entry with the server's reason.
   * - **problem** - Why the last batch did not go through, with its request id and a retry.
   * - **history** - The selected household's recent record.
   * - **open-declare** - Opens the declare form.
   * - **declare-form** - The declare form (loaded when opened).
   * - **find** - The household search's button (declare form, revocation, family ties).
   * - **chosen-household** - The household chosen from the search, with the button that goes back to it.
   * - **attachments** - The evidence field of a declaration (staff's or the villager's): its label, hint, picker and files.
   * - **attachment-input** - The file picker.
   * - **attachment-list** - The chosen files.
   * - **attachment** - One file; `data-state` is `uploading`, `done` or `failed`.
   * - **attachment-state** - A file's state in words (with the server's reason when it failed).
   * - **attachment-retry** - Uploads a failed file again (the declare form), or reads a file of the evidence again.
   * - **attachment-remove** - Removes a file.
   * - **open-evidence** - Shows the evidence of the entry with the keyboard focus (a staff queue; loaded with the review buttons).
   * - **evidence** - That entry's evidence: its files, each read and opened when asked (docs/attachments.md).
   * - **attachment-files** - The evidence's list of files.
   * - **attachment-file** - One file of the evidence; `data-state` is `reading`, `ready`, `opening`, `open`, `gone` or `failed`.
   * - **attachment-open** - Fetches a file's bytes with the token: 查看 a photo, 打开 a PDF.
   * - **attachment-thumb** - An opened photo's thumbnail: opens the larger view.
   * - **attachment-save** - An opened PDF's link that saves it.
   * - **attachment-dialog** - The larger view of a photo (a modal dialog; Escape closes it).
   * - **attachment-close** - Closes the larger view.
   * - **objections** - The supervisor's objections panel (loaded for the supervisor).
   * - **villager** - A villager's side of the desk (loaded for a villager token): the form and the household's entries.
   * - **villager-declare** - The villager's form, 为本户申报.
   * - **villager-submit** - Sends the villager's declaration.
   * - **villager-receipt** - The villager's receipt after a declaration.
   * - **villager-problem** - Why the villager's declaration did not go through, with its request id.
   * - **own-entries** - 本户的申报: the household's entries, newest first.
   * - **own-entry** - One of them; `own-status` (and `own-status-<status>`) its status, `own-reason` why it stopped.
   * - **own-load-more** - Loads the household's older entries.
   * - **load-more** - Appends the queue's next page (shown while there is one).
   * - **more-problem** - Why the next page did not load, with its request id.
   * - **open-revoke** - Opens the revocation (a cadre's desk only).
   * - **revoke-panel** - The revocation: household search, its effective entries, reason and confirmation (loaded when opened).
   * - **open-family-ties** - Opens the family ties (亲属关系回避申报).
   * - **family-ties** - The declared family ties and the form to declare one (loaded when opened).
   * - **loading** - The loading skeleton.
   * - **empty** - The empty state.
   * - **error** - The error state.
   * - **retry** - The retry button.
   * - **offline** - The offline state.
   * - **elder-controls** - The 长辈版 switch, text size and read-aloud buttons.
   */
  "sz-points-desk": Partial<SzPointsDeskProps & BaseProps & BaseEvents>;

  /**
   * The village's 公示 board for points (积分公示): the entries under public notice and the revocations being announced,
   * each with the household's name as published (masked, 张*明, unless it consented), the rule, the points, the reason,
   * the notice period and the days left, and an "objection being handled" marker that never says who objected. A
   * signed-in villager can object to an entry during its notice, with a reason, and read the 村务监督委员会's written
   * answers under "my objections"; both load after the board (a chunk of their own). With `display="board"` it is a
   * village-TV board with large type and pages that turn by themselves — paused by a button, and never in 长辈版 or
   * when the device asks for reduced motion.
   * ---
   *
   *
   * ### **Events:**
   *  - **sz-objection-filed** - The villager's objection was received. `detail: { objectionId, entryId }` — ids only, never the reason or a name.
   *
   * ### **CSS Properties:**
   *  - **--sz-color-primary** - Buttons and the answer's rule. _(default: undefined)_
   * - **--sz-color-on-primary** - Text on the primary buttons. _(default: undefined)_
   * - **--sz-color-text** - Text. _(default: undefined)_
   * - **--sz-color-text-muted** - Dates, hints, the loading and empty states. _(default: undefined)_
   * - **--sz-color-surface** - Notices and the form. _(default: undefined)_
   * - **--sz-color-surface-alt** - The loading skeleton and the "how to object" box. _(default: undefined)_
   * - **--sz-color-border** - Notice borders and fields. _(default: undefined)_
   * - **--sz-color-negative** - Field errors. _(default: undefined)_
   * - **--sz-color-warning-surface** - The "objection being handled" marker, error and offline notices. _(default: undefined)_
   * - **--sz-color-focus** - Focus ring. _(default: undefined)_
   * - **--sz-font-family** - Typeface. _(default: undefined)_
   * - **--sz-font-size-sm** - Small text. _(default: undefined)_
   * - **--sz-font-size-md** - Body text. _(default: undefined)_
   * - **--sz-font-size-lg** - The heading and names. _(default: undefined)_
   * - **--sz-font-size-xl** - Text of the board display. _(default: undefined)_
   * - **--sz-space-1** - Smallest gap. _(default: undefined)_
   * - **--sz-space-2** - Gap between notices. _(default: undefined)_
   * - **--sz-space-3** - Padding of a notice. _(default: undefined)_
   * - **--sz-space-4** - Padding on the board display. _(default: undefined)_
   * - **--sz-radius** - Corner radius. _(default: undefined)_
   * - **--sz-target-size** - Minimum size of every button (larger in 长辈版). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **title** - The heading.
   * - **list** - The list of notices.
   * - **notice** - One notice (an entry under notice or a revocation).
   * - **objected** - The "objection being handled" marker.
   * - **days-left** - The days of the notice left.
   * - **object** - An entry's "object" button (signed-in viewers, embedded display).
   * - **more** - The "load more" button.
   * - **help** - Who may object and how (viewers who are not signed in).
   * - **view-switch** - The "my objections" / "back to the notices" button.
   * - **board-controls** - Pause and page buttons of the board display.
   * - **page-number** - The page number of the board display.
   * - **objection-form** - The objection form.
   * - **reason** - The reason field.
   * - **field-error** - The message next to the reason (the widget's checks or the server's problem).
   * - **submit** - The submit button.
   * - **cancel** - The cancel button.
   * - **attachments** - An evidence field (the objection's): its label, hint, picker and files.
   * - **attachment-input** - The file picker.
   * - **attachment-list** - The chosen files.
   * - **attachment** - One file; `data-state` is `uploading`, `done` or `failed`.
   * - **attachment-state** - A file's state in words (with the server's reason when it failed).
   * - **attachment-retry** - Uploads a failed file again.
   * - **attachment-remove** - Removes a file.
   * - **receipt** - The receipt after an objection was received.
   * - **objection-id** - The objection's number on the receipt.
   * - **mine** - "My objections".
   * - **objection** - One of my objections.
   * - **status** - An objection's status.
   * - **answer** - The 村务监督委员会's written answer.
   * - **loading** - The loading skeleton.
   * - **empty** - The empty state.
   * - **error** - The error state.
   * - **retry** - The retry button.
   * - **offline** - The offline state.
   * - **elder-controls** - The 长辈版 switch, text size and read-aloud buttons.
   */
  "sz-points-notice": Partial<SzPointsNoticeProps & BaseProps & BaseEvents>;

  /**
   * Gives every shanzhi widget inside it one API client, village or region, language and elder mode, so a portal
   * configures them once. A widget's own attribute still wins over the provider's.
   * ---
   *
   *
   * ### **Slots:**
   *  - _default_ - The widgets (and any other page content).
   */
  "sz-provider": Partial<SzProviderProps & BaseProps & BaseEvents>;

  /**
   * The village committee's desk for villagers' queries (村民委员会组织法 Art 30: the committee "接受村民的查询"): every
   * question and objection asked on the disclosure board, unanswered ones first by their answer deadline — the overdue
   * on top, flagged in words, not colour alone — then the answered ones. A cadre opens a query (its text, who asked as
   * staff see it, and the contact number to call back), answers it once, and may publish the answer as a FAQ entry on
   * the item, in wording without the asker, previewed as the public will read it. The supervisor (`view="supervisor"`)
   * follows the same list and reads each query without the number and without the forms. The panel is a chunk of its
   * own, loaded when a query is first opened. Without a staff token the desk says who may use it.
   * ---
   *
   *
   * ### **Events:**
   *  - **sz-query-desk-open** - A query was opened. `detail: { queryId }` — an id only.
   * - **sz-query-desk-answer** - A query was answered. `detail: { queryId, disclosureId }` — ids only, never the text.
   * - **sz-query-desk-publish** - An answer was published as a FAQ entry. `detail: { queryId, disclosureId }`.
   *
   * ### **CSS Properties:**
   *  - **--sz-color-primary** - The opened query's border and the primary buttons. _(default: undefined)_
   * - **--sz-color-text** - Text. _(default: undefined)_
   * - **--sz-color-text-muted** - Dates and hints. _(default: undefined)_
   * - **--sz-color-surface** - Queries. _(default: undefined)_
   * - **--sz-color-surface-alt** - The panel and the preview. _(default: undefined)_
   * - **--sz-color-border** - Query borders. _(default: undefined)_
   * - **--sz-color-warning-surface** - Overdue queries, the error and offline notices. _(default: undefined)_
   * - **--sz-color-focus** - Focus ring. _(default: undefined)_
   * - **--sz-font-family** - Typeface. _(default: undefined)_
   * - **--sz-font-size-md** - Body text. _(default: undefined)_
   * - **--sz-font-size-lg** - The heading. _(default: undefined)_
   * - **--sz-space-2** - Gap between queries. _(default: undefined)_
   * - **--sz-radius** - Corner radius. _(default: undefined)_
   * - **--sz-target-size** - Minimum size of every button (larger in 长辈版). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **title** - The heading.
   * - **summary** - The counts: open, overdue, the village's answer deadline.
   * - **list** - The list of queries.
   * - **query** - One query's button (opens it).
   * - **due** - A query's deadline words (overdue, working days left, answered).
   * - **panel** - The opened query.
   * - **contact** - The contact number (cadre only).
   * - **answer-form** - The answer form.
   * - **faq-form** - The FAQ form, with its preview.
   * - **faq-preview** - The FAQ entry as the public will see it.
   * - **staff-only** - Shown without a staff token.
   * - **loading** - The loading skeleton.
   * - **empty** - The empty state.
   * - **error** - The error state.
   * - **retry** - The retry button.
   * - **offline** - The offline state.
   * - **elder-controls** - The 长辈版 switch, text size and read-aloud buttons.
   */
  "sz-query-desk": Partial<SzQueryDeskProps & BaseProps & BaseEvents>;

  /**
   * The village's desk for 代办 (村级代办, seed 003) and 点单 (seed 002: 群众点单—协商定单—村委派单—干部埋单—群众评单)
   * requests: every request with its next step, who owns it and its working-day deadline — overdue on top, flagged in
   * words, not colour alone — filtered by kind, state, bad-rating follow-up, "mine" and overdue. Opening a request shows
   * its steps (owner, deadline, date, who, note, attachments), the applicant's number to call back, the notes, the rating
   * and its follow-up; the owner of the next step completes it with a note and attachments (派单 names who does the
   * work), any staff member adds a note, and the supervisory committee (`view="supervisor"`) answers a bad rating's
   * follow-up (国办发〔2019〕51号: every 差评 checked, put right and answered). The village's published rating
   * aggregates (never a rater) close the desk. A refused step (out of order, not the owner) shows the server's words by
   * the form, with what was typed kept. The panel is a chunk of its own, loaded when a request is first opened.
   * ---
   *
   *
   * ### **Events:**
   *  - **sz-request-desk-open** - A request was opened. `detail: { requestId }` — an id only.
   * - **sz-request-desk-advance** - A step was completed. `detail: { requestId, step }` — the step's code, never the note.
   * - **sz-request-desk-note** - A note was added. `detail: { requestId }`.
   * - **sz-request-desk-follow-up** - The supervisory committee answered a bad rating. `detail: { requestId }`.
   *
   * ### **CSS Properties:**
   *  - **--sz-color-primary** - The opened request's border, the next step and the primary buttons. _(default: undefined)_
   * - **--sz-color-text** - Text. _(default: undefined)_
   * - **--sz-color-text-muted** - Dates, hints and steps not reached. _(default: undefined)_
   * - **--sz-color-surface** - Requests. _(default: undefined)_
   * - **--sz-color-surface-alt** - The panel. _(default: undefined)_
   * - **--sz-color-border** - Request borders. _(default: undefined)_
   * - **--sz-color-warning-surface** - Overdue requests, the error and offline notices. _(default: undefined)_
   * - **--sz-color-focus** - Focus ring. _(default: undefined)_
   * - **--sz-font-family** - Typeface. _(default: undefined)_
   * - **--sz-font-size-md** - Body text. _(default: undefined)_
   * - **--sz-font-size-lg** - The heading. _(default: undefined)_
   * - **--sz-space-2** - Gap between requests. _(default: undefined)_
   * - **--sz-radius** - Corner radius. _(default: undefined)_
   * - **--sz-target-size** - Minimum size of every button and field (larger in 长辈版). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **title** - The heading.
   * - **filters** - The filter bar.
   * - **summary** - The counts: all, overdue, bad ratings waiting.
   * - **list** - The list of requests.
   * - **request** - One request's button (opens it).
   * - **due** - A request's deadline words (overdue, working days left, closed).
   * - **more** - The "show more" button of a long list.
   * - **panel** - The opened request.
   * - **steps** - Its steps, in order.
   * - **contact** - The applicant's number to call back (cadre, grid worker; the supervisor while a follow-up waits).
   * - **advance-form** - The form that completes the next step.
   * - **note-form** - The form that adds a note.
   * - **follow-up-form** - The supervisory committee's answer to a bad rating.
   * - **form-problem** - The server's refusal of a form, by its button.
   * - **attachments** - A form's file field.
   * - **attachment-files** - A list of attached files (a step's or a note's), each read and opened when asked (docs/attachments.md).
   * - **attachment-file** - One attached file; `data-state` is `reading`, `ready`, `opening`, `open`, `gone` or `failed`.
   * - **attachment-open** - Fetches a file's bytes with the token: 查看 a photo, 打开 a PDF.
   * - **attachment-thumb** - An opened photo's thumbnail: opens the larger view.
   * - **attachment-save** - An opened PDF's link that saves it.
   * - **attachment-retry** - Reads an attached file again after a failure (in a form's file field: uploads a failed file again).
   * - **attachment-dialog** - The larger view of a photo (a modal dialog; Escape closes it).
   * - **attachment-close** - Closes the larger view.
   * - **ratings** - The published rating aggregates.
   * - **staff-only** - Shown without a staff token.
   * - **loading** - The loading skeleton.
   * - **empty** - The empty state.
   * - **error** - The error state.
   * - **retry** - The retry button.
   * - **offline** - The offline state.
   * - **elder-controls** - The 长辈版 switch, text size and read-aloud buttons.
   */
  "sz-request-desk": Partial<SzRequestDeskProps & BaseProps & BaseEvents>;

  /**
   * For villagers: follow a 代办 or 点单 request with its request number and receipt code, see its steps in plain words
   * with dates and the next deadline, hear them read aloud (长辈版 voice readout, where the browser can speak), and rate
   * the service once it is done (评单 / 好差评, 国办发〔2019〕51号) — a bad rating goes to the village supervisory
   * committee, whose answer shows here. "我要点单" orders a service (群众点单, seed 002) and shows the receipt code once.
   * The receipt code travels only in request bodies, never in a URL or an attribute; what the villager typed into a form
   * is forgotten once it is sent. The order and rating forms are a chunk of their own, loaded on first use.
   * ---
   *
   *
   * ### **Events:**
   *  - **sz-request-status-order** - A 点单 was filed. `detail: { requestId }` — an id only, never the receipt code.
   * - **sz-request-status-rate** - A request was rated. `detail: { requestId }` — never the grade's author or the comment.
   *
   * ### **Methods:**
   *  - **load(): _Promise<void>_** - Looks the request up again with the current number and receipt code.
   *
   * ### **CSS Properties:**
   *  - **--sz-color-primary** - The current step and the primary buttons. _(default: undefined)_
   * - **--sz-color-text** - Text. _(default: undefined)_
   * - **--sz-color-text-muted** - Hints and steps not reached. _(default: undefined)_
   * - **--sz-color-surface** - Fields. _(default: undefined)_
   * - **--sz-color-surface-alt** - The receipt. _(default: undefined)_
   * - **--sz-color-border** - Field and form borders. _(default: undefined)_
   * - **--sz-color-warning-surface** - The error and offline notices. _(default: undefined)_
   * - **--sz-color-focus** - Focus ring. _(default: undefined)_
   * - **--sz-font-family** - Typeface. _(default: undefined)_
   * - **--sz-font-size-md** - Body text. _(default: undefined)_
   * - **--sz-font-size-lg** - The heading. _(default: undefined)_
   * - **--sz-space-2** - Gaps. _(default: undefined)_
   * - **--sz-radius** - Corner radius. _(default: undefined)_
   * - **--sz-target-size** - Minimum size of every button and field (larger in 长辈版). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **title** - The heading.
   * - **order** - The "order a service" button.
   * - **order-form** - The 点单 form.
   * - **receipt** - The receipt after ordering: the request number and the receipt code, shown once.
   * - **receipt-code** - The receipt code.
   * - **lookup** - The request number and receipt code form.
   * - **not-found** - Said when no request matches the number and code.
   * - **status** - The request's status.
   * - **steps** - The steps, in order, with their dates.
   * - **read-aloud** - The button that reads the status aloud (absent when the browser cannot speak).
   * - **rating** - The villager's rating, or the button to rate.
   * - **rating-form** - The rating form.
   * - **form-problem** - The server's refusal of an order or a rating, by its button.
   * - **follow-up** - The supervisory committee's follow-up of a bad rating.
   * - **loading** - The loading skeleton.
   * - **error** - The error state.
   * - **retry** - The retry button.
   * - **offline** - The offline state.
   * - **elder-controls** - The 长辈版 switch, text size and read-aloud buttons.
   */
  "sz-request-status": Partial<SzRequestStatusProps & BaseProps & BaseEvents>;

  /**
   * The public service catalogue of a region (办事指南): instant IME-aware search by name, keyword, full pinyin and
   * initials over the whole catalogue (read once, searched on the device with the rules' precomputed keys — no pinyin
   * dictionary in the browser); filters; the full guide with a printable materials checklist and the due date if
   * applied today; an eligibility check evaluated by the server; and a 村级代办 request with its 7-step receipt.
   * ---
   *
   *
   * ### **Events:**
   *  - **sz-service-open** - A guide was opened. `detail: { serviceCode, regionId }`.
   * - **sz-eligibility-result** - The eligibility check answered. `detail: { serviceCode, outcome }` — never the answers.
   * - **sz-proxy-submitted** - A proxy request was received. `detail: { serviceCode, receiptId, step }` — never the name or phone.
   *
   * ### **CSS Parts:**
   *  - **search-form** - The search landmark around the field.
   * - **search** - The search field.
   * - **filters** - The filter bar.
   * - **results** - The result list.
   * - **result** - One service in the list.
   * - **count** - The result count.
   * - **view-all** - The link to the portal's page with all services (with `max-items` and `view-all-href`).
   * - **suggestions** - What to try when nothing matched.
   * - **guide** - The guide view.
   * - **materials** - The materials checklist.
   * - **print** - The print button.
   * - **time-limits** - The time limits.
   * - **due** - The due date if applied today.
   * - **eligibility** - The eligibility check.
   * - **outcome** - The eligibility outcome.
   * - **proxy** - The proxy request form.
   * - **receipt** - The proxy receipt with its 7 steps.
   * - **follow-code** - On the receipt: the request number and receipt code to follow and rate it, shown once.
   * - **loading** - The loading skeleton.
   * - **empty** - The empty state.
   * - **error** - The error state.
   * - **retry** - The retry button.
   * - **offline** - The offline state.
   * - **elder-controls** - The 长辈版 switch, text size and read-aloud buttons.
   */
  "sz-service-catalogue": Partial<SzServiceCatalogueProps & BaseProps & BaseEvents>;
};
