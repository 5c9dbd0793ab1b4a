import { assert, expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { declareOwnPointsEntry, listOwnPointsEntries, NetworkError, uploadAttachment, type CallOptions } from '@shanzhi/sdk';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/points-desk/define.js';
import type { SzEventDetails } from '../../src/internal/events.js';
import type { SzPointsDesk } from '../../src/points-desk/sz-points-desk.js';
import { choose, FakeUploads, pickedFile, unusableFile } from '../fixtures/attachment-client.js';
import { freshDeviceForEach } from '../fixtures/device.js';
import { serverRefusal, type RecordedInput } from '../fixtures/fake-client.js';
import { part, visibleText } from '../fixtures/mount.js';
import { FakePointsDeskClient, mountDesk } from '../fixtures/points-desk-client.js';
import { clearStorageBeforeEach } from '../fixtures/storage.js';
import { FakeVillagerClient, householdEntries, mountVillagerDesk } from '../fixtures/points-desk-villager-client.js';

const shadow = (el: SzPointsDesk) => el.shadowRoot!;
const $ = (el: SzPointsDesk, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const control = (el: SzPointsDesk, id: string) => $(el, `#${id}`) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null;
const ownEntries = (el: SzPointsDesk) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="own-entry"]')];
const entryText = (el: SzPointsDesk, id: string) => visibleText($(el, `[data-entry="${id}"]`));

/** For each entry id, the words the household's entry shows. */
function assertEntriesSay(el: SzPointsDesk, expected: Readonly<Record<string, readonly string[]>>): void {
  for (const [id, words] of Object.entries(expected)) for (const one of words) assert.include(entryText(el, id), one, id);
}

function chooseRule(el: SzPointsDesk, code: string): void {
  const select = control(el, 'villager-ruleCode');
  assert.isNotNull(select);
  select.value = code;
  select.dispatchEvent(new Event('change'));
}

function typeNote(el: SzPointsDesk, text: string): void {
  const note = control(el, 'villager-note');
  assert.isNotNull(note);
  note.value = text;
  note.dispatchEvent(new Event('input'));
}

const fieldProblem = serverRefusal(declareOwnPointsEntry.id, 400, 'validation', '请求有误', [
  { path: ['note'], code: 'field.tooLong', message: '情况说明太长了' },
]);

describe('<sz-points-desk> for a villager', () => {
  freshDeviceForEach();

  it('shows the household’s own view instead of “staff only”: the form and every entry’s status in plain words', async () => {
    const el = await mountVillagerDesk();
    assert.isNull(part(el, 'staff-only'));
    assert.isNull(part(el, 'queue'), 'no review queue');
    assert.include(visibleText(part(el, 'villager-declare')), '为本户申报');
    assert.include(visibleText(shadow(el).querySelector('#own-title')), '本户的申报');
    assert.include(visibleText(shadow(el).querySelector('#own-title')), '共 8 条');
    assert.lengthOf(ownEntries(el), 8);
    const rulesOffered = [...shadow(el).querySelectorAll('#villager-ruleCode option')].map((one) => visibleText(one));
    assert.include(rulesOffered.join('|'), '参加志愿服务（+5 分）');
    assert.notInclude(rulesOffered.join('|'), '已停用事项', 'an inactive rule is not offered');

    assertEntriesSay(el, {
      'pe-0000016': ['等待网格员初审', '佐证材料 2 份', '参加志愿服务', '+5 分'],
      'pe-0000015': ['等待村两委审核', '（无说明）'],
      'pe-0000014': ['公示中', '公示至 2026/12/05'],
      'pe-0000013': ['有村民提出异议'],
      'pe-0000012': ['已生效'],
      'pe-0000011': ['未通过的原因：照片与事项不符'],
      'pe-0000010': ['撤销的原因：经核实当天未参加'],
      'pe-0000009': ['未写明原因'],
    });
    await expect(el).to.be.accessible();
  });

  it('declares with the rule, the day and a note; clears the form, shows a receipt, reloads the list, and fires ids only', async () => {
    const client = new FakeVillagerClient();
    const el = await mountVillagerDesk(client);
    assert.equal(control(el, 'villager-occurredOn')?.value, '2026-11-29', "the server's today by default");
    chooseRule(el, 'env.tidyCourtyard');
    typeNote(el, '打扫了院子');
    await el.updateComplete;
    const declared = oneEvent(el, 'sz-points-desk-declare');
    part(el, 'villager-submit')?.click();
    const { detail } = (await declared) as CustomEvent<SzEventDetails['sz-points-desk-declare']>;
    assert.deepEqual(detail, { entryId: 'pe-0000091', householdId: 'h-07' });
    const [call] = client.callsOf(declareOwnPointsEntry.id);
    assert.deepEqual(call?.input.body, { ruleCode: 'env.tidyCourtyard', occurredOn: '2026-11-29', note: '打扫了院子' });
    assert.isString(call?.idempotencyKey);
    await waitUntil(() => visibleText(part(el, 'villager-receipt')).includes('pe-0000091'), 'the receipt');
    await waitUntil(() => shadow(el).activeElement === part(el, 'villager-receipt'), 'focus moves to the receipt');
    assert.equal(control(el, 'villager-ruleCode')?.value, '', 'the rule is cleared');
    assert.equal(control(el, 'villager-note')?.value, '', 'the note is forgotten');
    await waitUntil(() => ownEntries(el)[0]?.dataset.entry === 'pe-0000091', 'the new declaration at the top of the list');
    assert.include(entryText(el, 'pe-0000091'), '等待网格员初审');
    assert.lengthOf(client.callsOf(listOwnPointsEntries.id), 2);
  });

  it('a missing rule is shown next to its field before anything is sent', async () => {
    const client = new FakeVillagerClient();
    const el = await mountVillagerDesk(client);
    part(el, 'villager-submit')?.click();
    await waitUntil(() => visibleText($(el, '#villager-ruleCode-error')).includes('请选择积分事项'), 'the field issue');
    assert.equal($(el, '#villager-ruleCode')?.getAttribute('aria-invalid'), 'true');
    assert.equal(shadow(el).activeElement?.id, 'villager-ruleCode', 'focus on the field to fix');
    assert.lengthOf(client.callsOf(declareOwnPointsEntry.id), 0);
  });

  it('keeps what was typed on errors, shows field issues next to fields, and retries with the same Idempotency-Key', async () => {
    const client = new FakeVillagerClient();
    client.failNext(declareOwnPointsEntry.id, fieldProblem);
    const el = await mountVillagerDesk(client);
    chooseRule(el, 'volunteer.activity');
    typeNote(el, '很长的说明');
    await el.updateComplete;
    part(el, 'villager-submit')?.click();
    await waitUntil(() => visibleText($(el, '#villager-note-error')).includes('情况说明太长了'), 'the field issue');
    assert.equal($(el, '#villager-note')?.getAttribute('aria-invalid'), 'true');
    assert.equal(control(el, 'villager-note')?.value, '很长的说明', 'the note is kept');
    assert.equal(control(el, 'villager-ruleCode')?.value, 'volunteer.activity', 'the rule is kept');

    // A changed note is a new attempt; a failed send of it is retried with its own key.
    typeNote(el, '短一点的说明');
    client.failNext(declareOwnPointsEntry.id, new NetworkError(declareOwnPointsEntry.id, 'req-net-1', new TypeError('Failed to fetch')));
    part(el, 'villager-submit')?.click();
    await waitUntil(() => part(el, 'villager-problem') !== null, 'the problem');
    assert.equal(control(el, 'villager-note')?.value, '短一点的说明');
    part(el, 'villager-submit')?.click();
    await waitUntil(() => part(el, 'villager-receipt') !== null, 'the receipt');
    const keys = client.callsOf(declareOwnPointsEntry.id).map((call) => call.idempotencyKey);
    assert.lengthOf(keys, 3);
    assert.notEqual(keys[0], keys[1], 'the changed form is a new attempt');
    assert.equal(keys[1], keys[2], 'a retry of one attempt keeps its key');
  });

  it('loads older entries on “加载更多”, with focus on the first new one and the count read out', async () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ ...householdEntries()[0]!, id: `pe-01${String(50 - i).padStart(5, '0')}` }));
    const client = new FakeVillagerClient(many);
    const el = await mountVillagerDesk(client);
    assert.lengthOf(ownEntries(el), 20);
    part(el, 'own-load-more')?.click();
    await waitUntil(() => ownEntries(el).length === 25, 'the next page');
    assert.equal(client.callsOf(listOwnPointsEntries.id)[1]?.input.query?.cursor, '20');
    assert.equal(
      (shadow(el).activeElement as HTMLElement | null)?.dataset.entry,
      ownEntries(el)[20]?.dataset.entry,
      'focus on the first new entry',
    );
    assert.isNull(part(el, 'own-load-more'), 'nothing more');
    await waitUntil(() => visibleText(shadow(el).querySelector('[role="status"]')).includes('已显示 25 条'), 'the announcement');
  });

  it('is operable with the keyboard alone', async () => {
    const client = new FakeVillagerClient();
    const el = await mountVillagerDesk(client);
    $(el, '#villager-ruleCode')?.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    assert.equal(control(el, 'villager-ruleCode')?.value, 'volunteer.activity');
    await sendKeys({ press: 'Tab' });
    assert.equal(shadow(el).activeElement?.id, 'villager-occurredOn');
    // The date input's day, month and year fields are each a tab stop; the note comes after them.
    for (let guard = 0; guard < 4 && shadow(el).activeElement?.id !== 'villager-note'; guard++) await sendKeys({ press: 'Tab' });
    assert.equal(shadow(el).activeElement?.id, 'villager-note');
    await sendKeys({ type: '帮邻居收稻谷' });
    await sendKeys({ press: 'Tab' });
    assert.equal(shadow(el).activeElement?.id, 'villager-files', 'the evidence field');
    await sendKeys({ press: 'Tab' });
    assert.isTrue(shadow(el).activeElement === part(el, 'villager-submit'), 'the submit button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'villager-receipt') !== null, 'the receipt');
    assert.deepEqual(client.callsOf(declareOwnPointsEntry.id)[0]?.input.body, {
      ruleCode: 'volunteer.activity',
      occurredOn: '2026-11-29',
      note: '帮邻居收稻谷',
    });
  });

  it('speaks English', async () => {
    const el = await mountVillagerDesk(new FakeVillagerClient(), { locale: 'en' });
    await waitUntil(() => visibleText(part(el, 'villager-declare')).includes('Declare for your household'), 'English');
    assert.include(visibleText(shadow(el).querySelector('#own-title')), "Your household's declarations");
    assertEntriesSay(el, {
      'pe-0000014': ['On public notice', 'On notice until 12/05/2026'],
      'pe-0000011': ['Why it was not approved: 照片与事项不符'],
      'pe-0000016': ['Volunteer work'],
    });
    await expect(el).to.be.accessible();
  });

  it('in 长辈版 the view, an error and the receipt pass axe', async () => {
    const client = new FakeVillagerClient();
    client.failNext(declareOwnPointsEntry.id, fieldProblem);
    const el = await mountVillagerDesk(client, { elder: '' });
    assert.isTrue(el.effectiveElder);
    await expect(el).to.be.accessible();
    chooseRule(el, 'volunteer.activity');
    part(el, 'villager-submit')?.click();
    await waitUntil(() => $(el, '#villager-note[aria-invalid="true"]') !== null, 'the field issue');
    await expect(el).to.be.accessible();
    part(el, 'villager-submit')?.click();
    await waitUntil(() => part(el, 'villager-receipt') !== null, 'the receipt');
    await expect(el).to.be.accessible();
  });

  it('an empty household says so', async () => {
    const el = await mountVillagerDesk(new FakeVillagerClient([]));
    assert.include(visibleText(part(el, 'empty')), '本户还没有积分申报');
    assert.isNotNull(part(el, 'villager-declare'), 'the form is there to declare the first one');
  });

  it('a token that is neither staff nor a villager of the village (the own-entries read refused too) is told who may use the desk', async () => {
    const client = new FakeVillagerClient();
    client.failNext(listOwnPointsEntries.id, serverRefusal(listOwnPointsEntries.id, 403, 'forbidden', '无权访问'));
    const el = await mountVillagerDesk(client, {}, (desk) => part(desk, 'staff-only') !== null);
    assert.isNull(part(el, 'villager-declare'));
    assert.isNull(part(el, 'error'));
  });

  it('a failed read of the household’s entries shows the error with its request id and a retry', async () => {
    const client = new FakeVillagerClient();
    client.failNext(listOwnPointsEntries.id, serverRefusal(listOwnPointsEntries.id, 500, 'internal', '服务器出错'));
    const el = await mountVillagerDesk(client, {}, (desk) => part(desk, 'error') !== null);
    assert.include(visibleText(part(el, 'error')), 'req-500');
    part(el, 'retry')?.click();
    await waitUntil(() => part(el, 'own-entries') !== null, 'the list after the retry');
  });
});

