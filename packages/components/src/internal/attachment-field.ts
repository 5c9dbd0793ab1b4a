import { ProblemError, randomId, uploadAttachment, type RouteInput } from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { attachmentFieldStyles } from './attachment-field-styles.js';
import { attachmentMessages } from './attachment-messages.js';
import { addLateStyles } from './late-styles.js';
import { Localizer } from './localize.js';
import { describeFailure, type LoadFailure } from './states.js';
import { WidgetPart, type PartBasics } from './widget-part.js';

export type AttachmentPurpose = RouteInput<typeof uploadAttachment>['params']['purpose'];

/**
 * The formats a purpose takes, for the picker (docs/attachments.md, *Purposes*): photos and PDFs, goods photos only
 * photos. The server recognizes the format from the bytes and refuses others with its own words; `accept` only spares
 * a villager the wait. Naming JPEG lets an iPhone's picker convert its HEIC photos.
 */
const images = 'image/jpeg,image/png,image/webp';
/** Purposes the server takes photos for only (a goods photo, a photo of the notice board): no PDF in the picker. */
const photoOnly: ReadonlySet<AttachmentPurpose> = new Set(['goods-photo', 'disclosure-posting']);
const acceptOf = (purpose: AttachmentPurpose) => (photoOnly.has(purpose) ? images : `${images},application/pdf`);

/** A form's attachments may number at most this many: the contract's `attachmentIdsSchema` (rules, points/entry.ts). */
export const attachmentMax = 10;

export interface AttachmentFieldOptions extends PartBasics {
  /** What the files are for: decides who may upload and read them, and their formats (the server checks). */
  readonly purpose: AttachmentPurpose;
  /** The file input's id (unique in the widget); the hint, error and list ids derive from it. */
  readonly id: string;
  /** The most files (default and upper bound: `attachmentMax`). */
  readonly max?: number;
  /** The uploaded files changed (one finished or was removed): a form drops its attempt's Idempotency-Key. */
  readonly changed?: () => void;
}

type FileState = 'uploading' | 'done' | 'failed';

interface Chosen {
  readonly key: number;
  /** Shown in the list only: the contract stores no file names (a name like 张三身份证.jpg is personal data). */
  readonly name: string;
  readonly size: number;
  /** The bytes without the name: a Blob cut from the File, so nothing that reads the body can find the name. */
  readonly bytes: Blob;
  /** An image's object URL for the thumbnail; revoked when the file leaves the list. */
  readonly preview: string | undefined;
  /** Kept across retries of this file: the server answers a replay with the same attachment. */
  readonly idempotencyKey: string;
  state: FileState;
  id?: string;
  failure?: LoadFailure & { readonly retryable: boolean };
  abort?: AbortController;
}

/**
 * A labelled file field that uploads each chosen file at once (uploadAttachment: the body is the bytes, never the
 * name) and lists the files with their state — uploading, uploaded, or failed with the server's words and a retry —
 * each with a remove button, announcing each outcome in the widget's live region. The form sends `ids` with its write
 * and calls `clear()` after a success, so no file, name or preview stays in the page. A late part renders it.
 */
export class AttachmentField extends WidgetPart<AttachmentFieldOptions> {
  private readonly t: Localizer<(typeof attachmentMessages)['zh-CN']>;
  private items: Chosen[] = [];
  private issue = '';
  /** The issue is `check()`'s (wait, or fix a failed file): it follows the files as they finish. */
  private issueOfCheck = false;
  private nextKey = 0;

  constructor(host: ReactiveControllerHost, options: AttachmentFieldOptions) {
    super(host, options);
    this.t = new Localizer(attachmentMessages, options.locale);
    addLateStyles(options.root(), attachmentFieldStyles);
  }

  private get max(): number {
    return Math.min(this.options.max ?? attachmentMax, attachmentMax);
  }

  /** The ids of the uploaded files, in the order they were chosen: what the form sends. */
  get ids(): string[] {
    return this.items.flatMap((item) => (item.state === 'done' && item.id !== undefined ? [item.id] : []));
  }

  /**
   * Before the form sends: true when every file is uploaded; otherwise the field says what to do (wait, or retry or
   * remove a failed file) and the form stops. Clears a message left from before.
   */
  check(): boolean {
    this.issue = this.blocking();
    this.issueOfCheck = this.issue !== '';
    this.update();
    return !this.issueOfCheck;
  }

  /** Why the form cannot be sent yet because of the files, or ''. */
  private blocking(): string {
    if (this.items.some((item) => item.state === 'uploading')) return this.t.t('stillUploading');
    if (this.items.some((item) => item.state === 'failed')) return this.t.t('fixFailed');
    return '';
  }

  /** After a file finished or left: the issue `check()` gave follows; any other (too many, the server's) goes on removal. */
  private settle(removed: boolean): void {
    if (this.issueOfCheck) this.issue = this.blocking();
    else if (removed) this.issue = '';
    this.issueOfCheck = this.issue !== '' && this.issueOfCheck;
  }

  /** A problem the server found with the attachments (`attachmentIds.N`), shown on the field; the files stay. */
  showIssue(message: string): void {
    this.issue = message;
    this.issueOfCheck = false;
    this.update();
  }

  /** Forgets every file (after a successful submission, or when the form is left): uploads stop, previews are revoked. */
  clear(): void {
    for (const item of this.items) this.forget(item);
    this.items = [];
    this.issue = '';
    this.issueOfCheck = false;
    this.update();
  }

