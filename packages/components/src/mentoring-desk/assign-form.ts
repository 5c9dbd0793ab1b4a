import { maxMilestones } from '@shanzhi/rules';
import { assignMentoringPlan } from '@shanzhi/sdk/browser';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { DeskFormBase } from './form-base.js';
import type { FormContext, SentChange } from './form-context.js';
import type { ListedHousehold } from './sz-mentoring-desk.js';

export interface AssignOptions extends FormContext {
  readonly household: ListedHousehold;
  /** Staff ids the village's plans already name (mentors, assigners): offered as suggestions for the mentor. */
  readonly knownStaff: readonly string[];
}

interface MilestoneDraft {
  /** A key for the row (rows are added and removed), never sent. */
  readonly row: number;
  title: string;
  dueOn: string;
}

/** The same pattern as the contract's ids (routes/common.ts idSchema): checked here so the field says so at once. */
const staffIdPattern = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * A cadre assigns a 帮教责任人 and a plan to a black-listed household (assignMentoringPlan, cadres only): the mentor's
 * staff id and 1 to 12 milestones (the rules' `maxMilestones`), each with what to do and a due date. The server
 * refuses a household already in a plan or no longer on the black list, and a mentor who is not a grid worker or
 * cadre of the village (at the mentor field).
 */
export class AssignForm extends DeskFormBase<AssignOptions> {
  private mentorId = '';
  private milestones: MilestoneDraft[] = [{ row: 0, title: '', dueOn: '' }];
  private nextRow = 1;

  protected readonly fields = () => [
    'mentorId',
    'milestones',
    ...this.milestones.flatMap((_, index) => [`milestones.${String(index)}.title`, `milestones.${String(index)}.dueOn`]),
  ];

  protected check(): Map<string, string> {
    const issues = new Map<string, string>();
    const mentor = this.mentorId.trim();
    if (mentor === '') issues.set('mentorId', this.t.t('mentorRequired'));
    else if (!staffIdPattern.test(mentor)) issues.set('mentorId', this.t.t('mentorInvalid'));
    const today = this.options.today();
    this.milestones.forEach((one, index) => {
      if (one.title.trim() === '') issues.set(`milestones.${String(index)}.title`, this.t.t('titleRequired'));
      if (one.dueOn === '') issues.set(`milestones.${String(index)}.dueOn`, this.t.t('dueRequired'));
      else if (today !== undefined && one.dueOn < today) issues.set(`milestones.${String(index)}.dueOn`, this.t.t('dueTooEarly'));
    });
    return issues;
  }

  protected async send(idempotencyKey: string): Promise<SentChange> {
    const client = this.options.client();
    const villageId = this.options.village();
    if (!client || !villageId) throw new Error('The desk has no client or village');
    const { household } = this.options;
    const { data } = await client.request(
      assignMentoringPlan,
      {
        params: { villageId },
        body: {
          householdId: household.id,
          mentorId: this.mentorId.trim(),
          milestones: this.milestones.map((one) => ({ title: one.title.trim(), dueOn: one.dueOn })),
        },
      },
      { idempotencyKey },
    );
    this.options.announce(this.t.t('assigned', household.number));
    return { kind: 'assign', plan: data };
  }

  protected clear(): void {
    this.mentorId = '';
    this.milestones = [{ row: 0, title: '', dueOn: '' }];
  }

  private edit(index: number, key: 'title' | 'dueOn', value: string): void {
    const one = this.milestones[index];
    if (one) one[key] = value;
    this.changed(`milestones.${String(index)}.${key}`);
  }

  private add(): void {
    if (this.milestones.length >= maxMilestones) return;
    this.milestones = [...this.milestones, { row: this.nextRow++, title: '', dueOn: '' }];
    this.changed();
    this.updateAndFocus(`#milestone-title-${String(this.milestones.length - 1)}`);
  }

  private remove(index: number): void {
    if (this.milestones.length <= 1) return;
    this.milestones = this.milestones.filter((_, at) => at !== index);
    // The issues were by position: the form checks again on the next send.
    this.issues = new Map([...this.issues].filter(([path]) => !path.startsWith('milestones.')));
    this.changed();
    this.updateAndFocus(`#milestone-title-${String(Math.min(index, this.milestones.length - 1))}`);
  }

  render(): TemplateResult {
    const { household, knownStaff } = this.options;
    const today = this.options.today();
    return this.frame(
      this.t.t('assignTitle', household.number),
      html`${this.input(
          'mentorId',
          'assign-mentor',
          this.t.t('mentor'),
          {
            type: 'text',
            identifier: true,
            maxLength: 64,
            ...(knownStaff.length > 0 ? { list: 'known-staff' } : {}),
            value: this.mentorId,
            set: (value) => {
              this.mentorId = value;
              this.changed('mentorId');
            },
          },
          this.t.t('mentorHint'),
        )}
        ${knownStaff.length > 0 ? html`<datalist id="known-staff">${knownStaff.map((id) => html`<option value=${id}></option>`)}</datalist>` : nothing}
        <fieldset>
          <legend>${this.t.t('milestones')}</legend>
          <p class="field-error" id="milestones-error">${this.issues.get('milestones') ?? ''}</p>
          ${repeat(
            this.milestones,
            (one) => one.row,
            (one, index) => this.renderMilestone(one, index, today),
          )}
          <button
            type="button"
            ?disabled=${this.milestones.length >= maxMilestones}
            @click=${() => {
              this.add();
            }}
          >
            ${this.t.t('addMilestone')}
          </button>
          ${this.milestones.length >= maxMilestones ? html`<p class="hint">${this.t.t('maxMilestones', maxMilestones)}</p>` : nothing}
        </fieldset>`,
      this.t.t('confirmAssign'),
    );
  }

  private renderMilestone(one: MilestoneDraft, index: number, today: string | undefined): TemplateResult {
    const n = index + 1;
    const at = String(index);
    return html`<div class="milestone-input">
      ${this.input(`milestones.${at}.title`, `milestone-title-${at}`, this.t.t('milestoneTitle', n), {
        type: 'text',
        maxLength: 200,
        value: one.title,
        set: (value) => {
          this.edit(index, 'title', value);
        },
      })}
      ${this.input(`milestones.${at}.dueOn`, `milestone-due-${at}`, this.t.t('milestoneDue', n), {
        type: 'date',
        ...(today === undefined ? {} : { min: today }),
        value: one.dueOn,
        set: (value) => {
          this.edit(index, 'dueOn', value);
        },
      })}
      <div class="field">
        <button
          type="button"
          ?disabled=${this.milestones.length <= 1}
          @click=${() => {
            this.remove(index);
          }}
        >
          ${this.t.t('removeMilestone', n)}
        </button>
      </div>
    </div>`;
  }
}
