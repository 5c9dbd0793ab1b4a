import type { CommonChinese } from './common-messages.js';
import type { English } from './localize.js';

/** The English of the words every widget shares (./common-messages.ts), loaded only for an English widget. */
export const english: English<CommonChinese> = {
  loading: 'Loading…',
  empty: 'Nothing here yet',
  errorTitle: 'Could not load',
  retry: 'Try again',
  requestId: (id: string) => `Request ID: ${id}`,
  offline: 'You are offline. This will reload by itself when the connection returns.',
  offlineShort: 'Offline',
  elderOn: 'Large text',
  elderOff: 'Standard',
  elderToggle: 'Switch large-text mode',
  textSize: 'Text size',
  larger: 'Larger text',
  smaller: 'Smaller text',
  readAloud: 'Read aloud',
  readAloudOn: 'Reading aloud is on',
  close: 'Close',
  unsupported: 'Your browser is too old or in compatibility mode. Switch to the fast (Chromium) mode or update the browser.',
  networkError: 'The network connection failed. Check it and try again.',
  timeout: 'The server took too long to answer. Try again later.',
  unexpected: 'Something unexpected went wrong. Try again later.',
};
