// The intake's files, loaded with the checks after the first paint (a file is picked only after the form is on
// screen): each chosen file is checked against the rules, previewed, and — on a page that names the village — uploaded
// at once to that village's mediation committee (purpose `mediation-intake`, docs/attachments.md), so the application
// names it by id. Without a village the files stay on the device as before: only their name, type and size are sent.
import { defaultMediationSettings, type Locale } from '@shanzhi/rules';
import { ProblemError, randomId, uploadAttachment, type Client } from '@shanzhi/sdk/browser';
import { html, nothing, type TemplateResult } from 'lit';
import { describeFailure, type LoadFailure } from '../internal/states.js';
import type { AttachmentMeta } from './draft.js';
import type { IntakeView } from './intake-later.js';

/** What the shelf needs of the element besides the later steps' view. */
export interface FilesHost {
  readonly client: Client | undefined;
  /** The village whose mediators receive the files; none (or ''): the files stay on the device. */
  readonly uploadVillage: string | undefined;
  readonly effectiveLocale: Locale;
  requestUpdate(): void;
}

/** One check of a chosen file: the rules' messages for it, or none when it may be added. */
export type FileCheck = (meta: AttachmentMeta) => readonly string[];

interface Upload {
  readonly file: File;
  /** One Idempotency-Key per file: a retry of the same file replays the first upload instead of storing it twice. */
  readonly key: string;
  state: 'uploading' | 'failed';
  /** Why it failed; `retryable` when sending the same bytes again may succeed (not a refusal of the file itself). */
  failure?: LoadFailure & { readonly retryable: boolean };
  abort: AbortController;
}

/** The shelf's own words (the element's catalogue loads with the form; these only with the files). */
const zh = {
  uploaded: '已上传',
  uploading: '正在上传…',
  failed: (message: string) => `上传失败：${message}`,
  retry: (name: string) => `重新上传 ${name}`,
  sent: '文件选好后会立即上传到本村人民调解委员会，只有本村的调解员能查看。可上传照片（JPEG、PNG、WebP）或 PDF。',
  kept: '文件只留在您的设备上，提交时只告诉调解员文件的名称、类型和大小，调解员会另行联系您取得原件。',
  pending: '有文件还在上传，请等上传完成再继续。',
  notSent: '有文件没有上传成功：请重新上传或移除它。',
  lost: '页面重新打开过：请重新选择这个文件，或者移除它。',
};
const texts: Readonly<Record<Locale, typeof zh>> = {
  'zh-CN': zh,
  en: {
    uploaded: 'Uploaded',
    uploading: 'Uploading…',
    failed: (message: string) => `Upload failed: ${message}`,
    retry: (name: string) => `Upload ${name} again`,
    sent: "Each file is uploaded as soon as you choose it, to your village's mediation committee; only its mediators can see it. Photos (JPEG, PNG, WebP) or PDFs.",
    kept: 'Files stay on your device: only their names, types and sizes are sent, and the mediator will contact you for the originals.',
    pending: 'A file is still uploading: please wait until it is done.',
    notSent: 'A file was not uploaded: upload it again or remove it.',
    lost: 'The page was reopened: choose this file again, or remove it.',
  },
};

const keyOf = (meta: AttachmentMeta) => `${meta.name}|${String(meta.sizeBytes)}`;

/**
 * The chosen files while the form is open: previews (object URLs) and uploads in memory, never in the draft (which
 * keeps only each file's name, type, size and, once uploaded, its id). `clear()` forgets every one of them.
 */
export class FileShelf {
  private readonly previews = new Map<string, string>();
  private readonly uploads = new Map<string, Upload>();

  constructor(
    private readonly view: IntakeView,
    private readonly host: FilesHost,
  ) {}

  private get words() {
    return texts[this.host.effectiveLocale];
  }

  private get uploading(): boolean {
    return this.host.uploadVillage !== undefined && this.host.uploadVillage !== '';
  }

  /** Checks the files, adds those that pass, and starts their uploads; returns the messages for those that did not. */
  add(files: readonly File[], check: FileCheck): string {
    const messages: string[] = [];
    const added: AttachmentMeta[] = [];
    for (const file of files) {
      const meta = { name: file.name, mediaType: file.type || 'application/octet-stream', sizeBytes: file.size };
      const found = check(meta);
      if (found.length > 0) {
        messages.push(`${file.name}：${found.join('；')}`);
        continue;
      }
      const listed = [...this.view.draft.attachments, ...added].find((one) => keyOf(one) === keyOf(meta));
      if (listed) {
        // The same file again: already listed (and on its way), or one a restored draft lost, which now has its file back.
        if (listed.attachmentId === undefined && !this.uploads.has(keyOf(meta))) this.start(file, meta);
        continue;
      }
      if (this.view.draft.attachments.length + added.length >= defaultMediationSettings.maxAttachments) break;
      added.push(meta);
      this.start(file, meta);
    }
    if (added.length > 0) this.view.edit((draft) => draft.attachments.push(...added));
    return messages.join(' ');
  }

  /** Previews the file (an image) and, on a page with a village, uploads it. */
  private start(file: File, meta: AttachmentMeta): void {
    if (meta.mediaType.startsWith('image/') && !this.previews.has(keyOf(meta))) this.previews.set(keyOf(meta), URL.createObjectURL(file));
    if (this.uploading) this.send(meta, { file, key: randomId(), state: 'uploading', abort: new AbortController() });
  }

