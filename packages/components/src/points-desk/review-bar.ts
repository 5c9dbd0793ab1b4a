import { ProblemError, reviewPointsEntries, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type TemplateResult } from 'lit';
import { AttachmentLists } from '../internal/attachment-list.js';
import { describeFailure, type LoadFailure } from '../internal/states.js';
import { SendingPart } from '../internal/widget-part.js';
import { sendProblem } from '../internal/send-problem.js';
import { reviewMessages } from './late-messages.js';
import type { PartContext } from './part-context.js';
import { reasonField } from './reason-field.js';
import type { QueuedEntry } from './sz-points-desk.js';

export type ApproveAction = 'passFirstReview' | 'publicize';
export type ReviewAction = ApproveAction | 'reject';
type ReviewAnswer = RouteOutput<typeof reviewPointsEntries>;

export interface ReviewOptions extends PartContext {
  /** The ticked entries, in queue order. */
  readonly selected: () => readonly QueuedEntry[];
  /** The step the caller's queue takes, if any. */
  readonly action: () => ApproveAction | undefined;
  /** A batch was answered: the desk clears the selection, fires its event (ids only) and reloads the queue. */
  readonly reviewed: (action: ReviewAction, answer: ReviewAnswer) => Promise<void>;
}

interface BatchResult {
  readonly action: ReviewAction;
  readonly answer: ReviewAnswer;
  /** The entries as they were when sent, to name the refused ones after the queue has moved on. */
  readonly sent: ReadonlyMap<string, QueuedEntry>;
}

/**
 * The desk's batch review (a part of its own, loaded right after the first paint): pass the ticked entries, or send
 * them back with a required reason, in one request, and show each entry's result — a refused one with the server's
 * reason (a recusal, an entry a colleague already moved). The same batch sent again (a retry over a dropped
 * connection) reuses its Idempotency-Key, so the server replays its results instead of moving anything twice.
 */
export class ReviewBar extends SendingPart<ReviewOptions, LoadFailure & { readonly action: ReviewAction }> {
  private readonly t = this.localize(reviewMessages);
  private rejecting = false;
  private reason = '';
  private reasonError = '';
  private result: BatchResult | undefined;
  /** The evidence of the entry the reviewer asked to see (purpose `points-evidence`): read only when asked. */
  private readonly files = new AttachmentLists(this.host, this.options);
  private evidenceOf: string | undefined;

  /** The review buttons, with the evidence of `current` (the entry with the keyboard focus) above them. */
  renderActions(current?: QueuedEntry): TemplateResult | typeof nothing {
    const action = this.options.action();
    const count = this.options.selected().length;
    if (!action) return nothing;
    return html`${this.renderEvidence(current)}
      <div class="actions" part="actions" role="group" aria-label=${this.t.t('selected', count)}>
        <span class="selected-count">${this.t.t('selected', count)}</span>
        <button type="button" class="primary" part="approve" ?disabled=${this.sending} @click=${() => void this.review(action)}>
          ${action === 'passFirstReview' ? this.t.t('approve_passFirstReview', count) : this.t.t('approve_publicize', count)}
        </button>
        <button
          type="button"
          part="reject"
          aria-expanded=${this.rejecting ? 'true' : 'false'}
          ?disabled=${this.sending}
          @click=${this.openReject}
        >
          ${this.t.t('reject', count)}
        </button>
      </div>
      ${this.rejecting ? this.renderRejectForm() : nothing} ${this.renderProblem()}`;
  }

  /**
   * A reviewer judges a declaration with its evidence (photos, a receipt): a button for the focused entry, and once
   * pressed its files, each opened as asked. Another entry shows its own button again (the last one's bytes forgotten).
   */
  private renderEvidence(entry: QueuedEntry | undefined): TemplateResult | typeof nothing {
    const ids = entry?.attachmentIds ?? [];
    if (!entry || ids.length === 0) return nothing;
    const what = `${this.options.ruleLabel(entry.ruleCode)} · ${entry.householdNumber} ${entry.householdName}`;
    if (this.evidenceOf === entry.id)
      return html`<section class="evidence" part="evidence" tabindex="-1" aria-label=${this.t.t('evidence', what)}>
        ${this.files.render('pd-evidence', ids)}
      </section>`;
    return html`<button
      type="button"
      part="open-evidence"
      @click=${() => {
        this.evidenceOf = entry.id;
        this.updateAndFocus('[part~="evidence"]');
      }}
    >
      ${this.t.t('openEvidence', ids.length, what)}
    </button>`;
  }