/** The villager's fake client, storing uploads too. */
class VillagerWithUploads extends FakeVillagerClient {
  readonly uploads = new FakeUploads();

  protected override answer(routeId: string, input: RecordedInput, options: CallOptions = {}): unknown {
    return routeId === uploadAttachment.id ? this.uploads.answer(input, options) : super.answer(routeId, input);
  }
}

const fileRows = (el: SzPointsDesk) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="attachment"]')];
const filesUploaded = (el: SzPointsDesk, n: number) =>
  fileRows(el).length === n && fileRows(el).every((row) => row.dataset.state === 'done');

describe('<sz-points-desk> for a villager: evidence', () => {
  freshDeviceForEach();

  it('declares with the uploaded files’ ids, keeps them on a problem with a file, forgets them after success', async () => {
    const client = new VillagerWithUploads();
    client.failNext(declareOwnPointsEntry.id, unusableFile(declareOwnPointsEntry.id, 1));
    const el = await mountVillagerDesk(client);
    chooseRule(el, 'volunteer.activity');
    choose(
      $(el, '#villager-files') as HTMLInputElement | null,
      pickedFile('帮邻居搬稻谷.png'),
      pickedFile('证明.pdf', 'application/pdf', 4096),
    );
    await waitUntil(() => filesUploaded(el, 2), 'the files uploaded');
    assert.deepEqual(client.callsOf(uploadAttachment.id)[0]?.input.params, { villageId: 'v-test-01', purpose: 'points-evidence' });
    part(el, 'villager-submit')?.click();
    await waitUntil(() => $(el, '#villager-files-error'), 'the server’s issue on the files');
    assert.include(visibleText($(el, '#villager-files-error')), '此项的值无效');
    assert.equal(shadow(el).activeElement?.id, 'villager-files', 'focus on the field to fix');
    assert.lengthOf(fileRows(el), 2, 'the files are kept');
    assert.equal(control(el, 'villager-ruleCode')?.value, 'volunteer.activity', 'the rule is kept');
    const first = client.callsOf(declareOwnPointsEntry.id)[0];
    assert.deepEqual(first?.input.body?.attachmentIds, ['att-1', 'att-2']);
    const event = oneEvent(el, 'sz-points-desk-declare');
    part(el, 'villager-submit')?.click();
    await event;
    const second = client.callsOf(declareOwnPointsEntry.id)[1];
    assert.deepEqual(second?.input.body?.attachmentIds, ['att-1', 'att-2']);
    await waitUntil(() => part(el, 'villager-receipt'), 'the receipt');
    assert.lengthOf(fileRows(el), 0, 'the files are forgotten after success');
    assert.notInclude(JSON.stringify(second?.input.body), '帮邻居', 'no file name reaches the server');
  });

  it('will not declare while a file uploads', async () => {
    const client = new VillagerWithUploads();
    const el = await mountVillagerDesk(client);
    chooseRule(el, 'volunteer.activity');
    client.latency = 10_000;
    choose($(el, '#villager-files') as HTMLInputElement | null, pickedFile('院落.png'));
    await el.updateComplete;
    part(el, 'villager-submit')?.click();
    await waitUntil(() => $(el, '#villager-files-error'), 'the wait message');
    assert.lengthOf(client.callsOf(declareOwnPointsEntry.id), 0);
    assert.equal(shadow(el).activeElement?.id, 'villager-files');
  });
});

