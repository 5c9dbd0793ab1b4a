import { getAttachment, getAttachmentContent, ProblemError, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { attachmentFieldStyles } from './attachment-field-styles.js';
import { attachmentListMessages } from './attachment-list-messages.js';
import { attachmentListStyles } from './attachment-list-styles.js';
import type { Localizer } from './localize.js';
import { describeFailure, type LoadFailure } from './states.js';
import { WidgetPart, type PartBasics } from './widget-part.js';

type Attachment = RouteOutput<typeof getAttachment>;

/** One attached file as a record names it: its id, and its village when that is not the widget's (a county-pool case's intake). */
export interface AttachmentRef {
  readonly attachmentId: string;
  readonly villageId?: string | undefined;
}

export interface AttachmentListOptions extends PartBasics {
  /** Unique in the widget: the files' and the dialog's ids start with it. */
  readonly id: string;
  /** The files, in the record's order: ids (of the widget's village) or refs. */
  readonly files: readonly (string | AttachmentRef)[];
}

type RowState = 'reading' | 'ready' | 'opening' | 'open' | 'gone' | 'failed';

interface Row {
  readonly attachmentId: string;
  readonly villageId: string | undefined;
  state: RowState;
  info?: Attachment;
  failure?: LoadFailure;
  /** The bytes' object URL once opened; revoked when the widget leaves the page or the list is disposed. */
  url?: string;
}

/** 404 is the server's one answer for a file that is gone and for one the caller may not read (ids cannot be probed). */
const isGone = (error: unknown) => error instanceof ProblemError && error.status === 404;

/**
 * The files attached to a record (a request's step or note, a grid report, an entry's evidence, a mediation
 * application), as staff read them: each file's kind and size from its description (`getAttachment`: never a name,
 * none is stored), and on demand only — the staff member presses 查看 / 打开 — its bytes, fetched with the bearer
 * token (`getAttachmentContent`; a private file's `<img src>` alone could not send it) into a `blob:` URL. A photo
 * shows as a thumbnail that opens a larger view in a native modal `<dialog>` (Escape closes it, focus returns to the
 * thumbnail); a PDF becomes a link that saves it (served as a download too: a PDF viewer inside the page is a large
 * attack surface, docs/attachments.md). Reading, a failure with a retry, and a file that is gone are said in words.
 * The object URLs are revoked when the widget leaves the page or the list is disposed, so no file stays in memory.
 */
export class AttachmentList extends WidgetPart<AttachmentListOptions> implements ReactiveController {
  private readonly t: Localizer<(typeof attachmentListMessages)['zh-CN']>;
  private readonly rows: Row[];
  /** The photo in the dialog. */
  private shown: Row | undefined;
  /** Counts `forget()`s: bytes that arrive after one (the widget left, the panel closed) are not kept. */
  private generation = 0;

  constructor(host: ReactiveControllerHost, options: AttachmentListOptions) {
    super(host, options);
    this.t = this.localize(attachmentListMessages, attachmentFieldStyles, attachmentListStyles);
    this.rows = options.files.map((file) => {
      const ref = typeof file === 'string' ? { attachmentId: file } : file;
      return { attachmentId: ref.attachmentId, villageId: ref.villageId, state: 'reading' };
    });
    host.addController(this);
    // After the render that made the list (a panel makes it as it renders): the reads then render it again.
    void Promise.resolve().then(() => {
      for (const row of this.rows) void this.read(row);
    });
  }

  /** The ids the list was made for, to tell whether a record's files changed. */
  get ids(): string {
    return this.rows.map((row) => `${row.villageId ?? ''}/${row.attachmentId}`).join(' ');
  }

  hostDisconnected(): void {
    this.forget();
  }

  /** The widget rendered without the list (its panel closed, another entry in hand): the bytes are forgotten. */
  hostUpdated(): void {
    if (!this.options.root().querySelector(`#${this.options.id}-caption`)) this.forget();
  }

  /** The list is no longer wanted (its record's files changed): the bytes are forgotten and the list detached. */
  dispose(): void {
    this.forget();
    this.host.removeController(this);
  }

  /** Revokes every object URL (a fetch on its way then keeps nothing); renders again only when something went. */
  private forget(): void {
    this.generation += 1;
    const opened = this.rows.filter((row) => row.url !== undefined);
    for (const row of opened) {
      if (row.url !== undefined) URL.revokeObjectURL(row.url);
      delete row.url;
      row.state = 'ready';
    }
    if (opened.length === 0 && this.shown === undefined) return;
    this.shown = undefined;
    this.update();
  }

  /** The file's village: its own when the record names one, else the widget's. */
  private where(row: Row) {
    const client = this.options.client();
    const villageId = row.villageId ?? this.options.village();
    if (!client || villageId === undefined) throw new Error('no client or village');
    return [client, { params: { villageId, attachmentId: row.attachmentId } }] as const;
  }

  private fail(row: Row, error: unknown): void {
    row.state = isGone(error) ? 'gone' : 'failed';
    row.failure = describeFailure(error, this.options.common);
  }

  private async read(row: Row): Promise<void> {
    row.state = 'reading';
    this.update();
    try {
      const [client, input] = this.where(row);
      row.info = (await client.request(getAttachment, input)).data;
      row.state = 'ready';
    } catch (error) {
      this.fail(row, error);
    }
    this.update();
  }

  private async open(row: Row, index: number): Promise<void> {
    row.state = 'opening';
    this.update();
    const name = this.name(row, index);
    const generation = this.generation;
    try {
      const [client, input] = this.where(row);
      const blob = (await client.request(getAttachmentContent, input)).data as Blob;
      if (generation !== this.generation) {
        row.state = 'ready';
        this.update();
        return;
      }
      row.url = URL.createObjectURL(blob);
      row.state = 'open';
      this.options.announce(this.image(row) ? this.t.t('shown', name) : this.t.t('ready', name));
      this.update();
      if (this.image(row)) await this.enlarge(row);
      else await this.focus(`#${this.rowId(index)} .att-save`);
      return;
    } catch (error) {
      this.fail(row, error);
      this.options.announce(this.t.t('openFailed', name, row.failure?.message ?? ''));
    }
    this.update();
    await this.focus(`#${this.rowId(index)} .att-retry`);
  }

  private image(row: Row): boolean {
    return row.info?.mediaType.startsWith('image/') ?? false;
  }

  private name(row: Row, index: number): string {
    const n = index + 1;
    if (!row.info) return this.t.t('file', n);
    return this.image(row) ? this.t.t('photo', n) : this.t.t('pdf', n);
  }

  private rowId(index: number): string {
    return `${this.options.id}-${String(index)}`;
  }

  private dialog(): HTMLDialogElement | null {
    return this.options.root().querySelector<HTMLDialogElement>(`#${this.options.id}-dialog`);
  }

  /** The larger view of an opened photo, modal: Escape or 关闭 closes it and the focus goes back to the thumbnail. */
  private async enlarge(row: Row): Promise<void> {
    this.shown = row;
    this.update();
    await this.host.updateComplete;
    const dialog = this.dialog();
    if (dialog && !dialog.open) dialog.showModal();
  }

  private readonly closeDialog = (): void => {
    const row = this.shown;
    this.dialog()?.close();
    this.shown = undefined;
    this.update();
    if (row) void this.focus(`#${this.rowId(this.rows.indexOf(row))} .att-thumb`);
  };

  private readonly onDialogKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    // Handled here, so the desk's panel around the list does not take the same Escape to close itself.
    event.preventDefault();
    this.closeDialog();
  };

  render(): TemplateResult {
    const t = this.t;
    const shown = this.shown;
    const shownName = shown ? this.name(shown, this.rows.indexOf(shown)) : '';
    return html`<div class="att-files" part="attachment-files">
      <p class="att-caption" id=${`${this.options.id}-caption`}>${t.t('list', this.rows.length)}</p>
      <ul class="file-list" aria-labelledby=${`${this.options.id}-caption`}>
        ${this.rows.map((row, index) => this.renderRow(row, index))}
      </ul>
      <dialog
        id=${`${this.options.id}-dialog`}
        class="att-dialog"
        part="attachment-dialog"
        aria-labelledby=${`${this.options.id}-dialog-title`}
        @keydown=${this.onDialogKey}
        @close=${() => {
          if (this.shown) this.closeDialog();
        }}
      >
        <div class="att-dialog-bar">
          <strong id=${`${this.options.id}-dialog-title`}>${shownName}</strong>
          <button type="button" part="attachment-close" @click=${this.closeDialog}>${t.t('close')}</button>
        </div>
        ${shown?.url === undefined ? nothing : html`<img src=${shown.url} alt=${shownName} />`}
      </dialog>
    </div>`;
  }

  private renderRow(row: Row, index: number): TemplateResult {
    const t = this.t;
    const name = this.name(row, index);
    const info = row.info;
    // KB is written alike in both languages; the number follows the widget's locale.
    const kb = info ? t.number(Math.max(1, Math.round(info.size / 1024))) : '';
    const kind = info?.mediaType === 'application/pdf' ? 'PDF' : (info?.mediaType.slice('image/'.length).toUpperCase() ?? '');
    const about = info ? `${name} · ${kind} · ${kb} KB` : name;
    return html`<li
      id=${this.rowId(index)}
      class=${row.state === 'failed' || row.state === 'gone' ? 'file failed' : 'file'}
      part="attachment-file"
      data-state=${row.state}
    >
      <span class="file-name"
        >${about} ${row.state === 'reading' ? html`<span class="file-state" role="status">${t.t('reading')}</span>` : nothing}
        ${row.state === 'gone' ? html`<span class="file-state">${t.t('gone')}</span>` : nothing}
        ${
          row.state === 'failed'
            ? html`<span class="file-state"
                >${t.t('failed', row.failure?.message ?? '')}
                ${row.failure?.requestId ? this.options.common.t('requestId', row.failure.requestId) : nothing}</span
              >`
            : nothing
        }</span
      >
      ${this.renderAction(row, index, name)}
    </li>`;
  }

  private renderAction(row: Row, index: number, name: string): TemplateResult | typeof nothing {
    const t = this.t;
    if (row.state === 'failed')
      return html`<button
        type="button"
        class="att-retry"
        part="attachment-retry"
        @click=${() => void (row.info ? this.open(row, index) : this.read(row))}
      >
        ${this.options.common.t('retry')}<span class="visually-hidden"> ${name}</span>
      </button>`;
    if (row.state === 'open' && row.url !== undefined) {
      if (this.image(row))
        return html`<button
          type="button"
          class="att-thumb"
          part="attachment-thumb"
          aria-label=${t.t('enlarge', name)}
          @click=${() => void this.enlarge(row)}
        >
          <img src=${row.url} alt="" />
        </button>`;
      return html`<a class="att-save" part="attachment-save" href=${row.url} download=${`${row.attachmentId}.pdf`}
        >${t.t('save', name)}</a
      >`;
    }
    if (row.state !== 'ready' && row.state !== 'opening') return nothing;
    return html`<button
      type="button"
      class="att-open"
      part="attachment-open"
      aria-disabled=${row.state === 'opening' ? 'true' : 'false'}
      @click=${() => {
        if (row.state === 'ready') void this.open(row, index);
      }}
    >
      ${row.state === 'opening' ? t.t('opening') : this.image(row) ? t.t('view') : t.t('open')}<span class="visually-hidden"> ${name}</span>
    </button>`;
  }
}

/**
 * The lists of one part, by a key of the part's own (a step's code, a note's place): made when first shown, made
 * again when the record's files changed (the old one's bytes forgotten), so a panel that re-reads its record renders
 * each list the same way.
 */
export class AttachmentLists {
  private readonly lists = new Map<string, AttachmentList>();
  private made = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PartBasics,
  ) {}

  /** The files of `key` as a list, or nothing when there are none. */
  render(key: string, files: readonly (string | AttachmentRef)[] | undefined): TemplateResult | typeof nothing {
    if (!files || files.length === 0) return nothing;
    let list = this.lists.get(key);
    const ids = files.map((file) => (typeof file === 'string' ? `/${file}` : `${file.villageId ?? ''}/${file.attachmentId}`)).join(' ');
    if (list?.ids !== ids) {
      list?.dispose();
      // A new id for each list: one that is no longer rendered is told from its successor (hostUpdated).
      this.made += 1;
      list = new AttachmentList(this.host, { ...this.options, id: `att-${key}-${String(this.made)}`, files });
      this.lists.set(key, list);
    }
    return list.render();
  }
}
