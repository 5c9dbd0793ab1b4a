import type { Attachment, DisclosureCategory, FinanceStatement } from '@shanzhi/rules';
import {
  ProblemError,
  createDisclosureDraft,
  discardDisclosureDraft,
  getAttachment,
  getDisclosure,
  getDisclosureDraft,
  publishDisclosureDraft,
  updateDisclosureDraft,
  type Client,
  type RouteOutput,
} from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { AttachmentField } from '../internal/attachment-field.js';
import { addLateStyles } from '../internal/late-styles.js';
import { Localizer } from '../internal/localize.js';
import { describeFailure, errorState, loadingState, type LoadFailure } from '../internal/states.js';
import { SendingPart, type PartBasics } from '../internal/widget-part.js';
import { BlockEditor } from './block-editor.js';
import { formMessages } from './form-messages.js';
import { formStyles } from './form-styles.js';
import type { EditorOutcome, EditorTarget } from './form-types.js';
import { DraftPreview, type PreviewDraft } from './preview.js';

type Draft = RouteOutput<typeof getDisclosureDraft>;
type Item = RouteOutput<typeof getDisclosure>;
type Finding = Draft['findings'][number];
/** What publishing or discarding the saved draft sends: which draft, at which revision (a stale one is refused, 409). */
interface SavedDraftInput {
  readonly params: { readonly villageId: string; readonly draftId: string };
  readonly body: { readonly revision: number };
}

export interface DraftFormOptions extends PartBasics {
  /** The village's categories (from the board's list answer). */
  readonly categories: () => readonly DisclosureCategory[];
  /** The server's today (the compliance report's `asOf`): the default publication day. */
  readonly today: () => string | undefined;
  readonly saved: (draftId: string, revision: number) => void;
  readonly finished: (outcome: EditorOutcome) => void;
  readonly close: () => void;
  /**
   * The supervisor's view: the form only reads (the preview, findings, sign-off state, versions) and sends nothing —
   * the server admits only the cadres to the draft writes (组织法 Art 30: the villagers committee publishes; Art 32: the committee supervises).
   */
  readonly readOnly: () => boolean;
}

/** The form's fields that take a typed value, by the id of their control (`draft-<field>`). */
type TextField = 'category' | 'title' | 'from' | 'to' | 'published' | 'until' | 'reason';
type FieldKey = TextField | 'body' | 'attachments';

/** Where a problem's path (in the draft body) is shown in the form. */
function fieldOf(path: readonly (string | number)[]): FieldKey | undefined {
  const [head, second, third] = path;
  if (head === 'category') return 'category';
  if (head === 'correctionReason') return 'reason';
  if (head !== 'version') return undefined;
  if (second === 'title') return 'title';
  if (second === 'body') return 'body';
  if (second === 'attachments') return 'attachments';
  if (second === 'period') return third === 'to' ? 'to' : 'from';
  if (second === 'notice') return third === 'until' ? 'until' : 'published';
  if (second === 'finance') return 'body';
  return undefined;
}

const extensions: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};

/** The first and last day of `today`'s month: the period a new draft starts with. */
function monthOf(today: string): { from: string; to: string } {
  const [y = 2000, m = 1] = today.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const month = String(m).padStart(2, '0');
  return { from: `${String(y)}-${month}-01`, to: `${String(y)}-${month}-${String(last)}` };
}

/**
 * The draft form (a late part of `<sz-disclosure-editor>`): category, title, period, notice days, the body in the
 * rules' blocks (BlockEditor), attachments (the shared AttachmentField, purpose `disclosure`), and for a correction its
 * reason. Saving creates the draft (Idempotency-Key kept across retries of one attempt) or updates it from the revision
 * loaded (409 when someone saved since: the form says so and offers to reload, keeping nothing silently). The rules'
 * findings come back with each save and are listed with a way to the field. Preview draws the item with the board's
 * own detail views; publish asks for confirmation first.
 */
