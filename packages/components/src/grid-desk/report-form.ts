import { NetworkError, TimeoutError } from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { AttachmentField } from '../internal/attachment-field.js';
import { isOffline } from '../internal/connectivity.js';
import { FormPart, type GridPartOptions } from './form-part.js';
import { HouseholdPicker } from './household-picker.js';
import type { KeptReport, Outbox } from './outbox.js';
import { locate, type Fix, type NoFix } from './position.js';
import type { FiledReport, ReportBody } from './sz-grid-desk.js';

export type { GridPartOptions } from './form-part.js';

/** What the desk gives its report form: the basics, the phone's store, and the send itself (with its key). */
export interface ReportFormOptions extends GridPartOptions {
  readonly outbox: Outbox<ReportBody, FiledReport>;
  readonly file: (body: ReportBody, idempotencyKey: string) => Promise<FiledReport>;
  /** A report reached the server and the form forgot it: the desk says so and reads its list again. */
  readonly filed: (report: FiledReport) => void;
}

/** The request never got an answer (no signal, a dropped connection, a timeout): the server may or may not have it. */
function unanswered(error: unknown): boolean {
  return error instanceof NetworkError || error instanceof TimeoutError || isOffline(error);
}

/**
 * 按时上报: a grid worker reports an event of their grid — a matter from the village's list, the place in words with the
 * phone's coordinates when it gives them (asked only when the worker taps, refused gracefully), what happened, and
 * photos (uploaded at once while there is signal). Without signal, or when a send gets no answer, the report is kept
 * on the phone with its Idempotency-Key and the desk sends it when the connection returns; the form is then empty
 * again. What is being typed is kept on the phone too (a WebView killed in the background loses nothing), and
 * forgotten once it is sent or kept.
 */
export class ReportForm extends FormPart<ReportFormOptions> {
  protected readonly prefix = 'gd-report';
  protected readonly formPart = 'report-form';
  private readonly photos: AttachmentField;
  private fix: Fix | NoFix | 'locating' | undefined;
  /** Photos a corrected report had already uploaded (by id): sent again with it. */
  private keptPhotoIds: readonly string[] = [];
  /** 涉及农户: kept in the values as `householdIds` (ids joined by commas), so the phone's draft keeps them too. */
  private readonly households: HouseholdPicker;

  constructor(host: ReactiveControllerHost, options: ReportFormOptions) {
    super(host, options);
    this.photos = this.photoField('gd-report-photos');
    this.households = new HouseholdPicker({
      ...options,
      t: this.t,
      chosen: () => this.chosenHouseholds(),
      choose: (ids) => {
        this.set('householdIds', ids.join(','));
      },
      update: () => {
        this.update();
      },
    });
    const draft = options.outbox.draft;
    if (draft) {
      this.values = { ...draft };
      if (draft.latitude && draft.longitude)
        this.fix = { latitude: Number(draft.latitude), longitude: Number(draft.longitude), accuracy: Number(draft.accuracy ?? '0') };
      // Said once the desk has drawn the form (it is made while the desk renders).
      void host.updateComplete.then(() => {
        options.announce(this.t.t('restored'));
      });
    }
  }

  /** A new category offers its own items: the item chosen for another goes; so do another grid's households. */
  protected override set(name: string, value: string): void {
    if (name === 'category') delete this.values.item;
    if (name === 'gridId') delete this.values.householdIds;
    if (name === 'householdIds') for (const key of this.issues.keys()) if (key.startsWith('householdIds')) this.issues.delete(key);
    super.set(name, value);
  }

  private chosenHouseholds(): string[] {
    return this.value('householdIds')
      .split(',')
      .filter((id) => id !== '');
  }

  /** Keeps what is typed on the phone as it is typed (forgotten once sent or kept to send). */
  protected override changed(): void {
    this.options.outbox.saveDraft(this.values);
  }

  /** The grids the caller reports in: their own (a grid worker), else all of the village's (a cadre). */
  private grids() {
    const all = this.options.desk()?.grids.items ?? [];
    const mine = all.filter((one) => one.mine);
    return mine.length > 0 ? mine : all;
  }

