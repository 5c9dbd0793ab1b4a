import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { completeDraft, mountIntake, part, q, stepCode, storeDraft } from '../fixtures/mediation-mount.js';
import { startWithEmptyStorage } from '../fixtures/mediation-extra.js';

// The CDN loader's preloader hook (src/internal/preload.ts): every lazy chunk is asked for through it first.
const preloadKey = Symbol.for('shanzhi.preload');
type Hooks = Record<symbol, ((module: string) => Promise<void>) | undefined>;

/** While `offline`, the later steps' chunk cannot be fetched; `asked` lists every chunk the widget asked for. */
function blockLaterSteps(): { offline: boolean; readonly asked: string[]; restore: () => void } {
  const hooks = globalThis as unknown as Hooks;
  const before = hooks[preloadKey];
  const state = {
    offline: true,
    asked: [] as string[],
    restore: () => {
      hooks[preloadKey] = before;
    },
  };
  hooks[preloadKey] = (module) => {
    state.asked.push(module);
    return state.offline && module === 'mediation/intake-later' ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve();
  };
  return state;
}

describe('<sz-mediation-intake> later steps, a chunk loaded after the first question is on screen', function () {
  this.timeout(30_000);

  startWithEmptyStorage();

  it('shows the first question without it, and asks for it once the form is painted', async () => {
    const chunks = blockLaterSteps();
    chunks.offline = false;
    try {
      const el = await mountIntake();
      assert.equal(stepCode(el), 'dispute');
      assert.isNotNull(q(el, 'select[data-path="dispute.type"]'), 'the first question is there');
      await waitUntil(() => chunks.asked.includes('mediation/intake-later'), 'the later steps are preloaded after the first paint');
    } finally {
      chunks.restore();
    }
  });

  it('restores a draft at a later step with an error and a retry when the chunk cannot be fetched, then the answers', async () => {
    storeDraft(completeDraft((draft) => (draft.step = 1)));
    const chunks = blockLaterSteps();
    try {
      const el = await mountIntake();
      await waitUntil(() => part(el, 'error') !== null, 'the error state', { timeout: 5000 });
      assert.isNull(q(el, 'input[data-path="applicant.name"]'), 'no half step');
      assert.isNotNull(part(el, 'progress'), 'the progress stays, so the applicant knows where they are');
      await expect(el).to.be.accessible();
      chunks.offline = false;
      part(el, 'retry')!.click();
      await waitUntil(() => q(el, 'input[data-path="applicant.name"]') !== null, 'the step after the retry', { timeout: 5000 });
      assert.equal(q<HTMLInputElement>(el, 'input[data-path="applicant.name"]')!.value, '测试申请人', 'the answers were kept');
      assert.isNull(part(el, 'error'));
    } finally {
      chunks.restore();
    }
  });
});
