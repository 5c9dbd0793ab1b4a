import { assert, expect, oneEvent } from '@open-wc/testing';
import { assessGridReport, assignGridReport, fileGridReport, listGridReports, ProblemError, recordGridVisit } from '@shanzhi/sdk';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/grid-desk/define.js';
import type { SzGridDesk } from '../../src/grid-desk/sz-grid-desk.js';
import { problem } from '../fixtures/fake-client.js';
import { FakeGridDeskClient, outsideGrid } from '../fixtures/grid-desk-client.js';
import { mountListing, part, partButtons, visibleText } from '../fixtures/mount.js';
import { openPanel } from '../fixtures/desk-panel.js';
import { choose, typeInto } from '../fixtures/form-controls.js';
import { fillWallIntake } from '../fixtures/grid-desk-intake.js';
import { describeDataWidget, type EmptyState, mountRefused } from '../fixtures/shared-states.js';
import { waitUntil } from '../fixtures/wait.js';

/** The widget with nothing to show. */
const empty: EmptyState<FakeGridDeskClient> = {
  client: () => new FakeGridDeskClient([]),
  when: 'there are no reports',
  says: '还没有上报的事项',
};

const rows = (el: SzGridDesk) => partButtons(el, 'report');
const $ = (el: SzGridDesk, selector: string) => el.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
/** What a text field of the desk holds now. */
const valueOf = (el: SzGridDesk, selector: string) => el.shadowRoot?.querySelector<HTMLInputElement>(selector)?.value;

const widget = { tag: 'sz-grid-desk', defaults: { village: 'v-test-01' } };
const mount = mountListing<SzGridDesk, FakeGridDeskClient>(widget, () => new FakeGridDeskClient(), 'report', 'the reports');

/** Opens the report view and waits for its form (a late part). */
async function reportView(el: SzGridDesk): Promise<HTMLFormElement> {
  $(el, '#tab-report')?.click();
  await waitUntil(() => part(el, 'report-form'), 'the report form');
  return part(el, 'report-form') as HTMLFormElement;
}

async function fillReport(el: SzGridDesk): Promise<void> {
  await reportView(el);
  choose(el, '#gd-report-category', 'environment');
  await el.updateComplete;
  await typeInto(el, '#gd-report-place-text', '三组村口桥头');
  await typeInto(el, '#gd-report-text', '桥头堆了一车建筑垃圾。');
  await el.updateComplete;
}

function submit(el: SzGridDesk, form: string): void {
  part(el, form)?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
}

/**
 * Fills the report, asks for the phone's position and sends the report; gives what the desk said of the position and
 * the place the server was sent.
 */
async function reportLocated(el: SzGridDesk, client: FakeGridDeskClient): Promise<{ position: string | undefined; place: unknown }> {
  const sent = client.callsOf(fileGridReport.id).length;
  await fillReport(el);
  part(el, 'locate')?.click();
  await waitUntil(() => part(el, 'position'), 'the position or its refusal');
  const position = part(el, 'position')?.textContent;
  submit(el, 'report-form');
  await waitUntil(() => client.callsOf(fileGridReport.id).length === sent + 1, 'sent');
  return { position, place: (client.callsOf(fileGridReport.id)[sent]?.input.body as { place: unknown }).place };
}

const openReport = (el: SzGridDesk, id: string) => openPanel(el, id, '[part~="panel"] .facts');