  private forget(item: Chosen): void {
    item.abort?.abort();
    if (item.preview !== undefined) URL.revokeObjectURL(item.preview);
  }

  private readonly onChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    // The input forgets its selection: the list below is the field's state, and the same file may be chosen again.
    input.value = '';
    const room = this.max - this.items.length;
    this.issue = files.length > room ? this.t.t('tooMany', this.max) : '';
    this.issueOfCheck = false;
    if (this.issue) this.options.announce(this.issue);
    for (const file of files.slice(0, Math.max(room, 0))) {
      const item: Chosen = {
        key: (this.nextKey += 1),
        name: file.name,
        size: file.size,
        bytes: file.slice(0, file.size, file.type),
        preview: file.type.startsWith('image/') ? URL.createObjectURL(file) : undefined,
        idempotencyKey: randomId(),
        state: 'uploading',
      };
      this.items = [...this.items, item];
      void this.upload(item);
    }
    this.update();
  };

  private async upload(item: Chosen): Promise<void> {
    const abort = new AbortController();
    item.abort = abort;
    item.state = 'uploading';
    delete item.failure;
    this.update();
    const client = this.options.client();
    const villageId = this.options.village();
    try {
      if (!client || villageId === undefined) throw new Error('no client or village');
      const { data } = await client.request(
        uploadAttachment,
        { params: { villageId, purpose: this.options.purpose }, body: item.bytes },
        { idempotencyKey: item.idempotencyKey, signal: abort.signal },
      );
      if (!this.items.includes(item)) return;
      item.state = 'done';
      item.id = data.id;
      this.options.announce(this.t.t('uploaded', item.name));
      this.options.changed?.();
    } catch (error) {
      // Removed (or the form cleared) while it was on its way: nothing to show.
      if (!this.items.includes(item)) return;
      item.state = 'failed';
      // A refusal of the file itself (its format, its size, the caller's role) is final: retrying sends the same bytes.
      const final = error instanceof ProblemError && error.status < 500 && error.status !== 408 && error.status !== 429;
      item.failure = { ...describeFailure(error, this.options.common), retryable: !final };
      this.options.announce(this.t.t('uploadFailed', item.name));
    } finally {
      delete item.abort;
      this.settle(false);
      this.update();
    }
  }

  private remove(item: Chosen): void {
    const index = this.items.indexOf(item);
    this.forget(item);
    this.items = this.items.filter((one) => one !== item);
    this.settle(true);
    this.options.announce(this.t.t('removed', item.name));
    if (item.state === 'done') this.options.changed?.();
    this.update();
    // Focus to the file now in its place (or the one before), else back to the picker: never lost to the page.
    const next = this.items[Math.min(index, this.items.length - 1)];
    void this.focus(next ? `[data-file="${String(next.key)}"] .file-remove` : `#${this.options.id}`);
  }

  render(): TemplateResult {
    const id = this.options.id;
    const t = this.t;
    const full = this.items.length >= this.max;
    const describedBy = [`${id}-hint`, this.issue ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class=${this.issue ? 'field invalid' : 'field'} part="attachments">
      <label for=${id}>${t.t('label')}</label>
      <p class="hint" id=${`${id}-hint`}>${full ? t.t('full', this.max) : t.t('hint', this.max)}</p>
      <input
        id=${id}
        class="files-input"
        part="attachment-input"
        type="file"
        multiple
        accept=${acceptOf(this.options.purpose)}
        ?disabled=${full}
        aria-invalid=${this.issue ? 'true' : 'false'}
        aria-describedby=${describedBy}
        @change=${this.onChange}
      />
      ${this.issue ? html`<p class="field-error" id=${`${id}-error`}>${this.issue}</p>` : nothing}
      ${
        this.items.length > 0
          ? html`<ul class="file-list" part="attachment-list" aria-label=${t.t('listLabel', this.items.length, this.max)}>
              ${this.items.map((item) => this.renderItem(item))}
            </ul>`
          : nothing
      }
    </div>`;
  }

  private renderItem(item: Chosen): TemplateResult {
    const t = this.t;
    const state =
      item.state === 'uploading' ? t.t('uploading') : item.state === 'done' ? t.t('done') : t.t('failed', item.failure?.message ?? '');
    return html`<li class="file ${item.state}" part="attachment" data-file=${String(item.key)} data-state=${item.state}>
      ${item.preview === undefined ? nothing : html`<img src=${item.preview} alt="" />`}
      <span class="file-name"
        >${item.name} <span class="file-size">(${t.t('size', t.number(Math.max(1, Math.round(item.size / 1024))))})</span></span
      >
      <span class="file-state" part="attachment-state"
        >${state}${
          item.failure?.requestId
            ? html` <span class="file-size">${this.options.common.t('requestId', item.failure.requestId)}</span>`
            : nothing
        }</span
      >
      ${
        item.state === 'failed' && item.failure?.retryable
          ? html`<button
              type="button"
              class="file-retry"
              part="attachment-retry"
              @click=${() => {
                void this.upload(item);
              }}
            >
              ${t.t('retry')}<span class="visually-hidden"> ${item.name}</span>
            </button>`
          : nothing
      }
      <button
        type="button"
        class="file-remove"
        part="attachment-remove"
        @click=${() => {
          this.remove(item);
        }}
      >
        ${t.t('remove')}<span class="visually-hidden"> ${item.name}</span>
      </button>
    </li>`;
  }
}
