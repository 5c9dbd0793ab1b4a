import { roles, type Role } from '@shanzhi/rules';
import proxyAddr from 'proxy-addr';
import * as z from 'zod';
import { attachmentPurposes, type AttachmentPurpose } from '@shanzhi/sdk';
import { defaultAttachmentDir, type AttachmentSettings } from '../attachments/settings.js';
import { identityRoleMap } from '../auth/claims.js';
import { asymmetricAlgorithms, defaultAlgorithms, type OidcSettings } from '../auth/oidc.js';
import { defaultConnectionLimits } from '../http/connection-limits.js';
import { defaultDatabaseFile } from '../db/open.js';
import { defaultRetention, minimumLogRetentionDays, modes, type ServerConfig } from './server-config.js';

export type ConfigResult =
  | { readonly ok: true; readonly config: ServerConfig; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly errors: readonly string[]; readonly warnings: readonly string[] };

/** Thrown by `configFromEnv` with every problem at once, so an operator fixes them in one round. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly errors: readonly string[]) {
    super(`Invalid configuration:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  }
}

// ---- value parsers: each issue's message says what is wanted and what was given ----------------------------

const quoted = (value: string) => JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);

/** A whole number in [min, max]; `wanted` words the message (the range, and why where it is a legal floor). */
function integer(min: number, max: number, wanted = `a whole number from ${min} to ${max}`) {
  return z.string().transform((text, ctx) => {
    const value = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
    if (Number.isSafeInteger(value) && value >= min && value <= max) return value;
    ctx.addIssue({ code: 'custom', message: `must be ${wanted}, got ${quoted(text)}` });
    return z.NEVER;
  });
}

const maximumLogRetentionDays = 36_500;
/** Both log retentions: the law sets the floor, and the message says so. */
const logRetentionDays = integer(
  minimumLogRetentionDays,
  maximumLogRetentionDays,
  `a whole number of days from ${minimumLogRetentionDays} to ${maximumLogRetentionDays} (网络安全法 Art. 21: network logs are kept no less than six months)`,
);

const boolean = z.string().transform((text, ctx) => {
  const value = text.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  ctx.addIssue({ code: 'custom', message: `must be on or off (true/false, yes/no, 1/0), got ${quoted(text)}` });
  return z.NEVER;
});

const list = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

const origins = z.string().transform((text, ctx) => {
  const items = list(text);
  if (items.length === 1 && items[0] === '*') return '*' as const;
  const bad = items.filter((item) => {
    try {
      const url = new URL(item);
      return !['http:', 'https:'].includes(url.protocol) || url.origin !== item;
    } catch {
      return true;
    }
  });
  if (items.length === 0 || bad.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `must be "*" or a comma-separated list of origins like https://portal.example.gov.cn (scheme, host and port only, no path or trailing slash); not origins: ${bad.map(quoted).join(', ') || 'none given'}`,
    });
    return z.NEVER;
  }
  return items;
});

const proxies = z.string().transform((text, ctx) => {
  const items = list(text);
  const bad = items.filter((item) => {
    try {
      proxyAddr.compile(item);
      return false;
    } catch {
      return true;
    }
  });
  if (bad.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `must list IP addresses, CIDR ranges (10.0.0.0/8) or the names loopback, linklocal, uniquelocal; not valid: ${bad.map(quoted).join(', ')}`,
    });
    return z.NEVER;
  }
  return items;
});

const algorithms = z.string().transform((text, ctx) => {
  const items = list(text);
  const bad = items.filter((item) => !(asymmetricAlgorithms as readonly string[]).includes(item));
  if (items.length === 0 || bad.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `must list asymmetric JWS algorithms from ${asymmetricAlgorithms.join(', ')} ("none" and HS* are never accepted); not allowed: ${bad.map(quoted).join(', ') || 'none given'}`,
    });
    return z.NEVER;
  }
  return items;
});

