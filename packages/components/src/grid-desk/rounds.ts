import { getGridRound, listGridRounds, openGridRound, recordGridVisit, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { DeskPanels, type DeskPanel } from '../internal/desk-panels.js';
import { emptyState, errorState, loadingState, type LoadFailure } from '../internal/states.js';
import { FormPart, type GridPartOptions } from './form-part.js';

export type RoundList = RouteOutput<typeof listGridRounds>;
export type RoundDetail = RouteOutput<typeof getGridRound>;
type Household = RoundDetail['households'][number];

/** What the desk gives its rounds view: the basics and the hook for a visit recorded (ids only go out). */
export interface RoundsOptions extends GridPartOptions {
  readonly visited: (roundId: string, householdId: string) => void;
}

const newRound = 'new';

/**
 * 定期摸排 (seed 004): the rounds of visits of the caller's grids, newest first, each with its period and how many
 * households are visited — an ended round with households left says so in words. A round opens into its checklist:
 * every household of the grid (names as the route gives them to staff), visited or still to visit, overdue when the
 * period has ended, with its last visit; “record a visit” (走访) notes the day, nobody at home, and what was found.
 * A grid worker or cadre also starts the next round of a grid.
 */
export class RoundsView extends FormPart<RoundsOptions> {
  protected readonly prefix = 'gd-visit';
  protected readonly formPart = 'visit-form';
  private list: RoundList | undefined;
  private listFailure: LoadFailure | undefined;
  /** The rounds read, by id: what an opened round's checklist shows. */
  private readonly rounds = new Map<string, RoundDetail>();
  /** One round (or the form that starts one) open at a time below its button, as the desk's reports are. */
  private readonly panels: DeskPanels<DeskPanel>;
  /** The household whose visit form is open. */
  private visiting: string | undefined;
  private toVisitOnly = false;

  constructor(host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }, options: RoundsOptions) {
    super(host, options);
    this.panels = new DeskPanels(host, {
      common: options.common,
      load: async (key) => {
        this.resetForm();
        if (key === newRound) return { render: () => this.renderRoundForm() };
        const [client, villageId] = this.where();
        this.rounds.set(key, (await client.request(getGridRound, { params: { villageId, roundId: key } })).data);
        return { render: () => this.renderChecklist(key) };
      },
    });
    void this.loadList();
  }

  private async loadList(): Promise<void> {
    this.listFailure = undefined;
    this.listFailure = await this.readInto(
      (client, villageId) => client.request(listGridRounds, { params: { villageId }, query: { limit: 200 } }),
      (list) => {
        this.list = list;
      },
    );
  }

  private resetForm(): void {
    this.values = {};
    this.issues = new Map();
    this.problem = undefined;
    this.visiting = undefined;
    this.endAttempt();
  }

  private toggleVisit(householdId: string): void {
    const open = this.visiting === householdId;
    this.resetForm();
    this.visiting = open ? undefined : householdId;
    this.updateAndFocus(open ? `[data-visit="${householdId}"]` : '[part~="visit-form"] input');
  }

  private async sendVisit(event: SubmitEvent, round: RoundDetail, household: Household): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const [client, villageId] = this.where();
    const on = this.value('on');
    const note = this.value('note').trim();
    const body = {
      householdId: household.id,
      absent: this.value('absent') === 'yes',
      ...(on ? { on } : {}),
      ...(note ? { note } : {}),
    };
    await this.sendAttempt(
      JSON.stringify(body),
      (idempotencyKey) => client.request(recordGridVisit, { params: { villageId, roundId: round.id }, body }, { idempotencyKey }),
      {
        done: ({ data }) => {
          this.rounds.set(data.id, data);
          this.resetForm();
          this.options.announce(this.t.t('visitSaved', household.name));
          this.options.visited(round.id, household.id);
          void this.loadList();
          return `[data-visit="${household.id}"]`;
        },
        failed: (error) => this.placeFailure(error),
      },
    );
  }

  private async sendRound(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    this.issues = new Map();
    const grids = this.grids();
    const gridId = this.value('gridId') || (grids.length === 1 ? (grids[0]?.id ?? '') : '');
    if (!gridId) this.issues.set('gridId', this.t.t('required'));
    if (!this.requireAll('from') || !gridId) {
      this.update();
      await this.focus('[part~="round-form"] [aria-invalid="true"]');
      return;
    }
    const [client, villageId] = this.where();
    const to = this.value('to');
    const focus = this.value('focus').trim();
    const body = { gridId, from: this.value('from'), ...(to ? { to } : {}), ...(focus ? { focus } : {}) };
    await this.sendAttempt(
      JSON.stringify(body),
      (idempotencyKey) => client.request(openGridRound, { params: { villageId }, body }, { idempotencyKey }),
      {
        done: async ({ data }) => {
          this.resetForm();
          this.options.announce(this.t.t('roundOpened'));
          await this.loadList();
          await this.panels.open(data.id);
          return `[data-opener="${data.id}"]`;
        },
        failed: (error) => this.placeFailure(error),
      },
    );
  }

  private grids() {
    const all = this.options.desk()?.grids.items ?? [];
    const mine = all.filter((one) => one.mine);
    return mine.length > 0 ? mine : all;
  }

  private renderRoundForm(): TemplateResult {
    const t = this.t;
    const grids = this.grids();
    return html`<form
      part="round-form"
      novalidate
      aria-label=${t.t('openRound')}
      @submit=${(event: SubmitEvent) => void this.sendRound(event)}
    >
      ${grids.length > 1 ? this.choice('gridId', t.t('grid'), [['', t.t('choose')], ...grids.map((one) => [one.id, one.name] as const)]) : nothing}
      ${this.text('from', t.t('roundFrom'), { max: 10, type: 'date' })} ${this.text('to', t.t('roundTo'), { max: 10, type: 'date' })}
      ${this.text('focus', t.t('roundFocus'), { max: 200 })} ${this.renderProblem()} ${this.sendBar(t.t('openRound'))}
    </form>`;
  }

  private householdState(one: Household): string {
    if (one.visited) return this.t.t('visited');
    return one.overdue ? this.t.t('overdueHousehold') : this.t.t('toVisit');
  }

  private renderHousehold(round: RoundDetail, one: Household): TemplateResult {
    const t = this.t;
    const last = one.visits[one.visits.length - 1];
    const open = this.visiting === one.id;
    return html`<li class=${`household${one.visited ? ' visited' : ''}${one.overdue ? ' overdue' : ''}`} part="household">
      <p>
        <span class="household-state">${this.householdState(one)}</span> · ${one.name} · ${one.groupName}
        ${last ? html`<br /><span class="meta">${t.t('lastVisit', t.date(last.on, 'short'), last.absent ? t.t('absentWords') : (last.note ?? ''))}</span>` : nothing}
      </p>
      ${
        round.canAct
          ? html`<button
              type="button"
              data-visit=${one.id}
              aria-expanded=${open ? 'true' : 'false'}
              aria-label=${t.t('recordVisitOf', one.name)}
              @click=${() => {
                this.toggleVisit(one.id);
              }}
            >
              ${t.t('recordVisit')}
            </button>`
          : nothing
      }
      ${
        open
          ? html`<form
              part="visit-form"
              novalidate
              aria-label=${t.t('recordVisitOf', one.name)}
              @submit=${(event: SubmitEvent) => void this.sendVisit(event, round, one)}
            >
              ${this.text('on', t.t('visitOn'), { max: 10, type: 'date', maxDate: this.list?.asOf })} ${this.check('absent', t.t('absent'))}
              ${this.area('note', t.t('visitNote'), 1000)} ${this.renderProblem()} ${this.sendBar(t.t('recordVisit'))}
            </form>`
          : nothing
      }
    </li>`;
  }

  private renderChecklist(roundId: string): TemplateResult {
    const round = this.rounds.get(roundId);
    if (!round) return html``;
    const households = this.toVisitOnly ? round.households.filter((one) => !one.visited) : round.households;
    return html`<div class="panel">
      <label class="check"
        ><input
          type="checkbox"
          .checked=${this.toVisitOnly}
          @change=${(event: Event) => {
            this.toVisitOnly = (event.target as HTMLInputElement).checked;
            this.update();
          }}
        />${this.t.t('toVisitOnly')}</label
      >
      <ul class="list" aria-label=${this.t.t('households_count', households.length)}>
        ${repeat(
          households,
          (one) => one.id,
          (one) => this.renderHousehold(round, one),
        )}
      </ul>
    </div>`;
  }

  private renderRound(one: RoundList['items'][number]): TemplateResult {
    const t = this.t;
    return html`<li class=${one.overdue ? 'row overdue' : 'row'}>
      ${this.panels.opener(
        one.id,
        { part: 'round', className: 'open' },
        html`<span class="state-words"
            >${one.overdue ? t.t('roundOverdue', one.total - one.visited) : t.t('roundProgress', one.visited, one.total)}</span
          >
          <span>${one.gridName} · ${t.t('roundPeriod', t.date(one.from, 'short'), t.date(one.to, 'short'))}</span>
          ${one.focus ? html`<span class="meta">${t.t('focus', one.focus)}</span>` : nothing}`,
      )}
      ${this.panels.slot(one.id)}
    </li>`;
  }

  render(): TemplateResult {
    const t = this.t;
    const list = this.list;
    const body = list
      ? list.items.length === 0
        ? emptyState(t.t('roundsEmpty'))
        : html`<ul class="list" aria-label=${t.t('roundsTitle')}>
            ${repeat(
              list.items,
              (one) => one.id,
              (one) => this.renderRound(one),
            )}
          </ul>`
      : this.listFailure
        ? errorState(this.options.common, this.listFailure, () => void this.loadList())
        : loadingState(this.options.common, 3);
    return html`<section part="rounds" aria-labelledby="gd-rounds-title">
      <h3 class="form-title" id="gd-rounds-title">${t.t('roundsTitle')}</h3>
      ${this.panels.opener(newRound, { part: 'open-round' }, t.t('openRound'))} ${this.panels.slot(newRound)} ${body}
    </section>`;
  }
}