describeDataWidget('<sz-grid-desk>', { mount, route: listGridReports.id, empty }, () => {
  it('lists the reports with their state and deadline, the overdue in words, and passes axe', async () => {
    const el = await mount();
    assert.include(visibleText(part(el, 'summary')), '共 3 件，超期 1 件');
    assert.include(visibleText(rows(el)[0]), '已上报');
    assert.include(visibleText(rows(el)[0]), '已超期');
    assert.include(visibleText(rows(el)[0]), '三组村口桥头');
    assert.include(visibleText(rows(el)[1]), '邻里纠纷');
    assert.include(visibleText($(el, '#tab-reports')), '1 件超期');
    assert.equal($(el, '#tab-reports')?.getAttribute('aria-selected'), 'true');
    assert.equal(part(el, 'view')?.getAttribute('role'), 'tabpanel');
    await expect(el).to.be.accessible();
  });

  it('says who may use it when the server refuses the token', async () => {
    const el = await mountRefused(mount, listGridReports.id);
    assert.include(part(el, 'staff-only')?.textContent, '网格员');
    assert.isNull(part(el, 'tabs'));
  });

  it('is operated by keyboard: arrows move between the views, Enter opens a report, Escape closes it', async () => {
    const el = await mount();
    $(el, '#tab-reports')?.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => part(el, 'report-form'), 'the report view');
    assert.equal(el.shadowRoot?.activeElement?.id, 'tab-report');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    assert.equal(el.shadowRoot?.activeElement?.id, 'tab-rounds');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    assert.equal(el.shadowRoot?.activeElement?.id, 'tab-report', 'wraps around');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => rows(el).length > 0, 'the reports again');
    rows(el)[0]?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'panel')?.querySelector('.facts'), 'the opened report');
    assert.equal(el.shadowRoot?.activeElement, part(el, 'panel'), 'focus moves into the report');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => part(el, 'panel') === null, 'closed');
    assert.equal(el.shadowRoot?.activeElement, rows(el)[0], 'focus back on its row');
  });

  it('gives every control a thumb-sized target of at least 48 px', async () => {
    const el = await mount();
    await reportView(el);
    for (const control of el.shadowRoot?.querySelectorAll<HTMLElement>(
      'button, select, input:not([type="checkbox"]):not([type="radio"])',
    ) ?? [])
      assert.isAtLeast(control.getBoundingClientRect().height, 47.5, `${control.outerHTML.slice(0, 60)} is too small`);
  });

  it('reports an event with one key and forgets the form once the server has it', async () => {
    const client = new FakeGridDeskClient();
    const el = await mount(client);
    await fillReport(el);
    const filed = oneEvent(el, 'sz-grid-desk-report');
    submit(el, 'report-form');
    const { detail } = (await filed) as CustomEvent<{ readonly reportId: string }>;
    assert.deepEqual(Object.keys(detail), ['reportId'], 'ids only');
    const [call] = client.callsOf(fileGridReport.id);
    assert.deepEqual(call?.input.body, {
      gridId: 'g-01',
      category: 'environment',
      place: { text: '三组村口桥头' },
      text: '桥头堆了一车建筑垃圾。',
    });
    assert.match(call?.idempotencyKey ?? '', /.{8,}/);
    await waitUntil(() => valueOf(el, '#gd-report-place-text') === '', 'the form emptied');
    assert.include($(el, '[role="status"][aria-live="polite"]')?.textContent, '已上报');
    assert.lengthOf(Object.keys(localStorage), 0, 'nothing stays on the phone');
  });

  it('adds the phone’s coordinates when it gives them, and reports without them when refused', async () => {
    const client = new FakeGridDeskClient();
    let answer: (ok: PositionCallback, no: PositionErrorCallback | null | undefined) => void = (ok) => {
      ok({ coords: { latitude: 26.2212345678, longitude: 111.6123456789, accuracy: 12.3 } } as GeolocationPosition);
    };
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition: (ok: PositionCallback, no?: PositionErrorCallback | null) => {
          answer(ok, no);
        },
      },
    });
    try {
      const el = await mount(client);
      const located = await reportLocated(el, client);
      assert.include(located.position, '13 米');
      assert.deepEqual(located.place, { text: '三组村口桥头', latitude: 26.22123, longitude: 111.61235 });
      answer = (_ok, no) => {
        no?.({ code: 1, message: 'denied' } as GeolocationPositionError);
      };
      await waitUntil(() => valueOf(el, '#gd-report-place-text') === '', 'the form emptied');
      const refused = await reportLocated(el, client);
      assert.include(refused.position, '没有允许使用位置');
      assert.deepEqual(refused.place, { text: '三组村口桥头' });
    } finally {
      // Back to the browser's own (on the prototype).
      delete (navigator as { geolocation?: unknown }).geolocation;
    }
  });

  it('marks the empty required fields and sends nothing', async () => {
    const client = new FakeGridDeskClient();
    const el = await mount(client);
    await reportView(el);
    submit(el, 'report-form');
    await waitUntil(() => $(el, '#gd-report-category[aria-invalid="true"]'), 'the category marked');
    assert.equal($(el, '#gd-report-place-text')?.getAttribute('aria-invalid'), 'true');
    assert.equal(el.shadowRoot?.activeElement?.id, 'gd-report-category', 'focus on the first problem');
    assert.lengthOf(client.callsOf(fileGridReport.id), 0);
    await expect(el).to.be.accessible();
  });

  it('shows the server’s refusal beside the form, keeps the input, and retries with the same key', async () => {
    const client = new FakeGridDeskClient();
    const el = await mount(client);
    await fillReport(el);
    client.failNext(fileGridReport.id, outsideGrid(fileGridReport.id));
    submit(el, 'report-form');
    await waitUntil(() => part(el, 'form-problem'), 'the refusal');
    assert.include(part(el, 'form-problem')?.textContent, '这个网格不由你负责');
    assert.include(part(el, 'form-problem')?.textContent, 'req-403-grid');
    assert.equal(valueOf(el, '#gd-report-place-text'), '三组村口桥头', 'what was typed stays');
    const issue = new ProblemError(
      {
        type: 'https://shanzhi.example/problems/validation',
        title: '请检查填写的内容',
        status: 422,
        code: 'validation',
        requestId: 'req-422',
        issues: [{ path: ['place', 'text'], code: 'too_small', message: '地点写得太短' }],
      },
      fileGridReport.id,
      'req-422',
    );
    client.failNext(fileGridReport.id, issue);
    submit(el, 'report-form');
    await waitUntil(() => $(el, '#gd-report-place-text[aria-invalid="true"]'), 'the issue at its field');
    assert.include($(el, '#gd-report-place-text-error')?.textContent, '地点写得太短');
    submit(el, 'report-form');
    await waitUntil(() => client.callsOf(fileGridReport.id).length === 3, 'sent again');
    const keys = client.callsOf(fileGridReport.id).map((call) => call.idempotencyKey);
    assert.equal(keys[0], keys[2], 'one attempt, one key');
    await expect(el).to.be.accessible();
  });

  it('assesses a report; a step out of order shows the 409 beside the form with the input kept', async () => {
    const client = new FakeGridDeskClient();
    const el = await mount(client);
    const panel = await openReport(el, 'gr-0001');
    assert.include(visibleText(panel), '桥头堆了一车建筑垃圾');
    assert.include(visibleText(part(el, 'step-form')), '分析研判');
    panel.querySelector<HTMLInputElement>('input[value="grid"]')?.click();
    await typeInto(el, '#gd-step-note', '网格内清理');
    await el.updateComplete;
    client.failNext(assessGridReport.id, problem(409, '事项处于“已研判”，还不能“分析研判”', 'req-409', assessGridReport.id));
    submit(el, 'step-form');
    await waitUntil(() => part(el, 'form-problem'), 'the conflict');
    assert.include(part(el, 'form-problem')?.textContent, '还不能');
    assert.equal(valueOf(el, '#gd-step-note'), '网格内清理');
    await expect(el).to.be.accessible();
    const stepped = oneEvent(el, 'sz-grid-desk-step');
    submit(el, 'step-form');
    assert.deepEqual((await stepped).detail, { reportId: 'gr-0001', step: 'assess' });
    assert.deepEqual(client.callsOf(assessGridReport.id)[1]?.input.body, {
      level: 'grid',
      dispute: false,
      risk: false,
      note: '网格内清理',
    });
    await waitUntil(() => visibleText(part(el, 'step-form')).includes('分流交办'), 'the next step');
  });

  it('assigns a dispute to the mediation committee with the parties’ application, then forgets it', async () => {
    const client = new FakeGridDeskClient();
    const el = await mount(client);
    const panel = await openReport(el, 'gr-0002');
    panel.querySelector<HTMLInputElement>('input[value="mediation"]')?.click();
    await el.updateComplete;
    await fillWallIntake(el, { desiredOutcome: '确定院墙位置', respondent: '李四' });
    const stepped = oneEvent(el, 'sz-grid-desk-step');
    submit(el, 'step-form');
    assert.deepEqual((await stepped).detail, { reportId: 'gr-0002', step: 'assign', caseNumber: 'MC-2026-0042' });
    const body = client.callsOf(assignGridReport.id)[0]?.input.body as { target: string; intake: Record<string, unknown> };
    assert.equal(body.target, 'mediation');
    assert.deepEqual(body.intake.applicant, { name: '张三明', mobile: '13912345678' });
    assert.deepEqual(body.intake.consent, { mediation: true, personalData: true });
    await waitUntil(() => $(el, '[role="status"][aria-live="polite"]')?.textContent.includes('第42号'), 'the case announced');
    assert.notInclude(el.shadowRoot?.innerHTML ?? '', '13912345678', 'the number is forgotten');
    assert.lengthOf(Object.keys(localStorage), 0, 'and never stored');
  });

  it('reads a report of another grid without the forms', async () => {
    const el = await mount();
    const panel = await openReport(el, 'gr-0003');
    assert.include(visibleText(panel), '办理由它所在网格的网格员或村两委负责');
    assert.isNull(part(el, 'step-form'));
  });

  it('shows the 摸排 rounds, the overdue in words, and records a visit', async () => {
    const client = new FakeGridDeskClient();
    const el = await mount(client);
    $(el, '#tab-rounds')?.click();
    await waitUntil(() => el.shadowRoot?.querySelectorAll('[part~="round"]').length === 2, 'the rounds');
    const rounds = [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="round"]') ?? [])];
    assert.include(visibleText(rounds[0]), '已走访 1 / 3 户');
    assert.include(visibleText(rounds[1]), '已超期：还有 1 户没走访');
    rounds[0]?.click();
    await waitUntil(() => el.shadowRoot?.querySelectorAll('[part~="household"]').length === 3, 'the checklist');
    await expect(el).to.be.accessible();
    $(el, '[data-visit="hh-0002"]')?.click();
    await waitUntil(() => part(el, 'visit-form'), 'the visit form');
    await typeInto(el, '#gd-visit-note', '询问了用水情况');
    await el.updateComplete;
    const visited = oneEvent(el, 'sz-grid-desk-visit');
    submit(el, 'visit-form');
    assert.deepEqual((await visited).detail, { roundId: 'rd-0001', householdId: 'hh-0002' });
    assert.deepEqual(client.callsOf(recordGridVisit.id)[0]?.input.body, { householdId: 'hh-0002', absent: false, note: '询问了用水情况' });
    await waitUntil(() => el.shadowRoot?.activeElement === $(el, '[data-visit="hh-0002"]'), 'focus back on the household');
    assert.include(visibleText(el.shadowRoot?.querySelectorAll('[part~="household"]')[1]), '已走访');
  });

  it('shows the reports when a page asks for a view it does not know', async () => {
    const el = await mount(new FakeGridDeskClient(), { view: 'gridWorker' });
    assert.equal($(el, '#tab-reports')?.getAttribute('aria-selected'), 'true');
    assert.equal(part(el, 'view')?.getAttribute('aria-labelledby'), 'tab-reports');
  });

  it('speaks English', async () => {
    const el = await mount(new FakeGridDeskClient(), { locale: 'en' });
    assert.equal(part(el, 'title')?.textContent, 'Grid desk');
    assert.include(visibleText(part(el, 'summary')), '3 reports, 1 overdue');
    await reportView(el);
    assert.include(visibleText(part(el, 'report-form')), 'Report a matter in the grid');
    assert.include(visibleText(part(el, 'report-form')), 'Living environment');
  });

  it('in 长辈版 has the larger targets and the text size, and passes axe', async () => {
    const el = await mount(new FakeGridDeskClient(), { elder: '' });
    assert.isTrue(el.hasAttribute('data-sz-elder'));
    assert.isAtLeast($(el, '#tab-report')?.getBoundingClientRect().height ?? 0, 59.5);
    await expect(el).to.be.accessible();
    await reportView(el);
    await expect(el).to.be.accessible();
  });
});
