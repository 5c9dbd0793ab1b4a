import type { Role } from '@shanzhi/rules';
import { CONTRACT_VERSION_HEADER, type RouteSpec } from '@shanzhi/sdk';
import { readOnlyAttachmentSkip, uploadTestAttachment } from './test-attachment.js';
import { SkipCheck, type CheckContext, type KitResponse } from './types.js';

/**
 * What the checks call routes with on this backend, found over HTTP only: the kit knows no ids of a province's data,
 * so it lists what the backend lists (the villages, the disclosures of the village …) and takes the first id.
 */
export interface Samples {
  /** The village the run reads (the operator's `--village`, else the first village the backend lists). */
  readonly village: string;
  /** The contract version the backend says it speaks (its `Shanzhi-Contract-Version` header on /v1/health). */
  readonly serverVersion?: string;
  /**
   * The values a route is called with: its path params, plus the query a route cannot answer without (see
   * `requiredQuery`); fill a path with {@link pathFor}. Undefined when a value could not be found (checks then skip).
   */
  paramsFor(route: RouteSpec): Promise<Record<string, string> | undefined>;
}

/** Why the kit cannot run against a backend at all (the CLI exits 3 for `unreachable`, 2 for `unknownVillage`). */
export class DiscoveryFailure extends Error {
  override name = 'DiscoveryFailure';
  constructor(
    message: string,
    readonly kind: 'unreachable' | 'unknownVillage',
  ) {
    super(message);
  }
}

export interface SampleOptions {
  readonly send: CheckContext['send'];
  readonly village: string | undefined;
  readonly roles: readonly Role[];
  readonly routes: readonly RouteSpec[];
  /**
   * Whether the run may write (the runner's `readOnly`) and the marker its records carry: the samples upload the
   * kit's test file (test-attachment.ts) only when `readOnly` is false. A run that does not say is read-only.
   */
  readonly readOnly?: boolean;
  readonly marker?: string;
}

type Item = Record<string, unknown>;
type Finder = (find: Find) => Promise<string | undefined>;
interface Find {
  /** The first string field among `fields` of the items a list route answers (by id), or undefined. */
  fromList(routeId: string, fields: readonly string[]): Promise<string | undefined>;
  /** The value found for a param of another route (by id). */
  paramOf(routeId: string, name: string): Promise<string | undefined>;
  /** The backend's "now" (its /v1/health `time`), for period keys. */
  readonly now: Date;
  /** The items a list route answers (by id), read once per run. */
  items(routeId: string): Promise<Item[]>;
  /** What a read answers (200) with these params, called as `callerFor` says; undefined otherwise. */
  read(routeId: string, params: Readonly<Record<string, string>>): Promise<unknown>;
  /** `make` run once per run and key (a look-up that finds several params at once). */
  once<T>(key: string, make: () => Promise<T>): Promise<T>;
  /** The id of the kit's test file, uploaded once per run (test-attachment.ts); a SkipCheck in a read-only run. */
  testAttachment(): Promise<string>;
}

/**
 * Params the path-prefix rule cannot find, each with where a backend lists it. Keyed `<route id>.<param>` for one
 * route, or `<param>` for every route with that param. Everything else is found from the route table alone.
 */
