import { defaultMediationSettings, disputeTypes, type RuleIssue } from '@shanzhi/rules';
import { ProblemError, randomId, submitMediationIntake, withdrawMediationCase } from '@shanzhi/sdk/browser';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { lazyImport } from '../internal/before-import.js';
import type * as IntakeLaterModule from './intake-later.js';
import type * as IntakeValidationModule from './intake-validation.js';
import { isOffline } from '../internal/connectivity.js';
import { ElderControls } from '../internal/elder-controls.js';
import { Localizer } from '../internal/localize.js';
import { loadForRender } from '../internal/lazy-module.js';
import { liveView } from '../internal/live-view.js';
import { describeFailure, errorState, loadingState, type LoadFailure } from '../internal/states.js';
import { SzElement } from '../internal/sz-element.js';
import { widgetStyles } from '../internal/widget-styles.js';
import {
  clearDraft,
  draftKey,
  emptyDraft,
  fieldId,
  isEmptyDraft,
  loadDraft,
  saveDraft,
  toIntakeInput,
  yuanToFen,
  type IntakeDraft,
  type YesNo,
} from './draft.js';
import './events.js';
import {
  intakeSteps,
  stepLabels,
  type ChoiceOptions,
  type IntakeReceipt,
  type IntakeStepCode,
  type TextFieldOptions,
} from './intake-steps.js';
import { mediationMessages } from './messages.js';
import { mediationStyles } from './styles.js';

export { intakeSteps, type IntakeReceipt, type IntakeStepCode } from './intake-steps.js';
type Phase = 'form' | 'sending' | 'waiting' | 'receipt' | 'withdrawn';

/** The schema and rule messages, loaded after the first paint (intake-validation.ts says why). */
type IntakeValidation = typeof IntakeValidationModule;
/** The later steps, the review and the receipt, loaded after the first paint (intake-later.ts says why). */
type IntakeLater = typeof IntakeLaterModule;
type IntakeView = IntakeLaterModule.IntakeView;
/** What the later steps read of the element's state (the rest of IntakeView is what they ask of it). */
type IntakeState = 't' | 'common' | 'draft' | 'labels' | 'phase' | 'failure' | 'confirmWithdraw' | 'withdrawing';

export interface FieldIssue {
  readonly id: string;
  readonly message: string;
}

interface Internals {
  setFormValue(value: string | null): void;
  setValidity(flags: ValidityStateFlags, message?: string): void;
}

/**
 * Apply for people's mediation (人民调解) in six calm steps, validated with the same schemas as the server; the draft
 * lives in sessionStorage; one Idempotency-Key per attempt to submit, kept across retries and reloads; a receipt with
 * the triage in plain words, 110 when urgent help is being arranged, and withdrawal while unassigned.
 *
 * @element sz-mediation-intake
 *
 * @fires sz-intake-step - The applicant moved to a step. `detail: { step, stepCode, total }`.
 * @fires sz-intake-submitted - The case was received. `detail: { caseNumber }` — no personal data and no tracking code (the receipt shows it to the person).
 *
 * @csspart progress - The step indicator.
 * @csspart summary - The error summary.
 * @csspart step - The current step.
 * @csspart attachments - The chosen files, each with its upload state and a remove button.
 * @csspart retry-upload - The button that uploads a file again after a failure.
 * @csspart waiting - The offline waiting state.
 * @csspart receipt - The receipt.
 * @csspart urgent - The urgent-help notice with 110.
 * @csspart elder-controls - The 长辈版 switch, text size and read-aloud buttons.
 */
export class SzMediationIntake extends SzElement {
  static override styles = [...widgetStyles, mediationStyles];
  /**
   * Form-associated: inside a host `<form>`, the value is the case number once submitted.
   * @internal (the platform's switch, not a setting)
   */
  static formAssociated = true;