export class DraftForm extends SendingPart<DraftFormOptions> {
  private readonly t: Localizer<(typeof formMessages)['zh-CN']>;
  private readonly blocks: BlockEditor;
  private readonly files: AttachmentField;
  private readonly preview: DraftPreview;

  private target: EditorTarget | undefined;
  private loading = false;
  private loadFailure: LoadFailure | undefined;
  private draftId: string | undefined;
  private revision = 0;
  private correctsId: string | undefined;
  /** The item a correction corrects (its versions make the preview's history). */
  private base: Item | undefined;
  private values: Record<TextField, string> = { category: '', title: '', from: '', to: '', published: '', until: '', reason: '' };
  private kept: Attachment[] = [];
  private finance: FinanceStatement | undefined;
  /** 民主理财 sign-off state, when the draft carries one (issue 15's finance part adds it; read defensively). */
  private signOff: string | undefined;
  private findings: readonly Finding[] = [];
  private issues = new Map<FieldKey, string>();
  private dirty = false;
  private stale = false;
  private showing: 'form' | 'preview' = 'form';
  private confirming: 'publish' | 'discard' | undefined;
  /** A published item opened to read (the supervisor's view): the preview draws it as it is. */
  private reading: Item | undefined;

  constructor(host: ReactiveControllerHost, options: DraftFormOptions) {
    super(host, options);
    this.t = new Localizer(formMessages, options.locale);
    addLateStyles(options.root(), formStyles);
    const changed = () => {
      this.touched();
    };
    this.blocks = new BlockEditor(host, 'draft-body', changed, (selector) => this.focus(selector));
    this.files = new AttachmentField(host, { ...options, purpose: 'disclosure', id: 'draft-files', changed });
    this.preview = new DraftPreview(host, options);
  }

  /** Something was edited: the saved findings no longer describe the form, and a new save is a new attempt. */
  private touched(): void {
    this.dirty = true;
    this.confirming = undefined;
    this.endAttempt();
    this.update();
  }

  /** Opens the form on `target`: a blank draft, a saved one (read), or a correction of a published item (read). */
  async open(target: EditorTarget): Promise<void> {
    this.target = target;
    this.reset();
    const client = this.options.client();
    const villageId = this.options.village();
    if (target.kind === 'new') {
      const today = this.options.today() ?? new Date().toISOString().slice(0, 10);
      const period = target.period ?? monthOf(today);
      this.values = {
        ...this.values,
        category: target.category ?? this.options.categories()[0]?.code ?? '',
        from: period.from,
        to: period.to,
        published: today,
      };
      this.blocks.load(undefined);
      this.update();
      await this.focus('#draft-title');
      return;
    }
    if (!client || villageId === undefined) return;
    this.loading = true;
    this.update();
    try {
      if (target.kind === 'draft') {
        const { data } = await client.request(getDisclosureDraft, { params: { villageId, draftId: target.draftId } });
        if (data.correctsId !== undefined) this.base = await this.item(client, villageId, data.correctsId);
        this.fill(data);
      } else if (target.kind === 'item') {
        this.reading = await this.item(client, villageId, target.itemId);
        this.signOff = this.signOffOf(this.reading);
      } else {
        this.base = await this.item(client, villageId, target.itemId);
        this.fillCorrection(this.base);
      }
    } catch (error) {
      this.loadFailure = describeFailure(error, this.options.common);
    }
    this.loading = false;
    this.update();
    await this.focus(this.loadFailure ? '[part~="retry"]' : this.options.readOnly() ? '#form-title' : '#draft-title');
  }

  private async item(client: Client, villageId: string, disclosureId: string): Promise<Item> {
    return (await client.request(getDisclosure, { params: { villageId, disclosureId } })).data;
  }

  private reset(): void {
    this.draftId = undefined;
    this.revision = 0;
    this.correctsId = undefined;
    this.base = undefined;
    this.values = { category: '', title: '', from: '', to: '', published: '', until: '', reason: '' };
    this.kept = [];
    this.finance = undefined;
    this.signOff = undefined;
    this.findings = [];
    this.issues = new Map();
    this.dirty = false;
    this.stale = false;
    this.showing = this.options.readOnly() ? 'preview' : 'form';
    this.confirming = undefined;
    this.reading = undefined;
    this.loadFailure = undefined;
    this.problem = undefined;
    this.endAttempt();
    this.files.clear();
  }

