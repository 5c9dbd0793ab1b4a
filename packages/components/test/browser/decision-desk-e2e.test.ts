import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import '../../src/decision-desk/define.js';
import type { SzDecisionDesk } from '../../src/decision-desk/sz-decision-desk.js';
import { choose, control, fillMeeting, nextChange, pickDate, typeInto } from '../fixtures/decision-desk-client.js';
import { fill } from '../fixtures/form-controls.js';
import { demoToken, demoVillage, mountLive, useReferenceServer } from '../fixtures/e2e.js';
import { part, visibleText } from '../fixtures/mount.js';

const title = '端到端测试：村东道路硬化';

async function deskAs(role: 'cadre' | 'supervisor'): Promise<SzDecisionDesk> {
  const token = demoToken(role);
  assert.isDefined(token, `the server issued a ${role} token`);
  const el = await mountLive<SzDecisionDesk>('sz-decision-desk', { village: demoVillage, view: role });
  el.getToken = () => token;
  await el.updateComplete;
  await waitUntil(() => part(el, 'list') ?? part(el, 'staff-only'), `the ${role}'s desk`, { timeout: 15_000 });
  return el;
}

const shadow = (el: SzDecisionDesk) => el.shadowRoot!;
const formText = (el: SzDecisionDesk) => visibleText(part(el, 'form'));

/** Sends the open form and waits for the desk's change event (the server said yes). */
async function send(el: SzDecisionDesk) {
  const changed = nextChange(el);
  shadow(el).querySelector<HTMLButtonElement>('[part~="form"] button[type="submit"]')?.click();
  return changed;
}

async function waitForForm(el: SzDecisionDesk, words: string): Promise<void> {
  await waitUntil(() => formText(el).includes(words), `the form “${words}”`, { timeout: 10_000 });
}