  /** Name under which a host form receives the case number. */
  @property() name = '';
  /** sessionStorage key of the draft, for pages with more than one intake form. */
  @property({ attribute: 'draft-key' }) draftKey: string = draftKey;
  /**
   * The village (`v-qs-01`; else the provider's) whose mediation committee receives the files: each chosen file is
   * uploaded to it at once and only its mediators may read it. Without one (or `village=""`) the files stay on the
   * device, and only their name, type and size are sent.
   */
  @property() village?: string;

  /** Where the files go: this element's `village`, else the provider's (intake-files.ts). @internal */
  get uploadVillage(): string | undefined {
    return this.village ?? this.config.village;
  }

  @state() private draft: IntakeDraft = emptyDraft();
  @state() private issues: readonly FieldIssue[] = [];
  @state() private showSummary = false;
  @state() private phase: Phase = 'form';
  @state() private receipt: IntakeReceipt | undefined;
  @state() private failure: LoadFailure | undefined;
  @state() private notice = '';
  @state() private confirmWithdraw = false;
  @state() private withdrawing = false;
  @state() private fileError = '';
  /** The later steps' chunk could not be loaded (offline): why; rendering them again tries again. */
  @state() private laterFailure: LoadFailure | undefined;

  private readonly t = new Localizer(mediationMessages, () => this.effectiveLocale);
  private readonly elderControls = new ElderControls(this, this.common);
  private readonly internals: Internals | undefined;
  private composing = false;
  private submitAbort: AbortController | undefined;
  private restoredKey = '';
  /** The chosen files' previews and uploads (intake-files.ts), once the checks are loaded. */
  private files: IntakeValidationModule.FileShelf | undefined;
  /** The checks, loaded after the first paint. */
  private readonly validation = this.latePart<IntakeValidation>(
    lazyImport('mediation/intake-validation', () => import('./intake-validation.js')),
    // After the first question is on screen: the checks are needed only when the applicant moves on.
    { preload: 'first-paint' },
  );
  /** Field id → its label, kept while rendering, so the summary can say which question each message is about. */
  private readonly labels = new Map<string, string>();
  /** The later steps, the review and the receipt, loaded after the first paint. */
  private readonly later = this.latePart<IntakeLater>(
    lazyImport('mediation/intake-later', () => import('./intake-later.js')),
    // The applicant reaches them only after answering the first step.
    { preload: 'first-paint' },
  );
  /** What the later steps and the receipt read from this element and ask of it (intake-later.ts). */
  private readonly view: IntakeLaterModule.IntakeView = this.laterView();
  /** Each step's questions. */
  private readonly steps: Readonly<Record<IntakeStepCode, (later: IntakeLater) => TemplateResult>> = {
    dispute: () => this.renderDispute(),
    applicant: (later) => later.renderApplicant(this.view),
    respondents: (later) => later.renderRespondents(this.view),
    safety: (later) => later.renderSafety(this.view),
    consent: (later) => later.renderConsent(this.view),
    review: (later) => later.renderReview(this.view),
  };

  constructor() {
    super();
    // Feature-detected: older WebViews lack ElementInternals; the widget then simply is not form-associated.
    this.internals = typeof HTMLElement.prototype.attachInternals === 'function' ? this.attachInternals() : undefined;
  }

  /** The current step (0-based). */
  get step(): number {
    return this.draft.step;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.restore();
  }

  override disconnectedCallback(): void {
    this.submitAbort?.abort();
    this.dropPreviews();
    super.disconnectedCallback();
  }

  private restore(): void {
    if (this.restoredKey === this.draftKey) return;
    this.restoredKey = this.draftKey;
    const saved = loadDraft(this.draftKey);
    if (saved) {
      this.draft = { ...saved, step: Math.min(Math.max(0, saved.step), intakeSteps.length - 1) };
      // Nothing typed yet is nothing restored: saying so over an empty form only confuses.
      if (!isEmptyDraft(saved)) this.notice = this.t.t('restored');
    }
    this.updateValidity();
  }