const roleMap = z.string().transform((text, ctx) => {
  const map = new Map<string, Role>();
  const bad: string[] = [];
  for (const pair of list(text)) {
    const at = pair.lastIndexOf('=');
    const value = pair.slice(0, at).trim();
    const role = pair.slice(at + 1).trim();
    if (at <= 0 || value === '' || !(roles as readonly string[]).includes(role)) bad.push(pair);
    else map.set(value, role as Role);
  }
  if (map.size === 0 || bad.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `must be comma-separated idpValue=role pairs with role one of ${roles.join(', ')}; not valid: ${bad.map(quoted).join(', ') || 'none given'}`,
    });
    return z.NEVER;
  }
  return map;
});

const jwksUrl = z.string().transform((text, ctx) => {
  try {
    const url = new URL(text);
    // Keys fetched over plain HTTP could be swapped by anyone on the path; loopback is allowed for tests and sidecars.
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) return url.href;
  } catch {
    // reported below
  }
  ctx.addIssue({ code: 'custom', message: `must be an https:// URL (http:// only on loopback), got ${quoted(text)}` });
  return z.NEVER;
});

/** Attachment sizes: one number of bytes for every purpose, or `purpose=bytes` pairs (the others keep their defaults). */
const minAttachmentBytes = 1024;
const maxAttachmentBytes = 100 * 1024 * 1024;
const attachmentSizes = z.string().transform((text, ctx) => {
  const inRange = (value: string) =>
    /^\s*\d+\s*$/.test(value) && Number(value) >= minAttachmentBytes && Number(value) <= maxAttachmentBytes;
  if (inRange(text)) return Object.fromEntries(attachmentPurposes.map((purpose) => [purpose, Number(text)]));
  const sizes: Partial<Record<AttachmentPurpose, number>> = {};
  const bad: string[] = [];
  for (const pair of list(text)) {
    const [purpose = '', bytes = ''] = pair.split('=').map((part) => part.trim());
    if ((attachmentPurposes as readonly string[]).includes(purpose) && inRange(bytes)) sizes[purpose as AttachmentPurpose] = Number(bytes);
    else bad.push(pair);
  }
  if (Object.keys(sizes).length === 0 || bad.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `must be a number of bytes from ${String(minAttachmentBytes)} to ${String(maxAttachmentBytes)}, or purpose=bytes pairs with purpose one of ${attachmentPurposes.join(', ')}; not valid: ${bad.map(quoted).join(', ') || quoted(text)}`,
    });
    return z.NEVER;
  }
  return sizes;
});

const s3Endpoint = z.string().transform((text, ctx) => {
  try {
    const url = new URL(text);
    if (['http:', 'https:'].includes(url.protocol) && url.search === '' && url.hash === '') return url.href.replace(/\/+$/, '');
  } catch {
    // reported below
  }
  ctx.addIssue({ code: 'custom', message: `must be the http(s):// base URL of the S3-compatible service, got ${quoted(text)}` });
  return z.NEVER;
});

const claimName = z.string().regex(/^[\w.:/-]{1,200}$/, { error: 'must be a claim name or dotted path (letters, digits, _ . : / -)' });
const nonEmpty = z.string().trim().min(1, { error: 'must not be empty' });

