import { resolveLocale, todayInShanghai, validate } from '@shanzhi/rules';
import { routes, type AnyRoute, type RouteSpec } from '@shanzhi/sdk';
import type { Context, Hono } from 'hono';
import type { Principal } from '../auth/principal.js';
import { sendFile } from '../attachments/serve.js';
import { readUpload, uploadFingerprint } from '../attachments/upload-request.js';
import { recordAccess, subjectOf } from '../audit/access-log.js';
import {
  cacheClassOf,
  entityTag,
  matchesIfNoneMatch,
  publicMaxAgeSeconds,
  rawQueryOf,
  type PublicPage,
  type PublicPageCache,
  type PublicPageSlot,
} from '../http/cache.js';
import { runIdempotent } from '../http/idempotency.js';
import { readJson } from '../http/limits.js';
import { HttpProblem } from '../http/problem.js';
import { redactResponse, refuseRawPersonalData } from '../http/public-content.js';
import { requestIdOf } from '../http/request-id.js';
import type { AppServices, Handler, HandlerContext } from './context.js';

/** One handler per route id: the compiler refuses a route table entry without its implementation. */
export type Handlers = { readonly [R in AnyRoute as R['id']]: Handler<R> };

declare module 'hono' {
  interface ContextVariableMap {
    principal: Principal;
  }
}

/** Roles come from the route table, the same one the client and openapi.json are built from. */
export function checkAccess(route: RouteSpec, principal: Principal): void {
  const { roles, relation } = route.access;
  if (roles === 'anyone' || roles.includes(principal.role)) return;
  // A relation is proved inside the handler, which knows the resource: any caller may hold a tracking code, but only a
  // villager can have a household. Everyone else is refused here, before the body is read (docs/api.md, "Order of
  // checks"): a staff caller on a household's own route learnt from a 400 what the route accepts.
  if (relation === 'trackingCode' || (relation === 'household' && principal.role === 'villager')) return;
  if (principal.role === 'public') throw HttpProblem.of('unauthorized', { headers: { 'WWW-Authenticate': 'Bearer' } });
  throw HttpProblem.of('forbidden');
}

function parse(schema: RouteSpec['params'], input: unknown): unknown {
  if (!schema) return undefined;
  const result = validate(schema, input);
  if (!result.ok) throw HttpProblem.validation(result.issues);
  return result.value;
}

/** Query strings arrive as lists; a key given once is a plain string, as the schemas expect. */
function queryObject(c: Context): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, values] of Object.entries(c.req.queries())) out[key] = values.length === 1 ? (values[0] ?? '') : values;
  return out;
}

const staffRoles = new Set(['gridWorker', 'cadre', 'supervisor', 'mediator', 'admin']);

/** Pre-serialized public pages, by route id (the leaderboard's, points/board-pages.ts). */
export type PublicPageCaches = Partial<Record<string, PublicPageCache>>;

/** A public read as sent: a short shared lifetime, an ETag, and 304 when the caller already holds that tag. */
function publicResponse(c: Context, page: PublicPage, replayed: boolean): Response {
  // The village TV screen and the WeChat group that all open the same board revalidate cheaply.
  const headers: Record<string, string> = replayed ? { 'Idempotent-Replayed': 'true' } : {};
  headers['Cache-Control'] = `public, max-age=${String(publicMaxAgeSeconds)}`;
  headers.ETag = page.etag;
  headers.Vary = 'Accept-Language, Authorization';
  if (matchesIfNoneMatch(c.req.header('If-None-Match'), page.etag)) return c.body(null, 304, headers);
  return c.body(page.json, page.status as 200, { ...headers, 'Content-Type': 'application/json' });
}

