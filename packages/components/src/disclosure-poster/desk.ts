import { ProblemError, recordDisclosurePosting, type listDisclosurePostings, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { AttachmentField } from '../internal/attachment-field.js';
import { isOffline } from '../internal/connectivity.js';
import { retryProblem } from '../internal/send-problem.js';
import { plainFailure } from '../internal/plain-failure.js';
import { SendingPart, type PartBasics } from '../internal/widget-part.js';
import { deskMessages } from './desk-messages.js';
import { deskStyles } from './desk-styles.js';

/*
 * The staff side of the physical board (the desk's chunk, loaded only for a signed-in viewer): the "record posting"
 * form under the poster, and the supervisor's list of published items never put up. The board's name is not personal
 * and stays for the next item (one person usually posts a month's items on the same board); the note and the photo go
 * after each posting.
 */

type Field = 'board' | 'postedOn' | 'note' | 'photoId';
type Postings = RouteOutput<typeof listDisclosurePostings>;
export type PostingRow = Postings['items'][number];
export type Posting = RouteOutput<typeof recordDisclosurePosting>;

export interface DeskOptions extends PartBasics {
  /** The item under the poster (one item only: a month poster is recorded item by item from the list). */
  readonly itemId: () => string | undefined;
  /** The server's today: the default posting date and the latest allowed. */
  readonly today: () => string | undefined;
  /** A posting was recorded (the element emits its event and reloads the unposted list). */
  readonly recorded: (posting: Posting) => void;
}

/** A form control: a one-line text, a date (no later than `latest`) or a few lines, with its most characters. */
interface Control {
  readonly type: 'text' | 'date' | 'textarea';
  readonly value: string;
  readonly limit?: number;
  readonly latest?: string;
}

/** Most characters: the rules' postingInputSchema (board 60, note 200). */
const boardMax = 60;
const noteMax = 200;

export class PostingDesk extends SendingPart<DeskOptions> {
  private readonly t = this.localize(deskMessages, deskStyles);
  private board = '';
  private postedOn = '';
  private note = '';
  private issues = new Map<Field, string>();
  private last: Posting | undefined;
  private readonly photo: AttachmentField;

  constructor(host: ConstructorParameters<typeof SendingPart<DeskOptions>>[0], options: DeskOptions) {
    super(host, options);
    this.photo = new AttachmentField(host, {
      ...options,
      purpose: 'disclosure-posting',
      id: 'posting-photo',
      max: 1,
      // Another photo is another posting: the server must not replay the last attempt's answer.
      changed: () => {
        this.endAttempt();
      },
    });
  }

  private day(): string {
    return this.postedOn || (this.options.today() ?? '');
  }

  private check(): Map<Field, string> {
    const issues = new Map<Field, string>();
    const board = this.board.trim();
    if (board === '') issues.set('board', this.t.t('boardRequired'));
    else if (board.length > boardMax) issues.set('board', this.t.t('boardTooLong'));
    if (this.day() === '') issues.set('postedOn', this.t.t('dateRequired'));
    if (this.note.length > noteMax) issues.set('note', this.t.t('noteTooLong'));
    return issues;
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit();
  };

  async submit(): Promise<void> {
    const place = this.place;
    const itemId = this.options.itemId();
    if (this.sending || !place || itemId === undefined) return;
    this.issues = this.check();
    const filesReady = this.photo.check();
    if (this.issues.size > 0 || !filesReady) {
      this.problem = undefined;
      this.update();
      await this.focus('[part~="record-form"] [aria-invalid="true"]');
      return;
    }
    const [client, villageId] = place;
    const note = this.note.trim();
    const [photoId] = this.photo.ids;
    const body = { board: this.board.trim(), postedOn: this.day(), ...(note ? { note } : {}), ...(photoId ? { photoId } : {}) };
    await this.sendAttempt(
      JSON.stringify([itemId, body]),
      (key) => client.request(recordDisclosurePosting, { params: { villageId, disclosureId: itemId }, body }, { idempotencyKey: key }),
      {
        done: ({ data }) => {
          this.last = data;
          this.note = '';
          this.postedOn = '';
          this.photo.clear();
          this.options.announce(this.t.t('recordedAnnounce'));
          this.options.recorded(data);
          return '[part~="record-receipt"]';
        },
        failed: (error) => this.failed(error),
      },
    );
  }

  /** Puts a failure where it belongs: at its field, or above the button (what was typed stays). */
  private failed(error: unknown): string {
    // isOffline is false for any answer of the server, a 403 among them.
    this.problem = isOffline(error)
      ? { message: this.t.t('offline'), requestId: undefined }
      : plainFailure(error, this.options.common, 403, this.t.t('forbidden'));
    if (error instanceof ProblemError) {
      for (const issue of error.issues) {
        const field = issue.path[0];
        if (field === 'photoId') this.photo.showIssue(issue.message);
        else if (field === 'board' || field === 'postedOn' || field === 'note') this.issues.set(field, issue.message);
      }
      if (this.issues.size > 0) return '[part~="record-form"] [aria-invalid="true"]';
    }
    return '[part~="record-problem"]';
  }

  private edit(field: Exclude<Field, 'photoId'>, value: string): void {
    this[field] = value;
    this.endAttempt();
    if (this.issues.delete(field)) this.update();
  }

  /** A labelled control with its hint and its problem, tied to it by `aria-describedby`; typing edits `field`. */
  private field(field: Exclude<Field, 'photoId'>, label: string, control: Control, hint?: string): TemplateResult {
    const issue = this.issues.get(field);
    const id = `posting-${field}`;
    const described = hint === undefined ? `${id}-error` : `${id}-hint ${id}-error`;
    const invalid = issue === undefined ? 'false' : 'true';
    const onInput = (event: InputEvent) => {
      this.edit(field, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
    };
    const input =
      control.type === 'textarea'
        ? html`<textarea
            id=${id}
            rows="2"
            maxlength=${control.limit ?? nothing}
            .value=${live(control.value)}
            aria-invalid=${invalid}
            aria-describedby=${described}
            @input=${onInput}
          ></textarea>`
        : html`<input
            id=${id}
            type=${control.type}
            autocomplete="off"
            maxlength=${control.limit ?? nothing}
            max=${control.latest ?? nothing}
            .value=${live(control.value)}
            aria-invalid=${invalid}
            aria-describedby=${described}
            @input=${onInput}
          />`;
    return html`<div class=${issue === undefined ? 'field' : 'field invalid'}>
      <label for=${id}>${label}</label>
      ${hint === undefined ? nothing : html`<p class="hint" id=${`${id}-hint`}>${hint}</p>`} ${input}
      <p class="field-error" id=${`${id}-error`}>${issue ?? ''}</p>
    </div>`;
  }

  /** The form under a one-item poster. */
  render(): TemplateResult {
    const { t } = this;
    const today = this.options.today();
    return html`<form class="record-form no-print" part="record-form" novalidate aria-labelledby="record-title" @submit=${this.onSubmit}>
      <h3 id="record-title">${t.t('recordTitle')}</h3>
      <p class="hint">${t.t('recordHint')}</p>
      ${this.field('board', t.t('board'), { type: 'text', value: this.board, limit: boardMax }, t.t('boardHint'))}
      ${this.field('postedOn', t.t('postedOn'), { type: 'date', value: this.day(), ...(today === undefined ? {} : { latest: today }) })}
      ${this.field('note', t.t('note'), { type: 'textarea', value: this.note, limit: noteMax })} ${this.photo.render()}
      ${
        this.problem
          ? retryProblem(this.options.common, this.problem, 'record-problem', () => {
              void this.submit();
            })
          : nothing
      }
      <div class="actions">
        <button type="submit" class="primary" part="record" ?disabled=${this.sending}>
          ${this.sending ? t.t('sending') : t.t('record')}
        </button>
      </div>
      ${
        this.last && this.last.disclosureId === this.options.itemId()
          ? html`<p class="receipt" part="record-receipt" tabindex="-1">
              ${t.t('recorded', this.last.board, this.last.postedOn, this.last.postedBy.name)}
            </p>`
          : nothing
      }
    </form>`;
  }

  /** The supervisor's (and cadre's) list: published items whose current version is on no board, longest overdue first. */
  renderUnposted(postings: Postings, open: (row: PostingRow) => void): TemplateResult {
    const { t } = this;
    const { summary } = postings;
    return html`<p class="summary" part="summary">${t.t('summary', summary.total, summary.unposted, summary.outdated)}</p>
      ${
        postings.items.length === 0
          ? html`<p class="state empty" part="empty" role="status">${t.t('allPosted')}</p>`
          : html`<div class="table-wrap" tabindex="0" role="group" aria-label=${t.t('listLabel', postings.items.length)}>
              <table part="unposted">
                <caption class="visually-hidden">
                  ${t.t('listLabel', postings.items.length)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t.t('colTitle')}</th>
                    <th scope="col">${t.t('colPublished')}</th>
                    <th scope="col">${t.t('colStatus')}</th>
                    <th scope="col" class="amount">${t.t('colOverdue')}</th>
                    <th scope="col">${t.t('colAction')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${postings.items.map(
                    (row) =>
                      html`<tr data-item=${row.id}>
                        <th scope="row">${row.title}</th>
                        <td>${row.published}</td>
                        <td>
                          ${row.status === 'outdated' && row.postedVersion !== null ? t.t('status_outdated', row.postedVersion, row.currentVersion) : t.t('status_unposted')}
                        </td>
                        <td class="amount" part="overdue">${t.t('overdue', row.overdueDays)}</td>
                        <td>
                          <button
                            type="button"
                            part="open"
                            aria-label=${t.t('openLabel', row.title)}
                            @click=${() => {
                              open(row);
                            }}
                          >
                            ${t.t('open')}
                          </button>
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }`;
  }
}
