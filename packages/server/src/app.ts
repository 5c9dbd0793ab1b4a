import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { registerRoutes, type Handlers } from './api/register.js';
import type { AppServices } from './api/context.js';
import { routes } from '@shanzhi/sdk';
import { authenticate, demoAuth, type AuthSettings } from './auth/authenticate.js';
import type { Database } from './db/schema.js';
import { attachmentHandlers } from './handlers/attachments.js';
import { disclosureHandlers } from './handlers/disclosure.js';
import { financeHandlers } from './handlers/finance.js';
import { decisionHandlers } from './handlers/decisions.js';
import { powerHandlers } from './handlers/powers.js';
import { postingHandlers } from './handlers/postings.js';
import { disclosureQueryHandlers } from './handlers/disclosure-queries.js';
import { disclosureDraftHandlers } from './handlers/disclosure-drafts.js';
import { householdBalanceHandlers } from './handlers/household-balance.js';
import { mediationHandlers } from './handlers/mediation.js';
import { mediationDeskHandlers } from './handlers/mediation-desk.js';
import { pointsHandlers } from './handlers/points.js';
import { pointsDeskHandlers } from './handlers/points-desk.js';
import { servicesHandlers } from './handlers/services.js';
import { requestHandlers } from './handlers/requests.js';
import { gridHandlers } from './handlers/grid.js';
import { supermarketHandlers } from './handlers/supermarket.js';
import { mentoringHandlers } from './handlers/mentoring.js';
import { systemHandlers } from './handlers/system.js';
import { logRefusals } from './audit/access-log.js';
import { clientAddress, type TrustedProxies } from './http/client-address.js';
import { corsHeaders } from './http/cors.js';
import { limitGuesses, type GuessLimitOptions } from './http/guess-limiter.js';
import { throttleFailedTokens, type TokenLimitOptions } from './http/token-throttle.js';
import { limitBody, readUnreadBody, requireJson } from './http/limits.js';
import { noSniff } from './http/nosniff.js';
import { contractVersion } from './http/contract-version.js';
import { strictTransportSecurity } from './http/hsts.js';
import { notFound, onError } from './http/problem.js';
import { requestId } from './http/request-id.js';
import { refuseTrackingCodeInUrl } from './mediation/tracking-code-in-url.js';
import { portalRoutes } from './portal/portal.js';
import { boardPageCache } from './points/board-pages.js';
import { openAttachments, type Attachments } from './attachments/service.js';
import { largestMaxBytes } from './attachments/settings.js';
import { isFileUpload, uploadTypesOf } from './attachments/upload-request.js';
import { limitAnonymousUploads } from './attachments/upload-throttle.js';

export interface AppOptions {
  readonly db: Kysely<Database>;
  /** The clock; tests and the demo pin it so the seeded year stays "this year". */
  readonly now?: () => Date;
  readonly version?: string;
  /** Origins allowed to call the API from a browser (portals embedding the widgets). Default: any. */
  readonly corsOrigins?: readonly string[] | '*';
  readonly maxBodyBytes?: number;
  /** Limits on failed tracking-code look-ups, kept in the database (defaults: 20 per case, 200 per client, per 10 minutes). */
  readonly guessLimit?: GuessLimitOptions;
  /** Limit on invalid bearer tokens per client, kept in the database (default 30 per 10 minutes). */
  readonly tokenLimit?: TokenLimitOptions;
  /** Built widget files served at /assets/ for the demo portal page. */
  readonly assetsDir?: string | undefined;
  /** Proxies whose X-Forwarded-For is believed (addresses, CIDRs, `loopback`…); default none: the socket peer is the client. */
  readonly trustedProxies?: TrustedProxies;
  /** Which bearer tokens are accepted. Default: the demo's (demo tokens and service keys); production passes its own. */
  readonly auth?: AuthSettings;
  /** `Strict-Transport-Security` max-age (seconds) when clients reach the server over TLS; default none (no HSTS). */
  readonly hstsMaxAgeSec?: number | undefined;
  /** Where attachments are kept and how large they may be; default: files under ./data/attachments (docs/attachments.md). */
  readonly attachments?: Attachments;
}

