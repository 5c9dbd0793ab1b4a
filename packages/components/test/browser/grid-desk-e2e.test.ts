import { assert, expect, oneEvent } from '@open-wc/testing';
import '../../src/grid-desk/define.js';
import '../../src/mediation-desk/define.js';
import type { SzEventDetails } from '../../src/internal/events.js';
import type { SzGridDesk } from '../../src/grid-desk/sz-grid-desk.js';
import type { SzMediationDesk } from '../../src/mediation-desk/sz-mediation-desk.js';
import { choose as chooseFiles, pngFile } from '../fixtures/attachment-client.js';
import { assertStaffOnly, openPhoto } from '../fixtures/attachment-e2e.js';
import { setOnline } from '../fixtures/device.js';
import { demoToken, demoVillage, mountLive, useReferenceServer } from '../fixtures/e2e.js';
import { part, visibleText } from '../fixtures/mount.js';
import { choose, typeInto } from '../fixtures/form-controls.js';
import { fillWallIntake } from '../fixtures/grid-desk-intake.js';
import { waitUntil } from '../fixtures/wait.js';

const $ = (el: SzGridDesk, selector: string) => el.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

function submit(el: SzGridDesk, form: string): void {
  part(el, form)?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
}

async function desk(): Promise<SzGridDesk> {
  const el = await mountLive<SzGridDesk>('sz-grid-desk', { village: demoVillage });
  el.getToken = () => demoToken('gridWorker') ?? 'demo-gridWorker';
  await waitUntil(() => part(el, 'report'), 'the reports from the server', { timeout: 15_000 });
  return el;
}

