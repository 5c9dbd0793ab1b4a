import { assert, expect } from '@open-wc/testing';
import { NetworkError, ProblemError, TimeoutError } from '@shanzhi/sdk';
import { render, type TemplateResult } from 'lit';
import { commonMessages } from '../../src/internal/common-messages.js';
import { Localizer, loadEnglish } from '../../src/internal/localize.js';
import { describeFailure, emptyState, errorState, loadingState, offlineState } from '../../src/internal/states.js';

const zh = new Localizer(commonMessages, () => 'zh-CN');
const en = new Localizer(commonMessages, () => 'en');

const hosts: HTMLElement[] = [];

/** Renders a state into a plain container (no fixture(): it waits an animation frame, which stalls in a background page). */
function shown(template: TemplateResult): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  render(template, host);
  return host.firstElementChild as HTMLElement;
}

describe('foundation: shared states', () => {
  // The shared English words load on demand, as for a widget shown in English (SzElement waits the same way).
  before(async () => {
    await loadEnglish();
  });

  afterEach(() => {
    for (const host of hosts.splice(0)) host.remove();
  });

  it('loading: a busy status with words for screen readers and a hidden skeleton', async () => {
    const el = shown(loadingState(zh, 3));
    assert.equal(el.getAttribute('role'), 'status');
    assert.include(el.textContent, '正在加载');
    assert.lengthOf(el.querySelectorAll('.skeleton[aria-hidden="true"]'), 3);
    await expect(el.parentElement).to.be.accessible();
  });

  it('empty and offline: statuses with plain words', () => {
    const empty = shown(emptyState('没有符合条件的农户。'));
    assert.equal(empty.getAttribute('role'), 'status');
    assert.equal(empty.getAttribute('part'), 'empty');
    const offline = shown(offlineState(en));
    assert.include(offline.textContent, 'offline');
  });

  it("error: an alert with the problem's localized title, the request id and a working retry", async () => {
    let retried = 0;
    const failure = describeFailure(
      new ProblemError({ type: 'about:blank', title: '请求过于频繁', status: 429, code: 'rate-limited' }, 'getLeaderboard', 'req-42'),
      zh,
    );
    const el = shown(
      errorState(zh, failure, () => {
        retried++;
      }),
    );
    assert.equal(el.getAttribute('role'), 'alert');
    assert.include(el.textContent, '请求过于频繁');
    assert.include(el.textContent, '请求编号：req-42');
    el.querySelector('button')!.click();
    assert.equal(retried, 1);
    await expect(el.parentElement).to.be.accessible();
  });

  it('describes network, timeout and unknown failures in plain words, keeping the request id', () => {
    const network = describeFailure(new NetworkError('getLeaderboard', 'req-n', new TypeError('Failed to fetch')), zh);
    assert.include(network.message, '网络连接失败');
    assert.equal(network.requestId, 'req-n');
    const timeout = describeFailure(new TimeoutError('deadline', 'getLeaderboard', 'req-t'), en);
    assert.include(timeout.message, 'took too long');
    const unknown = describeFailure(new Error('secret internals'), en);
    assert.notInclude(unknown.message, 'secret internals', 'internal messages never reach villagers');
    assert.isUndefined(unknown.requestId);
  });
});