export function registerRoutes(app: Hono, services: AppServices, handlers: Handlers, pageCaches: PublicPageCaches = {}): void {
  for (const route of routes as readonly RouteSpec[]) {
    const handler = (handlers as unknown as Record<string, Handler<RouteSpec>>)[route.id];
    if (!handler) throw new Error(`No handler for route ${route.id}`);
    const path = route.path.replace(/\{(\w+)\}/g, ':$1');
    const pages = pageCaches[route.id];
    app.on(route.method, path, async (c) => {
      const principal = c.get('principal');
      checkAccess(route, principal);
      // The fast path: a public page already serialized for this query, language and day, still current. Only a
      // caller without credentials is served from (or stored into) it; everyone else takes the full path below.
      let slot: PublicPageSlot | undefined;
      if (pages !== undefined && cacheClassOf(route, principal.id !== 'anonymous') === 'public') {
        const request = {
          params: c.req.param() as Record<string, string>,
          rawQuery: rawQueryOf(c.req.url),
          locale: resolveLocale(c.req.header('accept-language')),
          today: todayInShanghai(services.now()),
        };
        slot = await pages.open(request);
        if (slot?.page !== undefined) return publicResponse(c, slot.page, false);
      }
      const params = parse(route.params, c.req.param());
      const query = parse(route.query, queryObject(c));
      const body = route.body ? parse(route.body, await readJson(c)) : undefined;
      // An upload's body is the file's bytes (attachments/upload-request.ts), not JSON.
      const upload = route.upload ? await readUpload(c, route.upload.mediaTypes) : undefined;
      if (route.publishes) refuseRawPersonalData(body);
      const now = services.now();
      // The schemas above produced exactly the shapes HandlerContext promises for this route.
      const base = {
        route,
        params,
        query,
        body,
        upload,
        principal,
        locale: resolveLocale(c.req.header('accept-language')),
        requestId: requestIdOf(c),
        today: todayInShanghai(now),
        now,
        app: services,
      } as Omit<HandlerContext<RouteSpec>, 'db'>;

      let status: number;
      let payload: unknown;
      let replayed = false;
      if (route.idempotency === 'none') {
        const result = await handler({ ...base, db: services.db });
        status = result.status ?? route.status;
        payload = result.body;
        if (route.download) return sendFile(c, services.db, payload, route.id, now);
      } else {
        const outcome = await runIdempotent(
          services.db,
          {
            key: c.req.header('idempotency-key'),
            required: route.idempotency === 'required',
            principal: principal.id,
            method: route.method,
            path: c.req.path,
            body: upload === undefined ? body : uploadFingerprint(upload),
          },
          async (trx) => {
            const result = await handler({ ...base, db: trx });
            return { status: result.status ?? route.status, body: result.body };
          },
        );
        ({ status, replayed } = outcome);
        payload = outcome.body;
      }

      // Privacy by default: nothing that leaves for a non-staff caller may hold a raw phone or ID number. A stray
      // one (typed into free text before the write-time check existed) is masked and reported, never served, and
      // never fails a whole public list.
      if (!staffRoles.has(principal.role)) {
        const redacted = redactResponse(payload);
        if (redacted.paths.length > 0) {
          console.error(
            `[shanzhi] request ${requestIdOf(c)} ${route.id}: masked raw personal data at ${redacted.paths.slice(0, 5).join(', ')}`,
          );
          payload = redacted.payload;
        }
      }
      if (route.personal) {
        await recordAccess(services.db, c, { kind: 'read', action: route.id, subject: subjectOf(c.req.param()), status }, now);
      }
      if (cacheClassOf(route, principal.id !== 'anonymous') === 'private') {
        const headers: Record<string, string> = replayed ? { 'Idempotent-Replayed': 'true' } : {};
        headers['Cache-Control'] = 'private, no-store';
        return c.json(payload, status as 200, headers);
      }
      const json = JSON.stringify(payload);
      const page: PublicPage = { status, json, etag: entityTag(json, base.locale) };
      slot?.store(page);
      return publicResponse(c, page, replayed);
    });
  }
}
