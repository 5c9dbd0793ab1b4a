import { declareFamilyTies, getHouseholdPoints, listFamilyTies, ProblemError, type Client } from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { RemoteData } from '../internal/remote-data.js';
import { describeFailure } from '../internal/states.js';
import { familyTiesMessages } from './family-ties-messages.js';
import type { FoundHousehold } from './household-finder.js';
import { HouseholdPanel } from './household-panel.js';
import type { PartContext } from './part-context.js';
import { sendProblem } from '../internal/send-problem.js';

export interface FamilyTiesOptions extends PartContext {
  /** A tie was declared: the desk reloads its queue, whose entries of that household are now marked recused. */
  readonly declared: (householdId: string) => void;
}

/** A declared tie as shown: the household's number and registered name (staff read them), or its id if unreadable. */
interface Tie {
  readonly householdId: string;
  readonly label: string;
}

/**
 * 亲属关系回避申报: the staff member's declared family ties in the village (listFamilyTies) and a form to declare one
 * more (declareFamilyTies), a household found by number or name. The server then refuses them every judging step on
 * that household's entries and the queue marks those entries in advance. Why (rules: points/recusal.ts): a person
 * steps aside from a matter of a near relative, as a judge or mediator does (民事诉讼法 Art 47); no statute sets it
 * for a points scheme, but villagers' first complaint about points schemes is favouritism (人情分). The route takes
 * households only, not the kind of relationship: the desk asks for no more than the server keeps.
 */
export class FamilyTiesPanel extends HouseholdPanel<FamilyTiesOptions> {
  private readonly t = this.localize(familyTiesMessages);
  private readonly ties: RemoteData<Tie[], readonly [Client, string]>;
  /** Households met in this session's searches, so a declared one is named without another read. */
  private readonly known = new Map<string, FoundHousehold>();
  private household: FoundHousehold | undefined;
  private householdIssue = '';
  private receipt = '';

  constructor(host: ReactiveControllerHost & HTMLElement, options: FamilyTiesOptions) {
    super(host, options, 'family-ties', 'ties-q');
    this.ties = new RemoteData(host, {
      common: options.common,
      args: () => this.place,
      load: async ([client, villageId], signal) => {
        const { data } = await client.request(listFamilyTies, { params: { villageId } }, { signal });
        return Promise.all(data.householdIds.map((householdId) => this.tieOf(client, villageId, householdId, signal)));
      },
    });
  }

  protected chosen(household: FoundHousehold): void {
    this.known.set(household.householdId, household);
    this.household = household;
    this.householdIssue = '';
    this.problem = undefined;
    this.updateAndFocus('[part~="ties-submit"]');
  }

  /** Names a tied household: from this session's searches, else from its points record (a staff read). */
  private async tieOf(client: Client, villageId: string, householdId: string, signal: AbortSignal): Promise<Tie> {
    const found = this.known.get(householdId);
    if (found) return { householdId, label: `${found.householdNumber} ${found.name}` };
    try {
      const { data } = await client.request(getHouseholdPoints, { params: { villageId, householdId }, query: {} }, { signal });
      return { householdId, label: `${data.householdNumber} ${data.name}` };
    } catch (error) {
      if (signal.aborted) throw error;
      return { householdId, label: householdId };
    }
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.send();
  };

  private async send(): Promise<void> {
    const client = this.options.client();
    const villageId = this.options.village();
    const household = this.household;
    if (!client || !villageId || this.sending) return;
    if (!household) {
      this.finder.issue = this.t.t('chooseHousehold');
      this.update();
      await this.focus('#ties-q');
      return;
    }
    if (this.ties.value?.some((tie) => tie.householdId === household.householdId)) {
      this.householdIssue = this.t.t('already', household.householdNumber);
      this.update();
      await this.focus('[part~="ties-submit"]');
      return;
    }
    const signature = household.householdId;
    this.householdIssue = '';
    const body = { householdIds: [household.householdId] };
    await this.sendAttempt(
      signature,
      (key) => client.request(declareFamilyTies, { params: { villageId }, body }, { idempotencyKey: key }),
      {
        done: async () => {
          this.household = undefined;
          this.finder.reset();
          this.receipt = this.t.t('declared', household.householdNumber);
          this.options.announce(this.receipt);
          this.options.declared(household.householdId);
          this.update();
          await this.ties.run();
          return '[part~="ties-receipt"]';
        },
        failed: (error) => {
          // The server's issue about the household (not of this village) goes to the household; anything else below.
          const atHousehold = error instanceof ProblemError ? error.issues.find((issue) => issue.path[0] === 'householdIds') : undefined;
          if (atHousehold) this.householdIssue = atHousehold.message;
          else this.problem = describeFailure(error, this.options.common);
          return atHousehold ? '[part~="ties-submit"]' : '[part~="ties-problem"]';
        },
      },
    );
  }

  render(): TemplateResult {
    const household = this.household;
    return html`<section class="family-ties" part="family-ties" aria-labelledby="ties-title">
      <h3 id="ties-title">${this.t.t('title')}</h3>
      <p class="hint" part="ties-why">${this.t.t('why')}</p>
      <h4 id="ties-declared-title">${this.t.t('declaredTitle')}</h4>
      ${this.ties.render({
        skeletonRows: 2,
        empty: { when: (ties) => ties.length === 0, message: () => this.t.t('none') },
        ready: (ties) =>
          html`<ul class="tool-list" part="ties" aria-labelledby="ties-declared-title">
            ${ties.map((tie) => html`<li data-household=${tie.householdId}>${tie.label}</li>`)}
          </ul>`,
      })}
      ${this.receipt ? html`<p class="receipt" part="ties-receipt" tabindex="-1">${this.receipt}</p>` : nothing}
      <form class="ties-form" part="ties-form" novalidate aria-labelledby="ties-add-title" @submit=${this.onSubmit}>
        <h4 id="ties-add-title">${this.t.t('addTitle')}</h4>
        ${
          household
            ? this.finder.renderChosen(household, () => {
                this.household = undefined;
                this.householdIssue = '';
                this.update();
              })
            : this.finder.render()
        }
        <p class="field-error" id="ties-household-error">${this.householdIssue}</p>
        <p class="hint" id="ties-note">${this.t.t('confirmNote')}</p>
        ${this.problem ? sendProblem(this.options.common, this.problem, 'ties-problem') : nothing}
        <button
          type="submit"
          class="primary"
          part="ties-submit"
          aria-describedby="ties-household-error ties-note"
          ?disabled=${this.sending}
        >
          ${this.sending ? this.t.t('sending') : this.t.t('submit')}
        </button>
      </form>
    </section>`;
  }
}
