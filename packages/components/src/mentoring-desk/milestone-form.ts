import { completeMentoringMilestone } from '@shanzhi/sdk/browser';
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { DeskFormBase } from './form-base.js';
import type { FormContext, SentChange } from './form-context.js';
import type { MentoringPlan } from './sz-mentoring-desk.js';

export interface MilestoneOptions extends FormContext {
  readonly plan: MentoringPlan;
  readonly milestone: MentoringPlan['milestones'][number];
}

/**
 * A cadre, or the plan's own mentor, marks a milestone done with a note (completeMentoringMilestone; the server
 * refuses another grid worker and explains why). When it was the last one and the quiet period is already over, the
 * server takes the household off the black list in the same step; the form says so.
 */
export class MilestoneForm extends DeskFormBase<MilestoneOptions> {
  private note = '';

  protected readonly fields = () => ['note'];

  protected check(): Map<string, string> {
    return new Map();
  }

  protected async send(idempotencyKey: string): Promise<SentChange> {
    const client = this.options.client();
    const villageId = this.options.village();
    if (!client || !villageId) throw new Error('The desk has no client or village');
    const { plan, milestone } = this.options;
    const note = this.note.trim();
    const { data } = await client.request(
      completeMentoringMilestone,
      { params: { villageId, planId: plan.id, milestoneId: milestone.id }, body: note === '' ? {} : { note } },
      { idempotencyKey },
    );
    this.options.announce(data.status === 'delisted' ? this.t.t('delisted', data.householdNumber) : this.t.t('completed', milestone.title));
    return { kind: 'milestone', plan: data, milestoneId: milestone.id };
  }

  protected clear(): void {
    this.note = '';
  }

  render(): TemplateResult {
    return this.frame(
      this.t.t('completeTitle', this.options.milestone.title),
      this.field(
        'note',
        'milestone-note',
        this.t.t('note'),
        (described, invalid) =>
          html`<textarea
            id="milestone-note"
            rows="2"
            maxlength="500"
            aria-describedby=${described}
            aria-invalid=${invalid ? 'true' : 'false'}
            .value=${live(this.note)}
            @input=${(event: Event) => {
              this.note = (event.target as HTMLTextAreaElement).value;
              this.changed('note');
            }}
          ></textarea>`,
      ),
      this.t.t('confirmComplete'),
    );
  }
}