  /** The form shows `version` of an item or draft of `category` (with a correction's `reason`). */
  private show(category: string, version: Item['versions'][number] | Draft['version'], reason: string): void {
    this.values = {
      category,
      title: version.title,
      from: version.period.from,
      to: version.period.to,
      published: version.notice.published,
      until: version.notice.until ?? '',
      reason,
    };
    this.kept = [...version.attachments];
    this.finance = version.finance;
    this.blocks.load(version.body);
  }

  private fill(draft: Draft): void {
    this.draftId = draft.id;
    this.revision = draft.revision;
    this.correctsId = draft.correctsId;
    this.show(draft.category, draft.version, draft.correctionReason ?? '');
    this.findings = draft.findings;
    const signOff = (draft as { readonly financeSignOff?: { readonly status?: unknown } }).financeSignOff?.status;
    this.signOff = typeof signOff === 'string' ? signOff : this.signOffOf(this.base);
    this.dirty = false;
  }

  private fillCorrection(item: Item): void {
    const current = item.versions[item.versions.length - 1];
    if (!current) return;
    this.correctsId = item.id;
    this.show(item.category, current, '');
    this.signOff = this.signOffOf(item);
  }

  /**
   * The 民主理财 state of a published finance item: its history's last step (getDisclosure's `signOffs`, from the
   * finance desk), in words; undefined for an item without one. Read defensively: another backend may not send it.
   */
  private signOffOf(item: Item | undefined): string | undefined {
    const history = (item as { readonly signOffs?: readonly { readonly action?: unknown }[] } | undefined)?.signOffs;
    const action = history?.[history.length - 1]?.action;
    if (typeof action !== 'string') return undefined;
    const known = ['submit', 'signOff', 'object', 'answer', 'publish'] as const;
    const found = known.find((one) => one === action);
    return found === undefined ? action : this.t.t(`signOff_${found}`);
  }

  /** The draft body as the contract takes it (what publishing will send). */
  private body(attachments: readonly Attachment[]) {
    const v = this.values;
    return {
      ...(this.correctsId === undefined ? {} : { correctsId: this.correctsId, correctionReason: v.reason.trim() }),
      category: v.category,
      version: {
        title: v.title.trim(),
        body: this.blocks.value(),
        period: { from: v.from, to: v.to },
        notice: { published: v.published, ...(v.until === '' ? {} : { until: v.until }) },
        attachments: [...attachments],
        ...(this.finance === undefined ? {} : { finance: this.finance }),
      },
    };
  }

  /** What the preview draws: the form as it stands. */
  private previewDraft(): PreviewDraft {
    const body = this.body(this.kept);
    return {
      category: body.category,
      version: body.version,
      reason: this.values.reason.trim(),
      base: this.base,
      today: this.options.today(),
    };
  }

  /** Checks in the page before a send: only what the server would refuse outright (empty required fields). */
  private validate(): boolean {
    this.issues = new Map();
    const required: TextField[] = ['category', 'title', 'from', 'to', 'published'];
    if (this.correctsId !== undefined) required.push('reason');
    for (const field of required) if (this.values[field].trim() === '') this.issues.set(field, this.t.t('required'));
    return this.issues.size === 0 && this.files.check();
  }

  /** New uploads become disclosure attachments: their type, size and hash from the server, a plain public name, a public URL. */
  private async attachmentsOf(client: Client, villageId: string): Promise<Attachment[]> {
    const base = new URL(client.baseUrl.replace(/\/?$/, '/'), globalThis.location.href);
    const added = await Promise.all(
      this.files.ids.map(async (attachmentId, index) => {
        const { data } = await client.request(getAttachment, { params: { villageId, attachmentId } });
        const url = new URL(`v1/villages/${encodeURIComponent(villageId)}/attachments/${encodeURIComponent(attachmentId)}/content`, base);
        const attachment: Attachment = {
          name: this.t.t('attachmentName', this.kept.length + index + 1, extensions[data.mediaType] ?? 'pdf'),
          mediaType: data.mediaType,
          size: data.size,
          sha256: data.sha256,
          url: url.href,
        };
        return attachment;
      }),
    );
    return [...this.kept, ...added];
  }