  /** Runs `use` with the checks, or shows why they could not be loaded. */
  private withValidation(use: (validation: IntakeValidation) => void | Promise<void>): Promise<void> {
    if (this.validation.value) return Promise.resolve(use(this.validation.value));
    return this.validation.get().then(use, (error: unknown) => {
      this.failure = describeFailure(error, this.common);
    });
  }

  protected override onReconnect(): void {
    if (this.phase === 'waiting') void this.submit();
  }

  // ——— form association ———

  private updateValidity(): void {
    if (!this.internals) return;
    if (this.receipt) {
      this.internals.setFormValue(this.receipt.caseNumber);
      this.internals.setValidity({});
    } else {
      this.internals.setFormValue(null);
      this.internals.setValidity({ valueMissing: true }, this.t.t('submit'));
    }
  }

  formResetCallback(): void {
    this.clearAll();
  }

  // ——— draft ———

  private store(draft: IntakeDraft): void {
    this.draft = draft;
    if (isEmptyDraft(draft)) clearDraft(this.draftKey);
    else saveDraft(draft, this.draftKey);
  }

  /** Any edit is a new attempt: it must not replay an earlier attempt's answer. */
  private edit(change: (draft: IntakeDraft) => void): void {
    const next = JSON.parse(JSON.stringify(this.draft)) as IntakeDraft;
    change(next);
    next.attemptKey = undefined;
    this.store(next);
    // Issues are on screen only after a check, so the checks are loaded.
    if (this.issues.length > 0 && this.validation.value) this.issues = this.stepIssues(this.validation.value, this.draft.step);
  }

  private setPath(path: string, value: string | boolean): void {
    const keys = path.split('.');
    const last = keys.pop() ?? '';
    const parent = (draft: IntakeDraft) =>
      keys.reduce((at, key) => at[key] as Record<string, unknown>, draft as unknown as Record<string, unknown>);
    // The same answer again (a select's change after its input) is no edit: it keeps the attempt's key.
    if (parent(this.draft)[last] === value) return;
    this.edit((draft) => {
      parent(draft)[last] = value;
    });
  }

  private readonly onInput = (event: Event): void => {
    // Pinyin inside an open IME composition is not an answer yet: nothing is stored or validated until it ends.
    if (this.composing || (event as InputEvent).isComposing) return;
    const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const path = target.dataset.path;
    if (path === undefined) return;
    if (target instanceof HTMLInputElement && target.type === 'checkbox') this.setPath(path, target.checked);
    else this.setPath(path, target.value);
  };

  private readonly onCompositionStart = (): void => {
    this.composing = true;
  };

  private readonly onCompositionEnd = (event: CompositionEvent): void => {
    this.composing = false;
    this.onInput(event);
  };

  /** What was typed and attached leaves the page and the storage. */
  private forgetAnswers(): void {
    clearDraft(this.draftKey);
    this.dropPreviews();
    this.draft = emptyDraft();
  }

  private dropPreviews(): void {
    this.files?.clear();
  }

  private shelf(validation: IntakeValidation): IntakeValidationModule.FileShelf {
    return (this.files ??= new validation.FileShelf(this.view, this));
  }

  private readonly clearAll = (): void => {
    this.submitAbort?.abort();
    this.forgetAnswers();
    this.issues = [];
    this.showSummary = false;
    this.failure = undefined;
    this.fileError = '';
    this.phase = 'form';
    this.notice = this.t.t('clearConfirm');
  };

  // ——— validation ———

  private localize(validation: IntakeValidation, issues: readonly RuleIssue[]): FieldIssue[] {
    return validation.ruleTexts.issues(issues, this.effectiveLocale).map((one) => ({ id: fieldId(one.path), message: one.message }));
  }

