import {
  checkNextStep,
  checkReconvene,
  commonMessages,
  decisionMessages,
  disclosureMessages,
  hearingChannelLabels,
  hearingChannels,
  trailStepLabels,
  type Meeting,
  type RecordableStep,
  type RuleIssue,
  type StepDraft,
  type StepVerdict,
} from '@shanzhi/rules';
import { reconveneDecisionStep, recordDecisionStep } from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { AttachmentField } from '../internal/attachment-field.js';
import { checkOption } from '../internal/check-option.js';
import { ruleTextFrom } from '../internal/rule-text.js';
import { FormBase } from './form-base.js';
import type { DeskChange, PanelContext } from './panel-context.js';
import type { Decision } from './sz-decision-desk.js';

/** The rules' words for the live check (and the panel's earlier attempts): field checks, meetings and trails, and the desk's own. */
export const ruleTexts = ruleTextFrom(commonMessages, disclosureMessages, decisionMessages);

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Where a rule's path shows in the form: a meeting's `votes` at its votes in favour, a missing record at its first field. */
const fieldAliases: Readonly<Record<string, string>> = {
  'meeting.votes': 'meeting.votes.for',
  'sitting.votes': 'sitting.votes.for',
  meeting: 'meeting.present',
  'meeting.kind': 'meeting.kind',
  'meeting.composition': 'meeting.eligible',
  hearing: 'hearing.summary',
  sitting: 'sitting.present',
};

/**
 * Records a step, or a reconvened meeting (`reconvening`), with the rules' live check: as the cadre types, the draft
 * runs through the same `checkNextStep` / `checkReconvene` the server runs (quorum, votes, the ten days' notice, the
 * order of steps), and each finding shows next to its field and in the check's live region. A record that cannot be
 * true is not sent; a meeting that could not decide can be — it happened, and is then reconvened. The server's answer
 * is final (it applies the village's own settings).
 */
export class StepForm extends FormBase {
  constructor(
    host: ReactiveControllerHost,
    options: PanelContext,
    private readonly decision: Decision,
    private readonly step: RecordableStep,
    private readonly reconvening: boolean,
  ) {
    super(host, options);
    this.values = { date: options.today() ?? '', 'meeting.kind': this.defaultKind(), 'meeting.basis': 'households' };
    // Signed minutes, attendance sheets, photos: uploaded as chosen, staff-only (purpose `decision-record`).
    this.files = new AttachmentField(host, {
      ...options,
      purpose: 'decision-record',
      id: 'dd-files',
      changed: () => {
        this.endAttempt();
      },
    });
  }

  private readonly files: AttachmentField;

  protected override filesReady(): boolean {
    return this.files.check();
  }

  protected override forget(): void {
    super.forget();
    this.files.clear();
  }

  protected override readonly refusedElsewhere = (path: string, message: string): boolean => {
    if (!path.startsWith('attachmentIds')) return false;
    this.files.showIssue(message);
    return true;
  };

  /** An Art 24 matter is for the villagers' meeting unless delegated (Art 24); otherwise the representatives' meeting is usual. */
  private defaultKind(): string {
    const { trail } = this.decision;
    return trail.matter !== undefined && trail.delegatedToRepresentatives !== true ? 'villagersMeeting' : 'representativesMeeting';
  }

  protected override fieldOf(path: string): string {
    if (path.startsWith('hearing.channels')) return 'hearing.channels';
    return fieldAliases[path] ?? path;
  }

  private votes(found: Map<string, string>, prefix: string): Meeting['votes'] | undefined {
    const yes = this.count(found, `${prefix}.votes.for`, false);
    const no = this.count(found, `${prefix}.votes.against`, false);
    const abstain = this.count(found, `${prefix}.votes.abstain`, false);
    if (yes === undefined && no === undefined && abstain === undefined) return undefined;
    return { for: yes ?? 0, ...(no === undefined ? {} : { against: no }), ...(abstain === undefined ? {} : { abstain }) };
  }

