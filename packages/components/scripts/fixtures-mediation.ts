/**
 * Records the mediation widgets' story fixtures from the REAL reference server (seeded demo county, pinned clock)
 * into `stories/fixtures/mediation-*.json`:
 *
 *   node --conditions=shanzhi-source --import tsx packages/components/scripts/fixtures-mediation.ts
 *
 * - mediation-receipts.json: receipts (zh-CN, en) for an ordinary neighbour dispute and for one whose safety answers
 *   trigger escalation (Art 25), and the 422 answers when a court already has the dispute or the other side refused.
 * - mediation-status.json: case statuses: just submitted, refused (other side refused), concluded without agreement
 *   (with the Art 26 routes), concluded with an agreement (司法确认 window), and withdrawn.
 * The applicants are made up; receipts and statuses carry no name or phone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { demoToday, startTestServer } from '@shanzhi/server/testing';

const outDir = fileURLToPath(new URL('../../../stories/fixtures/', import.meta.url));
const seedNote = { households: 600, today: demoToday, recordedBy: 'packages/components/scripts/fixtures-mediation.ts' };

function write(name: string, value: unknown): void {
  writeFileSync(`${outDir}${name}`, `${JSON.stringify(value, null, 1)}\n`);
  console.log(`stories/fixtures/${name}`);
}

let keys = 0;
async function call(
  base: string,
  path: string,
  init: { method?: string; body?: unknown; locale?: string; token?: string } = {},
): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': init.locale ?? 'zh-CN',
    'X-Request-Id': 'fixture-mediation',
  };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  if (init.method === 'POST') headers['Idempotency-Key'] = `fixture-mediation-${String(++keys).padStart(4, '0')}`;
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  const response = await fetch(`${base}${path}`, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  return { status: response.status, body: await response.json() };
}

function intake(safety: Record<string, unknown> = {}) {
  return {
    dispute: {
      type: 'neighbour',
      description: '邻居家的排水管把污水排到我家院子里，说了几次都没有改。',
      desiredOutcome: '把排水管改走',
      amountFen: 120050,
    },
    attachments: [{ name: 'yard.jpg', mediaType: 'image/jpeg', sizeBytes: 245_000 }],
    applicant: { name: '示例村民', mobile: '13800000000' },
    respondents: [{ kind: 'person', name: '示例邻居' }],
    safety: {
      violenceThreatened: false,
      weaponsInvolved: false,
      groupIncident: false,
      alreadyBefore: 'none',
      otherPartyRefusedMediation: false,
      ...safety,
    },
    preferences: { publicity: 'closed' },
    consent: { mediation: true, personalData: true },
  };
}

interface Receipt {
  readonly caseNumber: string;
  readonly trackingCode: string;
}

mkdirSync(outDir, { recursive: true });
const server = await startTestServer();
try {
  const mediator = server.tokens.find((one) => one.role === 'mediator')?.token;
  if (mediator === undefined) throw new Error('the demo county has no mediator token');
  const receipts: Record<string, unknown> = {};
  for (const locale of ['zh-CN', 'en']) {
    receipts[locale] = {
      ordinary: (await call(server.url, '/v1/mediation/cases', { method: 'POST', body: intake(), locale })).body,
      escalated: (
        await call(server.url, '/v1/mediation/cases', {
          method: 'POST',
          body: intake({ violenceThreatened: true, weaponsInvolved: true }),
          locale,
        })
      ).body,
      beforeCourt: (await call(server.url, '/v1/mediation/cases', { method: 'POST', body: intake({ alreadyBefore: 'court' }), locale }))
        .body,
      otherPartyRefused: (
        await call(server.url, '/v1/mediation/cases', { method: 'POST', body: intake({ otherPartyRefusedMediation: true }), locale })
      ).body,
    };
  }
  write('mediation-receipts.json', { seed: seedNote, receipts });

  const events: Record<string, readonly Record<string, unknown>[]> = {
    submitted: [],
    refused: [{ type: 'refuse', on: demoToday, reason: 'otherPartyRefused' }],
    noAgreement: [
      { type: 'accept', on: demoToday },
      { type: 'assign', on: demoToday, mediatorId: 't-qs-01-s01' },
      { type: 'start', on: demoToday },
      { type: 'conclude', on: demoToday, outcome: 'noAgreement' },
    ],
    agreement: [
      { type: 'accept', on: demoToday },
      { type: 'assign', on: demoToday, mediatorId: 't-qs-01-s01' },
      { type: 'start', on: demoToday },
      { type: 'conclude', on: demoToday, outcome: 'agreement' },
    ],
    withdrawn: [],
  };
  const statuses: Record<string, Record<string, unknown>> = { 'zh-CN': {}, en: {} };
  const ids: Record<string, Receipt> = {};
  for (const [name, list] of Object.entries(events)) {
    const receipt = (await call(server.url, '/v1/mediation/cases', { method: 'POST', body: intake() })).body as Receipt;
    ids[name] = { caseNumber: receipt.caseNumber, trackingCode: receipt.trackingCode };
    for (const event of list) {
      const answer = await call(server.url, `/v1/mediation/cases/${receipt.caseNumber}/events`, {
        method: 'POST',
        body: event,
        token: mediator,
      });
      if (answer.status !== 200) throw new Error(`${name}: ${JSON.stringify(answer.body)}`);
    }
    if (name === 'withdrawn')
      await call(server.url, `/v1/mediation/cases/${receipt.caseNumber}/withdrawal`, {
        method: 'POST',
        body: { trackingCode: receipt.trackingCode },
      });
    for (const locale of ['zh-CN', 'en']) {
      const byLocale = statuses[locale] ?? {};
      // The applicant's look-up: the code goes in the body, never in the URL.
      byLocale[name] = (
        await call(server.url, `/v1/mediation/cases/${receipt.caseNumber}/lookup`, {
          method: 'POST',
          body: { trackingCode: receipt.trackingCode },
          locale,
        })
      ).body;
    }
  }
  write('mediation-status.json', { seed: seedNote, ids, statuses });
} finally {
  await server.close();
}
