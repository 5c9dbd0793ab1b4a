// A Node service using @shanzhi/sdk (Node 20 or 22, plain ESM). Against the reference server (`npm start`):
//   npm install @shanzhi/sdk && SHANZHI_URL=http://localhost:8080 node sdk-quickstart.mjs
import { randomUUID } from 'node:crypto';
import {
  CONTRACT_VERSION,
  createClient,
  getLeaderboard,
  listDisclosures,
  listServices,
  NetworkError,
  ProblemError,
  submitMediationIntake,
  TimeoutError,
} from '@shanzhi/sdk';

const village = 'v-qs-01';
/** @type {Map<string, number>} calls per route, fed by the telemetry hook below */
const calls = new Map();

const shanzhi = createClient({
  baseUrl: process.env.SHANZHI_URL ?? 'http://localhost:8080', // the reference server, or your own backend of the contract
  // Public reads and the mediation intake need no token; staff routes do. getToken is called before each call, and
  // again with { refresh: true } once after a 401 (one refresh shared by concurrent calls).
  getToken: ({ refresh }) => (refresh ? undefined : process.env.SHANZHI_TOKEN),
  locale: 'zh-CN', //                           Accept-Language: problem titles and issue messages come back in it
  timeout: 10_000, //                           per attempt
  deadline: 30_000, //                          across all attempts and Retry-After waits
  retry: { limit: 2, maxRetryAfter: 10_000 }, // network errors, 408, 429, 5xx — GET/PUT/DELETE and keyed POSTs only
  validateResponses: 'throw', //                or 'warn' / 'off'
  hooks: { afterResponse: (e) => calls.set(e.routeId, (calls.get(e.routeId) ?? 0) + 1) }, // no bodies, no personal data
});

// A read: typed input and output, the request id on the result.
const board = await shanzhi.request(getLeaderboard, { params: { villageId: village }, query: { period: 'current', list: 'red' } });
const top = board.data.items[0];
console.log(
  `leaderboard ${board.data.period}: ${board.data.items.length} households, first ${top?.name ?? '—'} with ${top?.points ?? 0} points (request ${board.requestId})`,
);
// Names are masked (张*明) unless the household consented to being named on the board.

// The service catalogue of the village, searchable by name, keyword, pinyin or initials.
const services = await shanzhi.request(listServices, { params: { regionId: village }, query: { q: 'yl', limit: 5 } });
console.log(`services: ${services.data.total} match "yl", e.g. ${services.data.items.map((s) => s.name['zh-CN']).join('、')}`);

// Every page, item by item (cursor paging as an async iterator); stop whenever you like.
let disclosures = 0;
for await (const item of shanzhi.paginate(listDisclosures, { params: { villageId: village }, query: { category: 'finance', limit: 20 } })) {
  if (disclosures++ < 3) console.log(`disclosure: ${item.title} (${item.status})`);
}
console.log(`disclosures: ${disclosures} finance items`);

// A create. The client makes one Idempotency-Key per call and reuses it on every retry, so a retried POST never
// creates twice; pass your own key (kept with the form) to make a retry across process restarts safe too.
const formAttemptId = randomUUID();
/** @type {import('@shanzhi/sdk').RouteInput<typeof submitMediationIntake>['body']} */
const intake = {
  dispute: {
    type: 'homestead',
    description: '邻居建房时越过了两家宅基地的分界线约半米，多次协商未果。',
    desiredOutcome: '希望重新测量并恢复原来的分界。',
  },
  applicant: { name: '欧阳明华', mobile: '13912345678', residentId: '11010519491231002X', address: '青溪镇王家坞村三组' },
  respondents: [{ kind: 'person', name: '张建国', mobile: '13700001111' }],
  safety: {
    violenceThreatened: false,
    weaponsInvolved: false,
    groupIncident: false,
    alreadyBefore: 'none',
    otherPartyRefusedMediation: false,
  },
  consent: { mediation: true, personalData: true },
};
try {
  const receipt = await shanzhi.request(
    submitMediationIntake,
    { body: intake },
    { idempotencyKey: formAttemptId, signal: AbortSignal.timeout(20_000) },
  );
  console.log(`mediation case ${receipt.data.displayCaseNumber}: ${receipt.data.state}, contact by ${receipt.data.triage.contactBy}`);
  // The same key and body again: the server replays the first answer instead of opening a second case.
  const again = await shanzhi.request(submitMediationIntake, { body: intake }, { idempotencyKey: formAttemptId });
  console.log(
    `retried with the same key: ${again.replayed ? 'replayed' : 'NEW CASE'} ${again.data.caseNumber === receipt.data.caseNumber ? '(same case)' : '(another case)'}`,
  );
  // Keep receipt.data.trackingCode for the applicant: it opens the case like a password, so never log it.
} catch (error) {
  if (error instanceof ProblemError) {
    // RFC 9457: a stable code to switch on, localized title, field issues with paths, and the request id for support.
    console.error(error.status, error.code, error.title, error.issues, error.requestId);
  } else if (error instanceof NetworkError || error instanceof TimeoutError) {
    console.error('try again later with the same idempotency key:', error.message);
  } else throw error;
  process.exitCode = 1;
}

console.log(`contract ${CONTRACT_VERSION}; calls per route: ${JSON.stringify(Object.fromEntries(calls))}`);