const envSchema = z.object({
  SHANZHI_MODE: z.enum(modes, { error: `must be one of ${modes.join(', ')}` }).optional(),
  PORT: integer(0, 65535).optional(),
  SHANZHI_HOST: nonEmpty.optional(),
  SHANZHI_DB: nonEmpty.optional(),
  SHANZHI_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/i, { error: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  SHANZHI_HOUSEHOLDS: integer(1, 100_000).optional(),
  SHANZHI_ASSETS: nonEmpty.optional(),
  SHANZHI_CORS_ORIGINS: origins.optional(),
  SHANZHI_SERVICE_KEYS: boolean.optional(),
  SHANZHI_OIDC_ISSUER: nonEmpty.optional(),
  SHANZHI_OIDC_AUDIENCE: z.string().transform(list).optional(),
  SHANZHI_OIDC_JWKS_URL: jwksUrl.optional(),
  SHANZHI_OIDC_ALGORITHMS: algorithms.optional(),
  SHANZHI_OIDC_CLOCK_TOLERANCE_SECONDS: integer(0, 300).optional(),
  SHANZHI_OIDC_ROLE_CLAIM: claimName.optional(),
  SHANZHI_OIDC_ROLE_MAP: roleMap.optional(),
  SHANZHI_OIDC_VILLAGE_CLAIM: claimName.optional(),
  SHANZHI_OIDC_HOUSEHOLD_CLAIM: claimName.optional(),
  SHANZHI_HEADERS_TIMEOUT_MS: integer(1_000, 300_000).optional(),
  SHANZHI_REQUEST_TIMEOUT_MS: integer(1_000, 600_000).optional(),
  SHANZHI_KEEP_ALIVE_TIMEOUT_MS: integer(1_000, 600_000).optional(),
  SHANZHI_IDLE_TIMEOUT_MS: integer(1_000, 600_000).optional(),
  SHANZHI_MAX_CONNECTIONS: integer(16, 1_000_000).optional(),
  SHANZHI_MAX_CONNECTIONS_PER_CLIENT: integer(0, 1_000_000).optional(),
  SHANZHI_TRUSTED_PROXIES: proxies.optional(),
  SHANZHI_BEHIND_TLS: boolean.optional(),
  SHANZHI_HSTS_MAX_AGE_SECONDS: integer(0, 63_072_000).optional(),
  SHANZHI_GUESS_LIMIT_PER_CASE: integer(1, 100_000).optional(),
  SHANZHI_GUESS_LIMIT_PER_CLIENT: integer(1, 1_000_000).optional(),
  SHANZHI_TOKEN_FAILURE_LIMIT: integer(1, 1_000_000).optional(),
  SHANZHI_THROTTLE_WINDOW_MS: integer(1_000, 86_400_000).optional(),
  SHANZHI_ACCESS_LOG_RETENTION_DAYS: logRetentionDays.optional(),
  SHANZHI_AUDIT_LOG_RETENTION_DAYS: logRetentionDays.optional(),
  SHANZHI_ATTACHMENTS_DIR: nonEmpty.optional(),
  SHANZHI_ATTACHMENTS_MAX_BYTES: attachmentSizes.optional(),
  SHANZHI_ATTACHMENTS_UNREFERENCED_GRACE_HOURS: integer(1, 8_760).optional(),
  SHANZHI_ATTACHMENTS_S3_ENDPOINT: s3Endpoint.optional(),
  SHANZHI_ATTACHMENTS_S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { error: 'must be a bucket name (3–63 lower-case letters, digits, dots, hyphens)' })
    .optional(),
  SHANZHI_ATTACHMENTS_S3_REGION: nonEmpty.optional(),
  SHANZHI_ATTACHMENTS_S3_ACCESS_KEY_ID: nonEmpty.optional(),
  SHANZHI_ATTACHMENTS_S3_SECRET_ACCESS_KEY: nonEmpty.optional(),
  SHANZHI_ATTACHMENTS_S3_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._/-]{0,200}$/, { error: 'must be an object key prefix of letters, digits and . _ / -' })
    .optional(),
});

type Env = Partial<z.output<typeof envSchema>>;
type Variable = keyof typeof envSchema.shape;

/** Every variable the server reads; anything else that starts with SHANZHI_ is probably a typo. */
export const knownVariables = Object.keys(envSchema.shape) as readonly Variable[];

const oidcTrio = ['SHANZHI_OIDC_ISSUER', 'SHANZHI_OIDC_AUDIENCE', 'SHANZHI_OIDC_JWKS_URL'] as const;
/** An S3 store needs all four; the region and the prefix have defaults. */
const s3Quartet = [
  'SHANZHI_ATTACHMENTS_S3_ENDPOINT',
  'SHANZHI_ATTACHMENTS_S3_BUCKET',
  'SHANZHI_ATTACHMENTS_S3_ACCESS_KEY_ID',
  'SHANZHI_ATTACHMENTS_S3_SECRET_ACCESS_KEY',
] as const;

