import { disputeTypes, gridTargetList, otherBodies } from '@shanzhi/rules';
import {
  assessGridReport,
  assignGridReport,
  closeGridReport,
  getGridReport,
  recordGridDisposal,
  type ApiResult,
  type RouteInput,
  type RouteOutput,
} from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { AttachmentField } from '../internal/attachment-field.js';
import { AttachmentLists } from '../internal/attachment-list.js';
import { errorState, loadingState, type LoadFailure } from '../internal/states.js';
import { FormPart, type GridPartOptions } from './form-part.js';

export type ReportDetail = RouteOutput<typeof getGridReport>;
export type GridStep = 'assess' | 'assign' | 'dispose' | 'close';
const steps: readonly GridStep[] = ['assess', 'assign', 'dispose', 'close'];
const levels = ['grid', 'village', 'township'] as const;
const outcomes = ['resolved', 'referred', 'unfounded'] as const;
const safetyQuestions = ['violenceThreatened', 'weaponsInvolved', 'groupIncident', 'otherPartyRefusedMediation'] as const;
const roles = new Set(['gridWorker', 'cadre', 'supervisor', 'mediator']);

/** What the desk gives an opened report: the basics, its id, and the hook for a step taken (ids only go out). */
export interface ReportPanelOptions extends GridPartOptions {
  readonly reportId: string;
  readonly stepped: (report: ReportDetail, step: GridStep) => void;
}

/**
 * One report opened below its row: the facts, the history (每一步 who, when, what), and — for whoever may act on it
 * (its grid's worker, a cadre) — the form of its next step: 分析研判 (the level, a dispute, the Art 25 risk), 分流交办
 * (the grid, the village, a department, or the mediation committee with the parties' application, which makes it a
 * mediation case), 协调处置 (what was done, with photos, as often as needed) and 办结. A refusal (403 not one's grid,
 * 409 a step out of order) shows beside the button with what was typed kept; the parties' names and numbers are
 * forgotten once the case is made, and never stored on the phone.
 */
export class ReportPanel extends FormPart<ReportPanelOptions> {
  protected readonly prefix = 'gd-step';
  protected readonly formPart = 'step-form';
  private readonly photos: AttachmentField;
  /** The report's photos and each 处置's, opened as staff ask (purpose `grid-report`: never the public's). */
  private readonly files: AttachmentLists;
  private report: ReportDetail | undefined;
  private loadFailure: LoadFailure | undefined;
  private step: GridStep | undefined;

  constructor(host: ReactiveControllerHost, options: ReportPanelOptions) {
    super(host, options);
    this.photos = this.photoField('gd-step-photos');
    this.files = new AttachmentLists(host, options);
    void this.load();
  }

  private async load(): Promise<void> {
    this.loadFailure = undefined;
    const reportId = this.options.reportId;
    this.loadFailure = await this.readInto(
      (client, villageId) => client.request(getGridReport, { params: { villageId, reportId } }),
      (report) => {
        this.show(report);
      },
    );
    await this.focus('[part~="panel"]');
  }

  /** The report as the server now has it; the next step's form starts empty (a dispute category ticks “dispute”). */
  private show(report: ReportDetail): void {
    this.report = report;
    const next = steps.filter((one) => report.next.includes(one));
    this.step = next[0];
    const category = this.options.desk()?.settings.categories.find((one) => one.code === report.category.code);
    this.values = {
      ...(category?.dispute || report.dispute ? { dispute: 'yes' } : {}),
      'intake.dispute.description': report.text,
    };
    this.issues = new Map();
  }

  private choose(step: GridStep): void {
    this.step = step;
    this.problem = undefined;
    this.issues = new Map();
    this.endAttempt();
    this.update();
  }

  private optional(name: string): string | undefined {
    const value = this.value(name).trim();
    return value === '' ? undefined : value;
  }

  private yesNo(name: string): boolean {
    return this.value(name) === 'yes';
  }

