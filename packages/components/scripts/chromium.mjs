// Debian's Chromium launched one way for every script that drives a browser outside web-test-runner (the story
// check, the benches): npm cannot download browsers here, and these flags keep a 2-core CI machine calm.
import puppeteer from 'puppeteer-core';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium() {
  return puppeteer.launch({ executablePath: chromium, headless: true, args: launchArgs });
}