/** Attachments: the S3 bucket when configured (every process shares it), else the folder beside the SQLite file. */
function attachmentsOf(env: Env): AttachmentSettings {
  const { SHANZHI_ATTACHMENTS_S3_ENDPOINT: endpoint, SHANZHI_ATTACHMENTS_S3_BUCKET: bucket } = env;
  const { SHANZHI_ATTACHMENTS_S3_ACCESS_KEY_ID: accessKeyId, SHANZHI_ATTACHMENTS_S3_SECRET_ACCESS_KEY: secretAccessKey } = env;
  const s3 =
    endpoint === undefined || bucket === undefined || accessKeyId === undefined || secretAccessKey === undefined
      ? undefined
      : {
          endpoint,
          bucket,
          accessKeyId,
          secretAccessKey,
          region: env.SHANZHI_ATTACHMENTS_S3_REGION ?? 'us-east-1',
          prefix: env.SHANZHI_ATTACHMENTS_S3_PREFIX ?? '',
        };
  return {
    dir: env.SHANZHI_ATTACHMENTS_DIR ?? defaultAttachmentDir(env.SHANZHI_DATABASE_URL === undefined ? env.SHANZHI_DB : undefined),
    maxBytes: env.SHANZHI_ATTACHMENTS_MAX_BYTES ?? {},
    ...(env.SHANZHI_ATTACHMENTS_UNREFERENCED_GRACE_HOURS === undefined
      ? {}
      : { unreferencedGraceHours: env.SHANZHI_ATTACHMENTS_UNREFERENCED_GRACE_HOURS }),
    ...(s3 ? { s3 } : {}),
  };
}

/**
 * Each variable is parsed on its own, so one bad value neither hides another nor the rules across variables
 * (those skip variables that already failed, so one mistake is not reported twice).
 */
function parseEach(raw: Readonly<Record<string, string>>, errors: string[], failed: Set<Variable>): Env {
  const env: Record<string, unknown> = {};
  for (const name of knownVariables) {
    const result = envSchema.shape[name].safeParse(raw[name]);
    if (result.success) env[name] = result.data;
    else {
      failed.add(name);
      for (const issue of result.error.issues) errors.push(`${name}: ${issue.message}`);
    }
  }
  return env;
}

function oidcOf(env: Env): OidcSettings | undefined {
  if (env.SHANZHI_OIDC_ISSUER === undefined || env.SHANZHI_OIDC_AUDIENCE === undefined || env.SHANZHI_OIDC_JWKS_URL === undefined)
    return undefined;
  return {
    issuer: env.SHANZHI_OIDC_ISSUER,
    audience: env.SHANZHI_OIDC_AUDIENCE,
    jwksUrl: env.SHANZHI_OIDC_JWKS_URL,
    algorithms: env.SHANZHI_OIDC_ALGORITHMS ?? defaultAlgorithms,
    clockToleranceSec: env.SHANZHI_OIDC_CLOCK_TOLERANCE_SECONDS ?? 60,
    claims: {
      roleClaim: env.SHANZHI_OIDC_ROLE_CLAIM ?? 'roles',
      roleMap: env.SHANZHI_OIDC_ROLE_MAP ?? identityRoleMap,
      villageClaim: env.SHANZHI_OIDC_VILLAGE_CLAIM ?? 'village_id',
      householdClaim: env.SHANZHI_OIDC_HOUSEHOLD_CLAIM ?? 'household_id',
    },
  };
}

/** A throttle limit with only the fields a variable set, so unset ones keep the throttle's own default. */
function limit(maxFailures: number | undefined, windowMs: number | undefined): { maxFailures?: number; windowMs?: number } | undefined {
  if (maxFailures === undefined && windowMs === undefined) return undefined;
  return { ...(maxFailures === undefined ? {} : { maxFailures }), ...(windowMs === undefined ? {} : { windowMs }) };
}