  /** The mediation application from the form (人民调解法 Art 17); its answers are required, as the rules' schema says. */
  private intake() {
    const v = (name: string) => this.value(`intake.${name}`).trim();
    const respondentMobile = v('respondents.0.mobile');
    const otherAgencyName = v('safety.otherAgencyName');
    return {
      dispute: { type: v('dispute.type'), description: v('dispute.description'), desiredOutcome: v('dispute.desiredOutcome') },
      attachments: [],
      applicant: { name: v('applicant.name'), mobile: v('applicant.mobile') },
      respondents: [{ kind: 'person' as const, name: v('respondents.0.name'), ...(respondentMobile ? { mobile: respondentMobile } : {}) }],
      safety: {
        violenceThreatened: this.yesNo('intake.safety.violenceThreatened'),
        weaponsInvolved: this.yesNo('intake.safety.weaponsInvolved'),
        groupIncident: this.yesNo('intake.safety.groupIncident'),
        alreadyBefore: v('safety.alreadyBefore'),
        ...(otherAgencyName ? { otherAgencyName } : {}),
        otherPartyRefusedMediation: this.yesNo('intake.safety.otherPartyRefusedMediation'),
      },
      consent: { mediation: this.yesNo('intake.consent.mediation'), personalData: this.yesNo('intake.consent.personalData') },
    };
  }

  /** The fields a step cannot go without (the server checks the rest and its problems land at their fields). */
  private required(step: GridStep): string[] {
    if (step === 'assess') return ['level'];
    if (step === 'dispose') return ['note'];
    if (step === 'close') return ['outcome'];
    const target = this.value('target');
    if (target === 'department') return ['target', 'department'];
    if (target !== 'mediation') return ['target'];
    const intake = [
      'dispute.type',
      'dispute.description',
      'dispute.desiredOutcome',
      'applicant.name',
      'applicant.mobile',
      'respondents.0.name',
    ];
    const safety = [...safetyQuestions.map((one) => `safety.${one}`), 'safety.alreadyBefore'];
    return ['target', ...[...intake, ...safety, 'consent.mediation', 'consent.personalData'].map((one) => `intake.${one}`)];
  }

  private request(step: GridStep, idempotencyKey: string): Promise<ApiResult<ReportDetail>> {
    const [client, villageId] = this.where();
    const params = { villageId, reportId: this.options.reportId };
    const note = this.optional('note');
    const withNote = note === undefined ? {} : { note };
    const options = { idempotencyKey };
    if (step === 'assess')
      return client.request(
        assessGridReport,
        {
          params,
          body: {
            level: this.value('level') as (typeof levels)[number],
            dispute: this.yesNo('dispute'),
            risk: this.yesNo('risk'),
            ...withNote,
          },
        },
        options,
      );
    if (step === 'dispose') {
      const ids = this.photos.ids;
      return client.request(
        recordGridDisposal,
        { params, body: { note: note ?? '', ...(ids.length > 0 ? { attachmentIds: ids } : {}) } },
        options,
      );
    }
    if (step === 'close')
      return client.request(
        closeGridReport,
        { params, body: { outcome: this.value('outcome') as (typeof outcomes)[number], ...withNote } },
        options,
      );
    const target = this.value('target') as (typeof gridTargetList)[number]['code'];
    const department = this.optional('department');
    const dueOn = this.optional('dueOn');
    const body = {
      target,
      ...withNote,
      ...(target === 'department' && department ? { department } : {}),
      ...(dueOn ? { dueOn } : {}),
      ...(target === 'mediation' ? { intake: this.intake() } : {}),
    };
    // The intake's codes are checked by the server against the rules' lists; the form offers only those.
    return client.request(assignGridReport, { params, body: body as RouteInput<typeof assignGridReport>['body'] }, options);
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const step = this.step;
    if (this.sending || step === undefined) return;
    this.problem = undefined;
    this.issues = new Map();
    const filled = this.requireAll(...this.required(step));
    if (!filled || (step === 'dispose' && !this.photos.check())) {
      this.update();
      await this.focus('[part~="step-form"] [aria-invalid="true"]');
      return;
    }
    await this.sendAttempt(`${step}:${JSON.stringify(this.values)}`, (key) => this.request(step, key), {
      done: ({ data }) => {
        // What was typed (the parties' names and numbers too) is forgotten with the step done.
        this.photos.clear();
        this.show(data);
        const label = this.t.t(`step_${step}`);
        this.options.announce(
          data.mediationCase && step === 'assign'
            ? this.t.t('caseMade', data.mediationCase.displayCaseNumber)
            : this.t.t('stepDone', label),
        );
        this.options.stepped(data, step);
        return '[part~="panel"]';
      },
      failed: (error) => this.placeFailure(error),
    });
  }

