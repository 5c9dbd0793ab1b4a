import { findHouseholds, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { Localizer } from '../internal/localize.js';
import { describeFailure } from '../internal/states.js';
import { declareMessages } from './late-messages.js';
import type { PartContext } from './part-context.js';

export type FoundHousehold = RouteOutput<typeof findHouseholds>['items'][number];

/**
 * Finding one household of the village by its number or registered name (findHouseholds: staff of the village only,
 * at most 20 answers) for the desk's declare form, revocation and family-ties panels, so a staff member meets the same
 * search everywhere on the desk. Enter searches unless it confirms an IME candidate.
 */
export class HouseholdFinder {
  private readonly t: Localizer<(typeof declareMessages)['zh-CN']>;
  private query = '';
  private searching = false;
  private found: readonly FoundHousehold[] | undefined;
  private more = false;
  /** Why the search could not run or found nothing usable (shown at the field). */
  issue = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PartContext,
    /** The element ids of this finder's field (`<id>`, `<id>-error`) and its result buttons' `data-household`. */
    private readonly id: string,
    private readonly chosen: (household: FoundHousehold) => void,
  ) {
    this.t = new Localizer(declareMessages, options.locale);
  }

  /** Forgets the query and the results (after a successful send: nothing typed about a household stays). */
  reset(): void {
    this.query = '';
    this.found = undefined;
    this.more = false;
    this.issue = '';
  }

  private update(): void {
    this.host.requestUpdate();
  }

  async find(): Promise<void> {
    const client = this.options.client();
    const villageId = this.options.village();
    const q = this.query.trim();
    if (!client || !villageId) return;
    if (q === '') {
      this.issue = this.t.t('typeToFind');
      this.update();
      return;
    }
    this.searching = true;
    this.update();
    try {
      const { data } = await client.request(findHouseholds, { params: { villageId }, query: { q } });
      this.found = data.items;
      this.more = data.more;
      this.issue = '';
      this.options.announce(data.items.length === 0 ? this.t.t('noneFound') : this.t.t('foundCount', data.items.length));
    } catch (error) {
      this.issue = describeFailure(error, this.options.common).message;
    }
    this.searching = false;
    this.update();
  }

  /** The search field and, once searched, the households found as buttons (choosing one hides the list). */
  render(): TemplateResult {
    const id = this.id;
    return html`<div class=${this.issue ? 'field invalid' : 'field'}>
        <label for=${id}>${this.t.t('household')}</label>
        <div class="search-row">
          <input
            id=${id}
            type="search"
            maxlength="50"
            autocomplete="off"
            enterkeyhint="search"
            aria-invalid=${this.issue ? 'true' : 'false'}
            aria-describedby=${`${id}-error`}
            .value=${live(this.query)}
            @input=${(event: Event) => {
              this.query = (event.target as HTMLInputElement).value;
            }}
            @keydown=${(event: KeyboardEvent) => {
              if (event.key === 'Enter' && !event.isComposing) {
                event.preventDefault();
                void this.find();
              }
            }}
          />
          <button type="button" part="find" ?disabled=${this.searching} @click=${() => void this.find()}>${this.t.t('find')}</button>
        </div>
        <p class="field-error" id=${`${id}-error`}>${this.issue}</p>
      </div>
      ${this.renderFound()}`;
  }

  /** The chosen household, with the button that goes back to the search (focus lands in the search field). */
  renderChosen(household: FoundHousehold, change: () => void): TemplateResult {
    return html`<p class="chosen" part="chosen-household">
      ${this.t.t('chosen', household.householdNumber, household.name)}
      <button
        type="button"
        @click=${() => {
          change();
          void this.focusField();
        }}
      >
        ${this.t.t('change')}
      </button>
    </p>`;
  }

  /** Focus to the search field, once the desk has rendered it. */
  async focusField(): Promise<void> {
    await this.host.updateComplete;
    this.options.root().querySelector<HTMLElement>(`#${this.id}`)?.focus();
  }

  private renderFound(): TemplateResult | typeof nothing {
    const found = this.found;
    if (found === undefined) return nothing;
    if (found.length === 0) return html`<p class="hint">${this.t.t('noneFound')}</p>`;
    return html`<ul class="found" aria-label=${this.t.t('foundCount', found.length)}>
        ${found.map(
          (one) =>
            html`<li>
              <button
                type="button"
                data-household=${one.householdId}
                @click=${() => {
                  this.found = undefined;
                  this.issue = '';
                  this.chosen(one);
                }}
              >
                ${one.householdNumber} ${one.name}
              </button>
            </li>`,
        )}
      </ul>
      ${this.more ? html`<p class="hint">${this.t.t('narrow')}</p>` : nothing}`;
  }
}