function throttlesOf(env: Env): Pick<ServerConfig, 'guessLimit' | 'tokenLimit'> {
  const window = env.SHANZHI_THROTTLE_WINDOW_MS;
  const perCase = limit(env.SHANZHI_GUESS_LIMIT_PER_CASE, window);
  const perClient = limit(env.SHANZHI_GUESS_LIMIT_PER_CLIENT, window);
  return {
    guessLimit: { ...(perCase ? { perCase } : {}), ...(perClient ? { perClient } : {}) },
    tokenLimit: limit(env.SHANZHI_TOKEN_FAILURE_LIMIT, window) ?? {},
  };
}

/** Rules that involve several variables; each adds its own message. */
function crossCheck(env: Env, failed: ReadonlySet<Variable>, errors: string[]): void {
  const mode = env.SHANZHI_MODE ?? 'demo';
  if (failed.has('SHANZHI_MODE')) return;
  const oidcSet = oidcTrio.filter((name) => env[name] !== undefined || failed.has(name));
  if (oidcSet.length > 0 && oidcSet.length < oidcTrio.length) {
    for (const name of oidcTrio)
      if (env[name] === undefined && !failed.has(name))
        errors.push(
          `${name}: required with ${oidcSet.join(' and ')} (sign-in through an identity provider needs the issuer, the audience and the JWKS URL)`,
        );
  }
  const s3Set = s3Quartet.filter((name) => env[name] !== undefined || failed.has(name));
  if (s3Set.length > 0 && s3Set.length < s3Quartet.length) {
    for (const name of s3Quartet)
      if (env[name] === undefined && !failed.has(name))
        errors.push(`${name}: required with ${s3Set.join(' and ')} (an S3 attachment store needs the endpoint, the bucket and both keys)`);
  }
  if (env.SHANZHI_OIDC_AUDIENCE?.length === 0) errors.push('SHANZHI_OIDC_AUDIENCE: must name at least one audience');
  const headers = env.SHANZHI_HEADERS_TIMEOUT_MS ?? defaultConnectionLimits.headersTimeoutMs;
  const request = env.SHANZHI_REQUEST_TIMEOUT_MS ?? defaultConnectionLimits.requestTimeoutMs;
  if (!failed.has('SHANZHI_HEADERS_TIMEOUT_MS') && !failed.has('SHANZHI_REQUEST_TIMEOUT_MS') && headers > request)
    errors.push(`SHANZHI_HEADERS_TIMEOUT_MS: must not exceed SHANZHI_REQUEST_TIMEOUT_MS (${String(headers)} > ${String(request)})`);
  if (mode === 'production') {
    if (oidcSet.length === 0 && env.SHANZHI_SERVICE_KEYS !== true && !failed.has('SHANZHI_SERVICE_KEYS')) {
      errors.push(
        'SHANZHI_MODE=production: no way to sign in — set SHANZHI_OIDC_ISSUER, SHANZHI_OIDC_AUDIENCE and SHANZHI_OIDC_JWKS_URL (people), and/or SHANZHI_SERVICE_KEYS=on (machine clients)',
      );
    }
    if (failed.has('SHANZHI_CORS_ORIGINS')) return;
    if (env.SHANZHI_CORS_ORIGINS === undefined)
      errors.push(
        'SHANZHI_CORS_ORIGINS: required in production — the portal origins allowed to call the API, e.g. https://portal.example.gov.cn',
      );
    else if (env.SHANZHI_CORS_ORIGINS === '*')
      errors.push('SHANZHI_CORS_ORIGINS: "*" is allowed in demo mode only; list the portal origins');
  }
}

/**
 * Reads and validates the server's settings. Every bad value yields its own message, all reported together.
 * Empty variables count as unset (a blank line in an env file must not turn a default into an error).
 */
