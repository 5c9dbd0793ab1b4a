import { assert, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountIntake, root, stepCode, waitForReceipt } from '../fixtures/mediation-mount.js';
import { useReferenceServer } from '../fixtures/e2e.js';

async function tab(times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({ press: 'Tab' });
}

describe('<sz-mediation-intake> keyboard only', function () {
  useReferenceServer(this, 40_000);

  it('completes the whole form and submits with the keyboard alone', async () => {
    const el = await mountIntake();
    const focused = () => root(el).activeElement;
    // Step 1: the type select, description, outcome; Enter in the amount field submits the step.
    root(el).querySelector<HTMLSelectElement>('#f-dispute-type')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await tab();
    await sendKeys({ type: '邻居的排水管一直把污水排进我家院子' });
    await tab();
    await sendKeys({ type: '改走排水管' });
    await tab();
    assert.equal(focused()?.id, 'f-dispute-amountFen');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    assert.equal(stepCode(el), 'applicant');
    assert.equal(focused()?.id, 'step-title');

    // Step 2
    await tab();
    await sendKeys({ type: '测试申请人' });
    await tab();
    await sendKeys({ type: '13800138000' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    assert.equal(stepCode(el), 'respondents');

    // Step 3: the kind radios are one tab stop, then the name.
    await tab(2);
    await sendKeys({ type: '测试邻居' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    assert.equal(stepCode(el), 'safety');

    // Step 4: for each yes/no question, Tab to the group and ArrowRight to "no"; Space picks "none" for the office.
    await tab();
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await tab();
    }
    await sendKeys({ press: 'Space' });
    await tab();
    await sendKeys({ press: 'ArrowRight' });
    await tab(2);
    assert.equal(focused()?.getAttribute('type'), 'submit');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    assert.equal(stepCode(el), 'consent');

    // Step 5: publicity, mediator, time, then the two consents.
    await tab(4);
    assert.equal(focused()?.id, 'f-consent-mediation');
    await sendKeys({ press: 'Space' });
    await tab();
    await sendKeys({ press: 'Space' });
    await tab(2);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    assert.equal(stepCode(el), 'review');
    await expect(el).to.be.accessible();

    // Step 6: past the five "change" buttons and Back to Send.
    await tab(7);
    assert.equal(focused()?.getAttribute('type'), 'submit');
    await sendKeys({ press: 'Enter' });
    await waitForReceipt(el);
    assert.equal(focused()?.id, 'receipt-title');
  });
});
