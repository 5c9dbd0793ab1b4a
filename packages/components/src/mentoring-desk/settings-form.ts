import { setMentoringSettings } from '@shanzhi/sdk/browser';
import type { TemplateResult } from 'lit';
import { DeskFormBase } from './form-base.js';
import type { FormContext, SentChange } from './form-context.js';

export interface SettingsOptions extends FormContext {
  readonly quietDays: number;
}

/** The rules' bounds of the quiet period (mentoringSettingsSchema: 0 to 730 days, two years). */
const maxQuietDays = 730;

/**
 * A cadre sets the village's quiet period (setMentoringSettings): the days without a deduction a household whose
 * milestones are done needs before it leaves the black list. A plan keeps the period it was assigned with.
 */
export class SettingsForm extends DeskFormBase<SettingsOptions> {
  private days: string;

  constructor(...args: ConstructorParameters<typeof DeskFormBase<SettingsOptions>>) {
    super(...args);
    this.days = String(this.options.quietDays);
  }

  protected readonly fields = () => ['quietDays'];

  private get value(): number {
    return Number(this.days.trim());
  }

  protected check(): Map<string, string> {
    const value = this.value;
    const ok = this.days.trim() !== '' && Number.isInteger(value) && value >= 0 && value <= maxQuietDays;
    return ok ? new Map<string, string>() : new Map([['quietDays', this.t.t('quietInvalid')]]);
  }

  protected async send(idempotencyKey: string): Promise<SentChange> {
    const client = this.options.client();
    const villageId = this.options.village();
    if (!client || !villageId) throw new Error('The desk has no client or village');
    const { data } = await client.request(
      setMentoringSettings,
      { params: { villageId }, body: { quietDays: this.value } },
      { idempotencyKey },
    );
    this.options.announce(this.t.t('saved', data.quietDays));
    return { kind: 'settings', quietDays: data.quietDays };
  }

  protected clear(): void {
    // Nothing personal was typed; the desk closes the form.
  }

  render(): TemplateResult {
    return this.frame(
      this.t.t('settingsTitle'),
      this.input(
        'quietDays',
        'quiet-days',
        this.t.t('quietDays'),
        {
          type: 'number',
          min: 0,
          max: maxQuietDays,
          value: this.days,
          set: (value) => {
            this.days = value;
            this.changed('quietDays');
          },
        },
        this.t.t('quietHint'),
      ),
      this.t.t('save'),
    );
  }
}
