import type { getDecision } from '@shanzhi/sdk/browser';
import { listDecisions, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { keyedList } from '../internal/desk-rows.js';
import { beforeImport } from '../internal/before-import.js';
import { Localizer } from '../internal/localize.js';
import { emptyState } from '../internal/states.js';
import { StaffDesk } from '../internal/staff-desk.js';
import { widgetStyles } from '../internal/widget-styles.js';
import './events.js';
import type { DeskPanel, PanelContext } from './panel-context.js';
import { decisionDeskMessages } from './messages.js';
import { decisionDeskStyles } from './styles.js';

export type DecisionList = RouteOutput<typeof listDecisions>;
export type DecisionRow = DecisionList['items'][number];
export type Decision = RouteOutput<typeof getDecision>;
/** Who uses the desk: a cadre records the steps; the supervisory committee follows them and notes what it saw. */
export type DeskView = 'cadre' | 'supervisor';

const newKey = 'new';

/**
 * The village's decision desk (决策工作台): every matter put through 一听、四议、两公开、一监督 (seed [000]) with the
 * step it waits for. A cadre opens a decision on an Art 24 matter (村民委员会组织法) or another matter, and records its
 * steps in order — the villagers heard (channels and summary), the proposal, the deliberation, the party members'
 * review and the villagers' (representatives') resolution with their attendance and votes, then the two 公开 that post
 * the board's items. The rules check each step as it is typed (quorum, votes, notice, order) and the server refuses a
 * step out of order or past an invalid meeting; an invalid meeting is reconvened as a new attempt, the first one stays
 * in the record. The supervisory committee (`view="supervisor"`) follows every decision and notes on each step that it
 * observed it, or a concern. The open decision and its forms are a part of their own, loaded when one is opened. Staff
 * only: without a staff token the desk says who may use it.
 *
 * @element sz-decision-desk
 *
 * @fires sz-decision-desk-change - A decision was opened or a step recorded, reconvened, observed or published. `detail: { decisionId, action, step }` — ids and codes only.
 *
 * @csspart title - The heading.
 * @csspart intro - What 一听、四议、两公开、一监督 is, in one paragraph.
 * @csspart staff-only - Who may use the desk (shown without a staff token).
 * @csspart open-new - The cadre's “open a decision” button.
 * @csspart list - The list of decisions.
 * @csspart decision - One decision.
 * @csspart status - A decision's state (complete, in progress, has problems).
 * @csspart next - The step a decision waits for.
 * @csspart show - A decision's “open” button.
 * @csspart panel - The open decision (its steps and forms), loaded when first opened.
 * @csspart timeline - The steps of the open decision, in order.
 * @csspart step - One step, with its earlier attempts and the supervisor's notes.
 * @csspart attempt - An earlier, reconvened attempt at a step.
 * @csspart observation - A note of the supervisory committee.
 * @csspart form - The open form (a step, a reconvened meeting, a publication, an observation, a new decision).
 * @csspart check - The live check of the step being typed.
 * @csspart form-problem - Why the form's last send did not go through (with its request id and a retry).
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 * @csspart offline - The offline state.
 * @csspart elder-controls - The 长辈版 switch, text size and read-aloud buttons.
 *
 * @cssprop --sz-color-primary - The main buttons and the open decision's border.
 * @cssprop --sz-color-text - Text.
 * @cssprop --sz-color-text-muted - Secondary lines.
 * @cssprop --sz-color-surface - Decisions.
 * @cssprop --sz-color-surface-alt - The loading skeleton and earlier attempts.
 * @cssprop --sz-color-border - Borders.
 * @cssprop --sz-color-negative - Problems and field errors.
 * @cssprop --sz-color-positive - Valid meetings and complete decisions.
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
export class SzDecisionDesk extends StaffDesk<DecisionList> {
  static override styles = [...widgetStyles, decisionDeskStyles];

  /** The village whose desk this is; falls back to the provider's `village`. The server admits only its own staff. */
  @property() village?: string;
  /** `cadre` (records the steps) or `supervisor` (follows them and adds observations). The server checks the role. */
  @property() view: DeskView = 'cadre';

  protected readonly t = new Localizer(decisionDeskMessages, () => this.effectiveLocale);

  /** One panel serves every decision (or `new`): made once, then asked to open the one below whose row it stands. */
  private panel: DeskPanel | undefined;
  /** The open decision, its steps and every form: loaded when a decision is first opened, never on the first screen. */
  private readonly panels = this.deskPanels(() => beforeImport('decision-desk/panel').then(() => import('./panel.js')), {
    failedWords: () => this.t.t('partFailed'),
    make: ({ createPanel }) => (this.panel ??= createPanel(this.panelContext())),
    shown: (panel, key) => {
      void panel.open(key === newKey ? undefined : key);
    },
  });

  protected readonly data = this.staffRead({
    load: (client, villageId, signal) =>
      client.request(listDecisions, { params: { villageId }, query: {} }, { signal }).then(({ data }) => data),
  });

  protected override renderDesk(list: DecisionList): TemplateResult {
    return html`<p class="intro" part="intro">${this.t.t('intro')}</p>
      ${
        this.view === 'cadre'
          ? html`${this.panels.opener(newKey, { part: 'open-new', className: 'primary' }, this.t.t('openNew'))} ${this.panels.slot(newKey)}`
          : nothing
      }
      <h3 class="section-title" id="list-title">${this.t.t('title')} <span class="count">${this.t.t('count', list.items.length)}</span></h3>
      ${keyedList(
        list.items,
        { none: emptyState(this.t.t('empty')), className: 'decisions', part: 'list', labelledBy: 'list-title' },
        (row) => row.id,
        (row) => this.renderRow(row),
      )}`;
  }

  private renderRow(row: DecisionRow): TemplateResult {
    const open = this.panels.isOpen(row.id);
    return html`<li class=${`decision ${row.status}`} part="decision" data-decision=${row.id}>
      <div class="decision-row">
        <h4 class="decision-title" id=${`decision-${row.id}`} tabindex="-1">${row.title}</h4>
        <span class=${`status ${row.status}`} part="status">${this.t.t(`status_${row.status}`)}</span>
        <span class="next" part="next"> ${row.nextStepLabel === null ? this.t.t('allDone') : this.t.t('next', row.nextStepLabel)} </span>
        ${this.panels.opener(
          row.id,
          { part: 'show', label: open ? this.t.t('hide') : this.t.t('showOf', row.title) },
          open ? this.t.t('hide') : this.t.t('show'),
        )}
      </div>
      <p class="meta">
        ${this.t.t('openedOn', this.t.date(row.openedOn, 'short'))} · ${this.t.t('progress', row.steps)}
        ${row.concerns > 0 ? html` · <span class="concern">${this.t.t('concerns', row.concerns)}</span>` : nothing}
        ${row.unobserved > 0 ? html` · ${this.t.t('unobserved', row.unobserved)}` : nothing} ${row.legacy ? this.t.t('recorded') : nothing}
      </p>
      ${this.panels.slot(row.id)}
    </li>`;
  }

  /** What the panel gets; after a write the desk reloads the list, keeps the decision open and announces what changed. */
  private panelContext(): PanelContext {
    return {
      host: this,
      ...this.deskBasics(),
      view: () => this.view,
      today: () => {
        const loaded = this.data.value;
        return loaded && !loaded.denied ? loaded.asOf : undefined;
      },
      close: () => {
        this.panels.close();
      },
      changed: async (change) => {
        this.emit('sz-decision-desk-change', change);
        const reopen = this.panels.key === newKey ? change.decisionId : this.panels.key;
        await this.data.run();
        if (reopen !== undefined) this.panels.rekey(reopen);
      },
    };
  }
}
