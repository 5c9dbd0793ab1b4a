import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { ProblemError, type CallOptions } from '@shanzhi/sdk';
import { draftKey, type IntakeDraft } from '../../src/mediation/draft.js';
import type { SzMediationIntake } from '../../src/mediation/sz-mediation-intake.js';
import { FakeClientBase, problem, type RecordedInput } from '../fixtures/fake-client.js';
import { clickNext, completeDraft, part, q, root, storeDraft, waitForReceipt } from '../fixtures/mediation-mount.js';
import { startWithEmptyStorage } from '../fixtures/mediation-extra.js';
import { mountInProvider } from '../fixtures/mount.js';

/** The intake's files against a fake client: uploaded when chosen, named by id, forgotten after the submission. */

class IntakeClient extends FakeClientBase {
  private uploaded = 0;

  protected answer(routeId: string, input: RecordedInput, options: CallOptions): unknown {
    if (routeId === 'uploadAttachment') {
      this.uploaded += 1;
      return {
        id: `att-${String(this.uploaded)}-${options.idempotencyKey ?? ''}`.slice(0, 40),
        villageId: input.params?.villageId,
        purpose: 'mediation-intake',
        mediaType: 'image/png',
        size: 68,
        sha256: '0'.repeat(64),
        public: false,
        createdAt: '2026-11-29T04:00:00.000Z',
      };
    }
    if (routeId === 'submitMediationIntake')
      return {
        caseNumber: 'MED-339901-2026-000042',
        displayCaseNumber: '青溪村 MED-339901-2026-000042',
        trackingCode: 'K7P2M9QX',
        submittedOn: '2026-11-29',
        state: 'submitted',
        triage: { level: 'village', urgency: 'normal', notifyPolice: false, matchedRule: null, reasons: [], contactBy: '2026-12-02' },
        concludeBy: '2027-01-02',
        withdrawable: true,
      };
    throw problem(404, 'not found', 'req-x', routeId);
  }
}

const village = 'v-qs-01';

async function mountWith(client: IntakeClient, attrs: Readonly<Record<string, string>> = { village }): Promise<SzMediationIntake> {
  // At the first step (where files are chosen), with every other answer given.
  storeDraft(completeDraft((draft) => (draft.step = 0)));
  const { el } = await mountInProvider<SzMediationIntake, IntakeClient>(client, { tag: 'sz-mediation-intake', defaults: {} }, { attrs });
  return el;
}

async function choose(el: SzMediationIntake, ...files: File[]): Promise<void> {
  const input = q<HTMLInputElement>(el, '#f-attachments')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const photo = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], '张三家门口.png', { type: 'image/png' });
const stored = () => JSON.parse(sessionStorage.getItem(draftKey) ?? '{}') as Partial<IntakeDraft>;
const uploadState = (el: SzMediationIntake) => q(el, '[part~="attachments"] [data-upload]')?.dataset.upload;