  /** Field problems from a refusal next to their fields; what has no field stays in `problem`. True when any was placed. */
  private placeIssues(error: unknown): boolean {
    this.issues = new Map();
    this.blocks.issue = '';
    if (!(error instanceof ProblemError)) return false;
    for (const issue of error.issues) {
      const field = fieldOf(issue.path);
      if (field === undefined || this.issues.has(field)) continue;
      this.issues.set(field, issue.message);
      if (field === 'body') this.blocks.issue = issue.message;
      if (field === 'attachments') this.files.showIssue(issue.message);
    }
    return this.issues.size > 0;
  }

  private failed(error: unknown): string {
    this.stale = error instanceof ProblemError && error.status === 409;
    const placed = this.placeIssues(error);
    this.problem = placed && !this.stale ? undefined : describeFailure(error, this.options.common);
    return placed && !this.stale ? '[aria-invalid="true"]' : '[part~="form-problem"]';
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.save();
  };

  /** The client and village to write with, when the form may write now: nothing on its way, not the supervisor's view. */
  private writePlace(): readonly [Client, string] | undefined {
    return this.sending || this.options.readOnly() ? undefined : this.place;
  }

  async save(): Promise<void> {
    const place = this.writePlace();
    if (!place) return;
    const [client, villageId] = place;
    if (!this.validate()) {
      this.update();
      await this.focus('[aria-invalid="true"]');
      return;
    }
    const signature = JSON.stringify(this.body(this.kept)) + this.files.ids.join(',');
    await this.sendAttempt(
      signature,
      async (key) => {
        const body = this.body(await this.attachmentsOf(client, villageId));
        const draftId = this.draftId;
        return draftId === undefined
          ? client.request(createDisclosureDraft, { params: { villageId }, body }, { idempotencyKey: key })
          : client.request(
              updateDisclosureDraft,
              { params: { villageId, draftId }, body: { ...body, revision: this.revision } },
              { idempotencyKey: key },
            );
      },
      {
        done: ({ data }) => {
          this.files.clear();
          this.fill(data);
          this.issues = new Map();
          this.options.announce(this.t.t('saved', data.revision));
          this.options.saved(data.id, data.revision);
          return '[part~="findings"]';
        },
        failed: (error) => this.failed(error),
      },
    );
  }

  /**
   * The confirm step's answer about the saved draft (publish, discard), sent at the revision the form shows: `done`
   * takes the server's answer; a failure closes the question (`back` says where the form returns to) and shows why.
   */
  private async decide<T>(answer: {
    readonly signature: (draftId: string) => string;
    readonly send: (client: Client, input: SavedDraftInput, idempotencyKey: string) => Promise<T>;
    readonly done: (answer: T, draftId: string) => void;
    readonly back?: () => void;
  }): Promise<void> {
    const place = this.writePlace();
    const draftId = this.draftId;
    if (!place || draftId === undefined) return;
    const [client, villageId] = place;
    await this.sendAttempt(
      answer.signature(draftId),
      (key) => answer.send(client, { params: { villageId, draftId }, body: { revision: this.revision } }, key),
      {
        done: (data) => {
          answer.done(data, draftId);
          return undefined;
        },
        failed: (error) => {
          this.confirming = undefined;
          answer.back?.();
          return this.failed(error);
        },
      },
    );
  }

