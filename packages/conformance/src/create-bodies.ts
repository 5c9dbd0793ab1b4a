import { testApplicant } from './test-records.js';

/**
 * A body the schema accepts for each route that requires an Idempotency-Key, naming only made-up ids
 * ('conformance-none'). Sent to made-up path ids too, without a key: a conforming backend refuses it with 400 before
 * it looks anything up (docs/api.md, Order of checks: the key is step 6, the resource step 7), and a backend that
 * ignores the key finds nothing to change (404). Either way nothing is written. The idempotency suite checks each
 * body against the route's schema first, so a change of the contract shows as a skip, never as a backend's fault.
 */
export function createBody(routeId: string, marker: string): unknown {
  const none = 'conformance-none';
  const note = `${marker}一致性检测`;
  switch (routeId) {
    case 'redeemPoints':
      return { householdId: none, kind: 'goods', amountPoints: 1, note };
    case 'openDecision':
      return { title: note };
    case 'recordDecisionStep':
      return { step: 'hearing', date: '2026-11-20', hearing: { channels: ['visits'], summary: note } };
    case 'reconveneDecisionStep':
      return { step: 'review', date: '2026-11-20', reason: note };
    case 'observeDecisionStep':
      return { step: 'hearing', kind: 'observed', note };
    case 'createDisclosureDraft':
      return { category: 'projects', version: disclosureVersion(note) };
    case 'publishDecisionStep':
      return { step: 'resultDisclosure', version: disclosureVersion(note) };
    case 'recordDisclosurePosting':
      return { board: note, postedOn: '2026-11-20' };
    case 'scheduleMediationSession':
      return { on: '2099-01-01', place: note, notify: ['respondent-99'] };
    case 'recordMediationFollowUp':
      return { on: '2099-01-01', performance: 'fulfilled', note };
    case 'requestProxyService':
      return { villageId: none, applicant: { ...testApplicant }, note };
    case 'fileOrderRequest':
      return { applicant: { ...testApplicant }, category: 'facilities', text: note };
    case 'rateServiceRequest':
      return { receiptCode: 'ABCD-EFGH-JKMN', grade: 5 };
    case 'fileGridReport':
      return { gridId: none, category: 'none', place: { text: note }, text: note };
    case 'openGridRound':
      return { gridId: none, from: '2026-11-20' };
    case 'createSupermarketGoods':
      return { name: '测试毛巾', pricePoints: 5, stock: 3 };
    case 'restockSupermarketGoods':
      return { quantity: 2 };
    case 'recordSupermarketDonation':
      return { donor: { kind: 'anonymous' }, date: '2026-11-20', cashFen: 100 };
    case 'redeemGoods':
      return { householdId: none, items: [{ goodsId: none, quantity: 1 }] };
    case 'assignMentoringPlan':
      return { householdId: none, mentorId: none, milestones: [{ title: note }] };
    default:
      return undefined;
  }
}

/** A disclosure's content as a cadre writes it (disclosureVersionSchema without its number): one marked paragraph. */
function disclosureVersion(note: string): unknown {
  return {
    title: note,
    body: [{ type: 'paragraph', children: [{ type: 'text', text: note }] }],
    period: { from: '2026-11-01', to: '2026-11-30' },
    notice: { published: '2026-11-20', until: '2026-11-30' },
    attachments: [],
  };
}
