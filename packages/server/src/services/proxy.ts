import { randomUUID } from 'node:crypto';
import {
  proxyForwardDeadline,
  proxyRequestSchema,
  proxySteps,
  startProxyCase,
  validate,
  type CalendarDate,
  type Locale,
  type ProxyCase,
  type ProxyRequest,
  type ServiceGuide,
} from '@shanzhi/rules';
import type { RouteInput, RouteOutput, requestProxyService } from '@shanzhi/sdk';
import { Transaction, type Kysely } from 'kysely';
import { auditChange } from '../audit/log.js';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/schema.js';
import { HttpProblem, type ProblemCode } from '../http/problem.js';

type ProxyReceipt = RouteOutput<typeof requestProxyService>;
type ProxyBody = RouteInput<typeof requestProxyService>['body'];

/**
 * Stable code of "this service is not handled by the village station". The rules' catalogue has no message
 * for it yet, so the problem's title is the code itself until one is added there.
 */
export const proxyNotOfferedCode: ProblemCode = 'services.proxy.notOffered';

/** The document kept in `proxy_requests.doc`; the applicant's mobile is personal data and stays here. */
export interface StoredProxyRequest extends ProxyRequest {
  readonly id: string;
  readonly villageId: string;
  readonly forwardBy: CalendarDate;
  readonly case: ProxyCase;
  /** Who sent it (a user id, `anonymous` for the public). */
  readonly requestedBy: string;
}

/** Proxy requests are written in the request's transaction (never the app's handle: on SQLite it would wait for it). */
export function proxyTransaction(db: Kysely<Database> | Transaction<Database>): Transaction<Database> {
  if (!(db instanceof Transaction)) throw new Error('A proxy request must be written inside the request transaction');
  return db;
}

/** 422 unless the guide's village station acts for villagers (村级代办). */
export function checkProxyOffered(guide: ServiceGuide): void {
  if (!guide.villageProxy) throw new HttpProblem(422, proxyNotOfferedCode, { params: { service: guide.code } });
}

/** The applicant's name and mobile checked by the rules' proxy request schema (400 with the field paths). */
export function parseProxyRequest(body: ProxyBody, serviceCode: string, receivedOn: CalendarDate): ProxyRequest {
  const parsed = validate(proxyRequestSchema, {
    applicant: { name: body.applicant.name, mobile: body.applicant.mobile },
    serviceCode,
    ...(body.note === undefined ? {} : { note: body.note }),
    receivedOn,
  });
  if (!parsed.ok) throw HttpProblem.validation(parsed.issues);
  return parsed.value;
}

/** The village must be one of the guide's county (404 otherwise: unknown ids do not exist). */
export async function checkVillage(trx: Transaction<Database>, villageId: string, countyId: string): Promise<void> {
  const village = await trx
    .selectFrom('regions')
    .select(['doc'])
    .where('id', '=', villageId)
    .where('level', '=', 'village')
    .executeTakeFirst();
  const county = village ? (JSON.parse(village.doc) as { countyId?: string }).countyId : undefined;
  if (county !== countyId) throw HttpProblem.of('not-found');
}

export async function storeProxyRequest(
  trx: Transaction<Database>,
  request: ProxyRequest,
  villageId: string,
  principal: Principal,
  at: Date,
): Promise<StoredProxyRequest> {
  const stored: StoredProxyRequest = {
    ...request,
    id: `pr-${randomUUID()}`,
    villageId,
    forwardBy: proxyForwardDeadline(request.receivedOn),
    case: startProxyCase(request.receivedOn),
    requestedBy: principal.id,
  };
  await trx
    .insertInto('proxy_requests')
    .values({
      id: stored.id,
      service_code: stored.serviceCode,
      village_id: villageId,
      received_on: stored.receivedOn,
      doc: JSON.stringify(stored),
    })
    .execute();
  await auditChange(trx, principal, at, 'services.proxy.request', `proxy-request:${stored.id}`, null, stored);
  return stored;
}

/** The receipt: the seven steps with the first (委托) done; never the applicant's mobile or name. */
export function proxyReceiptView(stored: StoredProxyRequest, locale: Locale): ProxyReceipt {
  const doneOn = new Map(stored.case.history.map((event) => [event.step, event.on]));
  return {
    id: stored.id,
    serviceCode: stored.serviceCode,
    receivedOn: stored.receivedOn,
    step: stored.case.step,
    steps: proxySteps.map((step) => {
      const on = doneOn.get(step.code);
      return { code: step.code, label: step[locale], done: on !== undefined, ...(on === undefined ? {} : { on }) };
    }),
    forwardBy: stored.forwardBy,
  };
}