/** Every method the route table uses, plus OPTIONS for preflights: a new PUT route needs no CORS edit. */
export const corsMethods: readonly string[] = [...new Set<string>(routes.map((route) => route.method)), 'OPTIONS'];

export const handlers: Handlers = {
  ...systemHandlers,
  ...pointsHandlers,
  ...householdBalanceHandlers,
  ...pointsDeskHandlers,
  ...disclosureHandlers,
  ...financeHandlers,
  ...decisionHandlers,
  ...powerHandlers,
  ...postingHandlers,
  ...disclosureQueryHandlers,
  ...disclosureDraftHandlers,
  ...mediationHandlers,
  ...mediationDeskHandlers,
  ...servicesHandlers,
  ...requestHandlers,
  ...gridHandlers,
  ...attachmentHandlers,
  ...supermarketHandlers,
  ...mentoringHandlers,
};

export function createApp(options: AppOptions): { app: Hono; services: AppServices } {
  const services: AppServices = {
    db: options.db,
    version: options.version ?? '0.1.0',
    now: options.now ?? (() => new Date()),
    caches: new Map(),
    attachments: options.attachments ?? openAttachments(),
  };
  const app = new Hono();
  app.use(requestId());
  app.use(clientAddress(options.trustedProxies));
  app.use(noSniff());
  if (options.hstsMaxAgeSec !== undefined) app.use(strictTransportSecurity(options.hstsMaxAgeSec));
  // Refusals (401, 403, 429) go to the access log; registered before throttling and sign-in so it sees theirs.
  app.use('/v1/*', logRefusals(options.db));
  app.use('/v1/*', contractVersion());
  app.use(
    '/v1/*',
    corsHeaders({
      origin: options.corsOrigins === undefined || options.corsOrigins === '*' ? '*' : options.corsOrigins,
      allowMethods: corsMethods,
      allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-Request-Id', 'Accept-Language', 'If-None-Match'],
      exposeHeaders: ['X-Request-Id', 'Idempotent-Replayed', 'Retry-After', 'Content-Language', 'ETag', 'Shanzhi-Contract-Version'],
      maxAge: 600,
    }),
  );
  app.use('/v1/*', readUnreadBody());
  const files = { maxBytes: largestMaxBytes(services.attachments.settings), applies: isFileUpload };
  app.use('/v1/*', limitBody(options.maxBodyBytes === undefined ? { files } : { maxBytes: options.maxBodyBytes, files }));
  app.use('/v1/*', requireJson(uploadTypesOf));
  // Counts the 401 invalid_token answers of the authentication below; must stay registered just before it.
  app.use('/v1/*', throttleFailedTokens(options.db, options.tokenLimit));
  app.use('/v1/*', authenticate(options.db, options.auth ?? demoAuth));
  // Tracking codes travel only in request bodies, and the routes that open a case by its code may not be guessed cheaply.
  app.use('/v1/mediation/*', refuseTrackingCodeInUrl());
  const guesses = limitGuesses(options.db, options.guessLimit);
  app.use('/v1/mediation/cases/:caseNumber/lookup', guesses);
  app.use('/v1/mediation/cases/:caseNumber/withdrawal', guesses);
  // A query's receipt code is such a secret too: its misses count per query (the limiter's `caseNumber` names the query).
  app.use('/v1/villages/:villageId/disclosure-queries/:caseNumber/lookup', guesses);
  // A 代办 or 点单 request's receipt code too: the villager's look-up and rating count misses per request.
  app.use('/v1/villages/:villageId/requests/:caseNumber/lookup', guesses);
  app.use('/v1/villages/:villageId/requests/:caseNumber/rating', guesses);
  // Files sent without a token (a mediation application's) are counted per client address (attachments/upload-throttle.ts).
  app.use(
    '/v1/villages/:villageId/uploads/:purpose',
    limitAnonymousUploads(options.db, { limit: services.attachments.settings.anonymousUploads }),
  );
  // The public leaderboard is served from pages serialized once per village version (points/board-pages.ts).
  registerRoutes(app, services, handlers, { getLeaderboard: boardPageCache(services) });
  app.route('/', portalRoutes(services, { assetsDir: options.assetsDir, demoRoles: (options.auth ?? demoAuth).demoTokens }));
  app.onError(onError);
  app.notFound(notFound);
  return { app, services };
}