  private by(actor: ReportDetail['reportedBy']): string {
    const role = roles.has(actor.role) ? this.t.t(`role_${actor.role as 'cadre'}`) : this.t.t('role_other');
    return this.t.t('by', role, actor.name ?? '');
  }

  private renderFacts(report: ReportDetail): TemplateResult {
    const t = this.t;
    const { latitude, longitude } = report.place;
    return html`<dl class="facts">
      <dt>${t.t('place')}</dt>
      <dd>
        ${report.place.text}
        ${latitude !== undefined && longitude !== undefined ? html`<br /><span class="meta">${t.t('coordinates', String(latitude), String(longitude))}</span>` : nothing}
      </dd>
      <dt>${t.t('text')}</dt>
      <dd>${report.text}</dd>
      <dt>${t.t('seenAt')}</dt>
      <dd>${t.date(report.seenOn)}</dd>
      <dt>${t.t('reportedBy')}</dt>
      <dd>${this.by(report.reportedBy)}</dd>
      ${
        report.households.length > 0
          ? html`<dt>${t.t('households')}</dt>
              <dd>${report.households.map((one) => one.name).join('、')}</dd>`
          : nothing
      }
      ${
        report.attachmentIds.length > 0
          ? html`<dt>${t.t('photos', report.attachmentIds.length)}</dt>
              <dd>${this.files.render('gd-photos', report.attachmentIds)}</dd>`
          : nothing
      }
    </dl>`;
  }

  private renderHistory(report: ReportDetail): TemplateResult {
    return html`<h3>${this.t.t('history')}</h3>
      <ol class="history">
        ${report.history.map(
          (entry, index) =>
            html`<li>
              ${this.t.date(entry.on, 'short')} ${entry.label} · ${this.by(entry.by)}${entry.note ? html`<br />${entry.note}` : nothing}
              ${/* The report's own photos are shown with its facts above. */ entry.step === 'report' ? nothing : this.files.render(`gd-history-${String(index)}`, entry.attachmentIds)}
            </li>`,
        )}
      </ol>`;
  }

  private renderStepFields(step: GridStep): TemplateResult {
    const t = this.t;
    const locale = t.lang;
    if (step === 'assess')
      return html`${this.radios(
        'level',
        t.t('level'),
        levels.map((one) => [one, t.t(`level_${one}`)] as const),
      )}
      ${this.check('dispute', t.t('dispute'))} ${this.check('risk', t.t('risk'))} ${this.area('note', t.t('note'), 1000)}`;
    if (step === 'dispose') return html`${this.area('note', t.t('disposalNote'), 1000)} ${this.photos.render()}`;
    if (step === 'close')
      return html`${this.radios(
        'outcome',
        t.t('outcome'),
        outcomes.map((one) => [one, t.t(`outcome_${one}`)] as const),
      )}
      ${this.area('note', t.t('note'), 1000)}`;
    const target = this.value('target');
    return html`${this.radios(
      'target',
      t.t('target'),
      gridTargetList.map((one) => [one.code, one[locale]] as const),
    )}
    ${target === 'department' ? this.text('department', t.t('department'), { max: 40 }) : nothing}
    ${this.text('dueOn', t.t('dueOn'), { max: 10, type: 'date' })} ${this.area('note', t.t('note'), 1000)}
    ${target === 'mediation' ? this.renderIntake() : nothing}`;
  }

