import { assert, expect, oneEvent } from '@open-wc/testing';
import { addServiceRequestNote, createClient, listServiceRequests, requestProxyService } from '@shanzhi/sdk';
import '../../src/request-desk/define.js';
import '../../src/request-status/define.js';
import type { SzEventDetails } from '../../src/internal/events.js';
import type { SzRequestDesk } from '../../src/request-desk/sz-request-desk.js';
import type { SzRequestStatus } from '../../src/request-status/sz-request-status.js';
import { assertStaffOnly, openPhoto, uploadPhoto } from '../fixtures/attachment-e2e.js';
import { demoToken, demoVillage, mountLive, useReferenceServer } from '../fixtures/e2e.js';
import { part, visibleText } from '../fixtures/mount.js';
import { waitUntil } from '../fixtures/wait.js';

/** A service of the demo county's guide that the village station handles by proxy (村级代办). */
const proxyService = '339901-CL-0029';
/** The staff member the demo cadre token stands for: named at 派单, they do the 埋单. */
const demoCadreStaff = 'v-qs-01-s01';

function type(element: HTMLInputElement | HTMLTextAreaElement | null | undefined, value: string): void {
  if (!element) throw new Error('no field');
  element.value = value;
  element.dispatchEvent(new Event('input'));
}

async function desk(role: 'cadre' | 'supervisor', requestId: string): Promise<SzRequestDesk> {
  const el = await mountLive<SzRequestDesk>('sz-request-desk', {
    village: demoVillage,
    ...(role === 'supervisor' ? { view: 'supervisor' } : {}),
  });
  el.getToken = () => demoToken(role) ?? `demo-${role}`;
  const row = () => el.shadowRoot?.querySelector<HTMLButtonElement>(`[data-opener="${requestId}"]`);
  await waitUntil(() => row(), 'the request in the desk', { timeout: 15_000 });
  row()!.click();
  await waitUntil(() => part(el, 'steps'), 'the request opened', { timeout: 10_000 });
  return el;
}

/** Completes the step the desk offers, with a note (and `assignee` at 派单); resolves with the step's code. */
async function advance(el: SzRequestDesk, note: string, assignee?: string): Promise<string> {
  await waitUntil(() => part(el, 'advance-form'), 'the step form', { timeout: 10_000 });
  const form = part(el, 'advance-form') as HTMLFormElement;
  if (assignee !== undefined) {
    const select = form.querySelector('select')!;
    select.value = assignee;
    select.dispatchEvent(new Event('change'));
  }
  type(form.querySelector<HTMLTextAreaElement>('#rd-stepNote'), note);
  const advanced = oneEvent(el, 'sz-request-desk-advance');
  form.requestSubmit();
  const { step } = ((await advanced) as CustomEvent<SzEventDetails['sz-request-desk-advance']>).detail;
  await el.updateComplete;
  return step;
}

async function status(requestId: string, receiptCode: string): Promise<SzRequestStatus> {
  const el = await mountLive<SzRequestStatus>('sz-request-status', { village: demoVillage });
  el.shadowRoot!.querySelector<HTMLInputElement>('#rs-requestId')!.value = requestId;
  el.shadowRoot!.querySelector<HTMLInputElement>('#rs-receiptCode')!.value = receiptCode;
  (part(el, 'lookup') as HTMLFormElement).requestSubmit();
  await waitUntil(() => part(el, 'status'), 'the status read back', { timeout: 10_000 });
  return el;
}

