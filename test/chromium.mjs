// Debian's Chromium as the repository-level tests launch it (web-test-runner, the examples and the release page):
// npm cannot download browsers here, and these flags keep a 2-core CI machine calm. ensure-chromium.mjs installs it.
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