  private body(): ReportBody {
    const v = (name: string) => this.value(name).trim();
    const grids = this.grids();
    const fix = this.fix !== undefined && typeof this.fix === 'object' ? this.fix : undefined;
    const attachmentIds = [...this.keptPhotoIds, ...this.photos.ids];
    const householdIds = this.chosenHouseholds();
    return {
      gridId: v('gridId') || (grids.length === 1 ? (grids[0]?.id ?? '') : ''),
      category: v('category'),
      ...(v('item') ? { item: v('item') } : {}),
      place: { text: v('place.text'), ...(fix ? { latitude: fix.latitude, longitude: fix.longitude } : {}) },
      text: v('text'),
      ...(v('seenOn') ? { seenOn: v('seenOn') } : {}),
      ...(attachmentIds.length > 0 ? { attachmentIds } : {}),
      ...(householdIds.length > 0 ? { householdIds } : {}),
    };
  }

  /** A refused report kept on the phone goes back into the form, with the server's problems at their fields. */
  correct(report: KeptReport<ReportBody>): void {
    const { body } = report;
    this.values = {
      gridId: body.gridId,
      category: body.category,
      item: body.item ?? '',
      'place.text': body.place.text,
      text: body.text,
      seenOn: body.seenOn ?? '',
      householdIds: (body.householdIds ?? []).join(','),
    };
    this.fix =
      body.place.latitude !== undefined && body.place.longitude !== undefined
        ? { latitude: body.place.latitude, longitude: body.place.longitude, accuracy: 0 }
        : undefined;
    this.keptPhotoIds = body.attachmentIds ?? [];
    this.issues = new Map((report.refused?.issues ?? []).map((issue) => [issue.path, issue.message]));
    this.problem = report.refused && { message: report.refused.message, requestId: report.refused.requestId, detail: undefined };
    this.options.outbox.remove(report.key);
    this.changed();
    this.updateAndFocus(this.issues.size > 0 ? '[part~="report-form"] [aria-invalid="true"]' : '[part~="form-problem"]');
  }

  private async position(): Promise<void> {
    this.fix = 'locating';
    this.update();
    const found = await locate();
    this.fix = found;
    if (typeof found === 'object')
      this.values = {
        ...this.values,
        latitude: String(found.latitude),
        longitude: String(found.longitude),
        accuracy: String(found.accuracy),
      };
    this.changed();
    this.endAttempt();
    this.update();
    this.options.announce(typeof found === 'object' ? this.t.t('located', String(found.accuracy)) : this.t.t(`noFix_${found}`));
  }

  private dropFix(): void {
    this.fix = undefined;
    this.values = Object.fromEntries(Object.entries(this.values).filter(([name]) => !['latitude', 'longitude', 'accuracy'].includes(name)));
    this.changed();
    this.endAttempt();
    this.updateAndFocus('[part~="locate"]');
  }

  /** Empties the form and the phone's copy of it: nothing typed stays once the report is sent or kept to send. */
  private forget(): void {
    this.values = {};
    this.issues = new Map();
    this.fix = undefined;
    this.keptPhotoIds = [];
    this.photos.clear();
    this.options.outbox.saveDraft(undefined);
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    this.problem = undefined;
    this.issues = new Map();
    const body = this.body();
    if (!body.gridId) this.issues.set('gridId', this.t.t('required'));
    this.requireAll('category', 'place.text', 'text');
    const photosReady = this.photos.check();
    if (this.issues.size > 0 || !photosReady) {
      this.update();
      await this.focus('[part~="report-form"] [aria-invalid="true"]');
      return;
    }
    const signature = JSON.stringify(body);
    const what = this.categoryLabel(body.category);
    if (!navigator.onLine) {
      this.keep(body, this.attemptKey(signature));
      return;
    }
    await this.sendAttempt(signature, (key) => this.options.file(body, key), {
      done: (report) => {
        this.forget();
        this.options.announce(this.t.t('filed', what));
        this.options.filed(report);
        return '[part~="report-form"] select, [part~="report-form"] input';
      },
      failed: (error) => {
        if (!unanswered(error)) return this.placeFailure(error);
        // No answer: the same key goes with the report into the phone's store, so a resend cannot file it twice.
        this.keep(body, this.attemptKey(signature));
        return '[part~="kept"]';
      },
    });
  }