describe('<sz-decision-desk> against the reference server', function () {
  const api = useReferenceServer(this, 120_000);

  it('a decision through 一听、四议、两公开 with one invalid meeting refused and reconvened; its items are on the public board', async () => {
    const cadre = await deskAs('cadre');
    // Open the decision.
    part(cadre, 'open-new')?.click();
    await waitUntil(() => control(cadre, '#dd-title'), 'the open form', { timeout: 10_000 });
    await typeInto(cadre, '#dd-title', title);
    const opened = await send(cadre);
    assert.equal(opened.action, 'open');
    const decisionId = opened.decisionId;

    // 一听: channels and summary.
    await waitForForm(cadre, '一听');
    pickDate(cadre, '#dd-date', '2026-11-02');
    shadow(cadre).querySelector<HTMLInputElement>('[data-field="hearing.channels"] input[value="visits"]')?.click();
    await typeInto(cadre, '#dd-hearing-summary', '走访 86 户，多数农户希望硬化村东道路');
    assert.equal((await send(cadre)).step, 'hearing');

    // 提议 and 商议 (a sitting of the 两委 with its numbers).
    await waitForForm(cadre, '村党组织提议');
    pickDate(cadre, '#dd-date', '2026-11-04');
    assert.equal((await send(cadre)).step, 'proposal');
    await waitForForm(cadre, '商议');
    pickDate(cadre, '#dd-date', '2026-11-06');
    await typeInto(cadre, '#dd-sitting-members', '9');
    await typeInto(cadre, '#dd-sitting-present', '8');
    await typeInto(cadre, '#dd-sitting-votes-for', '8');
    assert.equal((await send(cadre)).step, 'consultation');

    // 审议: 15 of 30 in favour is not more than half of all members (支部工作条例 Art 11). Recorded, shown invalid.
    await waitForForm(cadre, '党员大会审议');
    await fillMeeting(cadre, '2026-11-10', '30', '16', '15');
    await waitUntil(() => visibleText(part(cadre, 'check')).includes('会议无效'), 'the live check', { timeout: 5000 });
    assert.equal((await send(cadre)).step, 'review');
    await waitUntil(() => shadow(cadre).querySelector('[data-form-opener="reconvene"]'), 'the reconvene button', { timeout: 10_000 });

    // The server refuses to go past it, with the trail's own finding at its path.
    const refused = await fetch(`${api}/v1/villages/${demoVillage}/decisions/${decisionId}/steps`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${demoToken('cadre') ?? ''}`,
        'content-type': 'application/json',
        'idempotency-key': crypto.randomUUID(),
      },
      body: JSON.stringify({
        step: 'resolution',
        date: '2026-11-26',
        meeting: { kind: 'villagersMeeting', basis: 'households', eligible: 300, present: 220, votes: { for: 180 } },
      }),
    });
    assert.equal(refused.status, 422);
    const problem = (await refused.json()) as { code: string; issues: { path: (string | number)[] }[] };
    assert.equal(problem.code, 'decision.step.previousInvalid');
    assert.deepInclude(
      problem.issues.map((one) => one.path.join('.')),
      'trail.steps.3.meeting.votes.for',
    );

    // Reconvened: a new attempt; the invalid one stays in the record.
    shadow(cadre).querySelector<HTMLButtonElement>('[data-form-opener="reconvene"]')?.click();
    await waitUntil(() => control(cadre, '#dd-reason'), 'the reconvene form', { timeout: 10_000 });
    await fillMeeting(cadre, '2026-11-12', '30', '24', '20');
    await typeInto(cadre, '#dd-reason', '同意票未过全体党员半数，重新召开');
    assert.equal((await send(cadre)).action, 'reconvene');
    await waitUntil(() => shadow(cadre).querySelector('[data-step="review"] [part~="attempt"]'), 'the earlier attempt', {
      timeout: 10_000,
    });
    // The earlier attempt reads as what it was — a meeting that could not decide, with the rules' reason — never as valid.
    const attempt = visibleText(shadow(cadre).querySelector('[data-step="review"] [part~="attempt"]'));
    assert.include(attempt, '会议无效');
    assert.notInclude(attempt, '会议有效');
    assert.isNotNull(shadow(cadre).querySelector('[data-step="review"] [part~="attempt"] .invalid-note li'), "the rules' reason is listed");

    // 决议 by the villagers' meeting, told 21 days ahead (Art 21: ten).
    await waitForForm(cadre, '村民会议或村民代表会议决议');
    choose(cadre, '#dd-meeting-kind', 'villagersMeeting');
    await waitUntil(() => control(cadre, '#dd-meeting-noticeGiven'), 'the notice field', { timeout: 5000 });
    pickDate(cadre, '#dd-meeting-noticeGiven', '2026-11-05');
    await fillMeeting(cadre, '2026-11-26', '300', '220', '180');
    await waitUntil(() => visibleText(part(cadre, 'check')).includes('会议有效'), 'the live check of the resolution', { timeout: 5000 });
    assert.equal((await send(cadre)).step, 'resolution');

    // 两公开: each posts a board item naming the decision.
    await waitForForm(cadre, '发布：决议公开');
    // A raw mobile number in public text is refused by the server (identity.publicField.rawPersonalData at
    // version.body.0.children.0.text): the refusal shows at the text field, what was typed stays, nothing is published.
    await typeInto(cadre, '#dd-text', '经村民会议表决通过，硬化村东道路 1.2 公里。联系人电话 13812345678');
    shadow(cadre).querySelector<HTMLButtonElement>('[part~="form"] button[type="submit"]')?.click();
    await waitUntil(() => control(cadre, '#dd-text')?.getAttribute('aria-invalid') === 'true', 'the refusal at the text', {
      timeout: 10_000,
    });
    assert.notInclude(formText(cadre), '加载失败', 'a refused send is not said as a failed load');
    assert.include(formText(cadre), '未能提交');
    assert.include(control(cadre, '#dd-text')?.value, '13812345678', 'what was typed stays');
    fill(control(cadre, '#dd-text'), '经村民会议表决通过，硬化村东道路 1.2 公里。');
    const first = await send(cadre);
    assert.equal(first.step, 'resolutionDisclosure');
    await waitForForm(cadre, '发布：实施结果公开');
    await typeInto(cadre, '#dd-text', '道路已完工并验收。');
    assert.equal((await send(cadre)).step, 'resultDisclosure');
    await waitUntil(() => visibleText(part(cadre, 'panel')).includes('这项决策的全部步骤已完成'), 'the decision complete', {
      timeout: 10_000,
    });
    await expect(cadre).to.be.accessible();

    // The public board: both items, with the decision's trail and no finding against it.
    const board = (await (await fetch(`${api}/v1/villages/${demoVillage}/disclosures?q=${encodeURIComponent('村东道路硬化')}`)).json()) as {
      items: { id: string; decisionId?: string }[];
    };
    const items = board.items.filter((one) => one.decisionId === decisionId);
    assert.lengthOf(items, 2);
    const detail = (await (await fetch(`${api}/v1/villages/${demoVillage}/disclosures/${items[0]?.id ?? ''}`)).json()) as {
      decision?: { id: string; trail?: { steps: { step: string }[] } };
      findings: { trail?: { status: string } };
    };
    assert.equal(detail.decision?.id, decisionId);
    assert.deepEqual(
      detail.decision?.trail?.steps.map((one) => one.step),
      ['hearing', 'proposal', 'consultation', 'review', 'resolution', 'resolutionDisclosure', 'resultDisclosure'],
    );
    assert.equal(detail.findings.trail?.status, 'complete');

    // 一监督: the supervisor follows the decision and signs the review off.
    const supervisor = await deskAs('supervisor');
    shadow(supervisor).querySelector<HTMLButtonElement>(`[data-decision="${decisionId}"] [part~="show"]`)?.click();
    await waitUntil(() => shadow(supervisor).querySelector('[data-form-opener="observe:review"]'), 'the observe button', {
      timeout: 10_000,
    });
    shadow(supervisor).querySelector<HTMLButtonElement>('[data-form-opener="observe:review"]')?.click();
    await waitUntil(() => control(supervisor, '#dd-note'), 'the observation form', { timeout: 10_000 });
    await typeInto(supervisor, '#dd-note', '重新召开的党员大会程序合规');
    assert.equal((await send(supervisor)).action, 'observe');
    await waitUntil(() => shadow(supervisor).querySelector('[data-step="review"] [part~="observation"]'), 'the observation shown', {
      timeout: 10_000,
    });
  });
});
