import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { Kysely } from 'kysely';
import { registerRoutes, type Handlers } from './api/register.js';
import type { AppServices } from './api/context.js';
import { anonymous, principalFromToken } from './auth/principal.js';
import type { Database } from './db/schema.js';
import { disclosureHandlers } from './handlers/disclosure.js';
import { mediationHandlers } from './handlers/mediation.js';
import { pointsHandlers } from './handlers/points.js';
import { servicesHandlers } from './handlers/services.js';
import { systemHandlers } from './handlers/system.js';
import { clientAddress, type TrustedProxies } from './http/client-address.js';
import { limitGuesses, type GuessLimitOptions } from './http/guess-limiter.js';
import { limitBody, requireJson } from './http/limits.js';
import { HttpProblem, notFound, onError } from './http/problem.js';
import { requestId } from './http/request-id.js';
import { portalRoutes } from './portal/portal.js';

export interface AppOptions {
  readonly db: Kysely<Database>;
  /** The clock; tests and the demo pin it so the seeded year stays "this year". */
  readonly now?: () => Date;
  readonly version?: string;
  /** Origins allowed to call the API from a browser (portals embedding the widgets). Default: any. */
  readonly corsOrigins?: readonly string[] | '*';
  readonly maxBodyBytes?: number;
  /** Limits on failed tracking-code look-ups (default 20 per client per 10 minutes). */
  readonly guessLimit?: GuessLimitOptions;
  /** Built widget files served at /assets/ for the demo portal page. */
  readonly assetsDir?: string | undefined;
  /** Proxies whose X-Forwarded-For is believed (addresses, CIDRs, `loopback`…); default none: the socket peer is the client. */
  readonly trustedProxies?: TrustedProxies;
}

export const handlers: Handlers = { ...systemHandlers, ...pointsHandlers, ...disclosureHandlers, ...mediationHandlers, ...servicesHandlers };

export function createApp(options: AppOptions): { app: Hono; services: AppServices } {
  const services: AppServices = {
    db: options.db,
    version: options.version ?? '0.1.0',
    now: options.now ?? (() => new Date()),
    versions: new Map(),
    caches: new Map(),
  };
  const app = new Hono();
  app.use(requestId());
  app.use(clientAddress(options.trustedProxies));
  app.use(
    '/v1/*',
    cors({
      origin: options.corsOrigins === undefined || options.corsOrigins === '*' ? '*' : [...options.corsOrigins],
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-Request-Id', 'Accept-Language'],
      exposeHeaders: ['X-Request-Id', 'Idempotent-Replayed', 'Retry-After', 'Content-Language'],
      maxAge: 600,
    }),
  );
  app.use('/v1/*', limitBody(options.maxBodyBytes === undefined ? {} : { maxBytes: options.maxBodyBytes }));
  app.use('/v1/*', requireJson());
  app.use('/v1/*', async (c, next) => {
    const header = c.req.header('authorization');
    if (header === undefined) {
      c.set('principal', anonymous);
      return next();
    }
    const match = /^Bearer\s+([A-Za-z0-9._~+/-]{8,200}=*)$/i.exec(header);
    const principal = match?.[1] ? await principalFromToken(options.db, match[1]) : undefined;
    if (!principal) throw HttpProblem.of('unauthorized', { headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
    c.set('principal', principal);
    return next();
  });
  // Case look-ups by tracking code (status, withdrawal) may not be guessed cheaply.
  const guesses = limitGuesses(options.guessLimit);
  app.use('/v1/mediation/cases/:caseNumber', guesses);
  app.use('/v1/mediation/cases/:caseNumber/withdrawal', guesses);
  registerRoutes(app, services, handlers);
  app.route('/', portalRoutes(services, { assetsDir: options.assetsDir }));
  app.onError(onError);
  app.notFound(notFound);
  return { app, services };
}
