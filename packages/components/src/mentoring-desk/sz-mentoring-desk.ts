import { daysBetween } from '@shanzhi/rules';
import { getLeaderboard, leaderboardMaxLimit, listMentoringPlans, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { beforeImport } from '../internal/before-import.js';
import { keyedList } from '../internal/desk-rows.js';
import { Localizer } from '../internal/localize.js';
import { StaffDesk } from '../internal/staff-desk.js';
import { widgetStyles } from '../internal/widget-styles.js';
import './events.js';
import type { DeskForm, FormContext } from './form-context.js';
import type * as FormsModule from './forms.js';
import { mentoringDeskMessages } from './messages.js';
import { mentoringDeskStyles } from './styles.js';

export type MentoringPlans = RouteOutput<typeof listMentoringPlans>;
export type MentoringPlan = MentoringPlans['items'][number];
type BoardRow = RouteOutput<typeof getLeaderboard>['items'][number];

/** A black-listed household as the desk lists it: number, and the name as the board answers it (masked, 张*明). */
export interface ListedHousehold {
  readonly id: string;
  readonly number: string;
  readonly name: string;
  readonly deductions: number;
}

interface DeskData {
  readonly villageId: string;
  readonly quietDays: number;
  readonly plans: readonly MentoringPlan[];
  /** Black-listed households without an active plan. */
  readonly waiting: readonly ListedHousehold[];
  /** The black list had more rows than one page: only the first are listed. */
  readonly more: boolean;
  /** Board names by household id, for the plans (which carry the number only). */
  readonly names: ReadonlyMap<string, string>;
  readonly asOf: string;
}

/** How an opener's form is made from the forms' chunk. */
type BuildForm = (forms: typeof FormsModule) => DeskForm;

function deskDataOf(villageId: string, plans: MentoringPlans, board: RouteOutput<typeof getLeaderboard>): DeskData {
  const mentored = new Set(plans.items.filter((plan) => plan.status === 'active').map((plan) => plan.householdId));
  const listed = (row: BoardRow): ListedHousehold => ({
    id: row.householdId,
    number: row.householdNumber,
    name: row.name,
    deductions: row.deductions,
  });
  return {
    villageId,
    quietDays: plans.settings.quietDays,
    plans: plans.items,
    waiting: board.items.filter((row) => !mentored.has(row.householdId)).map(listed),
    more: board.nextCursor !== null,
    names: new Map(board.items.map((row) => [row.householdId, row.name])),
    asOf: plans.asOf,
  };
}

/**
 * The staff's 帮教 desk (帮教工作台, seed [001]): the village's black-listed households that have no plan yet, the
 * plans in progress — each with its 帮教责任人, milestones and due dates, and the days without a deduction against
 * the village's quiet period — and the plans that ended, with the day the household came off the black list. A
 * cadre assigns a plan (a mentor and at least one milestone with a due date) and sets the quiet period; a cadre or
 * the plan's mentor marks a milestone done with a note. Taking a household off the black list is the server's: it
 * happens by itself once every milestone is done and the quiet period has passed. The forms are a chunk of their own,
 * loaded when one is opened. Staff see what the routes answer (household numbers, the board's masked names, staff
 * ids), never a phone or ID number; the public learns only 在帮教中 from the board. Without a staff token the desk
 * says who may use it.
 *
 * @element sz-mentoring-desk
 *
 * @fires sz-mentoring-desk-assign - A plan was assigned. `detail: { planId, householdId }` — ids only.
 * @fires sz-mentoring-desk-milestone - A milestone was marked done. `detail: { planId, milestoneId, delisted }`.
 * @fires sz-mentoring-desk-settings - The quiet period was changed. `detail: { villageId, quietDays }`.
 *
 * @csspart title - The heading.
 * @csspart staff-only - Who may use the desk (shown without a staff token).
 * @csspart settings - The village's quiet period and the button that changes it.
 * @csspart change-quiet - The button that opens the quiet-period form.
 * @csspart waiting - The list of black-listed households without a plan.
 * @csspart household - One of them.
 * @csspart assign - A household's “assign a plan” button.
 * @csspart plans - A list of plans (in progress, or ended).
 * @csspart plan - One plan.
 * @csspart progress - A plan's milestones done and days without a deduction.
 * @csspart delisted - When an ended plan's household came off the black list.
 * @csspart milestone - One milestone of a plan.
 * @csspart mark-done - A milestone's “mark done” button.
 * @csspart form - The open form (assign, mark done, quiet period), loaded when first opened.
 * @csspart form-problem - Why the form's last send did not go through (with its request id and a retry).
 * @csspart receipt - What the last send did.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 * @csspart offline - The offline state.
 * @csspart elder-controls - The 长辈版 switch, text size and read-aloud buttons.
 *
 * @cssprop --sz-color-primary - The main buttons and the open form's border.
 * @cssprop --sz-color-text - Text.
 * @cssprop --sz-color-text-muted - Secondary lines.
 * @cssprop --sz-color-surface - Plans and households.
 * @cssprop --sz-color-surface-alt - The loading skeleton and the settings line.
 * @cssprop --sz-color-border - Borders.
 * @cssprop --sz-color-negative - Overdue milestones and field errors.
 * @cssprop --sz-color-positive - Done milestones and the delisting.
 * @cssprop --sz-color-warning-surface - The error and offline notices.
 * @cssprop --sz-color-focus - Focus ring.
 * @cssprop --sz-font-family - Typeface.
 * @cssprop --sz-font-size-sm - Secondary lines.
 * @cssprop --sz-font-size-md - Body text.
 * @cssprop --sz-font-size-lg - The heading.
 * @cssprop --sz-space-2 - Gap between entries.
 * @cssprop --sz-radius - Corner radius.
 * @cssprop --sz-target-size - Minimum size of every control (larger in 长辈版).
 */
export class SzMentoringDesk extends StaffDesk<DeskData> {
  static override styles = [...widgetStyles, mentoringDeskStyles];

  /** The village whose desk this is; falls back to the provider's `village`. The server admits only its own staff. */
  @property() village?: string;

  protected readonly t = new Localizer(mentoringDeskMessages, () => this.effectiveLocale);

  /** How each opener on screen makes its form, by key (kept as the desk renders them; a retry makes it again). */
  private readonly builds = new Map<string, BuildForm>();

  /**
   * The one form open at a time, below its opener; it takes the focus as it opens. The three forms (their code, words
   * and styles) are loaded when a form is first opened, never on the first screen.
   */
  private readonly forms = this.deskPanels(() => beforeImport('mentoring-desk/forms').then(() => import('./forms.js')), {
    failedWords: () => this.t.t('partFailed'),
    skeletonRows: 2,
    slotClass: 'form-slot',
    make: (forms, key) => this.builds.get(key)?.(forms),
    shown: (form) => {
      form.focusFirst();
    },
  });

  /** The plans and the black list, one read; a token that may not use the desk is told who may. */
  protected readonly data = this.staffRead({
    load: (client, villageId, signal) =>
      Promise.all([
        client.request(listMentoringPlans, { params: { villageId }, query: {} }, { signal }),
        // The black list over all periods: every household with a deduction that still stands (the server's test
        // for a plan), whatever the month. Its names are the board's, masked.
        client.request(
          getLeaderboard,
          { params: { villageId }, query: { list: 'black', period: 'all', limit: leaderboardMaxLimit } },
          { signal },
        ),
      ]).then(([plans, board]) => deskDataOf(villageId, plans.data, board.data)),
  });

  private get view(): DeskData | undefined {
    const view = this.data.value;
    return view && !view.denied ? view : undefined;
  }

  /** Nothing to do at all: no household on the black list and no plan, ever (a village that keeps no black list). */
  protected override emptyDesk(view: DeskData): boolean {
    return view.waiting.length === 0 && view.plans.length === 0;
  }

  protected override renderDesk(view: DeskData): TemplateResult {
    const active = view.plans.filter((plan) => plan.status === 'active');
    const ended = view.plans.filter((plan) => plan.status !== 'active');
    return html`<div class="settings" part="settings">
        <p>${this.t.t('quietSetting', view.quietDays)}</p>
        ${this.opener('settings', 'change-quiet', this.t.t('changeQuiet'), undefined, (forms) => forms.settingsForm(this.formContext(), view.quietDays))}
      </div>
      ${this.forms.slot('settings')}
      <h3 class="section-title" id="waiting-title">
        ${this.t.t('waiting')} <span class="count">${this.t.t('count', view.waiting.length)}</span>
      </h3>
      ${keyedList(
        view.waiting,
        {
          none: html`<p class="muted">${this.t.t('noneWaiting')}</p>`,
          className: 'households',
          part: 'waiting',
          labelledBy: 'waiting-title',
        },
        (one) => one.id,
        (one) => this.renderHousehold(one),
      )}
      ${view.more ? html`<p class="muted">${this.t.t('moreWaiting')}</p>` : nothing}
      <h3 class="section-title" id="active-title">${this.t.t('active')} <span class="count">${this.t.t('count', active.length)}</span></h3>
      ${active.length === 0 ? html`<p class="muted">${this.t.t('noneActive')}</p>` : this.renderPlans(active, view, 'active-title')}
      ${
        ended.length === 0
          ? nothing
          : html`<h3 class="section-title" id="ended-title">
                ${this.t.t('ended')} <span class="count">${this.t.t('count', ended.length)}</span>
              </h3>
              ${this.renderPlans(ended, view, 'ended-title')}`
      }`;
  }

  private renderHousehold(one: ListedHousehold): TemplateResult {
    const key = `assign:${one.id}`;
    return html`<li class="household" part="household" data-household=${one.id}>
      <div class="household-row">
        <span class="who">${one.number} ${one.name}</span>
        <span class="meta">${this.t.t('deductions', one.deductions)}</span>
        ${this.opener(key, 'assign', this.t.t('assign'), this.t.t('assignFor', one.number), (forms) =>
          forms.assignForm(this.formContext(), one, this.view?.plans ?? []),
        )}
      </div>
      ${this.forms.slot(key)}
    </li>`;
  }

  private renderPlans(plans: readonly MentoringPlan[], view: DeskData, labelledBy: string): TemplateResult {
    return html`<ul class="plans" part="plans" aria-labelledby=${labelledBy}>
      ${repeat(
        plans,
        (plan) => plan.id,
        (plan) => this.renderPlan(plan, view),
      )}
    </ul>`;
  }

  private renderPlan(plan: MentoringPlan, view: DeskData): TemplateResult {
    const { progress } = plan;
    const name = view.names.get(plan.householdId) ?? '';
    return html`<li class="plan" part="plan" data-plan=${plan.id}>
      <h4 class="plan-title" id=${`plan-${plan.id}`} tabindex="-1">
        ${plan.householdNumber} ${name} <span class=${`status ${plan.status}`}>${this.t.t(`status_${plan.status}`)}</span>
      </h4>
      <p class="meta">${this.t.t('mentor', plan.mentorId)} · ${this.t.t('assignedOn', this.t.date(plan.assignedOn, 'short'))}</p>
      <div class="progress" part="progress">
        <p>${this.t.t('milestones', progress.milestonesDone, progress.milestonesTotal)}</p>
        ${plan.status === 'active' ? this.renderQuiet(plan, view) : nothing}
        ${
          plan.delistedOn === undefined
            ? nothing
            : html`<p class="delisted" part="delisted">${this.t.t('delistedOn', this.t.date(plan.delistedOn))}</p>`
        }
      </div>
      <ol class="milestones">
        ${repeat(
          plan.milestones,
          (one) => one.id,
          (one) => this.renderMilestone(plan, one, view),
        )}
      </ol>
    </li>`;
  }

  /** Days without a deduction since the quiet period began (the plan's start, or its latest deduction), against the goal. */
  private renderQuiet(plan: MentoringPlan, view: DeskData): TemplateResult {
    const { progress } = plan;
    const quiet = Math.max(0, daysBetween(progress.quietFrom, view.asOf));
    return html`<p>
        ${this.t.t('quiet', Math.min(quiet, plan.quietDays), plan.quietDays)} ·
        ${this.t.t('quietUntil', this.t.date(progress.quietUntil, 'short'))}
      </p>
      ${progress.lastDeductionOn === null ? nothing : html`<p class="meta">${this.t.t('lastDeduction', this.t.date(progress.lastDeductionOn, 'short'))}</p>`}
      ${progress.delistable ? html`<p class="delistable">${this.t.t('delistable')}</p>` : nothing}`;
  }

  private renderMilestone(plan: MentoringPlan, one: MentoringPlan['milestones'][number], view: DeskData): TemplateResult {
    const done = one.doneOn !== undefined;
    const overdue = !done && one.dueOn !== undefined && one.dueOn < view.asOf;
    const key = `done:${plan.id}:${one.id}`;
    return html`<li class=${done ? 'milestone done' : 'milestone'} part="milestone" data-milestone=${one.id}>
      <div class="milestone-row">
        <span class="milestone-title">${one.title}</span>
        <span class="meta">
          ${one.dueOn === undefined ? this.t.t('noDue') : this.t.t('due', this.t.date(one.dueOn, 'short'))}
          ${overdue ? html`<span class="overdue">${this.t.t('overdue')}</span>` : nothing}
        </span>
        ${
          done
            ? html`<span class="done-on">${this.t.t('doneOn', this.t.date(one.doneOn ?? '', 'short'), one.doneBy ?? '')}</span>`
            : plan.status === 'active'
              ? this.opener(key, 'mark-done', this.t.t('markDone'), this.t.t('markDoneOf', one.title), (forms) =>
                  forms.milestoneForm(this.formContext(), plan, one),
                )
              : html`<span class="meta">${this.t.t('notDone')}</span>`
        }
      </div>
      ${one.note === undefined || one.note === '' ? nothing : html`<p class="note">${one.note}</p>`} ${this.forms.slot(key)}
    </li>`;
  }

  /** A button that opens (or closes) the form `key`; `label` names what it is for when the visible words do not. */
  private opener(key: string, part: string, words: string, label: string | undefined, build: BuildForm): TemplateResult {
    this.builds.set(key, build);
    return this.forms.opener(key, { part, ...(label === undefined ? {} : { label }) }, words);
  }

  private async focusWhenRendered(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** What every form gets; after a send the desk closes it, reloads, and moves the focus to what changed. */
  private formContext(): FormContext {
    return {
      host: this,
      ...this.deskBasics(),
      today: () => this.view?.asOf,
      close: () => {
        this.forms.close();
      },
      sent: async (change) => {
        const villageId = this.villageId ?? '';
        this.forms.dismiss();
        if (change.kind === 'assign')
          this.emit('sz-mentoring-desk-assign', { planId: change.plan.id, householdId: change.plan.householdId });
        else if (change.kind === 'milestone')
          this.emit('sz-mentoring-desk-milestone', {
            planId: change.plan.id,
            milestoneId: change.milestoneId,
            delisted: change.plan.status === 'delisted',
          });
        else this.emit('sz-mentoring-desk-settings', { villageId, quietDays: change.quietDays });
        await this.data.run();
        await this.focusWhenRendered(change.kind === 'settings' ? '[part~="change-quiet"]' : `#plan-${change.plan.id}`);
      },
    };
  }
}