  private send(meta: AttachmentMeta, upload: Upload): void {
    const client = this.host.client;
    const village = this.host.uploadVillage;
    if (!client || village === undefined) return;
    upload.state = 'uploading';
    upload.abort = new AbortController();
    this.uploads.set(keyOf(meta), upload);
    this.host.requestUpdate();
    const { signal } = upload.abort;
    client
      .request(
        uploadAttachment,
        // The bytes as a Blob cut from the File: nothing that reads the request can find the file's name.
        { params: { villageId: village, purpose: 'mediation-intake' }, body: upload.file.slice(0, upload.file.size, upload.file.type) },
        { idempotencyKey: upload.key, signal },
      )
      .then(
        ({ data }) => {
          if (signal.aborted) return;
          this.uploads.delete(keyOf(meta));
          this.view.edit((draft) => {
            const chosen = draft.attachments.find((one) => keyOf(one) === keyOf(meta) && one.attachmentId === undefined);
            if (chosen) chosen.attachmentId = data.id;
          });
        },
        (error: unknown) => {
          if (signal.aborted) return;
          upload.state = 'failed';
          // The server's own words, in the applicant's language (why this file was refused), else the kit's. A refusal
          // of the file itself (format, size) is final: the same bytes would be refused again, so only removal is offered.
          const refused = error instanceof ProblemError && error.status < 500 && error.status !== 408 && error.status !== 429;
          upload.failure =
            error instanceof ProblemError
              ? { message: error.detail ?? error.title, requestId: error.requestId, retryable: !refused }
              : { ...describeFailure(error, this.view.common), retryable: true };
          this.host.requestUpdate();
        },
      );
  }

  remove(index: number): void {
    const removed = this.view.draft.attachments[index];
    if (removed) this.forget(keyOf(removed));
    this.view.edit((draft) => draft.attachments.splice(index, 1));
    void this.view.focusAfterUpdate('#f-attachments');
  }

  private forget(key: string): void {
    const url = this.previews.get(key);
    if (url !== undefined) URL.revokeObjectURL(url);
    this.previews.delete(key);
    this.uploads.get(key)?.abort.abort();
    this.uploads.delete(key);
  }

  /** Forgets every file: previews revoked, uploads stopped, nothing of a file left in the page. */
  clear(): void {
    for (const key of [...this.previews.keys(), ...this.uploads.keys()]) this.forget(key);
  }

  /** Why the application cannot be sent yet: a file still uploading, or one that was not uploaded. */
  issues(): string[] {
    if (!this.uploading) return [];
    const waiting = this.view.draft.attachments.filter((one) => one.attachmentId === undefined);
    if (waiting.length === 0) return [];
    const busy = waiting.some((one) => this.uploads.get(keyOf(one))?.state === 'uploading');
    return [busy ? this.words.pending : this.words.notSent];
  }

  /**
   * The picker's formats: those the server takes for an application's files when they are uploaded (it recognizes the
   * format from the bytes and refuses others; naming JPEG lets an iPhone's picker convert its HEIC photos), else the
   * rules' list.
   */
  accept(): string {
    return this.uploading ? 'image/jpeg,image/png,image/webp,application/pdf' : defaultMediationSettings.allowedMediaTypes.join(',');
  }

  /** Where the files go, under the field's hint. */
  renderWhere(): TemplateResult {
    return html`<p class="hint" id="f-attachments-where">${this.uploading ? this.words.sent : this.words.kept}</p>`;
  }

  /** The chosen files with their previews, upload states, and a retry and a removal for each. */
  render(): TemplateResult | typeof nothing {
    const { t } = this.view;
    const words = this.words;
    const files = this.view.draft.attachments;
    if (files.length === 0) return nothing;
    return html`<ul class="files" part="attachments" aria-live="polite">
      ${files.map((file, index) => {
        const key = keyOf(file);
        const preview = this.previews.get(key);
        const upload = this.uploads.get(key);
        let state: TemplateResult | typeof nothing = nothing;
        if (file.attachmentId !== undefined) state = html`<span class="muted" data-upload="done">${words.uploaded}</span>`;
        else if (upload?.state === 'uploading') state = html`<span class="muted" data-upload="uploading">${words.uploading}</span>`;
        else if (upload?.state === 'failed' && upload.failure)
          state = html`<span class="field-error" data-upload="failed"
              >${words.failed(upload.failure.message)}${
                upload.failure.requestId
                  ? html` <span class="request-id">${this.view.common.t('requestId', upload.failure.requestId)}</span>`
                  : nothing
              }</span
            >
            ${
              upload.failure.retryable
                ? html`<button
                    type="button"
                    class="link"
                    part="retry-upload"
                    @click=${() => {
                      this.send(file, upload);
                    }}
                  >
                    ${words.retry(file.name)}
                  </button>`
                : nothing
            }`;
        // A draft restored after a reload keeps the file's name, never the file itself.
        else if (this.uploading) state = html`<span class="field-error" data-upload="failed">${words.lost}</span>`;
        return html`<li>
          ${preview === undefined ? nothing : html`<img src=${preview} alt="" />`}
          <span>${file.name}</span> <span class="muted">(${t.number(Math.max(1, Math.round(file.sizeBytes / 1024)))} KB)</span>
          ${state}
          <button
            type="button"
            class="link"
            @click=${() => {
              this.remove(index);
            }}
          >
            ${t.t('remove', file.name)}
          </button>
        </li>`;
      })}
    </ul>`;
  }
}