describe('<sz-mediation-intake> files', function () {
  this.timeout(20_000);
  startWithEmptyStorage();

  it('uploads a chosen file to the village at once, shows it uploaded, and sends its id without its name', async () => {
    const client = new IntakeClient();
    client.latency = 50;
    const el = await mountWith(client);
    await choose(el, photo());
    await waitUntil(() => uploadState(el) === 'uploading', 'uploading shown');
    await waitUntil(() => uploadState(el) === 'done', 'uploaded', { timeout: 5000 });
    const [upload] = client.callsOf('uploadAttachment');
    assert.ok(upload, 'one upload');
    assert.deepEqual(upload.input.params, { villageId: village, purpose: 'mediation-intake' });
    assert.instanceOf(upload.input.body, Blob);
    assert.notInstanceOf(upload.input.body, File, 'the bytes without the name');
    assert.isString(upload.idempotencyKey);
    assert.include(part(el, 'attachments')?.textContent, '已上传');
    // The same file chosen again is not added (nor sent) twice.
    await choose(el, photo());
    assert.equal(root(el).querySelectorAll('[part~="attachments"] li').length, 1);
    assert.equal(client.callsOf('uploadAttachment').length, 1);
    const attachmentId = stored().attachments?.[0]?.attachmentId;
    assert.match(attachmentId ?? '', /^att-1-/, 'the draft keeps the id');
    await expect(el).to.be.accessible();

    await el.submit();
    await waitForReceipt(el);
    const body = client.callsOf('submitMediationIntake')[0]?.input.body as { attachments: Record<string, unknown>[] };
    assert.deepEqual(body.attachments, [{ attachmentId, mediaType: 'image/png', sizeBytes: 4 }]);
    assert.notInclude(JSON.stringify(body), '张三家门口', 'the file name stays on the device');
  });

  it("a refused file shows the server's words and no retry; the form cannot go on until it is removed", async () => {
    const client = new IntakeClient();
    const refusal = new ProblemError(
      {
        type: 'https://shanzhi.example/problems/file-type-not-accepted',
        title: '不接受这种文件',
        detail: '“mediation-intake”只接受 JPEG-PNG-WebP-PDF 文件',
        status: 415,
        code: 'file-type-not-accepted',
        requestId: 'req-415',
      },
      'uploadAttachment',
      'req-415',
    );
    client.failNext('uploadAttachment', refusal);
    const el = await mountWith(client);
    await choose(el, photo());
    await waitUntil(() => uploadState(el) === 'failed', 'failed shown');
    const files = part(el, 'attachments')!;
    assert.include(files.textContent, '只接受 JPEG-PNG-WebP-PDF');
    assert.include(files.textContent, 'req-415');
    assert.isNull(q(el, '[part~="retry-upload"]'), 'the same bytes would be refused again');
    await expect(el).to.be.accessible();

    // Next is refused with the reason next to the field, until the file is removed.
    q<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await waitUntil(() => part(el, 'summary') !== null, 'summary');
    assert.include(part(el, 'summary')?.textContent, '没有上传成功');
    assert.include(q(el, '#f-attachments-error')?.textContent, '没有上传成功');
    q<HTMLButtonElement>(el, '[part~="attachments"] li button')!.click();
    await el.updateComplete;
    await clickNext(el);
    assert.equal(part(el, 'step')?.dataset.step, 'applicant');
  });

  it('a failure of the way (not of the file) offers a retry, which sends the same Idempotency-Key', async () => {
    const client = new IntakeClient();
    client.failNext('uploadAttachment', problem(503, '服务暂时不可用', 'req-503', 'uploadAttachment'));
    const el = await mountWith(client, { village, locale: 'en' });
    await choose(el, photo());
    await waitUntil(() => uploadState(el) === 'failed', 'failed shown');
    assert.include(part(el, 'attachments')?.textContent, 'Upload failed');
    q<HTMLButtonElement>(el, '[part~="retry-upload"]')!.click();
    await waitUntil(() => uploadState(el) === 'done', 'uploaded on retry');
    assert.include(part(el, 'attachments')?.textContent, 'Uploaded');
    const [first, second] = client.callsOf('uploadAttachment');
    assert.ok(first?.idempotencyKey);
    assert.equal(second?.idempotencyKey, first.idempotencyKey, 'one key for the file across retries');
  });

  it('after a successful submission nothing of the files remains: draft, previews, names', async () => {
    // A revoked object URL can no longer be fetched: the preview is really gone, not just out of the DOM.
    const previewAlive = (url: string) =>
      fetch(url).then(
        () => true,
        () => false,
      );
    const client = new IntakeClient();
    const el = await mountWith(client);
    await choose(el, photo());
    await waitUntil(() => uploadState(el) === 'done', 'uploaded');
    const preview = q<HTMLImageElement>(el, '[part~="attachments"] img')?.src ?? '';
    assert.match(preview, /^blob:/);

    // A failed submission keeps the files.
    client.failNext('submitMediationIntake', problem(503, 'unavailable', 'req-503', 'submitMediationIntake'));
    await el.submit();
    await el.updateComplete;
    assert.isNull(part(el, 'receipt'));
    assert.isString(stored().attachments?.[0]?.attachmentId);
    assert.equal(q<HTMLImageElement>(el, '[part~="attachments"] img')?.src, preview);
    assert.isTrue(await previewAlive(preview), 'the preview is kept');

    await el.submit();
    await waitForReceipt(el);
    assert.isNull(sessionStorage.getItem(draftKey), 'the draft is gone');
    assert.isFalse(await previewAlive(preview), 'the preview URL is revoked');
    assert.notInclude(root(el).textContent, '张三家门口');
  });

  it('a draft restored after a reload asks for its file again, and uploads it once chosen', async () => {
    const client = new IntakeClient();
    storeDraft(
      completeDraft((draft) => {
        draft.step = 0;
        draft.attachments = [{ name: '张三家门口.png', mediaType: 'image/png', sizeBytes: 4 }];
      }),
    );
    const { el } = await mountInProvider<SzMediationIntake, IntakeClient>(
      client,
      { tag: 'sz-mediation-intake', defaults: {} },
      { attrs: { village } },
    );
    await waitUntil(() => uploadState(el) === 'failed', 'the lost file is marked');
    assert.include(part(el, 'attachments')?.textContent, '请重新选择这个文件');
    assert.isNull(q(el, '[part~="retry-upload"]'), 'nothing to retry without the file');
    await choose(el, photo());
    await waitUntil(() => uploadState(el) === 'done', 'uploaded');
    assert.equal(root(el).querySelectorAll('[part~="attachments"] li').length, 1);
    assert.match(stored().attachments?.[0]?.attachmentId ?? '', /^att-/);
  });

  it('takes the provider\'s village when it has none of its own; village="" keeps the files on the device', async () => {
    const client = new IntakeClient();
    storeDraft(completeDraft((draft) => (draft.step = 0)));
    const { el } = await mountInProvider<SzMediationIntake, IntakeClient>(
      client,
      { tag: 'sz-mediation-intake', defaults: {} },
      { providerAttrs: { village: 'v-qs-02' } },
    );
    await choose(el, photo());
    await waitUntil(() => uploadState(el) === 'done', 'uploaded');
    assert.equal(client.callsOf('uploadAttachment')[0]?.input.params?.villageId, 'v-qs-02');

    const other = new IntakeClient();
    sessionStorage.clear();
    const { el: kept } = await mountInProvider<SzMediationIntake, IntakeClient>(
      other,
      { tag: 'sz-mediation-intake', defaults: {} },
      { attrs: { village: '' }, providerAttrs: { village: 'v-qs-02' } },
    );
    await choose(kept, photo());
    await waitUntil(() => part(kept, 'attachments') !== null, 'the file is listed');
    assert.equal(other.callsOf('uploadAttachment').length, 0);
    assert.isNull(q(kept, '[data-upload]'), 'no upload state');
  });

  it('without a village the files stay on the device: nothing is uploaded and the name is sent as before', async () => {
    const client = new IntakeClient();
    const el = await mountWith(client, { locale: 'en' });
    await choose(el, photo());
    await waitUntil(() => part(el, 'attachments') !== null, 'the file is listed');
    assert.equal(client.callsOf('uploadAttachment').length, 0);
    assert.include(q(el, '#f-attachments-where')?.textContent, 'stay on your device');
    await el.submit();
    await waitForReceipt(el);
    const body = client.callsOf('submitMediationIntake')[0]?.input.body as { attachments: Record<string, unknown>[] };
    assert.deepEqual(body.attachments, [{ name: '张三家门口.png', mediaType: 'image/png', sizeBytes: 4 }]);
  });
});