const explicit: Readonly<Record<string, Finder>> = {
  // A household the villager token belongs to first (its own ledger is what the villager may read; staff of the
  // village may read it too), else any household on the village's public leaderboard. The household list
  // (findHouseholds) answers only a search, so the prefix rule finds nothing there.
  householdId: async (find) =>
    (await find.fromList('listOwnPointsEntries', ['householdId'])) ??
    (await find.fromList('listOwnObjections', ['householdId'])) ??
    find.fromList('getLeaderboard', ['householdId']),
  // Cases are listed on the mediator's desk (/v1/mediation/desk), not under /v1/mediation/cases.
  caseNumber: (find) => find.fromList('listMediationQueue', ['caseNumber']),
  // Service guides are listed per region (/v1/regions/{regionId}/services) and read at /v1/services/{serviceCode}.
  serviceCode: (find) => find.fromList('listServices', ['serviceCode', 'code']),
  // Attachments are listed nowhere on their own: a goods photo of the public shelf is one a backend may hold; else
  // (a run that may write) the kit's own marked test file, uploaded once per run (test-attachment.ts).
  attachmentId: async (find) => (await shelfPhoto(find)) ?? find.testAttachment(),
  // No route lists receipt numbers: a shelf redemption's id is its receipt number (supermarket.ts: redeemGoods writes
  // the same redemption record as redeemPoints), so the kit reads households' points for redemptions of kind `goods`
  // and asks for their receipts (a goods redemption through redeemPoints has none).
  'getSupermarketReceipt.householdId': async (find) => (await goodsReceipt(find))?.householdId,
  'getSupermarketReceipt.receiptNumber': async (find) => (await goodsReceipt(find))?.receiptNumber,
  // A month's reconciliation is computed from the shelf's ledger for any month that has ended: last month.
  'getSupermarketReconciliation.month': (find) => Promise.resolve(previousMonth(find.now)),
};

/** A goods photo of the public shelf: a file any backend with a shelf holds, found without a write. */
function shelfPhoto(find: Find): Promise<string | undefined> {
  return find.fromList('getSupermarketShelf', ['photoId', 'attachmentId']);
}

/** Requests the receipt search may send (households' points read, receipts asked for): a village's shelf, not a scan. */
const receiptSearchLimit = 30;

/** A shelf receipt's household and number: the villager's own household first, then the public board's, newest first. */
function goodsReceipt(find: Find): Promise<{ householdId: string; receiptNumber: string } | undefined> {
  return find.once('goodsReceipt', async () => {
    const own = await find.fromList('listOwnPointsEntries', ['householdId']);
    const board = (await find.items('getLeaderboard')).map((row) => row.householdId).filter((id) => typeof id === 'string');
    let budget = receiptSearchLimit;
    for (const householdId of new Set([...(own === undefined ? [] : [own]), ...board])) {
      if ((budget -= 1) < 0) return undefined;
      const points = await find.read('getHouseholdPoints', { householdId });
      const redemptions = isItem(points) && Array.isArray(points.redemptions) ? points.redemptions.filter(isItem) : [];
      for (const one of redemptions.filter((item) => item.kind === 'goods' && typeof item.id === 'string').reverse()) {
        if ((budget -= 1) < 0) return undefined;
        const receiptNumber = String(one.id);
        if ((await find.read('getSupermarketReceipt', { householdId, receiptNumber })) !== undefined) return { householdId, receiptNumber };
      }
    }
    return undefined;
  });
}

/**
 * Query values a route cannot answer without, though its schema marks each optional (a refinement across fields):
 * the 公开栏 poster wants one item (`item`) or a month (`year` + `month`); the kit names an item.
 */
const requiredQuery: Readonly<Record<string, Readonly<Record<string, Finder>>>> = {
  getDisclosurePoster: { item: (find) => find.paramOf('getDisclosure', 'disclosureId') },
};

/** The route's path with its `{params}` filled in (percent-encoded, as the SDK does), and any other value as query. */
export function pathFor(route: RouteSpec, values: Readonly<Record<string, string>>): string {
  const used = new Set<string>();
  const path = route.path.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    used.add(name);
    return encodeURIComponent(values[name] ?? '');
  });
  const query = new URLSearchParams(Object.entries(values).filter(([name]) => !used.has(name))).toString();
  return query === '' ? path : `${path}?${query}`;
}