  private keep(body: ReportBody, key: string): void {
    this.options.outbox.keep(body, key);
    this.endAttempt();
    this.forget();
    this.options.announce(this.t.t('keptNow'));
    this.update();
  }

  /** The server's word on the households (`householdIds` or one of them, e.g. grid.household.outsideGrid). */
  private householdIssue(): string | undefined {
    for (const [key, message] of this.issues) if (key.startsWith('householdIds')) return message;
    return undefined;
  }

  private categoryLabel(code: string): string {
    const category = this.options.desk()?.settings.categories.find((one) => one.code === code);
    return category ? category.label[this.t.lang] : code;
  }

  private renderPosition(): TemplateResult {
    const fix = this.fix;
    const located = fix !== undefined && typeof fix === 'object';
    return html`<div class="position">
      ${
        located
          ? html`<button
              type="button"
              part="locate"
              @click=${() => {
                this.dropFix();
              }}
            >
              ${this.t.t('dropFix')}
            </button>`
          : html`<button type="button" part="locate" ?disabled=${fix === 'locating'} @click=${() => void this.position()}>
              ${fix === 'locating' ? this.t.t('locating') : this.t.t('locate')}
            </button>`
      }
      ${
        fix === undefined || fix === 'locating'
          ? nothing
          : html`<p part="position">${located ? this.t.t('located', String(fix.accuracy)) : this.t.t(`noFix_${fix}`)}</p>`
      }
    </div>`;
  }

  render(): TemplateResult {
    const t = this.t;
    const desk = this.options.desk();
    const locale = t.lang;
    const grids = this.grids();
    const categories = desk?.settings.categories ?? [];
    const chosen = categories.find((one) => one.code === this.value('category'));
    const online = navigator.onLine;
    return html`<form
      part="report-form"
      novalidate
      aria-labelledby="gd-report-title"
      @submit=${(event: SubmitEvent) => void this.submit(event)}
    >
      <h3 class="form-title" id="gd-report-title">${t.t('reportTitle')}</h3>
      ${online ? nothing : html`<p class="notice" role="status">${t.t('offlineNote')}</p>`}
      ${
        grids.length > 1
          ? this.choice('gridId', t.t('grid'), [['', t.t('choose')], ...grids.map((one) => [one.id, one.name] as const)])
          : grids.length === 1
            ? html`<p class="hint">${t.t('grid')}：${grids[0]?.name}</p>`
            : nothing
      }
      ${this.choice('category', t.t('category'), [['', t.t('choose')], ...categories.map((one) => [one.code, one.label[locale]] as const)])}
      ${
        chosen && chosen.items.length > 1
          ? this.choice('item', t.t('item'), [['', t.t('noItem')], ...chosen.items.map((one) => [one.code, one.label[locale]] as const)])
          : nothing
      }
      ${this.text('place.text', t.t('place'), { max: 200, hint: t.t('placeHint') })} ${this.renderPosition()}
      ${this.area('text', t.t('text'), 2000, t.t('textHint'))}
      ${this.households.render(this.body().gridId || undefined, this.householdIssue())}
      ${this.text('seenOn', t.t('seenOn'), { max: 10, type: 'date', maxDate: desk?.grids.asOf })}
      ${this.keptPhotoIds.length > 0 ? html`<p class="hint">${t.t('keptPhotos', this.keptPhotoIds.length)}</p>` : nothing}
      ${this.photos.render()} ${this.renderProblem()} ${this.sendBar(online ? t.t('send') : t.t('keep'))}
    </form>`;
  }
}