  /** The issues of one step, from the rules' schemas (plus the amount's format and the acceptance rules). */
  private stepIssues(validation: IntakeValidation, index: number): FieldIssue[] {
    const code = intakeSteps[index] ?? 'review';
    const input = toIntakeInput(this.draft);
    const found: FieldIssue[] = [];
    if (code === 'dispute' || code === 'review') {
      const amount = this.draft.dispute.amount.trim();
      if (amount !== '' && Number.isNaN(yuanToFen(amount)))
        found.push({ id: fieldId(['dispute', 'amountFen']), message: this.t.t('amountInvalid') });
    }
    const result = validation.validateStep(code, input);
    if (!result.ok) found.push(...this.localize(validation, result.issues));
    if (code === 'dispute' || code === 'review')
      found.push(
        ...this.shelf(validation)
          .issues()
          .map((message) => ({ id: 'f-attachments', message })),
      );
    if (
      (code === 'safety' || code === 'review') &&
      this.draft.safety.alreadyBefore !== '' &&
      this.draft.safety.otherPartyRefusedMediation !== '' &&
      found.length === 0
    ) {
      const decision = validation.checkAcceptance(toIntakeInput(this.draft));
      if (!decision.accepted) {
        found.push({
          id: fieldId(decision.reason.path),
          message: `${validation.ruleTexts.text(this.effectiveLocale, decision.reason.code)}。${decision.redirect.guidance[this.effectiveLocale]}`,
        });
      }
    }
    return found;
  }

  private issueFor(id: string): string | undefined {
    return this.issues.find((one) => one.id === id)?.message;
  }

  /** Moves focus once the next render is done (the summary, a step's or the receipt's heading, a new field). */
  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private showIssues(issues: readonly FieldIssue[]): void {
    this.issues = issues;
    this.showSummary = true;
    void this.focusAfterUpdate('[part~="summary"]');
  }