  private publish(): Promise<void> {
    return this.decide({
      signature: (draftId) => `publish ${draftId} ${String(this.revision)}`,
      send: (client, input, idempotencyKey) => client.request(publishDisclosureDraft, input, { idempotencyKey }),
      done: ({ data }) => {
        this.options.announce(this.t.t('publishedOk', data.versions.length));
        this.options.finished({ kind: 'published', id: data.id, version: data.versions.length });
      },
      back: () => {
        this.showing = 'form';
      },
    });
  }

  private discard(): Promise<void> {
    return this.decide({
      signature: (draftId) => `discard ${draftId}`,
      send: (client, input, idempotencyKey) => client.request(discardDisclosureDraft, input, { idempotencyKey }),
      done: (_answer, draftId) => {
        this.files.clear();
        this.options.announce(this.t.t('discarded'));
        this.options.finished({ kind: 'discarded', id: draftId });
      },
    });
  }

  private ask(what: 'publish' | 'discard'): void {
    this.confirming = what;
    this.updateAndFocus('[part~="confirm"] .confirm-no');
  }

  /** Focus stays within the form. */
  protected override async focus(selector: string): Promise<void> {
    await super.focus(`[part~="form"] ${selector}`);
  }

  render(): TemplateResult {
    const t = this.t;
    if (this.loading) return html`<div part="form">${loadingState(this.options.common, 4)}</div>`;
    if (this.loadFailure) {
      const target = this.target;
      return html`<div part="form">
        <p>${t.t('loadFailed')}</p>
        ${errorState(this.options.common, this.loadFailure, () => {
          if (target) void this.open(target);
        })}
        ${this.closeButton()}
      </div>`;
    }
    if (this.options.readOnly()) return this.renderReading();
    const heading =
      this.correctsId !== undefined ? t.t('correctionTitle') : this.draftId === undefined ? t.t('newTitle') : t.t('editTitle');
    return html`<div class="draft" part="form">
      <h3 id="form-title" tabindex="-1">
        ${heading} ${this.draftId === undefined ? nothing : html`<span class="count">${t.t('revision', this.revision)}</span>`}
      </h3>
      ${
        this.base && this.correctsId !== undefined
          ? html`<p class="note">
              ${t.t('correcting', this.base.versions[this.base.versions.length - 1]?.title ?? '', this.base.versions.length + 1)}
            </p>`
          : nothing
      }
      ${this.showing === 'preview' ? this.renderPreview() : this.renderFields()} ${this.renderProblem()} ${this.renderFindings()}
      ${this.renderActions()}
    </div>`;
  }

  /**
   * The supervisor's view: a draft's 民主理财 state and the rules' findings (before the preview, whose board headings
   * start at h2), then the draft or a published item with its versions drawn as the board draws it, and only the way
   * back — no field, save, publish, discard or upload.
   */
  private renderReading(): TemplateResult {
    const t = this.t;
    const item = this.reading;
    return html`<div class="draft" part="form">
      <h3 id="form-title" tabindex="-1">${item ? t.t('readItemTitle') : t.t('readDraftTitle')}</h3>
      ${this.signOff === undefined ? nothing : html`<p class="note" part="sign-off">${t.t('signOff', this.signOff)}</p>`}
      ${this.renderFindings()}
      ${
        item
          ? html`<div class="preview" part="preview">
              <p class="note">${t.t('readNote')}</p>
              ${this.preview.renderDetail(() => item, this.options.categories())}
            </div>`
          : this.renderPreview(t.t('readNote'))
      }
      <div class="actions">${this.closeButton()}</div>
    </div>`;
  }

  private renderPreview(note = this.t.t('previewNote')): TemplateResult {
    return html`<div class="preview" part="preview">
      <p class="note">${note}</p>
      ${this.preview.render(this.previewDraft(), this.options.categories())}
    </div>`;
  }

  private field(key: TextField, label: string, input: TemplateResult): TemplateResult {
    const issue = this.issues.get(key);
    return html`<div class=${issue ? 'field invalid' : 'field'}>
      <label for=${`draft-${key}`}>${label}</label>
      ${input} ${issue ? html`<p class="field-error" id=${`draft-${key}-error`}>${issue}</p>` : nothing}
    </div>`;
  }