describe('grid work end to end: a grid report that becomes a mediation case', function () {
  const api = useReferenceServer(this, 60_000);

  afterEach(() => {
    delete (navigator as { onLine?: boolean }).onLine;
  });

  it('keeps a report written offline and files it once when the connection returns', async () => {
    const el = await desk();
    setOnline(false);
    $(el, '#tab-report')?.click();
    await waitUntil(() => part(el, 'report-form'), 'the report form');
    choose(el, '#gd-report-category', 'safety');
    const place = `七组塘边（${String(Date.now() % 100_000)}）`;
    await typeInto(el, '#gd-report-place-text', place);
    await typeInto(el, '#gd-report-text', '塘边护栏倒了，孩子常在这里玩。');
    await el.updateComplete;
    submit(el, 'report-form');
    await waitUntil(() => part(el, 'kept'), 'kept on the phone');
    setOnline(true);
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => part(el, 'kept') === null, 'sent', { timeout: 15_000 });
    assert.lengthOf(Object.keys(localStorage), 0, 'nothing left on the phone');
    const response = await fetch(`${api}/v1/villages/${demoVillage}/grid-reports?limit=200`, {
      headers: { Authorization: `Bearer ${demoToken('gridWorker') ?? 'demo-gridWorker'}` },
    });
    const { items } = (await response.json()) as { items: { place: { text: string } }[] };
    assert.lengthOf(
      items.filter((one) => one.place.text === place),
      1,
      'the server filed it once',
    );
  });

  it('reports a dispute in the field, assesses it, and hands it to the mediation committee as a case', async () => {
    const el = await desk();
    await expect(el).to.be.accessible();

    // 1. 按时上报: the grid worker reports a quarrel over a wall in their own grid.
    $(el, '#tab-report')?.click();
    await waitUntil(() => part(el, 'report-form'), 'the report form');
    choose(el, '#gd-report-category', 'dispute');
    await el.updateComplete;
    choose(el, '#gd-report-item', 'dispute.neighbour');
    const place = `五组院墙（${String(Date.now() % 100_000)}）`;
    await typeInto(el, '#gd-report-place-text', place);
    await typeInto(el, '#gd-report-text', '两户为院墙位置争吵，已经推搡。');
    // With a photo of the wall (purpose `grid-report`), uploaded as it is chosen.
    chooseFiles($(el, '#gd-report-photos') as HTMLInputElement, await pngFile('院墙.png'));
    await waitUntil(() => $(el, '[part~="attachment"][data-state="done"]'), 'the photo uploaded', { timeout: 10_000 });
    await el.updateComplete;
    const filed = oneEvent(el, 'sz-grid-desk-report');
    submit(el, 'report-form');
    const { reportId } = ((await filed) as CustomEvent<SzEventDetails['sz-grid-desk-report']>).detail;
    assert.lengthOf(Object.keys(localStorage), 0, 'nothing of the report stays on the phone');
    const stored = await fetch(`${api}/v1/villages/${demoVillage}/grid-reports/${reportId}`, {
      headers: { Authorization: `Bearer ${demoToken('gridWorker') ?? 'demo-gridWorker'}` },
    });
    const { attachmentIds } = (await stored.json()) as { attachmentIds: string[] };
    assert.lengthOf(attachmentIds, 1, 'the report names its photo');
    await assertStaffOnly(api, attachmentIds[0] ?? '', 'gridWorker');

    // 2. 分析研判: it is a dispute the village handles.
    $(el, '#tab-reports')?.click();
    await waitUntil(() => $(el, `[data-opener="${reportId}"]`), 'the new report in the list', { timeout: 15_000 });
    assert.include(visibleText($(el, `[data-opener="${reportId}"]`)), place);
    $(el, `[data-opener="${reportId}"]`)?.click();
    await waitUntil(() => part(el, 'step-form'), 'the assessment form', { timeout: 10_000 });
    assert.include(visibleText(part(el, 'step-form')), '分析研判');
    // The photo opens on the report, its bytes read with the grid worker's token.
    await openPhoto(el.shadowRoot!, '[part~="panel"]');
    part(el, 'step-form')?.querySelector<HTMLInputElement>('input[value="village"]')?.click();
    await el.updateComplete;
    const assessed = oneEvent(el, 'sz-grid-desk-step');
    submit(el, 'step-form');
    assert.equal(((await assessed) as CustomEvent<SzEventDetails['sz-grid-desk-step']>).detail.step, 'assess');

    // 3. 分流交办 to the mediation committee, with the parties' application: the report becomes a mediation case.
    await waitUntil(() => visibleText(part(el, 'step-form')).includes('分流交办'), 'the assignment form', { timeout: 10_000 });
    part(el, 'step-form')?.querySelector<HTMLInputElement>('input[value="mediation"]')?.click();
    await el.updateComplete;
    await fillWallIntake(el, {
      description: '两户为院墙位置争吵，已经推搡，双方愿意坐下来谈。',
      desiredOutcome: '确定院墙位置，互不追究。',
      respondent: '李四海',
    });
    const assigned = oneEvent(el, 'sz-grid-desk-step');
    submit(el, 'step-form');
    const step = ((await assigned) as CustomEvent<SzEventDetails['sz-grid-desk-step']>).detail;
    assert.equal(step.step, 'assign');
    assert.isString(step.caseNumber, 'the dispute is now a mediation case');
    await waitUntil(() => visibleText($(el, `[data-opener="${reportId}"]`)).includes('已转调解'), 'the row names the case', {
      timeout: 10_000,
    });
    assert.notInclude(el.shadowRoot?.innerHTML ?? '', '13912345678', 'the parties’ numbers are forgotten');
    assert.lengthOf(Object.keys(localStorage), 0);
    await expect(el).to.be.accessible();
    el.remove();

    // 4. The mediator works the case with the report's photo: opened on the mediation desk; the village's staff only.
    const mediation = await mountLive<SzMediationDesk>('sz-mediation-desk');
    mediation.getToken = () => demoToken('mediator') ?? 'demo-mediator';
    const row = () => mediation.shadowRoot?.querySelector<HTMLButtonElement>(`[data-opener="${String(step.caseNumber)}"]`);
    await waitUntil(() => row(), 'the case in the mediator’s queue', { timeout: 15_000 });
    row()?.click();
    await waitUntil(() => part(mediation, 'steps'), 'the case opened', { timeout: 10_000 });
    assert.include(visibleText(part(mediation, 'panel')), '来自网格上报');
    await openPhoto(mediation.shadowRoot!, '[part~="panel"]');
    await expect(mediation).to.be.accessible();
  });
});
