import {
  decisionSteps,
  disclosureSteps,
  findArt24Matter,
  hearingChannelLabels,
  isMeetingStep,
  latestStep,
  meetingFactsOf,
  meetingValidity,
  recordableSteps,
  trailStepLabels,
  type DecisionStep,
  type DisclosureStep,
  type RecordableStep,
} from '@shanzhi/rules';
import { getDecision } from '@shanzhi/sdk/browser';
import { html, nothing, type TemplateResult } from 'lit';
import { describeFailure, errorState, loadingState, type LoadFailure } from '../internal/states.js';
import { WidgetPart } from '../internal/widget-part.js';
import type { FormBase } from './form-base.js';
import type { DeskPanel, PanelContext } from './panel-context.js';
import { panelMessages } from './panel-messages.js';
import { panelStyles } from './panel-styles.js';
import { ObserveForm, OpenForm, PublishForm } from './small-forms.js';
import { ruleTexts, StepForm } from './step-form.js';
import type { Decision } from './sz-decision-desk.js';

type StepRecord = Decision['trail']['steps'][number];
type Issue = Decision['findings']['issues'][number];

/** The one form open in the panel: which it is (`step`, `reconvene`, `publish`, `observe:<step>`, `open`) and the form. */
interface OpenedForm {
  readonly key: string;
  readonly form: FormBase;
}

const isRecordable = (step: string | null): step is RecordableStep => (recordableSteps as readonly (string | null)[]).includes(step);
const isDisclosure = (step: string | null): step is DisclosureStep => (disclosureSteps as readonly (string | null)[]).includes(step);

/**
 * The open decision (a late part of `<sz-decision-desk>`): its steps in order with what each recorded — the channels
 * and summary of 一听, attendance and votes with whether the meeting could decide, the earlier attempts of a
 * reconvened meeting, the supervisor's notes, the board items of the 公开 steps — and, for a cadre, the form of the step
 * it waits for (or the reconvening, when the meeting before was invalid); for a supervisor, a note on any step.
 */
class DecisionPanel extends WidgetPart<PanelContext> implements DeskPanel {
  private readonly t = this.localize(panelMessages, panelStyles);
  private decisionId: string | undefined;
  private decision: Decision | undefined;
  private failure: LoadFailure | undefined;
  private form: OpenedForm | undefined;

  constructor(options: PanelContext) {
    super(options.host, options);
  }

  async open(decisionId: string | undefined): Promise<void> {
    this.decisionId = decisionId;
    this.decision = undefined;
    this.failure = undefined;
    this.form = undefined;
    if (decisionId === undefined) {
      this.form = { key: 'open', form: new OpenForm(this.host, this.formContext()) };
      this.update();
      await this.focus('[part~="form"] select');
      return;
    }
    await this.load();
  }

  private async load(): Promise<void> {
    const place = this.place;
    const decisionId = this.decisionId;
    if (!place || decisionId === undefined) return;
    const [client, villageId] = place;
    this.failure = undefined;
    this.update();
    try {
      const { data } = await client.request(getDecision, { params: { villageId, decisionId } });
      if (this.decisionId !== decisionId) return;
      this.decision = data;
      this.form = this.defaultForm(data);
    } catch (error) {
      this.failure = describeFailure(error, this.options.common);
    }
    this.update();
  }

  /** A cadre sees the form of the step the decision waits for, unless the meeting before must be reconvened first. */
  private defaultForm(decision: Decision): OpenedForm | undefined {
    if (this.options.view() !== 'cadre' || this.blocked(decision)) return undefined;
    const next = decision.findings.nextStep;
    if (isRecordable(next)) return { key: 'step', form: new StepForm(this.host, this.formContext(), decision, next, false) };
    if (isDisclosure(next)) return { key: 'publish', form: new PublishForm(this.host, this.formContext(), decision, next) };
    return undefined;
  }

  /** The latest step is a meeting that could not decide: nothing goes on until it is reconvened. */
  private blocked(decision: Decision): boolean {
    const latest = latestStep(decision.trail);
    if (latest === undefined || !isMeetingStep(latest)) return false;
    return this.issuesOf(decision, latest).length > 0;
  }

  private indexOf(decision: Decision, step: DecisionStep): number {
    return decision.trail.steps.findIndex((one) => one.step === step);
  }

  private issuesOf(decision: Decision, step: DecisionStep): Issue[] {
    const index = this.indexOf(decision, step);
    return decision.findings.issues.filter((one) => one.path[0] === 'steps' && one.path[1] === index);
  }