  private input(
    key: TextField,
    type: 'text' | 'date',
    extra: { readonly maxlength?: number; readonly required?: boolean } = {},
  ): TemplateResult {
    const issue = this.issues.get(key);
    return html`<input
      id=${`draft-${key}`}
      type=${type}
      maxlength=${extra.maxlength ?? nothing}
      ?required=${extra.required ?? false}
      aria-invalid=${issue ? 'true' : 'false'}
      aria-describedby=${issue ? `draft-${key}-error` : nothing}
      .value=${live(this.values[key])}
      @input=${(event: Event) => {
        this.values = { ...this.values, [key]: (event.target as HTMLInputElement).value };
        this.issues.delete(key);
        this.touched();
      }}
    />`;
  }

  private renderFields(): TemplateResult {
    const t = this.t;
    const categories = this.options.categories();
    const categoryIssue = this.issues.get('category');
    const locale = this.options.locale();
    return html`<form class="fields" novalidate aria-labelledby="form-title" @submit=${this.onSubmit}>
      ${this.field(
        'category',
        t.t('category'),
        html`<select
          id="draft-category"
          required
          ?disabled=${this.correctsId !== undefined}
          aria-invalid=${categoryIssue ? 'true' : 'false'}
          aria-describedby=${categoryIssue ? 'draft-category-error' : nothing}
          .value=${live(this.values.category)}
          @change=${(event: Event) => {
            this.values = { ...this.values, category: (event.target as HTMLSelectElement).value };
            this.touched();
          }}
        >
          ${categories.map((one) => html`<option value=${one.code} ?selected=${one.code === this.values.category}>${one.label[locale]}</option>`)}
        </select>`,
      )}
      ${this.field('title', t.t('titleLabel'), this.input('title', 'text', { maxlength: 200, required: true }))}
      <div class="pair">
        ${this.field('from', t.t('periodFrom'), this.input('from', 'date', { required: true }))}
        ${this.field('to', t.t('periodTo'), this.input('to', 'date', { required: true }))}
      </div>
      <div class="pair">
        ${this.field('published', t.t('published'), this.input('published', 'date', { required: true }))}
        ${this.field('until', t.t('until'), this.input('until', 'date'))}
      </div>
      ${this.correctsId === undefined ? nothing : this.field('reason', t.t('reason'), this.input('reason', 'text', { maxlength: 500, required: true }))}
      ${this.blocks.render(t)} ${this.renderKept()} ${this.files.render()}
      ${this.finance ? html`<p class="note">${t.t('finance', this.finance.income.length + this.finance.expenditure.length)}</p>` : nothing}
      ${
        // The 民主理财 sign-off state (issue 15, finance part): shown when the draft carries it.
        this.signOff === undefined ? nothing : html`<p class="note" part="sign-off">${t.t('signOff', this.signOff)}</p>`
      }
      <button type="submit" class="primary" ?disabled=${this.sending}>
        ${this.sending && !this.confirming ? t.t('saving') : t.t('save')}
      </button>
      ${this.dirty && this.draftId !== undefined ? html`<p class="hint">${t.t('unsaved')}</p>` : nothing}
    </form>`;
  }

