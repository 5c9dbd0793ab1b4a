/**
 * What a household card's QR code carries, as the desk reads it: the household number (县乡村 code, a dash, five
 * digits, as the seed prints it: 101201-00049), found anywhere in the text so a code holding a link to the household
 * works too; else the household id; else the trimmed text, for the desk to look up like a typed number.
 */
export function householdFromCard(text: string): string {
  const trimmed = text.trim();
  return /\d{6}-\d{5}/.exec(trimmed)?.[0] ?? /\bh-\d+\b/.exec(trimmed)?.[0] ?? trimmed.slice(0, 64);
}

/** The browser's barcode reader (Chromium on Android, some desktops); not in TypeScript's DOM library yet. */
interface BarcodeReader {
  detect(source: HTMLVideoElement): Promise<readonly { readonly rawValue: string }[]>;
}
type BarcodeReaderClass = new (options: { readonly formats: readonly string[] }) => BarcodeReader;

/** Whether this browser can scan a QR code with the camera: the desk offers the scan only then (typing always works). */
export function canScan(): boolean {
  return 'BarcodeDetector' in globalThis && 'mediaDevices' in navigator;
}

/**
 * Scans QR codes from the camera into `video` until one is read (resolves with its text) or `signal` aborts (resolves
 * with undefined). Rejects when the camera cannot be opened (refused, none): the desk then asks for the number.
 */
export async function scanQrCode(video: HTMLVideoElement, signal: AbortSignal): Promise<string | undefined> {
  const Reader = (globalThis as unknown as { BarcodeDetector: BarcodeReaderClass }).BarcodeDetector;
  const reader = new Reader({ formats: ['qr_code'] });
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  try {
    video.srcObject = stream;
    // Not awaited: playback starts with the first frame, and until then the reader simply finds nothing.
    video.play().catch(() => undefined);
    while (!signal.aborted) {
      const codes = await reader.detect(video).catch(() => []);
      const found = codes[0]?.rawValue;
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return undefined;
  } finally {
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  }
}