/** The names of a route's path params, in order. */
export function pathParams(route: RouteSpec): string[] {
  return [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
}

/**
 * The role a check calls a route as: none for a public route; else the first of the route's roles with a token; else
 * the villager when the route admits a household reading its own data (the sampled household is the villager's).
 * Undefined when no token fits (the check skips, naming `route.access.roles`).
 */
export function callerFor(route: RouteSpec, roles: readonly Role[]): { readonly role?: Role } | undefined {
  if (route.access.roles === 'anyone') return {};
  const role = route.access.roles.find((one) => roles.includes(one));
  if (role !== undefined) return { role };
  if (route.access.relation === 'household' && roles.includes('villager')) return { role: 'villager' };
  return undefined;
}

/** The items of a list answer: a page's `items`, a bare array, or the first array of objects in the body. */
export function itemsOf(json: unknown): Item[] {
  const objects = (values: readonly unknown[]) => values.filter(isItem);
  if (Array.isArray(json)) return objects(json);
  if (!isItem(json)) return [];
  if (Array.isArray(json.items)) return objects(json.items);
  for (const value of Object.values(json)) if (Array.isArray(value) && value.some(isItem)) return objects(value);
  return [];
}

function isItem(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** 'YYYY-MM' of the month before `now`'s, in UTC+8 (the contract's calendar is Beijing time). */
function previousMonth(now: Date): string {
  const beijing = new Date(now.getTime() + 8 * 3_600_000);
  const first = new Date(Date.UTC(beijing.getUTCFullYear(), beijing.getUTCMonth() - 1, 1));
  return first.toISOString().slice(0, 7);
}

/** Every village id of a region tree (`listRegions`), depth first in the backend's order. */
export function villagesOf(json: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const child of node) walk(child);
    else if (isItem(node)) {
      if (node.level === 'village' && typeof node.id === 'string') found.push(node.id);
      for (const value of Object.values(node)) if (typeof value === 'object') walk(value);
    }
  };
  walk(json);
  return found;
}

/**
 * The field names an id of `param` may have in a list's items: the param's own name (`householdId`), `id`, and the
 * last word of its name (`caseNumber` → `number`, `powerCode` → `code`).
 */
function fieldsFor(param: string): string[] {
  const last = /[A-Z][a-z]*$/.exec(param)?.[0]?.toLowerCase();
  return [...new Set([param, 'id', ...(last === undefined ? [] : [last])])];
}

function byId(routes: readonly RouteSpec[]): Map<string, RouteSpec> {
  return new Map(routes.map((route) => [route.id, route]));
}