  private formContext(): PanelContext {
    return {
      ...this.options,
      close: () => {
        // Closing the form the decision waits for closes the decision; any other form gives way to it.
        if (this.form?.key === 'step' || this.form?.key === 'publish' || this.form?.key === 'open' || !this.decision) this.options.close();
        else {
          const key = this.form?.key;
          this.form = this.defaultForm(this.decision);
          this.update();
          if (key !== undefined) void this.focus(`[data-form-opener="${key}"]`);
        }
      },
      changed: async (change) => {
        this.form = undefined;
        this.decisionId = change.decisionId;
        await this.options.changed(change);
        await this.load();
        await this.focus('[part~="panel"] .panel-heading');
      },
    };
  }

  private openForm(key: string, build: () => FormBase): void {
    if (this.form?.key === key) {
      this.form = this.decision ? this.defaultForm(this.decision) : undefined;
      this.update();
      return;
    }
    this.form = { key, form: build() };
    this.updateAndFocus('[part~="form"] input, [part~="form"] select, [part~="form"] textarea');
  }

  render(): TemplateResult {
    if (this.decisionId === undefined) return html`<div class="panel" part="panel">${this.form?.form.render() ?? nothing}</div>`;
    const decision = this.decision;
    if (!decision)
      return this.failure
        ? errorState(this.options.common, this.failure, () => {
            void this.load();
          })
        : loadingState(this.options.common, 3);
    return html`<div class="panel" part="panel">
      <p class="panel-heading" tabindex="-1">${this.facts(decision)}</p>
      ${this.renderFindings(decision)}
      <ol class="timeline" part="timeline" aria-label=${this.t.t('timeline')}>
        ${decisionSteps
          .filter((step) => step !== 'hearing' || decision.trail.hearingRequired === true || this.indexOf(decision, step) >= 0)
          .map((step) => this.renderStep(decision, step))}
      </ol>
      ${this.renderCadre(decision)}
    </div>`;
  }

  private facts(decision: Decision): string {
    const locale = this.options.locale();
    const matter = decision.matter === undefined ? undefined : findArt24Matter(decision.matter);
    return [
      matter ? this.t.t('matter', matter.label[locale]) : '',
      decision.decidedOn === undefined ? '' : this.t.t('decidedOn', decision.decidedOn),
    ]
      .filter(Boolean)
      .join(' · ');
  }

  private renderFindings(decision: Decision): TemplateResult | typeof nothing {
    const { issues } = decision.findings;
    if (issues.length === 0) return nothing;
    return html`<div class="findings" role="note">
      <p>${this.t.t('findings')}</p>
      <ul>
        ${issues.map((one) => html`<li>${one.message}</li>`)}
      </ul>
    </div>`;
  }

  private renderStep(decision: Decision, step: DecisionStep): TemplateResult {
    const locale = this.options.locale();
    const record = decision.trail.steps.find((one) => one.step === step);
    const issues = record ? this.issuesOf(decision, step) : [];
    const observeKey = `observe:${step}`;
    return html`<li class=${record ? (issues.length > 0 ? 'step invalid' : 'step done') : 'step pending'} part="step" data-step=${step}>
      <p class="step-head">
        <span class="step-label">${trailStepLabels[step][locale]}</span>
        <span class="step-date">${record ? record.date : this.t.t('notYet')}</span>
      </p>
      ${record ? this.renderRecord(record, issues) : nothing}
      ${
        record?.earlierAttempts && record.earlierAttempts.length > 0
          ? html`<details class="attempts">
              <summary>${this.t.t('earlier', record.earlierAttempts.length)}</summary>
              ${record.earlierAttempts.map(
                (attempt) =>
                  html`<div class="attempt" part="attempt">
                    <p>${attempt.date} · ${this.t.t('reconvenedOn', attempt.reconvenedOn, attempt.reason)}</p>
                    ${this.renderRecord(attempt, this.attemptIssues(attempt), true)}
                  </div>`,
              )}
            </details>`
          : nothing
      }
      ${
        record && this.options.view() === 'supervisor'
          ? html`<button
                type="button"
                data-form-opener=${observeKey}
                aria-expanded=${this.form?.key === observeKey ? 'true' : 'false'}
                aria-label=${this.t.t('observeOf', trailStepLabels[step][locale])}
                @click=${() => {
                  this.openForm(observeKey, () => new ObserveForm(this.host, this.formContext(), decision, step));
                }}
              >
                ${this.t.t('observe')}
              </button>
              ${this.form?.key === observeKey ? this.form.form.render() : nothing}`
          : nothing
      }
    </li>`;
  }