  /** The parties' application: typed here, sent with the assignment, never kept on the phone. */
  private renderIntake(): TemplateResult {
    const t = this.t;
    const locale = t.lang;
    const yesNo = [
      ['yes', t.t('yes')],
      ['no', t.t('no')],
    ] as const;
    return html`<fieldset class="intake">
      <legend>${t.t('intakeTitle')}</legend>
      <p class="hint">${t.t('intakeHint')}</p>
      ${this.choice('intake.dispute.type', t.t('disputeType'), [['', t.t('choose')], ...disputeTypes.map((one) => [one.code, one[locale]] as const)])}
      ${this.area('intake.dispute.description', t.t('description'), 2000)}
      ${this.area('intake.dispute.desiredOutcome', t.t('desiredOutcome'), 1000)}
      ${this.text('intake.applicant.name', t.t('applicantName'), { max: 20 })}
      ${this.text('intake.applicant.mobile', t.t('applicantMobile'), { max: 11 })}
      ${this.text('intake.respondents.0.name', t.t('respondentName'), { max: 20 })}
      ${this.text('intake.respondents.0.mobile', t.t('respondentMobile'), { max: 11 })}
      ${safetyQuestions.map((one) => this.radios(`intake.safety.${one}`, t.t(one), yesNo))}
      ${this.choice('intake.safety.alreadyBefore', t.t('alreadyBefore'), [['', t.t('choose')], ...otherBodies.map((one) => [one, t.t(`before_${one}`)] as const)])}
      ${this.value('intake.safety.alreadyBefore') === 'otherAgency' ? this.text('intake.safety.otherAgencyName', t.t('before_otherAgency'), { max: 100 }) : nothing}
      ${this.check('intake.consent.mediation', t.t('consentMediation'))}
      ${this.check('intake.consent.personalData', t.t('consentPersonalData'))}
    </fieldset>`;
  }

  private renderWork(report: ReportDetail): TemplateResult {
    const t = this.t;
    if (report.state === 'closed') return html`<p class="hint">${t.t('closedNote')}</p>`;
    if (!report.canAct) return html`<p class="hint">${t.t('readOnly')}</p>`;
    const next = steps.filter((one) => report.next.includes(one));
    const step = this.step;
    if (step === undefined) return html``;
    return html`${
        next.length > 1
          ? html`<div class="steps" role="group" aria-label=${t.t('nextStep')}>
              ${next.map(
                (one) =>
                  html`<button
                    type="button"
                    aria-pressed=${one === step ? 'true' : 'false'}
                    @click=${() => {
                      this.choose(one);
                    }}
                  >
                    ${t.t(`step_${one}`)}
                  </button>`,
              )}
            </div>`
          : nothing
      }
      <form part="step-form" novalidate aria-labelledby="gd-step-title" @submit=${(event: SubmitEvent) => void this.submit(event)}>
        <h3 id="gd-step-title">${t.t('nextStep')}：${t.t(`step_${step}`)}</h3>
        ${this.renderStepFields(step)} ${this.renderProblem()} ${this.sendBar(t.t(`step_${step}`))}
      </form>`;
  }

  render(): TemplateResult {
    const report = this.report;
    const what = report ? (report.item ? `${report.category.label} · ${report.item.label}` : report.category.label) : this.options.reportId;
    return html`<div class="panel" part="panel" tabindex="-1" aria-label=${this.t.t('panel', what)}>
      ${
        report
          ? html`${this.renderFacts(report)} ${this.renderHistory(report)} ${this.renderWork(report)}`
          : this.loadFailure
            ? errorState(this.options.common, this.loadFailure, () => void this.load())
            : loadingState(this.options.common, 3)
      }
    </div>`;
  }
}