/** Reads /v1/health (the backend answers at all; its contract version), and picks the village the run reads. */
export async function createSamples(options: SampleOptions): Promise<Samples> {
  const { send, roles, routes } = options;
  const routeById = byId(routes);
  const health = await send({ method: 'GET', path: '/v1/health' }).catch((error: unknown) => {
    // fetch says only "fetch failed"; the cause names what happened (ECONNREFUSED, ENOTFOUND, a certificate …).
    const cause =
      error instanceof Error && error.cause instanceof Error
        ? ` (${(error.cause as Error & { code?: string }).code ?? error.cause.message})`
        : '';
    const why = `${error instanceof Error ? error.message : String(error)}${cause}`;
    throw new DiscoveryFailure(`GET /v1/health could not be sent: ${why}`, 'unreachable');
  });
  if (health.status !== 200) throw new DiscoveryFailure(`${health.summary}: the backend is not up (expected 200)`, 'unreachable');
  const serverVersion = health.headers.get(CONTRACT_VERSION_HEADER) ?? undefined;
  const time = isItem(health.json) && typeof health.json.time === 'string' ? new Date(health.json.time) : new Date();
  const now = Number.isNaN(time.getTime()) ? new Date() : time;

  const lists = new Map<string, Promise<Item[]>>();
  // One request per list route for the whole run, whoever asks first.
  const listItems = (route: RouteSpec): Promise<Item[]> => {
    let items = lists.get(route.id);
    if (items === undefined) {
      items = readList(route);
      lists.set(route.id, items);
    }
    return items;
  };
  const readList = async (route: RouteSpec): Promise<Item[]> => {
    const caller = callerFor(route, roles);
    if (caller === undefined) return [];
    const params = await paramsFor(route);
    if (params === undefined) return [];
    try {
      const response: KitResponse = await send({ method: 'GET', path: pathFor(route, params), ...caller });
      return response.status === 200 ? itemsOf(response.json) : [];
    } catch {
      return [];
    }
  };
  const fromItems = (items: readonly Item[], fields: readonly string[]): string | undefined => {
    for (const item of items)
      for (const field of fields) {
        const value = item[field];
        if ((typeof value === 'string' && value !== '') || typeof value === 'number') return String(value);
      }
    return undefined;
  };
  const onceMade = new Map<string, Promise<unknown>>();
  const find: Find = {
    now,
    items: async (routeId) => {
      const route = routeById.get(routeId);
      return route === undefined ? [] : listItems(route);
    },
    read: async (routeId, params) => {
      const route = routeById.get(routeId);
      const caller = route === undefined ? undefined : callerFor(route, roles);
      if (route === undefined || caller === undefined) return undefined;
      const response = await send({ method: 'GET', path: pathFor(route, { villageId: village, ...params }), ...caller }).catch(
        () => undefined,
      );
      return response?.status === 200 ? response.json : undefined;
    },
    once: <T>(key: string, make: () => Promise<T>): Promise<T> => {
      let made = onceMade.get(key) as Promise<T> | undefined;
      if (made === undefined) {
        made = make();
        onceMade.set(key, made);
      }
      return made;
    },
    testAttachment: () => {
      const { readOnly = true, marker } = options;
      if (readOnly || marker === undefined) return Promise.reject(new SkipCheck(readOnlyAttachmentSkip));
      return find.once('testAttachment', () => uploadTestAttachment({ send, village, roles, marker }));
    },
    fromList: async (routeId, fields) => {
      const route = routeById.get(routeId);
      return route === undefined ? undefined : fromItems(await listItems(route), fields);
    },
    paramOf: async (routeId, name) => {
      const route = routeById.get(routeId);
      return route === undefined ? undefined : (await paramsFor(route))?.[name];
    },
  };

  const village = await chooseVillage();
  const found = new Map<string, Promise<Record<string, string> | undefined>>();
  // Resolving a route's params may list another route, whose params are resolved the same way; the prefix rule only
  // ever looks at shorter paths, and the explicit finders at routes without the param they find, so this ends.
  function paramsFor(route: RouteSpec): Promise<Record<string, string> | undefined> {
    let params = found.get(route.id);
    if (params === undefined) {
      params = resolve(route);
      found.set(route.id, params);
    }
    return params;
  }
  async function resolve(route: RouteSpec): Promise<Record<string, string> | undefined> {
    const values: Record<string, string> = {};
    for (const name of pathParams(route)) {
      const value = await valueOf(route, name);
      if (value === undefined) return undefined;
      values[name] = value;
    }
    for (const [name, finder] of Object.entries(requiredQuery[route.id] ?? {})) {
      const value = await finder(find);
      if (value === undefined) return undefined;
      values[name] = value;
    }
    return values;
  }
  async function valueOf(route: RouteSpec, name: string): Promise<string | undefined> {
    if (name === 'villageId') return village;
    const finder = explicit[`${route.id}.${name}`] ?? explicit[name];
    if (finder !== undefined) return finder(find);
    // The path-prefix rule: `/v1/villages/{villageId}/disclosures/{disclosureId}` takes the first id the list
    // `GET /v1/villages/{villageId}/disclosures` answers (with the params found so far).
    const prefix = route.path.slice(0, route.path.indexOf(`/{${name}}`));
    const list = routes.find((one) => one.method === 'GET' && one.path === prefix);
    if (list === undefined) return undefined;
    return fromItems(await listItems(list), fieldsFor(name));
  }

  async function chooseVillage(): Promise<string> {
    const listRegions = routeById.get('listRegions');
    const tree = listRegions === undefined ? undefined : await send({ method: 'GET', path: listRegions.path }).catch(() => undefined);
    const villages = tree?.status === 200 ? villagesOf(tree.json) : [];
    if (options.village !== undefined) {
      if (villages.length > 0 && !villages.includes(options.village))
        throw new DiscoveryFailure(
          `the village ${options.village} is not in the backend's region tree (GET /v1/regions lists ${villages.slice(0, 5).join(', ')}${villages.length > 5 ? ' …' : ''})`,
          'unknownVillage',
        );
      return options.village;
    }
    const first = villages[0];
    if (first === undefined)
      throw new DiscoveryFailure(
        `${tree?.summary ?? 'GET /v1/regions'}: the backend lists no village, so nothing can be checked (name one with --village)`,
        'unreachable',
      );
    return first;
  }

  return { village, ...(serverVersion === undefined ? {} : { serverVersion }), paramsFor };
}
