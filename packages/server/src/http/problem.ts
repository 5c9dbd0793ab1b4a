import { routePath } from 'hono/route';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  fillPlaceholders,
  formatMessage,
  isMessageCode,
  resolveLocale,
  RuleViolation,
  scrubPersonalData,
  type Locale,
  type MessageCode,
  type MessageParams,
  type RuleIssue,
} from '@shanzhi/rules';
import type { GenericProblemCode as ContractProblemCode, genericProblemStatus } from '@shanzhi/sdk';
import { requestIdHeader, requestIdOf } from './request-id.js';

/** RFC 9457 media type. */
export const problemContentType = 'application/problem+json';

interface GenericProblem {
  readonly status: ContentfulStatusCode;
  readonly title: Readonly<Record<Locale, string>>;
  readonly detail?: Readonly<Record<Locale, string>>;
}

/** Words in both languages, written `[中文, English]`. */
type Words = readonly [zh: string, en: string];

/** A generic problem: its usual status, its title and, where one helps, a detail that says what to do. */
function problem<const Status extends ContentfulStatusCode>(
  status: Status,
  title: Words,
  detail?: Words,
): GenericProblem & { readonly status: Status } {
  const inBoth = ([zh, en]: Words) => ({ 'zh-CN': zh, en });
  return detail === undefined ? { status, title: inBoth(title) } : { status, title: inBoth(title), detail: inBoth(detail) };
}

/**
 * The codes the HTTP layer itself raises (rule codes come from @shanzhi/rules' catalogue), each with its
 * usual status and its words in both languages. `{name}` placeholders take the problem's params.
 */
const genericProblems = {
  'bad-request': problem(400, ['请求无效', 'Bad request']),
  validation: problem(
    400,
    ['提交的内容未通过校验', 'The request has invalid fields'],
    ['请按各项提示修改后重试。', 'Correct the fields listed in issues and try again.'],
  ),
  'malformed-json': problem(400, ['请求正文不是有效的 JSON', 'The request body is not valid JSON']),
  'nesting-too-deep': problem(
    400,
    ['请求正文嵌套层级过深', 'The request body is nested too deeply'],
    ['数组和对象最多嵌套 {maximum} 层。', 'Arrays and objects may be nested at most {maximum} levels deep.'],
  ),
  'idempotency-key-missing': problem(
    400,
    ['缺少 Idempotency-Key 请求头', 'The Idempotency-Key header is required'],
    [
      '创建类请求须带上唯一的 Idempotency-Key（例如 UUID），重试时沿用同一个。',
      'Send a unique Idempotency-Key (a UUID) with every create and reuse it when retrying.',
    ],
  ),
  'idempotency-key-invalid': problem(
    400,
    ['Idempotency-Key 无效', 'The Idempotency-Key is not valid'],
    ['须为 1–{maximum} 个可打印 ASCII 字符。', 'Use 1–{maximum} printable ASCII characters.'],
  ),
  unauthorized: problem(401, ['请先登录', 'Authentication is required']),
  forbidden: problem(403, ['无权执行此操作', 'You are not allowed to do this']),
  'not-found': problem(404, ['未找到请求的资源', 'Not found']),
  'method-not-allowed': problem(405, ['不支持此请求方法', 'Method not allowed']),
  conflict: problem(409, ['与当前状态冲突', 'This conflicts with the current state']),
  'idempotency-in-flight': problem(
    409,
    ['相同 Idempotency-Key 的请求仍在处理中', 'A request with this Idempotency-Key is still being processed'],
    ['请稍后用同一个 Idempotency-Key 重试。', 'Retry later with the same Idempotency-Key.'],
  ),
  'payload-too-large': problem(
    413,
    ['请求正文过大', 'The request body is too large'],
    ['请求正文最多 {maximum} 字节。', 'The body may be at most {maximum} bytes.'],
  ),
  'unsupported-media-type': problem(
    415,
    ['请求正文须为 JSON', 'The request body must be JSON'],
    [
      '请使用 Content-Type: application/json（UTF-8）；上传附件时使用 Accept-Post 响应头列出的类型。',
      'Send Content-Type: application/json (UTF-8); an attachment upload takes the types the Accept-Post header lists.',
    ],
  ),
  // Attachments (docs/attachments.md): the format is recognized from the bytes, so the name never decides.
  'file-type-not-accepted': problem(
    415,
    ['不接受此类文件', 'This kind of file is not accepted'],
    [
      '“{purpose}”只接受 {accepted} 文件；按文件内容识别为：{detected}（与文件名和声明的类型无关）。',
      '“{purpose}” accepts {accepted} files only; the content was recognized as: {detected} (whatever the file name or declared type).',
    ],
  ),
  'idempotency-key-reused': problem(
    422,
    ['此 Idempotency-Key 已用于另一个请求', 'This Idempotency-Key was used for a different request'],
    ['每个不同的请求须使用新的 Idempotency-Key。', 'Use a new Idempotency-Key for every different request.'],
  ),
  'rate-limited': problem(429, ['请求过于频繁', 'Too many requests']),
  internal: problem(
    500,
    ['服务器内部错误', 'Internal server error'],
    ['请稍后重试；如需帮助，请提供请求编号。', 'Try again later; quote the request id if you ask for help.'],
  ),
  // The contract (@shanzhi/sdk) lists the codes and their statuses: a code missing here, an extra one or another status fails to compile.
} as const satisfies { readonly [C in ContractProblemCode]: GenericProblem & { readonly status: (typeof genericProblemStatus)[C] } };