export function readConfig(source: NodeJS.ProcessEnv = process.env): ConfigResult {
  const raw: Record<string, string> = {};
  for (const [name, value] of Object.entries(source)) if (value !== undefined && value.trim() !== '') raw[name] = value;
  const known: readonly string[] = knownVariables;
  const warnings = Object.keys(raw)
    .filter((name) => name.startsWith('SHANZHI_') && !known.includes(name))
    .map((name) => `${name}: not a setting of the server core (ignored here; check the spelling)`);
  const errors: string[] = [];
  const failed = new Set<Variable>();
  const env = parseEach(raw, errors, failed);
  crossCheck(env, failed, errors);
  if (errors.length > 0) return { ok: false, errors, warnings };

  const mode = env.SHANZHI_MODE ?? 'demo';
  if (mode === 'production' && env.SHANZHI_HOUSEHOLDS !== undefined)
    warnings.push('SHANZHI_HOUSEHOLDS: ignored in production (nothing is seeded)');
  if (mode === 'production' && env.SHANZHI_DATABASE_URL !== undefined && env.SHANZHI_ATTACHMENTS_S3_BUCKET === undefined)
    warnings.push(
      'SHANZHI_ATTACHMENTS_S3_*: not set — attachments go to a folder of this machine; processes on other machines will not find them (docs/attachments.md)',
    );
  if (env.SHANZHI_HSTS_MAX_AGE_SECONDS !== undefined && env.SHANZHI_BEHIND_TLS !== true)
    warnings.push('SHANZHI_HSTS_MAX_AGE_SECONDS: ignored without SHANZHI_BEHIND_TLS=on');
  const config: ServerConfig = {
    mode,
    port: env.PORT ?? 8080,
    host: env.SHANZHI_HOST ?? '0.0.0.0',
    database:
      env.SHANZHI_DATABASE_URL !== undefined
        ? { kind: 'postgres', url: env.SHANZHI_DATABASE_URL }
        : { kind: 'sqlite', filename: env.SHANZHI_DB ?? defaultDatabaseFile },
    households: mode === 'demo' ? env.SHANZHI_HOUSEHOLDS : undefined,
    assetsDir: env.SHANZHI_ASSETS ?? 'packages/components/dist/cdn',
    corsOrigins: env.SHANZHI_CORS_ORIGINS ?? '*',
    auth: {
      demoTokens: mode === 'demo',
      serviceKeys: env.SHANZHI_SERVICE_KEYS ?? mode === 'demo',
      oidc: oidcOf(env),
    },
    connections: {
      headersTimeoutMs: env.SHANZHI_HEADERS_TIMEOUT_MS ?? defaultConnectionLimits.headersTimeoutMs,
      requestTimeoutMs: env.SHANZHI_REQUEST_TIMEOUT_MS ?? defaultConnectionLimits.requestTimeoutMs,
      keepAliveTimeoutMs: env.SHANZHI_KEEP_ALIVE_TIMEOUT_MS ?? defaultConnectionLimits.keepAliveTimeoutMs,
      idleTimeoutMs: env.SHANZHI_IDLE_TIMEOUT_MS ?? defaultConnectionLimits.idleTimeoutMs,
      maxConnections: env.SHANZHI_MAX_CONNECTIONS ?? defaultConnectionLimits.maxConnections,
      maxConnectionsPerClient: env.SHANZHI_MAX_CONNECTIONS_PER_CLIENT ?? defaultConnectionLimits.maxConnectionsPerClient,
    },
    trustedProxies: env.SHANZHI_TRUSTED_PROXIES ?? [],
    hstsMaxAgeSec: env.SHANZHI_BEHIND_TLS === true ? (env.SHANZHI_HSTS_MAX_AGE_SECONDS ?? 31_536_000) : undefined,
    retention: {
      accessLogDays: env.SHANZHI_ACCESS_LOG_RETENTION_DAYS ?? defaultRetention.accessLogDays,
      auditLogDays: env.SHANZHI_AUDIT_LOG_RETENTION_DAYS ?? defaultRetention.auditLogDays,
    },
    ...throttlesOf(env),
    attachments: attachmentsOf(env),
  };
  return { ok: true, config, warnings };
}

/** `readConfig`, throwing a `ConfigError` that lists every problem. */
export function configFromEnv(source: NodeJS.ProcessEnv = process.env): ServerConfig {
  const result = readConfig(source);
  if (!result.ok) throw new ConfigError(result.errors);
  return result.config;
}
