import type { Role } from '@shanzhi/rules';
import type * as z from 'zod/mini';

export type Schema = z.core.$ZodType;
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * Who may call a route. `anyone` includes callers without a token. `relation` admits a caller who is not in
 * `roles` but stands in a relation to the resource: the household reading its own ledger, the applicant holding a
 * case's tracking code.
 */
export interface Access {
  readonly roles: readonly Role[] | 'anyone';
  readonly relation?: 'household' | 'trackingCode';
}

/**
 * One route of the contract, declared once: the client is typed from it, the server registers it and
 * openapi.json is generated from it, so the three cannot drift apart.
 */
export interface RouteSpec {
  readonly id: string;
  readonly method: HttpMethod;
  readonly path: `/v1/${string}`;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly params?: Schema;
  readonly query?: Schema;
  readonly body?: Schema;
  readonly response: Schema;
  readonly status: 200 | 201 | 202;
  readonly access: Access;
  /** `required`: the server answers 400 without an Idempotency-Key (IETF draft); `optional`: honoured when sent. */
  readonly idempotency: 'required' | 'optional' | 'none';
  /** The response is a cursor page `{ items, nextCursor }`. */
  readonly paged?: boolean;
  /**
   * A POST that only reads: it carries a secret (a tracking code) in its body instead of the URL. Clients retry it
   * like a GET; a server changes nothing when it runs.
   */
  readonly readOnly?: boolean;
  /**
   * The body is published to the public as written (a disclosure): a server refuses raw mobile and resident ID
   * numbers anywhere in it with 422, naming each field (个人信息保护法 Art 25: no disclosure without consent).
   */
  readonly publishes?: boolean;
  /**
   * The response holds one person's or household's data (a ledger, a case): a server records every read in its
   * access log and answers `Cache-Control: private, no-store` (个人信息保护法 Art 51; 等保 2.0 security audit).
   */
  readonly personal?: boolean;
  /**
   * The body is a file's bytes, not JSON (an attachment): sent with one of `mediaTypes` as its Content-Type. A
   * server trusts neither that type nor a file name: it recognizes the format from the bytes (docs/attachments.md).
   */
  readonly upload?: { readonly mediaTypes: readonly string[] };
  /** The success answer is a file's bytes in one of `mediaTypes`, not JSON (`response` then describes nothing). */
  readonly download?: { readonly mediaTypes: readonly string[] };
}

/**
 * The routes one module of the route table declares, keyed by export name (which is each route's id): the routes of
 * an area, for the handlers a backend groups by area and the references a browser takes of a whole area.
 */
export type RoutesOf<M> = { readonly [K in keyof M as M[K] extends RouteSpec ? K : never]: M[K] };

export function defineRoute<const R extends RouteSpec>(route: R): R {
  return route;
}

type Field<R, K extends 'params' | 'query' | 'body', Optional extends boolean> =
  R extends Record<K, infer S extends Schema>
    ? Optional extends true
      ? Readonly<Partial<Record<K, z.input<S>>>>
      : Readonly<Record<K, z.input<S>>>
    : unknown;

/** What a caller passes for a route: path params, query and body as the schemas accept them. */
export type RouteInput<R extends RouteSpec> = Field<R, 'params', false> & Field<R, 'query', true> & Field<R, 'body', false> & FileBody<R>;
/** An upload route's body: the file (a browser's File or Blob, or bytes); a Blob's own type is sent when the route lists it. */
type FileBody<R> = R extends { readonly upload: object } ? { readonly body: Blob | Uint8Array } : unknown;
/**
 * Drops the `[k: string]: unknown` index signature that `z.looseObject` puts on its output type, at every depth.
 * Responses are parsed with looseObject so another backend may add fields without breaking a client; the TypeScript
 * type names only the contract's fields, so a typo (`row.pionts`) fails to compile instead of reading `unknown`.
 * Index signatures with a real value type (`z.record(z.string(), z.int())`) stay.
 */
export type StripIndexSignatures<T> = T extends readonly unknown[]
  ? { [I in keyof T]: StripIndexSignatures<T[I]> }
  : T extends object
    ? {
        [
          K in keyof T as string extends K ? (unknown extends T[K] ? never : K) : number extends K ? (unknown extends T[K] ? never : K) : K
        ]: StripIndexSignatures<T[K]>;
      }
    : T;

/** A schema's parsed value with only the declared fields (see StripIndexSignatures). */
export type Output<S extends Schema> = StripIndexSignatures<z.output<S>>;

/** What a route answers: the response schema's fields, without the tolerance for extra fields in the type. */
export type RouteOutput<R extends RouteSpec> = Output<R['response']>;
export type PageItem<R extends RouteSpec> = RouteOutput<R> extends { items: readonly (infer I)[] } ? I : never;

export function isAnyone(access: Access): boolean {
  return access.roles === 'anyone';
}
