import { maskName } from '@shanzhi/rules';
import { getGrid, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Localizer } from '../internal/localize.js';
import { describeFailure, emptyState, errorState, loadingState, type LoadFailure } from '../internal/states.js';
import type { PartBasics } from '../internal/widget-part.js';
import type { partMessages } from './part-messages.js';

type GridHousehold = RouteOutput<typeof getGrid>['householdList'][number];

/** The contract's most households on one report (rules grid/schema.ts `householdIds`, max 20). */
export const householdMax = 20;
/** How many unchosen households are drawn at once: a grid has about 120 (seed 002); the search narrows them. */
const listed = 30;

export interface HouseholdPickerOptions extends PartBasics {
  readonly t: Localizer<(typeof partMessages)['zh-CN']>;
  /** The households chosen (ids, in the order chosen). */
  readonly chosen: () => readonly string[];
  readonly choose: (ids: readonly string[]) => void;
  readonly update: () => void;
}

/**
 * The report form's 涉及农户: checkboxes over the households of the report's grid only (getGrid's `householdList`,
 * read once per grid), found by the masked name (张*明) or the village group — never by the full name, which the
 * picker does not show, so a screen seen over the shoulder in the field gives no one away. The chosen ones stay at
 * the top whatever the search; the form keeps them in its values (and so in the phone's draft).
 */
export class HouseholdPicker {
  private readonly lists = new Map<string, readonly GridHousehold[]>();
  private failure: LoadFailure | undefined;
  private loading: string | undefined;
  private query = '';

  constructor(private readonly options: HouseholdPickerOptions) {}

  private async load(gridId: string): Promise<void> {
    const client = this.options.client();
    const villageId = this.options.village();
    if (!client || villageId === undefined) return;
    this.loading = gridId;
    this.failure = undefined;
    try {
      const { data } = await client.request(getGrid, { params: { villageId, gridId } });
      this.lists.set(gridId, data.householdList);
    } catch (error) {
      this.failure = describeFailure(error, this.options.common);
    }
    this.loading = undefined;
    this.options.update();
  }

  /** The picker for `gridId` (undefined: no grid chosen yet); `issue` is the server's word on `householdIds`. */
  render(gridId: string | undefined, issue: string | undefined): TemplateResult {
    const t = this.options.t;
    return html`<fieldset class="household-picker" part="household-picker" aria-describedby="gd-report-hh-hint">
      <legend>${t.t('pickHouseholds')}</legend>
      <p class="hint" id="gd-report-hh-hint">${t.t('pickHint', householdMax)}</p>
      ${gridId === undefined ? html`<p class="hint">${t.t('pickGridFirst')}</p>` : this.renderList(gridId)}
      ${issue ? html`<p class="field-error" role="alert">${issue}</p>` : nothing}
    </fieldset>`;
  }

  private renderList(gridId: string): TemplateResult {
    const t = this.options.t;
    const list = this.lists.get(gridId);
    if (!list) {
      if (this.failure && this.loading === undefined) {
        return html`<p>${t.t('pickFailed')}</p>
          ${errorState(this.options.common, this.failure, () => void this.load(gridId))}`;
      }
      if (this.loading !== gridId) void this.load(gridId);
      return loadingState(this.options.common, 2);
    }
    if (list.length === 0) return emptyState(t.t('pickNone'));
    const chosen = new Set(this.options.chosen());
    const query = this.query.trim();
    const rows = list.map((one) => ({ one, masked: maskName(one.name) }));
    const matches = rows.filter(
      (row) => !chosen.has(row.one.id) && (query === '' || row.masked.includes(query) || row.one.groupName.includes(query)),
    );
    const shown = [...rows.filter((row) => chosen.has(row.one.id)), ...matches.slice(0, listed)];
    return html`<label for="gd-report-hh-search">${t.t('pickSearch')}</label>
      <input
        id="gd-report-hh-search"
        type="search"
        autocomplete="off"
        maxlength="20"
        .value=${live(this.query)}
        @input=${(event: Event) => {
          this.query = (event.target as HTMLInputElement).value;
          this.options.update();
        }}
      />
      <p class="hint" role="status">${t.t('pickFound', matches.length, listed)} · ${t.t('pickChosen', chosen.size)}</p>
      <ul class="list household-options" aria-label=${t.t('pickHouseholds')}>
        ${shown.map(({ one, masked }) => {
          const on = chosen.has(one.id);
          return html`<li>
            <label class="check"
              ><input
                type="checkbox"
                data-household=${one.id}
                .checked=${live(on)}
                ?disabled=${!on && chosen.size >= householdMax}
                @change=${(event: Event) => {
                  const ids = this.options.chosen().filter((id) => id !== one.id);
                  this.options.choose((event.target as HTMLInputElement).checked ? [...ids, one.id] : ids);
                }}
              />${masked}<span class="muted">${one.groupName}</span></label
            >
          </li>`;
        })}
      </ul>`;
  }
}
