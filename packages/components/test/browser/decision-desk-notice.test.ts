import { assert, expect } from '@open-wc/testing';
import type { Trail } from '@shanzhi/rules';
import { recordDecisionStep } from '@shanzhi/sdk';
import { waitUntil } from '../fixtures/wait.js';
import '../../src/decision-desk/define.js';
import type { SzDecisionDesk } from '../../src/decision-desk/sz-decision-desk.js';
import * as desk from '../fixtures/decision-desk-client.js';
import { part, visibleText } from '../fixtures/mount.js';

/*
 * 村民委员会组织法 Art 21 ("召集村民会议，应当提前十天通知村民") in the desk: the rules refuse a villagers' meeting recorded
 * without the day the villagers were told, and the desk shows the rules' words live, at the notice field, without a
 * change of its own (the rules' `checkNextStep` is what it runs as the cadre types).
 */

/** The desk's shadow tree, and the open form's send button in it. */
const shadow = (el: SzDecisionDesk) => el.shadowRoot!;
const send = (el: SzDecisionDesk) => part(el, 'form')?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();

/** A decision whose party members' meeting has reviewed it: the resolution comes next. */
function waitingForResolution(): desk.FakeDecisionDeskClient {
  const trail: Trail = {
    matter: 'publicWorksFinancing',
    hearingRequired: true,
    steps: [
      { step: 'hearing', date: '2026-11-02', hearing: { channels: ['visits'], summary: '多数农户赞成硬化村东道路' } },
      { step: 'proposal', date: '2026-11-04' },
      { step: 'consultation', date: '2026-11-06' },
      { step: 'review', date: '2026-11-10', meeting: { kind: 'partyMembersMeeting', eligible: 30, present: 24, votes: { for: 20 } } },
    ],
  };
  return new desk.FakeDecisionDeskClient([
    { id: 'dcs-000001', title: '村东道路硬化', matter: 'publicWorksFinancing', openedOn: '2026-11-01', openedBy: 'v-test-s01', trail },
  ]);
}

describe('<sz-decision-desk> and the ten days’ notice of a villagers’ meeting (Art 21)', () => {
  it('says live that a meeting without its notice day cannot be checked, holds the send, and records it once the day is given', async () => {
    const client = waitingForResolution();
    const el = await desk.mountDecisionDesk(client);
    desk.decisionRows(el)[0]?.querySelector<HTMLButtonElement>('[part~="show"]')?.click();
    await waitUntil(() => part(el, 'form'), 'the resolution form', { timeout: 5000 });
    desk.choose(el, '#dd-meeting-kind', 'villagersMeeting');
    await desk.fillMeeting(el, '2026-11-26', '300', '220', '180');

    // Before: "按规则检查：可以记录，会议有效。" with the notice left empty.
    await waitUntil(() => visibleText(part(el, 'check')).includes('未记录通知日期'), 'the live check without a notice day', {
      timeout: 5000,
    });
    const check = visibleText(part(el, 'check'));
    assert.include(check, '现在还不能记录');
    assert.include(check, '无法核对是否提前十天通知村民（村民委员会组织法第二十一条）');
    assert.notInclude(check, '会议有效');
    await expect(el).to.be.accessible();

    // The send is held, at the notice field; nothing reaches the server.
    send(el);
    await waitUntil(() => visibleText(shadow(el).querySelector('#dd-meeting-noticeGiven-error')).includes('未记录通知日期'), 'the field', {
      timeout: 5000,
    });
    assert.equal(shadow(el).querySelector('#dd-meeting-noticeGiven')?.getAttribute('aria-invalid'), 'true');
    assert.lengthOf(client.callsOf(recordDecisionStep.id), 0);

    // Five days ahead: a meeting that could not decide. Sixteen: valid, and recorded with its notice day.
    desk.pickDate(el, '#dd-meeting-noticeGiven', '2026-11-21');
    await waitUntil(() => visibleText(part(el, 'check')).includes('只提前 5 天'), 'the live check of a short notice', { timeout: 5000 });
    assert.include(visibleText(part(el, 'check')), '会议无效');
    desk.pickDate(el, '#dd-meeting-noticeGiven', '2026-11-10');
    await waitUntil(() => visibleText(part(el, 'check')).includes('会议有效'), 'the live check of a timely notice', { timeout: 5000 });
    const recorded = desk.nextChange(el);
    send(el);
    assert.deepEqual(await recorded, { decisionId: 'dcs-000001', action: 'record', step: 'resolution' });
    const body = client.callsOf(recordDecisionStep.id)[0]?.input.body as { meeting?: { noticeGiven?: string } } | undefined;
    assert.equal(body?.meeting?.noticeGiven, '2026-11-10');
  });
});
