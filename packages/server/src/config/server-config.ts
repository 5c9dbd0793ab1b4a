import type { AttachmentSettings } from '../attachments/settings.js';
import type { AuthSettings } from '../auth/authenticate.js';
import type { RetentionSettings } from '../audit/retention.js';
import type { ConnectionLimits } from '../http/connection-limits.js';
import type { GuessLimitOptions } from '../http/guess-limiter.js';
import type { TokenLimitOptions } from '../http/token-throttle.js';

/**
 * demo: what `npm start` runs — seeds an empty database with the demo county, prints and accepts demo tokens,
 * lets any origin call the API. production: never seeds, never accepts demo tokens, and refuses to start without
 * a way to sign in and a CORS allow-list.
 */
export type Mode = 'demo' | 'production';
export const modes = ['demo', 'production'] as const satisfies readonly Mode[];

export type DatabaseConfig = { readonly kind: 'sqlite'; readonly filename: string } | { readonly kind: 'postgres'; readonly url: string };

/** Everything the server reads from its environment, validated (see config/from-env.ts and docs/server-operations.md). */
export interface ServerConfig {
  readonly mode: Mode;
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseConfig;
  /** Households in the demo county seeded into an empty database (demo mode only). */
  readonly households: number | undefined;
  /** Folder of the built widgets for the demo portal. */
  readonly assetsDir: string;
  readonly corsOrigins: readonly string[] | '*';
  readonly auth: AuthSettings;
  readonly connections: ConnectionLimits;
  readonly trustedProxies: readonly string[];
  /** `Strict-Transport-Security` max-age in seconds when the server is reached over TLS; `undefined` sends no HSTS. */
  readonly hstsMaxAgeSec: number | undefined;
  readonly retention: RetentionSettings;
  /** Throttling of tracking-code guesses and invalid tokens; only the fields set by a variable (the rest keep the throttles' own defaults). */
  readonly guessLimit: GuessLimitOptions;
  readonly tokenLimit: TokenLimitOptions;
  /** Attachment store (a folder, or an S3-compatible bucket) and size limits (docs/attachments.md). */
  readonly attachments: AttachmentSettings;
}

/**
 * 网络安全法 (Cybersecurity Law) Art. 21(3): network operators keep network logs for no less than six months.
 * Both logs are network logs in that sense, so neither may be set shorter.
 */
export const minimumLogRetentionDays = 180;

export const defaultRetention: RetentionSettings = {
  // The access log holds client addresses (personal data): keep it no longer than the law asks.
  accessLogDays: 180,
  // The audit log holds ids and hashes only; five years spans a village committee's term (村委会每届任期五年).
  auditLogDays: 1825,
};