  /** The draft as typed, and the form's own problems (empty or malformed fields); no draft while one is missing. */
  private build(): { draft: StepDraft | undefined; own: Map<string, string> } {
    const own = new Map<string, string>();
    const v = this.values;
    const date = (v.date ?? '').trim();
    this.requireText(own, 'date');
    const minutes = (v.minutes ?? '').trim();
    const attachmentIds = this.files.ids;
    let draft: StepDraft = {
      step: this.step,
      date,
      ...(minutes === '' ? {} : { minutes }),
      ...(attachmentIds.length === 0 ? {} : { attachmentIds }),
    };
    let complete = datePattern.test(date);
    if (this.step === 'hearing') {
      const channels = (v['hearing.channels'] ?? '')
        .split(',')
        .filter((one): one is (typeof hearingChannels)[number] => (hearingChannels as readonly string[]).includes(one));
      const summary = (v['hearing.summary'] ?? '').trim();
      if (this.tried && channels.length === 0) own.set('hearing.channels', this.t.t('required'));
      this.requireText(own, 'hearing.summary');
      if (channels.length > 0 && summary.length >= 2) draft = { ...draft, hearing: { channels, summary } };
    } else if (this.step === 'proposal' || this.step === 'consultation') {
      const members = this.count(own, 'sitting.members', false);
      const present = this.count(own, 'sitting.present', members !== undefined);
      const votes = this.votes(own, 'sitting');
      if (members !== undefined && present !== undefined) draft = { ...draft, sitting: { members, present, ...(votes ? { votes } : {}) } };
    } else {
      const eligible = this.count(own, 'meeting.eligible', true);
      const present = this.count(own, 'meeting.present', true);
      // Checked once the votes are in: a meeting without its votes cannot be judged yet.
      const votes = this.votes(own, 'meeting');
      if (this.tried && votes === undefined) own.set('meeting.votes.for', this.t.t('required'));
      if (eligible === undefined || eligible < 1 || present === undefined || votes === undefined) complete = false;
      else draft = { ...draft, meeting: this.meeting(eligible, present, votes) };
    }
    if (this.reconvening) this.requireText(own, 'reason');
    return { draft: complete ? draft : undefined, own };
  }

  private meeting(eligible: number, present: number, votes: Meeting['votes']): Meeting {
    if (this.step === 'review') return { kind: 'partyMembersMeeting', eligible, present, votes };
    if (this.values['meeting.kind'] === 'representativesMeeting') return { kind: 'representativesMeeting', eligible, present, votes };
    const notice = (this.values['meeting.noticeGiven'] ?? '').trim();
    return {
      kind: 'villagersMeeting',
      basis: this.values['meeting.basis'] === 'adults' ? 'adults' : 'households',
      eligible,
      present,
      votes,
      ...(datePattern.test(notice) ? { noticeGiven: notice, held: this.values.date ?? '' } : {}),
    };
  }

  /** The rules' verdict on the draft, as the server will give it (with the default settings). */
  private verdict(draft: StepDraft | undefined): StepVerdict | undefined {
    if (!draft) return undefined;
    const options = { ...(this.options.today() === undefined ? {} : { today: this.options.today() ?? '' }) };
    return this.reconvening ? checkReconvene(this.decision.trail, draft, options) : checkNextStep(this.decision.trail, draft, options);
  }

  private words(found: readonly RuleIssue[]): { path: string; message: string }[] {
    return ruleTexts.issues(found, this.options.locale()).map((one) => ({ path: this.fieldOf(one.path.join('.')), message: one.message }));
  }

  protected problems(): Map<string, string> {
    const { draft, own } = this.build();
    const verdict = this.verdict(draft);
    if (verdict)
      for (const one of this.words([...verdict.refusals, ...verdict.findings])) if (!own.has(one.path)) own.set(one.path, one.message);
    return own;
  }

  protected override blockingProblems(): Map<string, string> {
    const { draft, own } = this.build();
    const verdict = this.verdict(draft);
    if (!draft && own.size === 0) own.set('date', this.t.t('required'));
    if (verdict) for (const one of this.words([...verdict.refusals, ...verdict.blocking])) own.set(one.path, one.message);
    return own;
  }

  protected async send(idempotencyKey: string): Promise<DeskChange> {
    const [client, villageId] = this.where();
    const { draft } = this.build();
    if (!draft) throw new Error('The step is not complete');
    const params = { villageId, decisionId: this.decision.id };
    const label = trailStepLabels[this.step][this.options.locale()];
    if (this.reconvening) {
      await client.request(
        reconveneDecisionStep,
        { params, body: { ...draft, step: this.step, reason: (this.values.reason ?? '').trim() } },
        { idempotencyKey },
      );
      this.options.announce(this.t.t('reconvened', label));
      return { decisionId: this.decision.id, action: 'reconvene', step: this.step };
    }
    const { data } = await client.request(recordDecisionStep, { params, body: { ...draft, step: this.step } }, { idempotencyKey });
    const invalid = data.findings.issues.some((one) => one.path[0] === 'steps' && one.path[1] === data.trail.steps.length - 1);
    this.options.announce(invalid ? this.t.t('recordedInvalid', label) : this.t.t('recorded', label));
    return { decisionId: this.decision.id, action: 'record', step: this.step };
  }