async function rate(el: SzRequestStatus, grade: number, comment: string): Promise<void> {
  part(el, 'rating')?.querySelector('button')?.click();
  await waitUntil(() => part(el, 'rating-form'), 'the rating form', { timeout: 10_000 });
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="grade"][value="${String(grade)}"]`)!.click();
  type(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#rs-comment'), comment);
  const rated = oneEvent(el, 'sz-request-status-rate');
  (part(el, 'rating-form') as HTMLFormElement).requestSubmit();
  await rated;
  await waitUntil(() => part(el, 'rating') && !part(el, 'rating-form'), 'the rating shown', { timeout: 10_000 });
}

describe('代办 and 点单 requests end to end: worked on the desk, followed and rated by the villager', function () {
  const api = useReferenceServer(this, 90_000);

  it('a 代办 request goes through every step and is rated with the receipt code', async () => {
    // 1. The villager asks the station to act for them (the service guide's proxy form): a request number and a code.
    const client = createClient({ baseUrl: api, locale: 'zh-CN' });
    const { data: receipt } = await client.request(
      requestProxyService,
      {
        params: { serviceCode: proxyService },
        body: { villageId: demoVillage, applicant: { name: '周大海', mobile: '13955556666' }, note: '请帮我办理残疾人证。' },
      },
      { idempotencyKey: crypto.randomUUID() },
    );
    const { requestId, receiptCode } = receipt;
    if (requestId === undefined || receiptCode === undefined) throw new Error('the proxy receipt has no request number or code');

    // 2. The cadre takes it in, forwards it, records the department's decision and delivers the result.
    const work = await desk('cadre', requestId);
    assert.equal(visibleText(part(work, 'contact')), '13955556666', 'the cadre sees the number to call back');
    const done: string[] = [];
    for (const note of ['材料已收齐。', '已报镇残联。', '残联已审核通过。', '证件已送到申请人家中。']) done.push(await advance(work, note));
    assert.deepEqual(done, ['accept', 'report', 'process', 'deliver']);
    await expect(work).to.be.accessible();
    work.remove();

    // 3. The villager follows it with the code (in a POST body, never the URL) and rates it: 非常满意.
    const villager = await status(requestId, receiptCode);
    assert.include(visibleText(part(villager, 'steps')), '送达');
    assert.notInclude(location.href, receiptCode);
    await rate(villager, 5, '办得很快，谢谢。');
    assert.include(visibleText(part(villager, 'rating')), '非常满意');
    villager.remove();

    // 4. The cadre calls back (回访) and files it (归档): every step done, the request closed.
    const close = await desk('cadre', requestId);
    assert.include(visibleText(part(close, 'panel')), '非常满意');
    assert.deepEqual([await advance(close, '回访：申请人满意。'), await advance(close, '已归档。')], ['followUp', 'archive']);
    await waitUntil(() => !part(close, 'advance-form'), 'nothing left to do');
    assert.include(visibleText(close.shadowRoot?.querySelector(`[data-opener="${requestId}"]`)), '已办结');
    close.remove();

    const after = await status(requestId, receiptCode);
    assert.include(visibleText(part(after, 'status')), '已办结');
    assert.notInclude(visibleText(part(after, 'steps')), '还没到这一步');
    await expect(after).to.be.accessible();
  });

  it('staff open the photo on a note from its bytes; nobody else reads it', async () => {
    // The cadre photographs a form handed in for an open request of the village (purpose `service-request`) and notes it.
    const cadre = createClient({ baseUrl: api, token: demoToken('cadre') ?? 'demo-cadre' });
    const { data: open } = await cadre.request(listServiceRequests, { params: { villageId: demoVillage }, query: { state: 'open' } });
    const requestId = open.items[0]?.id;
    if (requestId === undefined) throw new Error('the demo village has no open request');
    const attachmentId = await uploadPhoto(api, 'cadre', 'service-request');
    const body = { text: '申请表已拍照。', attachmentIds: [attachmentId] };
    await cadre.request(
      addServiceRequestNote,
      { params: { villageId: demoVillage, requestId }, body },
      { idempotencyKey: crypto.randomUUID() },
    );
    const work = await desk('cadre', requestId);
    await openPhoto(work.shadowRoot!, '[part~="notes"]');
    assert.include(visibleText(part(work, 'notes')), '照片 1 · PNG');
    await expect(work).to.be.accessible();
    await assertStaffOnly(api, attachmentId, 'cadre');
  });

  it('a 点单 rated badly opens a follow-up that the supervisory committee answers and the villager reads', async () => {
    // 1. The villager orders a service in the public widget and gets the receipt code, shown once.
    const orderer = await mountLive<SzRequestStatus>('sz-request-status', { village: demoVillage });
    part(orderer, 'order')?.click();
    await waitUntil(() => part(orderer, 'order-form'), 'the order form', { timeout: 10_000 });
    const root = orderer.shadowRoot!;
    type(root.querySelector<HTMLInputElement>('#rs-name'), '吴小梅');
    type(root.querySelector<HTMLInputElement>('#rs-mobile'), '13877778888');
    root.querySelector<HTMLInputElement>('input[name="category"][value="facilities"]')!.click();
    type(root.querySelector<HTMLTextAreaElement>('#rs-text'), '三组路口的路灯坏了一个月。');
    const ordered = oneEvent(orderer, 'sz-request-status-order');
    (part(orderer, 'order-form') as HTMLFormElement).requestSubmit();
    const { requestId } = ((await ordered) as CustomEvent<SzEventDetails['sz-request-status-order']>).detail;
    await waitUntil(() => part(orderer, 'receipt-code'), 'the receipt code', { timeout: 10_000 });
    const receiptCode = visibleText(part(orderer, 'receipt-code'));
    assert.match(receiptCode, /^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    assert.notInclude(root.innerHTML, '13877778888', 'the typed number is gone from the page');
    assert.notInclude(JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)]), '吴小梅');
    orderer.remove();

    // 2. The committee agrees it, dispatches the demo cadre, who does it (埋单).
    const work = await desk('cadre', requestId);
    assert.deepEqual(
      [
        await advance(work, '已和村民商定更换灯头。'),
        await advance(work, '派梁清福办理。', demoCadreStaff),
        await advance(work, '已更换灯头。'),
      ],
      ['negotiate', 'dispatch', 'process'],
    );
    work.remove();

    // 3. The villager rates it 非常不满意: a follow-up opens for the supervisory committee.
    const villager = await status(requestId, receiptCode);
    await rate(villager, 1, '换了两天又不亮了。');
    await waitUntil(() => part(villager, 'follow-up'), 'the follow-up', { timeout: 10_000 });
    assert.include(visibleText(part(villager, 'follow-up')), '村务监督委员会会核实');
    villager.remove();

    // 4. The supervisor finds it among the follow-ups waiting, sees the number to call, and answers.
    const supervisor = await desk('supervisor', requestId);
    assert.equal(visibleText(part(supervisor, 'contact')), '13877778888', 'the supervisor may call back while the follow-up waits');
    assert.include(visibleText(part(supervisor, 'panel')), '换了两天又不亮了。');
    const answer = '已核实：灯头质量问题，已更换新灯并加装稳压器。';
    type(part(supervisor, 'follow-up-form')?.querySelector('textarea'), answer);
    const answered = oneEvent(supervisor, 'sz-request-desk-follow-up');
    (part(supervisor, 'follow-up-form') as HTMLFormElement).requestSubmit();
    await answered;
    await waitUntil(() => !part(supervisor, 'follow-up-form'), 'the answer recorded', { timeout: 10_000 });
    await expect(supervisor).to.be.accessible();
    supervisor.remove();

    // 5. The villager reads the answer with the code.
    const reader = await status(requestId, receiptCode);
    await waitUntil(() => visibleText(part(reader, 'follow-up')).includes('稳压器'), 'the answer read back', { timeout: 10_000 });
    assert.include(visibleText(part(reader, 'rating')), '非常不满意');
  });
});
