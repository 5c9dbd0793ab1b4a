import { ProblemError } from '@shanzhi/sdk/browser';

/**
 * A grid worker's reports kept on the phone while there is no signal (the field: a hillside, a cellar, a lane between
 * walls), and the report being typed, so a WebView killed in the background loses nothing.
 *
 * **localStorage, not IndexedDB**, on purpose: what is kept is a few hundred bytes of text per report (a category id,
 * the place, the words, photo ids, a key), written synchronously on every change, so nothing is lost when WeChat
 * closes the page without warning — an IndexedDB transaction started then may never commit. It also works in every
 * browser access.md lists, and behind the same guard as the 长辈版 choice when storage is refused. What IndexedDB
 * would add is room for the photos themselves, and that is what we do not want: a photo of a yard or a face is
 * personal data that must not stay on a phone, so photos upload while there is signal and only their ids are kept.
 *
 * **Nothing personal stays behind**: a report leaves the store the moment the server has it, and the store's key is
 * removed when it holds nothing (not even an empty list), so a phone handed on shows no trace of the reports.
 */

/** A report waiting for the connection: the body to send and its Idempotency-Key, the same on every resend. */
export interface KeptReport<B> {
  readonly key: string;
  readonly body: B;
  /** The server refused it (a 4xx problem): kept for the worker to correct or discard, never resent by itself. */
  readonly refused?: {
    readonly message: string;
    readonly requestId: string | undefined;
    /** The server's field issues (`place`, `categoryId` …), shown at their fields when the report goes back to the form. */
    readonly issues: readonly { readonly path: string; readonly message: string }[];
  };
}

/** The report form as typed (strings), kept while it is being written. */
export type DraftValues = Readonly<Record<string, string>>;

interface Kept<B> {
  readonly outbox: readonly KeptReport<B>[];
  readonly draft?: DraftValues;
}

const prefix = 'sz-grid-desk:';

/** The store's key for a village: an id, never a name. */
export const storeKey = (villageId: string): string => `${prefix}${villageId}`;

function read<B>(villageId: string): Kept<B> {
  try {
    const raw = globalThis.localStorage.getItem(storeKey(villageId));
    if (raw === null) return { outbox: [] };
    const parsed = JSON.parse(raw) as Partial<Kept<B>>;
    return { outbox: Array.isArray(parsed.outbox) ? parsed.outbox : [], ...(parsed.draft ? { draft: parsed.draft } : {}) };
  } catch {
    return { outbox: [] };
  }
}

function write<B>(villageId: string, kept: Kept<B>): void {
  const empty = kept.outbox.length === 0 && (kept.draft === undefined || Object.values(kept.draft).every((value) => value === ''));
  try {
    if (empty) globalThis.localStorage.removeItem(storeKey(villageId));
    else globalThis.localStorage.setItem(storeKey(villageId), JSON.stringify(kept));
  } catch {
    // Storage refused or full: the reports live in this page only (the desk says so while offline).
  }
}

/**
 * Whether a failed send is worth sending again by itself: no answer (the network), the server's own trouble, or a
 * sign-in that lapsed while the phone was offline (401: the report waits for the worker to sign in again).
 */
export function worthResending(error: unknown): boolean {
  if (!(error instanceof ProblemError)) return true;
  return error.status >= 500 || error.status === 401 || error.status === 408 || error.status === 429;
}

/**
 * The reports of one village kept on this device, and their sending. `send` makes the request with the key it is
 * given; `flush` sends every waiting report once, in order, one at a time, and never twice at once (an `online` event
 * and a tap on "send now" arriving together start one run).
 */
export class Outbox<B, A = unknown> {
  private running: Promise<number> | undefined;

  constructor(
    private readonly villageId: () => string | undefined,
    private readonly send: (body: B, key: string) => Promise<A>,
    private readonly changed: () => void,
    /** After a report left the phone: the server's answer. */
    private readonly sent: (answer: A) => void = () => undefined,
  ) {}

  get items(): readonly KeptReport<B>[] {
    const village = this.villageId();
    return village === undefined ? [] : read<B>(village).outbox;
  }

  /** Reports that will go by themselves when the connection returns. */
  get waiting(): readonly KeptReport<B>[] {
    return this.items.filter((one) => one.refused === undefined);
  }

  get draft(): DraftValues | undefined {
    const village = this.villageId();
    return village === undefined ? undefined : read<B>(village).draft;
  }

  saveDraft(values: DraftValues | undefined): void {
    this.update((kept) => ({ outbox: kept.outbox, ...(values ? { draft: values } : {}) }));
  }

  /** Keeps a report to send later, with the key it was (or would have been) sent with. The draft it came from goes. */
  keep(body: B, key: string): void {
    this.update((kept) => ({ outbox: [...kept.outbox.filter((one) => one.key !== key), { key, body }] }));
  }

  /** Takes a report off the device (sent, discarded, or back in the form to be corrected). */
  remove(key: string): void {
    this.update((kept) => ({ ...kept, outbox: kept.outbox.filter((one) => one.key !== key) }));
  }

  /** Sends what waits; resolves with how many reports the server now has. */
  flush(): Promise<number> {
    this.running ??= this.sendAll().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async sendAll(): Promise<number> {
    let sent = 0;
    for (const report of this.waiting) {
      let answer: A;
      try {
        answer = await this.send(report.body, report.key);
      } catch (error) {
        if (!(error instanceof ProblemError) || worthResending(error)) break;
        const refused = {
          message: error.title,
          requestId: error.requestId,
          issues: error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
        };
        this.update((kept) => ({ ...kept, outbox: kept.outbox.map((one) => (one.key === report.key ? { ...one, refused } : one)) }));
        continue;
      }
      sent += 1;
      this.remove(report.key);
      this.sent(answer);
    }
    return sent;
  }

  private update(change: (kept: Kept<B>) => Kept<B>): void {
    const village = this.villageId();
    if (village === undefined) return;
    write(village, change(read<B>(village)));
    this.changed();
  }
}
