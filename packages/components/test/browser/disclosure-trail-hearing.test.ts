import { expect, fixture } from '@open-wc/testing';
import type { RouteOutput, getDisclosure } from '@shanzhi/sdk';
import { html, render } from 'lit';
import { detailMessages } from '../../src/disclosure/detail-messages.js';
import { renderTrail } from '../../src/disclosure/parts.js';
import { Localizer } from '../../src/internal/localize.js';

type Decision = NonNullable<RouteOutput<typeof getDisclosure>['decision']>;

const words = new Localizer(detailMessages, () => 'zh-CN');
const sixSteps: Decision['trail'] = {
  steps: [
    { step: 'proposal', date: '2026-09-01' },
    { step: 'consultation', date: '2026-09-05' },
  ],
};

async function stepsOf(trail: Decision['trail']): Promise<string[]> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  render(
    renderTrail({ id: 'dec-1', title: '鱼塘发包', decidedOn: '2026-10-15', ...(trail ? { trail } : {}) }, undefined, words, 'zh-CN'),
    host,
  );
  await expect(host).to.be.accessible();
  return [...host.querySelectorAll('[part~="trail-step"]')].map((step) => step.textContent.replace(/\s+/g, ' ').trim());
}

describe('the public trail of a decision (一听、四议、两公开)', () => {
  it('shows 一听 first, with how the villagers were heard, for a decision opened with it', async () => {
    const steps = await stepsOf({
      hearingRequired: true,
      steps: [
        { step: 'hearing', date: '2026-08-20', hearing: { channels: ['representatives', 'visits'], summary: '多数村民赞成发包' } },
        ...sixSteps.steps,
      ],
    });
    expect(steps).to.have.length(7);
    expect(steps[0]).to.include('一听').and.include('村民代表会议听取意见、入户走访');
    // The summary is the cadre's working note; the public reads the channels and the date.
    expect(steps[0]).not.to.include('多数村民赞成发包');
    expect(steps[1]).to.include('村党组织提议');
  });

  it('keeps the six steps for a trail recorded before 一听 was part of the record', async () => {
    const steps = await stepsOf(sixSteps);
    expect(steps).to.have.length(6);
    expect(steps[0]).to.include('村党组织提议');
  });

  it('lists 一听 as still to come when the decision requires it and it is not recorded yet', async () => {
    const steps = await stepsOf({ hearingRequired: true, steps: [] });
    expect(steps).to.have.length(7);
    expect(steps[0]).to.include('一听').and.include('尚未进行');
  });
});
