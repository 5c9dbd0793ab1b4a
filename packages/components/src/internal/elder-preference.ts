/**
 * 长辈版 is remembered on the device (MIIT 2021 elderly-friendly spec: the choice persists). localStorage may be
 * blocked (private mode, some WeChat web views), so every access is guarded and failure means "not set".
 */
const key = 'sz-elder-mode';

export function readElderPreference(): boolean | undefined {
  try {
    const value = globalThis.localStorage.getItem(key);
    return value === null ? undefined : value === '1';
  } catch {
    return undefined;
  }
}

export function writeElderPreference(on: boolean): void {
  try {
    globalThis.localStorage.setItem(key, on ? '1' : '0');
  } catch {
    // Storage refused: the mode still applies for this page.
  }
  globalThis.dispatchEvent(new CustomEvent('sz-elder-preference', { detail: { elder: on } }));
}