export type GenericProblemCode = keyof typeof genericProblems;
/** A stable problem code: a generic HTTP one or a rule code from the message catalogue. */
export type ProblemCode = GenericProblemCode | MessageCode;

export const genericProblemCodes = Object.keys(genericProblems) as readonly GenericProblemCode[];

export function isGenericProblemCode(code: unknown): code is GenericProblemCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(genericProblems, code);
}

/** `urn:shanzhi:problem:<code in kebab case>`: `points.transition.illegal` → `…:points-transition-illegal`. */
export function problemType(code: string): string {
  const kebab = code
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `urn:shanzhi:problem:${kebab}`;
}

export interface HttpProblemInit {
  /** Values for the message's `{placeholders}`. */
  readonly params?: MessageParams;
  /**
   * Parameters the server chose from its own vocabulary (a step's name), in each language: they are filled in after
   * the echo filter, which would otherwise print `…` for any non-token value (a step is named in Chinese words).
   */
  readonly words?: Readonly<Record<string, Readonly<Record<Locale, string>>>>;
  /** Field-level findings (validation); localized into `issues` of the response. */
  readonly issues?: readonly RuleIssue[];
  /** Extra response headers (Retry-After, Allow, WWW-Authenticate …). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly cause?: unknown;
}

/** Throw this from a handler or middleware; `onError` turns it into an `application/problem+json` response. */
export class HttpProblem extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: ProblemCode;
  readonly params: MessageParams;
  readonly words: NonNullable<HttpProblemInit['words']>;
  readonly issues: readonly RuleIssue[];
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: ContentfulStatusCode, code: ProblemCode, init: HttpProblemInit = {}) {
    super(titleOf(code, 'en', init.params ?? {}), init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'HttpProblem';
    this.status = status;
    this.code = code;
    this.params = init.params ?? {};
    this.words = init.words ?? {};
    this.issues = init.issues ?? [];
    this.headers = init.headers ?? {};
  }

  /** A generic problem with its usual status. */
  static of(code: GenericProblemCode, init?: HttpProblemInit): HttpProblem {
    return new HttpProblem(genericProblems[code].status, code, init);
  }

  /** 400 'validation' with the rule issues (from `validate(schema, input)`). */
  static validation(issues: readonly RuleIssue[]): HttpProblem {
    return new HttpProblem(400, 'validation', { issues });
  }

  /** A broken domain precondition (e.g. an illegal transition): its rule code, 409 by default. */
  static fromRuleViolation(violation: RuleViolation, status: ContentfulStatusCode = 409): HttpProblem {
    return new HttpProblem(status, violation.code, { params: violation.params, cause: violation });
  }
}

function titleOf(code: ProblemCode, locale: Locale, params: MessageParams): string {
  if (isGenericProblemCode(code)) return fillPlaceholders(genericProblems[code].title[locale], params);
  if (isMessageCode(code)) return formatMessage(code, locale, params);
  return code;
}

function detailOf(code: ProblemCode, locale: Locale, params: MessageParams): string | undefined {
  if (!isGenericProblemCode(code)) return undefined;
  const entry: GenericProblem = genericProblems[code];
  return entry.detail === undefined ? undefined : fillPlaceholders(entry.detail[locale], params);
}

export interface ProblemIssue {
  path: (string | number)[];
  code: string;
  message: string;
}

/** The response body (RFC 9457 plus shanzhi's `code`, `requestId` and `issues` extension members). */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  requestId: string;
  issues?: ProblemIssue[];
}

/** A value the server itself chose: a number, a flag, or a code/date/id token. */
const echoSafeToken = /^[A-Za-z0-9_.:-]{1,64}$/;

/**
 * Problem bodies never echo what the caller typed (个人信息保护法 Art 6, minimum necessary: the form still has
 * it): a message parameter is kept only when it is a number, a boolean or a plain code; anything else reads `…`.
 * So a 422 about an agency's name, a link or an amount cannot repeat a phone or ID number typed into that field.
 */
export function echoSafeParams(params: MessageParams | undefined): MessageParams {
  const safe: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value === 'number' || typeof value === 'boolean') safe[name] = typeof value === 'boolean' ? String(value) : value;
    else safe[name] = typeof value === 'string' && echoSafeToken.test(value) ? value : '…';
  }
  return safe;
}