describe('<sz-points-desk>: the staff review chunk', () => {
  freshDeviceForEach();
  clearStorageBeforeEach(sessionStorage);
  const hook = Symbol.for('shanzhi.preload');
  const globals = globalThis as unknown as Record<symbol, ((module: string) => Promise<void>) | undefined>;
  let requested: string[] = [];
  beforeEach(() => {
    requested = [];
    // The CDN loader's preloader sees every late module a widget asks for (before-import.ts).
    globals[hook] = (module) => {
      requested.push(module);
      return Promise.resolve();
    };
  });
  afterEach(() => {
    globals[hook] = undefined;
  });

  it('is not downloaded by a desk that learned it is a villager’s; a staff answer loads it again', async () => {
    await mountVillagerDesk();
    assert.include(requested, 'points-desk/villager-view');
    // The first desk could not know before the queue answered; the next one in this tab does.
    requested = [];
    const again = await mountVillagerDesk();
    assert.isNotNull(part(again, 'villager-declare'));
    assert.include(requested, 'points-desk/villager-view');
    assert.notInclude(requested, 'points-desk/review-bar', 'a villager’s desk leaves the staff chunk alone');

    requested = [];
    const staff = await mountDesk(new FakePointsDeskClient());
    assert.isNotNull(part(staff, 'approve'), 'a staff desk gets its review buttons');
    assert.include(requested, 'points-desk/review-bar');
    requested = [];
    await mountDesk(new FakePointsDeskClient(), {}, () => true);
    assert.include(requested, 'points-desk/review-bar', 'after a staff answer the first paint preloads it again');
  });
});
