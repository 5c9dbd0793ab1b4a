/** Where the phone says it is, rounded: five decimals are about a metre, finer than any phone's fix. */
export interface Fix {
  readonly latitude: number;
  readonly longitude: number;
  /** Metres (the radius the browser gives, rounded up). */
  readonly accuracy: number;
}

/** Why there is no fix: the worker said no, the phone found none in time, or the browser offers none (plain http). */
export type NoFix = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

const round = (value: number): number => Math.round(value * 1e5) / 1e5;

/**
 * Asks the phone once for its position. Optional by design: a refusal, no fix under a roof, or a page on plain http
 * (no geolocation outside a secure context) is an answer, never an error — the place in words is what the report
 * needs, the coordinates only help. The browser asks the worker first; nothing is asked before they tap.
 */
export function locate(): Promise<Fix | NoFix> {
  // Some WebViews leave the API out altogether; browsers offer it on https (and localhost) only.
  if (!('geolocation' in navigator) || !globalThis.isSecureContext) return Promise.resolve('unsupported');
  const geolocation = navigator.geolocation;
  return new Promise((resolve) => {
    geolocation.getCurrentPosition(
      ({ coords }) => {
        resolve({ latitude: round(coords.latitude), longitude: round(coords.longitude), accuracy: Math.ceil(coords.accuracy) });
      },
      // GeolocationPositionError's codes: 1 PERMISSION_DENIED, 3 TIMEOUT (2 POSITION_UNAVAILABLE and anything else).
      ({ code }) => {
        resolve(code === 1 ? 'denied' : code === 3 ? 'timeout' : 'unavailable');
      },
      // A fix from the last minute will do (the worker walked a few steps); a cold GPS gets 20 s before the words do.
      { enableHighAccuracy: true, maximumAge: 60_000, timeout: 20_000 },
    );
  });
}