  private readonly openReject = (): void => {
    if (this.options.selected().length === 0) {
      this.options.announce(this.t.t('chooseFirst'));
      return;
    }
    this.rejecting = !this.rejecting;
    this.update();
    if (this.rejecting) void this.focus('#reject-reason');
  };

  private renderRejectForm(): TemplateResult {
    return html`<form class="reject-form" part="reject-form" novalidate @submit=${this.onReject}>
      ${reasonField({
        id: 'reject-reason',
        label: this.t.t('rejectReason'),
        value: this.reason,
        issue: this.reasonError,
        errorId: 'reject-error',
        required: true,
        input: (value) => {
          this.reason = value;
          if (this.reasonError !== '') {
            this.reasonError = '';
            this.update();
          }
        },
      })}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.sending}>${this.t.t('confirmReject')}</button>
        <button
          type="button"
          @click=${() => {
            this.rejecting = false;
            this.reasonError = '';
            this.update();
          }}
        >
          ${this.t.t('cancel')}
        </button>
      </div>
    </form>`;
  }

  private readonly onReject = (event: SubmitEvent): void => {
    event.preventDefault();
    if (this.reason.trim() === '') {
      this.reasonError = this.t.t('reasonRequired');
      this.updateAndFocus('#reject-reason');
      return;
    }
    void this.review('reject');
  };

  /** Sends one batch of the ticked entries. */
  async review(action: ReviewAction): Promise<void> {
    const client = this.options.client();
    const villageId = this.options.village();
    const entries = this.options.selected();
    if (!client || !villageId || this.sending) return;
    if (entries.length === 0) {
      this.options.announce(this.t.t('chooseFirst'));
      return;
    }
    const reason = action === 'reject' ? this.reason.trim() : undefined;
    const entryIds = entries.map((item) => item.id);
    const signature = JSON.stringify([action, entryIds, reason ?? null]);
    const body = { entryIds, action, ...(reason === undefined ? {} : { reason }) };
    await this.sendAttempt(
      signature,
      async (key) => (await client.request(reviewPointsEntries, { params: { villageId }, body }, { idempotencyKey: key })).data,
      {
        done: async (data) => {
          this.result = { action, answer: data, sent: new Map(entries.map((item) => [item.id, item])) };
          this.rejecting = false;
          this.reason = '';
          this.options.announce(this.doneText(action, data.succeeded, data.failed));
          await this.options.reviewed(action, data);
          return '[part~="results"]';
        },
        failed: (error) => {
          const reasonIssue = error instanceof ProblemError ? error.issues.find((issue) => issue.path[0] === 'reason') : undefined;
          if (action === 'reject' && reasonIssue) {
            this.reasonError = reasonIssue.message;
            return '#reject-reason';
          }
          this.problem = { ...describeFailure(error, this.options.common), action };
          return '[part~="problem"]';
        },
      },
    );
  }

  private doneText(action: ReviewAction, ok: number, failed: number): string {
    if (action === 'reject') return this.t.t('done_reject', ok, failed);
    return action === 'passFirstReview' ? this.t.t('done_passFirstReview', ok, failed) : this.t.t('done_publicize', ok, failed);
  }

  private renderProblem(): TemplateResult | typeof nothing {
    const problem = this.problem;
    if (!problem) return nothing;
    return sendProblem(this.options.common, problem, 'problem', {
      before: this.t.t('batchFailed'),
      after: html`<button type="button" class="primary" part="retry" @click=${() => void this.review(problem.action)}>
        ${this.t.t('tryAgain')}
      </button>`,
    });
  }

  renderResult(): TemplateResult | typeof nothing {
    const result = this.result;
    if (!result) return nothing;
    const refused = result.answer.results.filter((one) => !one.ok);
    return html`<div class="results" part="results" tabindex="-1">
      <p class="results-summary">${this.doneText(result.action, result.answer.succeeded, result.answer.failed)}</p>
      ${
        refused.length === 0
          ? nothing
          : html`<h4 class="refused-title">${this.t.t('refusedTitle')}</h4>
              <ul class="refused-list">
                ${refused.map((one) => {
                  const entry = result.sent.get(one.entryId);
                  const what = entry
                    ? `${this.options.ruleLabel(entry.ruleCode)} · ${entry.householdNumber} ${entry.householdName}`
                    : one.entryId;
                  return html`<li part="refused" data-entry=${one.entryId}>${what}：${one.problem?.title ?? ''}</li>`;
                })}
              </ul>`
      }
    </div>`;
  }
}