  private renderCheck(): TemplateResult {
    const { draft } = this.build();
    const verdict = this.verdict(draft);
    let words = '';
    let list: { path: string; message: string }[] = [];
    let tone = '';
    if (verdict) {
      const refused = [...verdict.refusals, ...verdict.blocking];
      if (refused.length > 0) {
        tone = 'refused';
        words = this.t.t('checkRefused');
        list = this.words(refused);
      } else if (verdict.findings.length > 0) {
        tone = 'invalid';
        words = this.t.t('checkInvalid');
        list = this.words(verdict.findings);
      } else {
        tone = 'ok';
        words = verdict.meeting ? this.t.t('checkValid') : this.t.t('checkOk');
      }
    }
    return html`<div class=${`check ${tone}`} part="check" role="status" aria-live="polite">
      ${words === '' ? nothing : html`<p>${words}</p>`}
      ${
        list.length === 0
          ? nothing
          : html`<ul>
              ${list.map((one) => html`<li>${one.message}</li>`)}
            </ul>`
      }
    </div>`;
  }

  private renderChannels(): TemplateResult {
    const chosen = new Set((this.values['hearing.channels'] ?? '').split(',').filter(Boolean));
    const problem = this.shown().get('hearing.channels');
    const locale = this.options.locale();
    return html`<fieldset
      class=${problem === undefined ? 'field' : 'field invalid'}
      data-field="hearing.channels"
      aria-describedby="dd-channels-error"
    >
      <legend>${this.t.t('channels')}</legend>
      ${hearingChannels.map((channel) =>
        checkOption({
          type: 'checkbox',
          value: channel,
          checked: chosen.has(channel),
          label: hearingChannelLabels[channel][locale],
          invalid: problem !== undefined,
          change: (event) => {
            const next = new Set(chosen);
            if ((event.target as HTMLInputElement).checked) next.add(channel);
            else next.delete(channel);
            this.set('hearing.channels', hearingChannels.filter((one) => next.has(one)).join(','));
          },
        }),
      )}
      <p class="field-error" id="dd-channels-error">${problem ?? ''}</p>
    </fieldset>`;
  }

  private renderCounts(prefix: 'sitting' | 'meeting'): TemplateResult {
    const eligible = prefix === 'sitting' ? 'sitting.members' : 'meeting.eligible';
    return html`<div class="counts">
      ${this.input(eligible, prefix === 'sitting' ? this.t.t('members') : this.t.t('eligible'), { type: 'number' })}
      ${this.input(`${prefix}.present`, this.t.t('present'), { type: 'number' })}
      ${this.input(`${prefix}.votes.for`, this.t.t('votesFor'), { type: 'number' })}
      ${this.input(`${prefix}.votes.against`, this.t.t('votesAgainst'), { type: 'number' })}
      ${this.input(`${prefix}.votes.abstain`, this.t.t('votesAbstain'), { type: 'number' })}
    </div>`;
  }

  private renderStepFields(): TemplateResult {
    if (this.step === 'hearing') return html`${this.renderChannels()} ${this.textarea('hearing.summary', this.t.t('summary'), 2000)}`;
    if (this.step === 'proposal' || this.step === 'consultation')
      return html`<p class="hint">${this.t.t('sittingHint')}</p>
        ${this.renderCounts('sitting')}`;
    if (this.step === 'review') return this.renderCounts('meeting');
    const villagers = this.values['meeting.kind'] !== 'representativesMeeting';
    return html`${this.select('meeting.kind', this.t.t('meetingKind'), [
      ['villagersMeeting', this.t.t('kind_villagersMeeting')],
      ['representativesMeeting', this.t.t('kind_representativesMeeting')],
    ])}
    ${
      villagers
        ? html`${this.select('meeting.basis', this.t.t('basis'), [
            ['households', this.t.t('basis_households')],
            ['adults', this.t.t('basis_adults')],
          ])}
          ${this.input('meeting.noticeGiven', this.t.t('noticeGiven'), { type: 'date' })}`
        : nothing
    }
    ${this.renderCounts('meeting')}`;
  }

  render(): TemplateResult {
    const label = trailStepLabels[this.step][this.options.locale()];
    const heading = this.reconvening ? this.t.t('reconveneOf', label) : this.t.t('recordNext', label);
    const today = this.options.today();
    return this.frame(
      heading,
      html`${this.input('date', this.t.t('date'), { type: 'date', ...(today === undefined ? {} : { max: today }) })}
      ${this.renderStepFields()} ${this.textarea('minutes', this.t.t('minutesField'), 5000)} ${this.files.render()}
      ${this.reconvening ? this.input('reason', this.t.t('reason'), { type: 'text', maxLength: 500 }) : nothing}`,
      this.reconvening ? this.t.t('confirmReconvene') : this.t.t('confirmStep'),
      this.renderCheck(),
    );
  }
}