  private renderKept(): TemplateResult | typeof nothing {
    if (this.kept.length === 0) return nothing;
    return html`<div class="kept">
      <p>${this.t.t('attachmentsKept')}</p>
      <ul>
        ${this.kept.map(
          (one, index) =>
            html`<li>
              <span>${one.name}</span>
              <button
                type="button"
                aria-label=${this.t.t('removeAttachment', one.name)}
                @click=${() => {
                  this.kept = this.kept.filter((_, at) => at !== index);
                  this.touched();
                  void this.focus('#draft-files');
                }}
              >
                ×
              </button>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderProblem(): TemplateResult | typeof nothing {
    const problem = this.problem;
    if (!problem) return nothing;
    return html`<div class="problem" part="form-problem" role="alert" tabindex="-1">
      <p>${this.stale ? this.t.t('stale') : problem.message}</p>
      ${problem.requestId ? html`<p class="muted">${this.options.common.t('requestId', problem.requestId)}</p>` : nothing}
      ${
        this.stale && this.draftId !== undefined
          ? html`<button type="button" @click=${() => void this.open({ kind: 'draft', draftId: this.draftId ?? '' })}>
              ${this.t.t('reload')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderFindings(): TemplateResult | typeof nothing {
    if (this.draftId === undefined || this.dirty) return nothing;
    const t = this.t;
    if (this.findings.length === 0) {
      return html`<p class="findings ok" part="findings" tabindex="-1">${t.t('findingsNone')}</p>`;
    }
    return html`<section class="findings" part="findings" tabindex="-1" aria-labelledby="findings-title">
      <h4 id="findings-title">${t.t('findingsTitle', this.findings.length)}</h4>
      <ul>
        ${this.findings.map((finding) => {
          const field = fieldOf(finding.path);
          return html`<li>
            ${finding.message}
            ${
              field === undefined || this.showing === 'preview'
                ? nothing
                : html`<button
                    type="button"
                    class="link"
                    @click=${() => void this.focus(field === 'body' ? '#draft-body-hint' : field === 'attachments' ? '#draft-files' : `#draft-${field}`)}
                  >
                    ${t.t('goTo')}
                  </button>`
            }
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderActions(): TemplateResult {
    const t = this.t;
    const publishable = this.draftId !== undefined && !this.dirty && this.findings.length === 0;
    const why = this.draftId === undefined || this.dirty ? t.t('publishNeedsSave') : this.findings.length > 0 ? t.t('publishBlocked') : '';
    return html`<div class="actions">
        <button
          type="button"
          @click=${() => {
            this.showing = this.showing === 'form' ? 'preview' : 'form';
            this.confirming = undefined;
            this.updateAndFocus(this.showing === 'preview' ? '[part~="preview"] h2' : '#draft-title');
          }}
        >
          ${this.showing === 'form' ? t.t('preview') : t.t('editAgain')}
        </button>
        <button
          type="button"
          class="primary"
          ?disabled=${!publishable || this.sending}
          aria-describedby=${why ? 'publish-why' : nothing}
          @click=${() => {
            this.ask('publish');
          }}
        >
          ${t.t('publish')}
        </button>
        ${
          this.draftId === undefined
            ? nothing
            : html`<button
                type="button"
                ?disabled=${this.sending}
                @click=${() => {
                  this.ask('discard');
                }}
              >
                ${t.t('discard')}
              </button>`
        }
        ${this.closeButton()} ${why ? html`<p class="hint" id="publish-why">${why}</p>` : nothing}
      </div>
      ${this.renderConfirm()}`;
  }

  private renderConfirm(): TemplateResult | typeof nothing {
    const what = this.confirming;
    if (what === undefined) return nothing;
    const t = this.t;
    const text =
      what === 'discard' ? t.t('confirmDiscard') : this.correctsId !== undefined ? t.t('confirmCorrection') : t.t('confirmPublish');
    return html`<div class="confirm" part="confirm" role="group" aria-labelledby="confirm-text">
      <p id="confirm-text">${text}</p>
      <button
        type="button"
        class=${what === 'discard' ? 'danger confirm-yes' : 'primary confirm-yes'}
        ?disabled=${this.sending}
        @click=${() => void (what === 'discard' ? this.discard() : this.publish())}
      >
        ${this.sending ? t.t('publishing') : what === 'discard' ? t.t('confirmDiscardYes') : t.t('confirmYes')}
      </button>
      <button
        type="button"
        class="confirm-no"
        @click=${() => {
          this.confirming = undefined;
          this.updateAndFocus('.actions .primary');
        }}
      >
        ${t.t('cancel')}
      </button>
    </div>`;
  }

  private closeButton(): TemplateResult {
    return html`<button
      type="button"
      @click=${() => {
        this.files.clear();
        this.options.close();
      }}
    >
      ${this.t.t('close')}
    </button>`;
  }
}
