import { assert } from '@open-wc/testing';
import { createClient, getHealth, listRegions } from '@shanzhi/sdk';

declare global {
  interface Window {
    __SZ_API__?: string;
  }
}

// The SDK in a real browser against the real reference server (CORS, problem+json, request ids).
describe('the SDK in Chromium against the reference server', () => {
  const baseUrl = window.__SZ_API__ ?? '';

  it('reads health and the region tree across origins', async () => {
    assert.isNotEmpty(baseUrl, 'web-test-runner starts the reference server');
    const client = createClient({ baseUrl });
    const health = await client.request(getHealth, {});
    assert.equal(health.data.status, 'ok');
    assert.isString(health.requestId);
    const regions = await client.request(listRegions, {});
    assert.isAbove(regions.data.counties[0]?.towns.length ?? 0, 0);
  });
});
