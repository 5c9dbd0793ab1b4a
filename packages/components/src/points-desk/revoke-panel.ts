import { getHouseholdPoints, ProblemError, transitionPointsEntry, type Client, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { RemoteData } from '../internal/remote-data.js';
import { describeFailure } from '../internal/states.js';
import type { FoundHousehold } from './household-finder.js';
import { HouseholdPanel } from './household-panel.js';
import type { PartContext } from './part-context.js';
import { reasonField } from './reason-field.js';
import { revokeMessages, revokeReasonMin } from './revoke-messages.js';
import { sendProblem } from '../internal/send-problem.js';

type Ledger = RouteOutput<typeof getHouseholdPoints>;
type LedgerEntry = Ledger['entries'][number];

export interface RevokeOptions extends PartContext {
  /** An entry was revoked: the desk refreshes what shows the household's record. */
  readonly revoked: (entryId: string, householdId: string) => void;
}

/** The newest first: the entry a cadre comes to revoke is usually a recent one. */
const newestFirst = (a: LedgerEntry, b: LedgerEntry) => {
  const dayA = a.effectiveOn ?? a.occurredOn;
  const dayB = b.effectiveOn ?? b.occurredOn;
  return dayA < dayB ? 1 : dayA > dayB ? -1 : 0;
};

/**
 * The 村两委's revocation (撤销) of an effective entry (rules: transition.ts — only an effective entry is revoked,
 * by the committee, with a reason; nothing is deleted). The cadre finds the household, picks one of its effective
 * entries, writes the reason and confirms in a second step, because a revocation cannot be undone and is announced on
 * the 公示 board with its reason for a notice period of its own (server: points-process.ts, kind `revocation`). The
 * entry then shows as revoked and stops counting. A recusal (the cadre's own or a tied household: rules recusal.ts
 * lists `revoke`) or a reason the server refuses is shown where it belongs; what was typed stays until it is sent.
 */
export class RevokePanel extends HouseholdPanel<RevokeOptions> {
  private readonly t = this.localize(revokeMessages);
  private readonly ledger: RemoteData<Ledger, readonly [Client, string, string]>;
  private household: FoundHousehold | undefined;
  /** The entry whose reason is being written (one at a time). */
  private revoking: LedgerEntry | undefined;
  private reason = '';
  private reasonIssue = '';
  private confirming = false;
  private receipt = '';

  constructor(host: ReactiveControllerHost & HTMLElement, options: RevokeOptions) {
    super(host, options, 'revoke-panel', 'revoke-q');
    this.ledger = new RemoteData(host, {
      common: options.common,
      args: () => {
        const place = this.place;
        const householdId = this.household?.householdId;
        return place && householdId ? ([...place, householdId] as const) : undefined;
      },
      load: ([client, villageId, householdId], signal) =>
        client.request(getHouseholdPoints, { params: { villageId, householdId }, query: {} }, { signal }).then((result) => result.data),
    });
  }

  protected chosen(household: FoundHousehold): void {
    this.household = household;
    this.close();
    this.updateAndFocus('#revoke-entries-title');
  }

  /** Closes the reason of the entry being revoked (cancel, another household, a success). */
  private close(): void {
    this.revoking = undefined;
    this.reason = '';
    this.reasonIssue = '';
    this.confirming = false;
    this.endAttempt();
    this.problem = undefined;
  }

  private open(entry: LedgerEntry): void {
    this.close();
    this.revoking = entry;
    this.receipt = '';
    this.updateAndFocus('#revoke-reason');
  }

  /** The first step: the reason is checked here, then the cadre confirms. */
  private readonly onNext = (event: SubmitEvent): void => {
    event.preventDefault();
    if (this.reason.trim().length < revokeReasonMin) {
      this.reasonIssue = this.t.t('reasonRequired');
      this.updateAndFocus('#revoke-reason');
      return;
    }
    this.reasonIssue = '';
    this.confirming = true;
    this.updateAndFocus('#revoke-confirm-title');
  };

  private async send(): Promise<void> {
    const client = this.options.client();
    const villageId = this.options.village();
    const entry = this.revoking;
    const household = this.household;
    if (!client || !villageId || !entry || !household || this.sending) return;
    const reason = this.reason.trim();
    const signature = `${entry.id}|${reason}`;
    // Kept across retries of the same entry and reason, so a retry never revokes twice.
    const params = { villageId, entryId: entry.id };
    await this.sendAttempt(
      signature,
      async (key) =>
        (await client.request(transitionPointsEntry, { params, body: { action: 'revoke', reason } }, { idempotencyKey: key })).data,
      {
        done: async (data) => {
          this.close();
          this.receipt = this.t.t('revoked', household.householdNumber, data.id, this.options.rules()?.settings.noticeDays ?? 7);
          this.options.announce(this.receipt);
          this.options.revoked(data.id, household.householdId);
          this.update();
          await this.ledger.run();
          return '[part~="revoke-receipt"]';
        },
        failed: (error) => {
          const atReason = error instanceof ProblemError ? error.issues.find((issue) => issue.path[0] === 'reason') : undefined;
          if (!atReason) {
            this.problem = describeFailure(error, this.options.common);
            return '[part~="revoke-problem"]';
          }
          // The server's words at the field; back to the reason so it can be put right.
          this.reasonIssue = atReason.message;
          this.confirming = false;
          return '#revoke-reason';
        },
      },
    );
  }

  render(): TemplateResult {
    const household = this.household;
    return html`<section class="revoke-panel" part="revoke-panel" aria-labelledby="revoke-title">
      <h3 id="revoke-title">${this.t.t('title')}</h3>
      <p class="hint">${this.t.t('intro')}</p>
      ${this.receipt ? html`<p class="receipt" part="revoke-receipt" tabindex="-1">${this.receipt}</p>` : nothing}
      ${
        household
          ? html`${this.finder.renderChosen(household, () => {
                this.household = undefined;
                this.close();
                this.update();
              })}
              <h4 id="revoke-entries-title" tabindex="-1">${this.t.t('entriesOf', household.householdNumber)}</h4>
              ${this.ledger.render({
                skeletonRows: 3,
                empty: { when: (ledger) => this.listed(ledger).length === 0, message: () => this.t.t('none') },
                ready: (ledger) =>
                  html`<ul class="tool-list" aria-labelledby="revoke-entries-title">
                    ${this.listed(ledger).map((entry) => this.renderEntry(entry))}
                  </ul>`,
              })}`
          : this.finder.render()
      }
    </section>`;
  }

  /** What the panel lists: the effective entries, and those revoked (so a revocation is seen to have happened). */
  private listed(ledger: Ledger): LedgerEntry[] {
    return ledger.entries.filter((entry) => entry.status === 'effective' || entry.status === 'revoked').sort(newestFirst);
  }

  private renderEntry(entry: LedgerEntry): TemplateResult {
    const points = this.t.t('points', entry.points);
    const open = this.revoking?.id === entry.id;
    return html`<li part="revoke-entry" data-entry=${entry.id}>
      <div class="tool-row">
        <span>
          ${this.options.ruleLabel(entry.ruleCode)} · <span class=${entry.points < 0 ? 'points negative' : 'points'}>${points}</span> ·
          ${this.t.date(entry.occurredOn, 'short')}
          ${
            entry.status === 'revoked'
              ? html` ·
                  <span class="revoked-mark" part="revoked"
                    >${this.t.t('revokedOn', this.t.date(entry.revokedOn ?? entry.occurredOn, 'short'))}</span
                  >`
              : entry.effectiveOn
                ? html` · ${this.t.t('effectiveOn', this.t.date(entry.effectiveOn, 'short'))}`
                : nothing
          }
        </span>
        ${
          entry.status === 'effective' && !open
            ? html`<button
                type="button"
                part="revoke"
                aria-describedby=${`revoke-about-${entry.id}`}
                @click=${() => {
                  this.open(entry);
                }}
              >
                ${this.t.t('revoke')}
              </button>`
            : nothing
        }
      </div>
      <span class="visually-hidden" id=${`revoke-about-${entry.id}`}>${this.options.ruleLabel(entry.ruleCode)} ${points}</span>
      ${open ? this.renderReason(entry, points) : nothing}
    </li>`;
  }

  private renderReason(entry: LedgerEntry, points: string): TemplateResult {
    return html`<form class="revoke-form" part="revoke-form" novalidate @submit=${this.onNext}>
      ${reasonField({
        id: 'revoke-reason',
        label: this.t.t('reason'),
        value: this.reason,
        issue: this.reasonIssue,
        errorId: 'revoke-reason-error',
        hint: { id: 'revoke-reason-hint', text: this.t.t('reasonHint') },
        readonly: this.confirming,
        input: (value) => {
          this.reason = value;
          this.reasonIssue = '';
        },
      })}
      ${
        this.confirming
          ? html`<div class="confirm-box" part="revoke-confirm" role="group" aria-labelledby="revoke-confirm-title">
              <h5 id="revoke-confirm-title" tabindex="-1">${this.t.t('confirmTitle')}</h5>
              <p>${this.t.t('confirmText', this.options.ruleLabel(entry.ruleCode), points, this.household?.householdNumber ?? '')}</p>
              ${this.problem ? sendProblem(this.options.common, this.problem, 'revoke-problem') : nothing}
              <div class="actions">
                <button
                  type="button"
                  class="primary"
                  part="revoke-confirm-button"
                  ?disabled=${this.sending}
                  @click=${() => void this.send()}
                >
                  ${this.sending ? this.t.t('sending') : this.t.t('confirm')}
                </button>
                <button
                  type="button"
                  ?disabled=${this.sending}
                  @click=${() => {
                    this.confirming = false;
                    this.problem = undefined;
                    this.updateAndFocus('#revoke-reason');
                  }}
                >
                  ${this.t.t('back')}
                </button>
              </div>
            </div>`
          : html`<div class="actions">
              <button type="submit" class="primary" part="revoke-next">${this.t.t('next')}</button>
              <button
                type="button"
                @click=${() => {
                  this.close();
                  this.updateAndFocus(`[data-entry="${entry.id}"] [part~="revoke"]`);
                }}
              >
                ${this.t.t('cancel')}
              </button>
            </div>`
      }
    </form>`;
  }
}