  private focusField(id: string): void {
    // Shadow DOM: the summary's links move focus themselves instead of relying on the page's fragment navigation.
    let target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    let prefix = id;
    while (!target && prefix.includes('-')) {
      prefix = prefix.slice(0, prefix.lastIndexOf('-'));
      target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(prefix)}`);
    }
    target ??= this.renderRoot.querySelector<HTMLElement>('#step-title');
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  }

  // ——— navigation ———

  private async goTo(index: number): Promise<void> {
    this.issues = [];
    this.showSummary = false;
    this.notice = '';
    this.store({ ...this.draft, step: index });
    const code = intakeSteps[index] ?? 'review';
    this.emit('sz-intake-step', { step: index + 1, stepCode: code, total: intakeSteps.length });
    await this.focusAfterUpdate('#step-title');
  }

  private readonly next = (): void => {
    void this.withValidation((validation) => {
      const issues = this.stepIssues(validation, this.draft.step);
      if (issues.length > 0) {
        this.showIssues(issues);
        return;
      }
      return this.goTo(Math.min(this.draft.step + 1, intakeSteps.length - 1));
    });
  };

  private readonly back = (): void => {
    void this.goTo(Math.max(0, this.draft.step - 1));
  };

  private readonly onSubmitForm = (event: Event): void => {
    event.preventDefault();
    if (this.draft.step < intakeSteps.length - 1) this.next();
    else void this.submit();
  };

  // ——— submission ———

  /** Sending, or sent: a press of "submit" now does nothing. */
  private busy(): boolean {
    return this.phase === 'sending' || this.phase === 'receipt';
  }

  /** Sends the intake; double clicks, retries and reloads reuse the attempt's Idempotency-Key, so one case at most. */
  async submit(): Promise<void> {
    if (this.busy()) return;
    let validation: IntakeValidation;
    try {
      validation = this.validation.value ?? (await this.validation.get());
    } catch (error) {
      if (isOffline(error)) this.phase = 'waiting';
      else this.failure = describeFailure(error, this.common);
      return;
    }
    // A second press while the checks were loading: the first one is already sending.
    if (this.busy()) return;
    const issues = this.stepIssues(validation, intakeSteps.length - 1);
    if (issues.length > 0) {
      this.showIssues(issues);
      return;
    }
    const client = this.client;
    if (!client) return;
    const attemptKey = this.draft.attemptKey ?? randomId();
    if (this.draft.attemptKey !== attemptKey) this.store({ ...this.draft, attemptKey });
    this.failure = undefined;
    this.issues = [];
    this.showSummary = false;
    if (isOffline()) {
      this.phase = 'waiting';
      return;
    }
    const abort = new AbortController();
    this.submitAbort = abort;
    this.phase = 'sending';
    try {
      const body = validation.parseIntake(toIntakeInput(this.draft));
      const { data } = await client.request(submitMediationIntake, { body }, { idempotencyKey: attemptKey, signal: abort.signal });
      if (abort.signal.aborted) return;
      this.receipt = data;
      this.phase = 'receipt';
      // Personal data leaves the page and the storage with the form.
      this.forgetAnswers();
      this.notice = '';
      this.updateValidity();
      // The case number only: the tracking code is a password, and any script on the page hears this event.
      this.emit('sz-intake-submitted', { caseNumber: data.caseNumber });
      await this.focusAfterUpdate('#receipt-title');
    } catch (error) {
      if (abort.signal.aborted) return;
      if (isOffline(error)) {
        this.phase = 'waiting';
        return;
      }
      this.phase = 'form';
      if (error instanceof ProblemError && error.issues.length > 0) {
        // Not accepted, or invalid: the server's own localized messages, next to the fields they concern.
        this.showIssues(error.issues.map((one) => ({ id: fieldId(one.path), message: one.message })));
      } else {
        this.failure = describeFailure(error, this.common);
      }
    } finally {
      if (this.submitAbort === abort) this.submitAbort = undefined;
    }
  }

  private readonly cancelWaiting = (): void => {
    this.submitAbort?.abort();
    this.phase = 'form';
  };

  private async withdraw(): Promise<void> {
    const receipt = this.receipt;
    const client = this.client;
    if (!receipt || !client || this.withdrawing) return;
    this.withdrawing = true;
    this.failure = undefined;
    try {
      await client.request(withdrawMediationCase, {
        params: { caseNumber: receipt.caseNumber },
        body: { trackingCode: receipt.trackingCode },
      });
      this.phase = 'withdrawn';
      this.confirmWithdraw = false;
      await this.focusAfterUpdate('#receipt-title');
    } catch (error) {
      this.failure = describeFailure(error, this.common);
    } finally {
      this.withdrawing = false;
    }
  }

  private readonly startOver = (): void => {
    this.receipt = undefined;
    this.confirmWithdraw = false;
    this.clearAll();
    this.notice = '';
    this.updateValidity();
  };

  // ——— attachments (intake-files.ts: checked, previewed and uploaded after the first paint) ———

  private readonly onFiles = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    input.value = '';
    void this.withValidation((validation) => {
      this.fileError = this.shelf(validation).add(files, validation.checkFile(this.effectiveLocale));
    });
  };

  // ——— rendering: fields ———

  private describedBy(id: string, hint: boolean): string | typeof nothing {
    const ids = [hint ? `${id}-hint` : '', this.issueFor(id) !== undefined ? `${id}-error` : ''].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : nothing;
  }

  private errorLine(id: string): TemplateResult | typeof nothing {
    const message = this.issueFor(id);
    return message === undefined ? nothing : html`<p class="field-error" id=${`${id}-error`}>${message}</p>`;
  }

  private textField(options: TextFieldOptions): TemplateResult {
    const id = fieldId(options.issuePath ?? options.path);
    this.labels.set(id, options.label);
    const dataPath = options.path.map(String).join('.');
    const invalid = this.issueFor(id) !== undefined;
    const label = html`<label for=${id}
      >${options.label}${options.optional ? html` <span class="hint">${this.t.t('optional')}</span>` : nothing}</label
    >`;
    const hint = options.hint === undefined ? nothing : html`<p class="hint" id=${`${id}-hint`}>${options.hint}</p>`;
    const describedBy = this.describedBy(id, options.hint !== undefined);
    // Input and composition events reach the form's listeners (renderForm): each control only says where its answer goes.
    const control = options.multiline
      ? html`<textarea
          id=${id}
          name=${id}
          data-path=${dataPath}
          maxlength=${options.maxlength ?? 2000}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${describedBy}
          .value=${options.value}
        ></textarea>`
      : html`<input
          type=${options.type ?? 'text'}
          id=${id}
          name=${id}
          data-path=${dataPath}
          autocomplete=${options.autocomplete ?? 'off'}
          inputmode=${options.inputmode ?? 'text'}
          spellcheck=${options.personal ? 'false' : 'true'}
          autocapitalize=${options.personal ? 'off' : 'sentences'}
          .value=${options.value}
          maxlength=${options.maxlength ?? 200}
          aria-describedby=${describedBy}
          aria-invalid=${invalid ? 'true' : 'false'}
        />`;
    return html`<div class="field ${invalid ? 'invalid' : ''}">${label}${hint}${this.errorLine(id)}${control}</div>`;
  }

  /**
   * One radio button (or, with `type`, a checkbox) inside its label; `path` says which answer it sets. With `issueId`,
   * it carries that question's invalid state and message.
   */
  private choice(options: ChoiceOptions): TemplateResult {
    const issueId = options.issueId;
    return html`<label class="check"
      ><input
        type=${options.type ?? 'radio'}
        id=${options.id ?? nothing}
        name=${options.name ?? nothing}
        value=${options.value ?? nothing}
        data-path=${options.path}
        .checked=${options.checked}
        aria-invalid=${issueId === undefined ? nothing : this.issueFor(issueId) === undefined ? 'false' : 'true'}
        aria-describedby=${issueId === undefined ? nothing : this.describedBy(issueId, false)}
      />${options.label}</label
    >`;
  }

  private yesNoField(path: readonly [string, string], legend: string, value: YesNo): TemplateResult {
    const id = fieldId(path);
    this.labels.set(id, legend);
    const dataPath = path.join('.');
    const invalid = this.issueFor(id) !== undefined;
    return html`<fieldset class="field ${invalid ? 'invalid' : ''}" aria-describedby=${this.describedBy(id, false)}>
      <legend>${legend}</legend>
      ${this.errorLine(id)} ${this.choice({ id, name: id, value: 'yes', path: dataPath, checked: value === 'yes', label: this.t.t('yes') })}
      ${this.choice({ id: `${id}-no`, name: id, value: 'no', path: dataPath, checked: value === 'no', label: this.t.t('no') })}
    </fieldset>`;
  }

  // ——— the later steps and the receipt (intake-later.ts) ———

  /** Renders with the later steps' module, or shows it loading, or why it could not be loaded with a retry. */
  private withLater(render: (later: IntakeLater) => TemplateResult): TemplateResult {
    const later = this.later.value;
    if (later) return render(later);
    if (this.laterFailure)
      return errorState(this.common, this.laterFailure, () => {
        this.laterFailure = undefined;
        this.loadLater();
      });
    this.loadLater();
    return loadingState(this.common);
  }

  /** Loads the later steps for a render that needs them, and renders again once they are here. */
  private loadLater(): void {
    loadForRender(this.later, this, this.common, (failure) => (this.laterFailure = failure));
  }

  private laterView(): IntakeView {
    // The view reads this element's state when it renders, so the state is read through, not copied.
    const current = liveView<Pick<IntakeView, IntakeState>>({
      t: () => this.t,
      common: () => this.common,
      draft: () => this.draft,
      labels: () => this.labels,
      phase: () => this.phase,
      failure: () => this.failure,
      confirmWithdraw: () => this.confirmWithdraw,
      withdrawing: () => this.withdrawing,
    });
    const actions: Omit<IntakeView, IntakeState> = {
      textField: (options) => this.textField(options),
      choice: (options) => this.choice(options),
      yesNoField: (path, legend, value) => this.yesNoField(path, legend, value),
      errorLine: (id) => this.errorLine(id),
      issueFor: (id) => this.issueFor(id),
      describedBy: (id, hint) => this.describedBy(id, hint),
      edit: (change) => {
        this.edit(change);
      },
      focusAfterUpdate: (selector) => this.focusAfterUpdate(selector),
      goTo: (step) => this.goTo(step),
      setConfirmWithdraw: (confirm) => {
        this.confirmWithdraw = confirm;
      },
      withdraw: () => this.withdraw(),
      startOver: () => {
        this.startOver();
      },
    };
    return Object.assign(current, actions);
  }

  // ——— rendering: steps ———

  private renderDispute(): TemplateResult {
    const t = this.t;
    const { dispute } = this.draft;
    const typeId = fieldId(['dispute', 'type']);
    this.labels.set(typeId, t.t('type'));
    const en = t.lang === 'en';
    const settings = defaultMediationSettings;
    return html`<div class="field ${this.issueFor(typeId) === undefined ? '' : 'invalid'}">
        <label for=${typeId}>${t.t('type')}</label>
        ${this.errorLine(typeId)}
        <select
          id=${typeId}
          name=${typeId}
          data-path="dispute.type"
          aria-invalid=${this.issueFor(typeId) === undefined ? 'false' : 'true'}
          aria-describedby=${this.describedBy(typeId, false)}
        >
          <option value="" ?selected=${dispute.type === ''}>${t.t('chooseType')}</option>
          ${disputeTypes.map((one) => html`<option value=${one.code} ?selected=${one.code === dispute.type}>${en ? one.en : one['zh-CN']}</option>`)}
        </select>
      </div>
      ${this.textField({ path: ['dispute', 'description'], label: t.t('description'), value: dispute.description, multiline: true, hint: t.t('descriptionHint'), maxlength: settings.descriptionMaxChars })}
      ${this.textField({ path: ['dispute', 'desiredOutcome'], label: t.t('desiredOutcome'), value: dispute.desiredOutcome, multiline: true, maxlength: settings.desiredOutcomeMaxChars })}
      ${this.textField({ path: ['dispute', 'amount'], issuePath: ['dispute', 'amountFen'], label: t.t('amount'), value: dispute.amount, inputmode: 'decimal', optional: true, hint: t.t('amountHint'), maxlength: 16 })}
      ${this.renderAttachments()}`;
  }

  private renderAttachments(): TemplateResult {
    const t = this.t;
    const settings = defaultMediationSettings;
    const full = this.draft.attachments.length >= settings.maxAttachments;
    const validation = this.validation.value;
    const shelf = validation && this.shelf(validation);
    // The list and where the files go come with the checks: render again once they are here.
    if (!validation) loadForRender(this.validation, this, this.common, (failure) => (this.failure = failure));
    const error = this.fileError || this.issueFor('f-attachments');
    return html`<div class="field">
      <label for="f-attachments">${t.t('attachments')} <span class="hint">${t.t('optional')}</span></label>
      <p class="hint" id="f-attachments-hint">
        ${t.t('attachmentsHint', Math.floor(settings.maxAttachmentBytes / (1024 * 1024)), settings.maxAttachments)}
      </p>
      ${shelf?.renderWhere()} ${error ? html`<p class="field-error" id="f-attachments-error" role="alert">${error}</p>` : nothing}
      <input
        id="f-attachments"
        type="file"
        multiple
        ?disabled=${full}
        accept=${shelf?.accept() ?? settings.allowedMediaTypes.join(',')}
        aria-describedby=${`f-attachments-hint${shelf ? ' f-attachments-where' : ''}${error ? ' f-attachments-error' : ''}`}
        @change=${this.onFiles}
      />
      ${shelf?.render()}
    </div>`;
  }

  /** "Question: message" — the rules' message unchanged, prefixed with the question it is about. */
  private summaryText(one: FieldIssue): string {
    const label = this.labels.get(one.id);
    return label === undefined ? one.message : `${label.replace(/[？?：:]$/, '')}${this.t.lang === 'en' ? ': ' : '：'}${one.message}`;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    if (!this.showSummary || this.issues.length === 0) return nothing;
    return html`<div class="summary" part="summary" tabindex="-1" role="alert" aria-labelledby="summary-title">
      <h2 id="summary-title">${this.t.t('errorSummary')}</h2>
      <ul class="plain">
        ${this.issues.map(
          (one) =>
            html`<li>
              <a
                href=${`#${one.id}`}
                @click=${(event: Event) => {
                  event.preventDefault();
                  this.focusField(one.id);
                }}
                >${this.summaryText(one)}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderProgress(): TemplateResult {
    const t = this.t;
    const current = this.draft.step;
    return html`<nav aria-label=${t.t('progress')}>
      <p class="muted">${t.t('stepOf', current + 1, intakeSteps.length)}</p>
      <ol class="progress" part="progress">
        ${intakeSteps.map((code, index) => html`<li aria-current=${index === current ? 'step' : 'false'}>${String(index + 1)}. ${t.t(stepLabels[code])}</li>`)}
      </ol>
    </nav>`;
  }

  private renderForm(): TemplateResult {
    const t = this.t;
    const index = this.draft.step;
    const code = intakeSteps[index] ?? 'review';
    const last = index === intakeSteps.length - 1;
    const busy = this.phase === 'sending';
    if (this.phase === 'waiting') {
      return html`<div class="notice" part="waiting" role="status">
        <p>${t.t('offlineWaiting')}</p>
        <button type="button" @click=${this.cancelWaiting}>${t.t('cancelWaiting')}</button>
      </div>`;
    }
    return html`${this.renderProgress()} ${this.renderSummary()}
      <form
        novalidate
        aria-labelledby="step-title"
        part="step"
        data-step=${code}
        @submit=${this.onSubmitForm}
        @input=${this.onInput}
        @change=${this.onInput}
        @compositionstart=${this.onCompositionStart}
        @compositionend=${this.onCompositionEnd}
      >
        <h2 id="step-title" tabindex="-1">${t.t(stepLabels[code])}</h2>
        ${code === 'dispute' ? this.renderDispute() : this.withLater((later) => this.steps[code](later))}
        ${
          this.failure
            ? html`<p class="field-error" role="alert">${t.t('submitFailed')}</p>
                ${errorState(this.common, this.failure, () => void this.submit())}`
            : nothing
        }
        <div class="actions">
          ${index > 0 ? html`<button type="button" @click=${this.back}>${t.t('back')}</button>` : nothing}
          <button type="submit" class="primary" aria-disabled=${busy ? 'true' : 'false'}>
            ${last ? (busy ? t.t('submitting') : t.t('submit')) : t.t('next')}
          </button>
          <button type="button" class="link" @click=${this.clearAll}>${t.t('clear')}</button>
        </div>
      </form>`;
  }

  override render(): TemplateResult {
    const t = this.t;
    const receipt = this.receipt;
    return html`<div class="caption-row no-print">
        <p class="title">${t.t('title')}</p>
        ${this.elderControls.render()}
      </div>
      ${receipt ? nothing : html`<p class="muted">${t.t('intro')}</p>`}
      ${this.notice ? html`<p class="muted" role="status">${this.notice}</p>` : nothing}
      ${receipt ? this.withLater((later) => later.renderReceipt(this.view, receipt)) : this.renderForm()}`;
  }
}
