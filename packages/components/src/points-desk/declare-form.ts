import { declarePointsEntry, reviewPointsEntries, type Client } from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { describeFailure } from '../internal/states.js';
import { SendingPart } from '../internal/widget-part.js';
import { DeclarationFields } from './declaration-fields.js';
import { HouseholdFinder, type FoundHousehold } from './household-finder.js';
import { declareMessages } from './late-messages.js';
import { lateStyles } from './late-styles.js';
import type { PartContext } from './part-context.js';

/** The declaration was stored but the server refused to submit it for review: the title says why. */
class SubmitRefused extends Error {}

export interface DeclareOptions extends PartContext {
  /** The server's today, the default day of the conduct. */
  readonly today: () => string | undefined;
  /** An entry was declared and submitted: the desk fires its event (ids only) and reloads the queue. */
  readonly declared: (entryId: string, householdId: string) => void;
}

/**
 * Declaring for a household (staff): find it by number or registered name (the desk's HouseholdFinder: findHouseholds,
 * staff of the village only), then the rule, the day, a note and the evidence (DeclarationFields, shared with the
 * villager's form); the entry is declared and submitted for review at once (two steps, each with its own
 * Idempotency-Key kept across retries of this attempt). Field problems are shown next to their fields and what was
 * typed (and attached) stays; after success the household, the note and the files are forgotten, only a receipt stays.
 */
export class DeclareForm extends SendingPart<DeclareOptions> {
  private readonly t = this.localize(declareMessages, lateStyles);
  private readonly finder: HouseholdFinder;
  private readonly fields: DeclarationFields;
  private household: FoundHousehold | undefined;
  private receipt = '';
  /** The declared entry waiting for its submission (a retry submits it rather than declaring again). */
  private declaredId: string | undefined;

  constructor(host: ReactiveControllerHost, options: DeclareOptions) {
    super(host, options);
    this.finder = new HouseholdFinder(host, options, 'declare-q', (household) => {
      this.household = household;
      this.changed();
      this.update();
    });
    this.fields = new DeclarationFields(host, {
      ...options,
      ids: { ruleCode: 'declare-rule', occurredOn: 'declare-day', note: 'declare-note', files: 'declare-files' },
      problemPart: 'declare-problem',
      rules: () => options.rules()?.catalogue.rules ?? [],
      today: options.today,
      changed: () => {
        this.changed();
      },
    });
  }

  private changed(): void {
    this.endAttempt();
    this.declaredId = undefined;
    this.problem = undefined;
  }

  private validate(): boolean {
    const valid = this.fields.validate();
    if (!this.household) this.finder.issue = this.t.t('chooseHousehold');
    return valid && this.household !== undefined;
  }

  /** A field (the household's search or one of the declaration's) has a problem to show. */
  private get fieldIssue(): boolean {
    return this.finder.issue !== '' || this.fields.issues.size > 0;
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit();
  };

  async submit(): Promise<void> {
    const place = this.place;
    if (!place || this.sending) return;
    const [client, villageId] = place;
    if (!this.validate()) {
      this.update();
      await this.focus('[aria-invalid="true"]');
      return;
    }
    const household = this.household;
    if (!household) return;
    await this.sendAttempt('', (key) => this.declareAndSubmit(client, villageId, household.householdId, key), {
      done: (entryId) => {
        // Forget what was typed about the household; keep only the receipt.
        this.receipt = this.t.t('declared', household.householdNumber, entryId);
        this.household = undefined;
        this.finder.reset();
        this.fields.clear();
        this.declaredId = undefined;
        this.options.announce(this.receipt);
        this.options.declared(entryId, household.householdId);
        return '[part~="declare-receipt"]';
      },
      failed: (error) => {
        this.problem =
          error instanceof SubmitRefused ? { message: error.message, requestId: undefined } : describeFailure(error, this.options.common);
        const atHousehold = this.fields.takeIssues(error).find((issue) => issue.path[0] === 'householdId');
        if (atHousehold) this.finder.issue = atHousehold.message;
        return this.fieldIssue ? '[aria-invalid="true"]' : '[part~="declare-problem"]';
      },
    });
  }

  /** Declares once (kept across retries: `declaredId`), then submits it for review; both under the attempt's key. */
  private async declareAndSubmit(client: Client, villageId: string, householdId: string, key: string): Promise<string> {
    if (this.declaredId === undefined) {
      const { data } = await client.request(
        declarePointsEntry,
        { params: { villageId }, body: { householdId, ...this.fields.body() } },
        { idempotencyKey: `${key}-declare` },
      );
      this.declaredId = data.id;
    }
    const entryId = this.declaredId;
    const { data } = await client.request(
      reviewPointsEntries,
      { params: { villageId }, body: { entryIds: [entryId], action: 'submit' } },
      { idempotencyKey: `${key}-submit` },
    );
    const outcome = data.results[0];
    if (!outcome?.ok) throw new SubmitRefused(outcome?.problem?.title ?? '');
    return entryId;
  }

  /** Focus stays within the form: the desk around it has fields of its own. */
  protected override async focus(selector: string): Promise<void> {
    await super.focus(`[part~="declare-form"] ${selector}`);
  }

  render(): TemplateResult {
    const household = this.household;
    return html`<form class="declare-form" part="declare-form" novalidate aria-labelledby="declare-title" @submit=${this.onSubmit}>
      <h3 id="declare-title">${this.t.t('title')}</h3>
      ${this.receipt ? html`<p class="receipt" part="declare-receipt" tabindex="-1">${this.receipt}</p>` : nothing}
      ${
        household
          ? this.finder.renderChosen(household, () => {
              this.household = undefined;
              this.changed();
              this.update();
            })
          : this.finder.render()
      }
      ${this.fields.render()} ${this.fields.renderProblem(this.problem, this.fieldIssue)}
      <button type="submit" class="primary" part="declare-submit" ?disabled=${this.sending}>
        ${this.sending ? this.t.t('sending') : this.t.t('submit')}
      </button>
    </form>`;
  }
}