  /**
   * Why an earlier attempt could not decide, in the rules' words. A meeting is reconvened only after it could not
   * decide (checkReconvene), and the attempt is kept as it was, never edited (组织法 Art 22, 26; 支部工作条例 Art 11).
   * Judged with the default settings here; the server judged it with the village's when it let the cadre reconvene.
   */
  private attemptIssues(attempt: Omit<StepRecord, 'step'>): readonly Pick<Issue, 'message'>[] {
    if (!attempt.meeting) return [];
    return ruleTexts.issues(meetingValidity(meetingFactsOf(attempt.meeting)).issues, this.options.locale());
  }

  /**
   * What one attempt recorded; `issues` are the rules' findings on it. A `superseded` meeting (reconvened) never reads
   * as valid, even when the default settings find nothing (a village's stricter quorum setting decided it).
   */
  private renderRecord(record: Omit<StepRecord, 'step'>, issues: readonly Pick<Issue, 'message'>[], superseded = false): TemplateResult {
    const locale = this.options.locale();
    const meeting = record.meeting;
    const sitting = record.sitting;
    const votes = meeting?.votes ?? sitting?.votes;
    return html`${
      record.hearing
        ? html`<p>${this.t.t('hearingFacts', record.hearing.channels.map((one) => hearingChannelLabels[one][locale]).join('、'))}</p>
            <p class="summary">${record.hearing.summary}</p>`
        : nothing
    }
    ${meeting ? html`<p>${this.t.t(`kind_${meeting.kind}`)} · ${this.t.t('meetingFacts', meeting.eligible, meeting.present)}</p>` : nothing}
    ${sitting ? html`<p>${this.t.t('sittingFacts', sitting.members, sitting.present)}</p>` : nothing}
    ${votes ? html`<p>${this.t.t('votes', votes.for, votes.against ?? 0, votes.abstain ?? 0)}</p>` : nothing}
    ${
      meeting
        ? issues.length === 0 && !superseded
          ? html`<p class="valid">✓ ${this.t.t('valid')}</p>`
          : html`<div class="invalid-note">
              <p>✗ ${this.t.t('invalid')}</p>
              <ul>
                ${issues.map((one) => html`<li>${one.message}</li>`)}
              </ul>
            </div>`
        : issues.length > 0
          ? html`<ul class="invalid-note">
              ${issues.map((one) => html`<li>${one.message}</li>`)}
            </ul>`
          : nothing
    }
    ${record.minutes ? html`<p class="minutes"><span class="muted">${this.t.t('minutes')}：</span>${record.minutes}</p>` : nothing}
    ${'itemId' in record && typeof record.itemId === 'string' ? html`<p>${this.t.t('item', record.itemId)}</p>` : nothing}
    ${(record.observations ?? []).map(
      (one) =>
        html`<p class=${`observation ${one.kind}`} part="observation">
          ${one.kind === 'concern' ? this.t.t('concern') : this.t.t('observed')}${one.note ? `：${one.note}` : ''}
          <span class="muted">${this.t.t('observationBy', one.on, one.by)}</span>
        </p>`,
    )}`;
  }

  private renderCadre(decision: Decision): TemplateResult | typeof nothing {
    if (this.options.view() !== 'cadre') return nothing;
    if (decision.findings.nextStep === null) return html`<p class="done">${this.t.t('done')}</p>`;
    if (this.blocked(decision)) {
      const latest = latestStep(decision.trail);
      if (latest === undefined || !isRecordable(latest)) return nothing;
      const open = this.form?.key === 'reconvene';
      return html`<p class="blocked">${this.t.t('blocked')}</p>
        <button
          type="button"
          class="primary"
          data-form-opener="reconvene"
          aria-expanded=${open ? 'true' : 'false'}
          @click=${() => {
            this.openForm('reconvene', () => new StepForm(this.host, this.formContext(), decision, latest, true));
          }}
        >
          ${this.t.t('reconvene')}
        </button>
        ${open && this.form ? this.form.form.render() : nothing}`;
    }
    return this.form ? this.form.form.render() : nothing;
  }
}

export function createPanel(context: PanelContext): DeskPanel {
  return new DecisionPanel(context);
}