/** The problem as a JSON document in a locale. Every text in it passes the personal-data scrubber as well. */
export function renderProblem(problem: HttpProblem, locale: Locale, requestId: string): ProblemDocument {
  const words = Object.fromEntries(Object.entries(problem.words).map(([name, word]) => [name, word[locale]]));
  const params = { ...echoSafeParams(problem.params), ...words };
  const document: ProblemDocument = {
    type: problemType(problem.code),
    title: scrubPersonalData(titleOf(problem.code, locale, params)),
    status: problem.status,
    code: problem.code,
    requestId,
  };
  const detail = detailOf(problem.code, locale, params);
  if (detail !== undefined) document.detail = scrubPersonalData(detail);
  if (problem.issues.length > 0) {
    document.issues = problem.issues.map((found) => ({
      path: found.path.map((part) => (typeof part === 'string' ? scrubPersonalData(part) : part)),
      code: found.code,
      message: scrubPersonalData(formatMessage(found.code, locale, echoSafeParams(found.params))),
    }));
  }
  return document;
}

/** The `application/problem+json` response, in the language the caller's Accept-Language prefers. */
export function problemResponse(c: Context, problem: HttpProblem): Response {
  const locale = resolveLocale(c.req.header('Accept-Language'));
  const id = requestIdOf(c);
  return c.body(JSON.stringify(renderProblem(problem, locale, id)), problem.status, {
    ...problem.headers,
    'Content-Type': problemContentType,
    'Content-Language': locale,
    Vary: 'Accept-Language',
    'Cache-Control': 'no-store',
    [requestIdHeader]: id,
  });
}

const codeByStatus: Readonly<Partial<Record<number, GenericProblemCode>>> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'validation',
  429: 'rate-limited',
};

/** Headers of an HTTPException's own response worth keeping on the problem. */
const forwardedHeaders = ['WWW-Authenticate', 'Retry-After', 'Allow'];

function fromHttpException(error: HTTPException): HttpProblem | undefined {
  if (error.status >= 500) return undefined;
  const headers: Record<string, string> = {};
  for (const name of forwardedHeaders) {
    const value = error.res?.headers.get(name);
    if (value !== null && value !== undefined) headers[name] = value;
  }
  return new HttpProblem(error.status, codeByStatus[error.status] ?? 'bad-request', { headers });
}

/** Error codes of a client that went away mid-request (closed tab, lost signal): not a server fault. */
const clientGoneCodes = new Set(['ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ERR_STREAM_PREMATURE_CLOSE']);

function isClientAbort(c: Context, error: Error): boolean {
  const code = (error as { code?: unknown }).code;
  return c.req.raw.signal.aborted || error.name === 'AbortError' || (typeof code === 'string' && clientGoneCodes.has(code));
}

/**
 * One log line per failure, with the request id and the route pattern (never the raw URL, which may carry a
 * secret, nor the body): a client abort says just that; a real error gives its name, message and the first frame
 * of its stack, with line breaks flattened so a log collector keeps it as one record.
 */
export function errorLine(c: Context, error: Error): string {
  const where = `${c.req.method} ${routePath(c, -1)}`;
  if (isClientAbort(c, error)) return `[shanzhi] request ${requestIdOf(c)} ${where}: client closed the connection`;
  const frame = /\n\s+at (.+)/.exec(error.stack ?? '')?.[1] ?? '';
  const text = `${error.name}: ${error.message}${frame === '' ? '' : ` (at ${frame})`}`.replace(/\s*[\r\n]+\s*/g, ' ');
  return `[shanzhi] request ${requestIdOf(c)} ${where} failed: ${scrubPersonalData(text)}`;
}

export interface ErrorHandlerOptions {
  /** Where an unexpected error is reported (default: one line to stderr). Never receives request bodies. */
  readonly log?: (line: string) => void;
}

/**
 * Hono `onError`: an HttpProblem becomes its response; a RuleViolation a 409 with its rule code; Hono's
 * HTTPException (4xx) the matching generic problem; anything else a 500 'internal' problem that says
 * nothing about the error — the error is logged with the request id (and no body, which may hold
 * personal data) for the operator.
 */
export function createErrorHandler(options: ErrorHandlerOptions = {}): ErrorHandler {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  return (error, c) => {
    if (error instanceof HttpProblem) return problemResponse(c, error);
    if (error instanceof RuleViolation) return problemResponse(c, HttpProblem.fromRuleViolation(error));
    if (error instanceof HTTPException) {
      const problem = fromHttpException(error);
      if (problem !== undefined) return problemResponse(c, problem);
    }
    log(errorLine(c, error));
    return problemResponse(c, HttpProblem.of('internal'));
  };
}

export const onError: ErrorHandler = createErrorHandler();

/** Hono `notFound`: a 404 'not-found' problem. */
export const notFound: NotFoundHandler = (c) => problemResponse(c, HttpProblem.of('not-found'));
