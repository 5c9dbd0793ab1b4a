import { addMonths, financeImportFields, todayInShanghai, type FinanceImportField } from '@shanzhi/rules';
import {
  answerFinanceObjection,
  getFinanceStatement,
  importFinanceStatement,
  ProblemError,
  publishFinanceStatement,
  signOffFinanceStatement,
  submitFinanceStatement,
  type RouteOutput,
} from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { describeFailure } from '../internal/states.js';
import type { PartBasics } from '../internal/widget-part.js';
import { ReadingPart } from '../internal/reading-part.js';
import { sendProblem } from '../internal/send-problem.js';
import { issueTextarea } from '../internal/issue-field.js';
import { openAlarms, renderLines } from './lines.js';
import { filledColumns, fitMapping, rememberMapping, storedMapping, withoutMissing, type Mapping } from './mapping.js';
import { panelMessages } from './panel-messages.js';
import { panelStyles } from './panel-styles.js';

export type FinanceRecord = RouteOutput<typeof getFinanceStatement>;
type Field = 'month' | 'publishOn' | 'opening' | 'file' | 'reason' | 'answer' | FinanceImportField;

/** What the desk gives its panel: what every late part gets, the month (none: a new import), the view, the change hook. */
export interface PanelOptions extends PartBasics {
  readonly month: string | undefined;
  readonly view: 'cadre' | 'supervisor';
  /** A send changed the month: the desk fires its event (the month and ids only) and shows the row as it now is. */
  readonly changed: (record: FinanceRecord) => void;
}

/** A problem found in the file: where (the line a spreadsheet shows, the header of the cell) and what. */
interface FileProblem {
  readonly line: number | undefined;
  readonly column: string | undefined;
  readonly message: string;
}

/** The header rows of a CSV, read ahead in the browser to suggest the columns (an .xlsx is left to the server). */
async function csvHead(file: File): Promise<string[][]> {
  const text = await file.slice(0, 8192).text();
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(0, 20)
    .map((line) => line.split(',').map((cell) => cell.trim().replace(/^"|"$/g, '')));
}

/** The fields whose columns the server did not find in the header, when that is all it refused; else none. */
function missingColumns(error: unknown): string[] {
  if (!(error instanceof ProblemError) || error.issues.length === 0) return [];
  const fields = error.issues.map((issue) =>
    issue.code === 'finance.import.columnNotFound' && issue.path[0] === 'mapping' ? issue.path[1] : undefined,
  );
  return fields.every((field) => typeof field === 'string') ? fields : [];
}

/**
 * One month of the desk, or the import form: the cadre chooses the file, checks the columns, imports, sees every
 * problem at its line and column, and after a clean import submits, answers objections and publishes; the
 * supervisor reads the month with its alarms and history and signs off or objects. What was typed stays on error;
 * one Idempotency-Key per attempt (SendingPart), so a retry over a dropped connection never imports or signs twice.
 */
export class FinancePanel extends ReadingPart<PanelOptions> {
  private readonly t = this.localize(panelMessages, panelStyles);
  private record: FinanceRecord | undefined;
  private importing: boolean;
  private month: string;
  private file: File | undefined;
  private opening = '';
  private mapping: Mapping;
  private fileProblems: readonly FileProblem[] = [];
  private issues = new Map<Field, string>();
  private reason = '';
  private answer = '';
  private publishOn = todayInShanghai();
  /** The columns of the last import sent: a refusal names them (the server does not echo typed text). */
  private sentColumns: Mapping = {};
  /** The supervisor asked to sign off a month with open alarms: the confirmation naming them is shown first. */
  private confirming = false;

  constructor(host: ReactiveControllerHost, options: PanelOptions) {
    super(host, options);
    this.importing = options.month === undefined;
    this.month = options.month ?? addMonths(todayInShanghai(), -1).slice(0, 7);
    this.mapping = storedMapping(options.village() ?? '');
    if (options.month !== undefined) void this.load(options.month);
    else void this.focus('[part~="panel"]');
  }

  private async load(month: string): Promise<void> {
    await this.read(async (client, villageId) => {
      this.record = (await client.request(getFinanceStatement, { params: { villageId, month } })).data;
      if (Object.keys(this.mapping).length === 0) this.mapping = { ...this.record.mapping };
    }, '[part~="panel"]');
  }

  /** 2026年11月 / November 2026: the month in the panel's language (a calendar month, formatted in UTC). */
  private monthWords(month: string): string {
    const [year = 1970, number = 1] = month.split('-').map(Number);
    return new Intl.DateTimeFormat(this.options.locale(), { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year, number - 1, 1)),
    );
  }

  /** Field problems and file problems from the server's 422 issues, by path; anything else is the panel's problem. */
  private failed(error: unknown): string {
    this.issues = new Map();
    this.fileProblems = [];
    if (error instanceof ProblemError && error.issues.length > 0) {
      const rows: FileProblem[] = [];
      for (const issue of error.issues) {
        const [head, at, column] = issue.path;
        if (head === 'rows')
          rows.push({
            line: typeof at === 'number' ? at : undefined,
            column: typeof column === 'string' ? column : undefined,
            message: issue.message,
          });
        else if (head === 'mapping' && typeof at === 'string') this.issues.set(at as FinanceImportField, this.columnMessage(issue, at));
        else if (head === 'openingBalance') this.issues.set('opening', issue.message);
        else if (head === 'reason' || head === 'answer') this.issues.set(head, issue.message);
        else rows.push({ line: undefined, column: undefined, message: issue.message });
      }
      this.fileProblems = rows;
      if (rows.length > 0) return '[part~="file-problems"]';
      return '[aria-invalid="true"]';
    }
    this.problem = describeFailure(error, this.options.common);
    return '[part~="panel-problem"]';
  }

  /**
   * A column problem in the cadre's words. The server's privacy filter puts '…' for typed text in a message's
   * params, so "表头里找不到“…”这一列" is said again here with the column this desk sent itself (the panel's own
   * words for rules `finance.import.columnNotFound`: the rules' whole finance catalogue would double the lazy chunk).
   */
  private columnMessage(issue: { readonly code?: string; readonly message: string }, field: string): string {
    const column = this.sentColumns[field as FinanceImportField];
    if (issue.code !== 'finance.import.columnNotFound' || column === undefined) return issue.message;
    return this.t.t('columnNotFound', column);
  }

  private async chooseFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared, so choosing the same (corrected) file again is a change too; the name is shown beside the input.
    input.value = '';
    if (!file) return;
    this.file = file;
    this.fileProblems = [];
    this.issues.delete('file');
    this.endAttempt();
    // The cadre's own columns stay where the new file has them; the rest is read from its header (mapping.ts).
    if (/\.csv$/i.test(file.name)) this.mapping = fitMapping(this.mapping, await csvHead(file));
    this.update();
  }

  private async sendImport(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const place = this.place;
    if (!place || this.sending) return;
    const file = this.file;
    if (!file) {
      this.issues = new Map([['file', this.t.t('noFile')]]);
      this.update();
      await this.focus('[aria-invalid="true"]');
      return;
    }
    const [client, villageId] = place;
    const columns = filledColumns(this.mapping);
    this.sentColumns = columns;
    rememberMapping(villageId, columns);
    const opening = this.opening.trim();
    const withOpening = (sent: Mapping) => ({ ...sent, ...(opening === '' ? {} : { openingBalance: opening }) });
    const query = withOpening(columns);
    const month = this.month;
    const send = (sent: Mapping, idempotencyKey: string) =>
      client.request(importFinanceStatement, { params: { villageId, month }, query: withOpening(sent), body: file }, { idempotencyKey });
    // A CSV's header was read ahead (fitMapping); an .xlsx is read by the server only. When the remembered columns do
    // not all stand in its header, the file is sent once more without them (a key of its own, as stable as the first).
    const readAhead = /\.csv$/i.test(file.name);
    await this.sendAttempt(
      `import:${month}:${file.name}:${String(file.size)}:${String(file.lastModified)}:${JSON.stringify(query)}`,
      (idempotencyKey) =>
        send(columns, idempotencyKey).catch((error: unknown) => {
          const missing = readAhead ? [] : missingColumns(error);
          if (missing.length === 0) throw error;
          this.sentColumns = withoutMissing(columns, missing);
          return send(this.sentColumns, `${idempotencyKey}-fit`);
        }),
      {
        done: (result) => {
          this.record = result.data;
          this.mapping = { ...result.data.mapping };
          rememberMapping(villageId, this.mapping);
          this.fileProblems = [];
          this.importing = false;
          this.file = undefined;
          this.options.announce(this.t.t('imported', this.monthWords(month)));
          this.options.changed(result.data);
          return '[part~="panel"]';
        },
        failed: (error) => this.failed(error),
      },
    );
  }

  /** One 民主理财 step on the opened month: submit, sign off, object, answer, publish. */
  private async step(kind: 'submit' | 'signOff' | 'object' | 'answer' | 'publish'): Promise<void> {
    const place = this.place;
    const record = this.record;
    if (!place || !record || this.sending) return;
    const [client, villageId] = place;
    const params = { villageId, month: record.month };
    if (kind === 'object' && this.reason.trim().length < 2) this.issues = new Map([['reason', this.t.t('reasonRequired')]]);
    else if (kind === 'answer' && this.answer.trim().length < 2) this.issues = new Map([['answer', this.t.t('answerTooShort')]]);
    else this.issues = new Map();
    if (this.issues.size > 0) {
      this.update();
      await this.focus('[aria-invalid="true"]');
      return;
    }
    const send = (idempotencyKey: string): Promise<FinanceRecord> => {
      const call = { idempotencyKey };
      switch (kind) {
        case 'submit':
          return client.request(submitFinanceStatement, { params, body: {} }, call).then((r) => r.data);
        case 'answer':
          return client.request(answerFinanceObjection, { params, body: { answer: this.answer.trim() } }, call).then((r) => r.data);
        case 'publish':
          return client
            .request(publishFinanceStatement, { params, body: { published: this.publishOn } }, call)
            .then(() => client.request(getFinanceStatement, { params }).then((r) => r.data));
        default:
          return client
            .request(
              signOffFinanceStatement,
              { params, body: kind === 'object' ? { decision: 'object', reason: this.reason.trim() } : { decision: 'signOff' } },
              call,
            )
            .then((r) => r.data);
      }
    };
    await this.sendAttempt(`${kind}:${record.month}:${this.reason}:${this.answer}:${this.publishOn}`, send, {
      done: (next) => {
        this.record = next;
        this.reason = '';
        this.answer = '';
        this.options.announce(this.t.t(`done_${kind}`));
        this.options.changed(next);
        return '[part~="history"]';
      },
      failed: (error) => this.failed(error),
    });
  }

  private textField(id: 'reason' | 'answer', label: string, value: string, set: (value: string) => void): TemplateResult {
    return issueTextarea({
      id: `fd-${id}`,
      label,
      value,
      issue: this.issues.get(id),
      rows: 3,
      maxLength: 1000,
      input: this.typed(id, set),
    });
  }

  /** What typing in field `id` does: keeps the value, starts a new attempt and clears the field's problem. */
  private typed(id: Field, set: (value: string) => void): (value: string) => void {
    return (value) => {
      set(value);
      this.endAttempt();
      this.issues.delete(id);
      this.update();
    };
  }

  private inputField(id: Field, label: string, value: string, set: (value: string) => void, type = 'text'): TemplateResult {
    const issue = this.issues.get(id);
    const typed = this.typed(id, set);
    return html`<div>
      <label for=${`fd-${id}`}>${label}</label>
      <input
        id=${`fd-${id}`}
        type=${type}
        .value=${live(value)}
        aria-invalid=${issue ? 'true' : 'false'}
        aria-describedby=${issue ? `fd-${id}-error` : nothing}
        @input=${(event: Event) => {
          typed((event.target as HTMLInputElement).value);
        }}
      />
      ${issue ? html`<p id=${`fd-${id}-error`} class="field-error">${issue}</p>` : nothing}
    </div>`;
  }

  private renderFileProblems(): TemplateResult | typeof nothing {
    if (this.fileProblems.length === 0) return nothing;
    return html`<div class="problems" part="file-problems" role="alert" tabindex="-1">
      <p>${this.t.t('problemsTitle', this.fileProblems.length)}</p>
      <ul>
        ${this.fileProblems.map(
          (one) =>
            html`<li data-line=${one.line ?? nothing}>
              ${one.line === undefined ? nothing : html`<strong>${this.t.t('at', one.line, one.column ?? '')}</strong>：`}${one.message}
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderImportForm(): TemplateResult {
    const fileIssue = this.issues.get('file');
    const fixedMonth = this.record !== undefined;
    return html`<form part="import-form" novalidate @submit=${(e: SubmitEvent) => void this.sendImport(e)}>
      <h3>${this.t.t('importTitle')}</h3>
      <p class="hint">${this.t.t('importHint')}</p>
      ${
        fixedMonth
          ? html`<p>${this.monthWords(this.month)}</p>`
          : this.inputField(
              'month',
              this.t.t('monthLabel'),
              this.month,
              (value) => {
                if (/^\d{4}-\d{2}$/.test(value)) this.month = value;
              },
              'month',
            )
      }
      <div>
        <label for="fd-file">${this.t.t('fileLabel')}</label>
        <input
          id="fd-file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-invalid=${fileIssue ? 'true' : 'false'}
          aria-describedby=${fileIssue ? 'fd-file-error' : nothing}
          @change=${(event: Event) => void this.chooseFile(event)}
        />
        ${this.file ? html`<p class="hint" part="chosen">${this.t.t('chosen', this.file.name)}</p>` : nothing}
        ${fileIssue ? html`<p id="fd-file-error" class="field-error">${fileIssue}</p>` : nothing}
      </div>
      ${this.inputField('opening', this.t.t('openingLabel'), this.opening, (value) => {
        this.opening = value;
      })}
      <details ?open=${financeImportFields.some((field) => this.issues.has(field))}>
        <summary>${this.t.t('columns')}</summary>
        <div class="columns">
          ${financeImportFields.map((field) =>
            this.inputField(field, this.t.t(`field_${field}`), this.mapping[field] ?? '', (value) => {
              this.mapping = { ...this.mapping, [field]: value };
            }),
          )}
        </div>
      </details>
      ${this.renderFileProblems()}
      <button type="submit" class="primary" ?disabled=${this.sending}>
        ${this.sending ? this.t.t('importing') : this.t.t('importButton')}
      </button>
    </form>`;
  }

  private renderAlarms(record: FinanceRecord): TemplateResult {
    return html`<section part="alarms" tabindex="-1" aria-labelledby="fd-alarms">
      <h3 id="fd-alarms">${this.t.t('alarmsTitle')}</h3>
      ${
        record.alarms.length === 0
          ? html`<p class="hint">${this.t.t('noAlarms')}</p>`
          : html`<ul class="alarms">
              ${record.alarms.map(
                (alarm) =>
                  html`<li>
                    ${alarm.date} · ${alarm.voucher} · ${alarm.description} · ${this.t.yuan(alarm.amount)} —
                    ${alarm.reasons.map((reason) => this.t.t(`reason_${reason}`)).join('、')}；${this.t.t(`trail_${alarm.trail}`)}
                  </li>`,
              )}
            </ul>`
      }
    </section>`;
  }

  private renderHistory(record: FinanceRecord): TemplateResult {
    return html`<section aria-labelledby="fd-history">
      <h3 id="fd-history">${this.t.t('historyTitle')}</h3>
      <ol class="history" part="history" tabindex="-1">
        ${repeat(
          record.history,
          (event) => `${event.action}:${event.at}`,
          (event) =>
            html`<li>
              ${this.t.date(event.at.slice(0, 10), 'short')} · ${this.t.t(`action_${event.action}`)} · ${event.by}
              ${event.text === undefined ? nothing : html`<span class="quoted">：${event.text}</span>`}
            </li>`,
        )}
      </ol>
    </section>`;
  }

  /**
   * Signing off a month with open money-without-mandate alarms takes a second, deliberate step: the confirmation
   * names each alarmed line first, so no supervisor signs off a 村民委员会组织法 Art 24 matter or a large sum without a
   * valid 四议两公开 decision by a single click.
   */
  private async signOff(record: FinanceRecord): Promise<void> {
    if (openAlarms(record.alarms).length === 0 || this.confirming) {
      this.confirming = false;
      await this.step('signOff');
      return;
    }
    this.confirming = true;
    this.updateAndFocus('[part~="confirm"]');
  }

  private renderConfirm(record: FinanceRecord): TemplateResult {
    const alarms = openAlarms(record.alarms);
    return html`<div part="confirm" class="problems" role="alert" tabindex="-1" aria-labelledby="fd-confirm">
      <p id="fd-confirm">${this.t.t('confirmTitle', alarms.length)}</p>
      <ul>
        ${alarms.map((alarm) => html`<li>${alarm.voucher} · ${alarm.description} · ${this.t.yuan(alarm.amount)}</li>`)}
      </ul>
      <div class="buttons">
        <button type="button" class="primary" part="confirm-sign-off" ?disabled=${this.sending} @click=${() => void this.signOff(record)}>
          ${this.t.t('confirmSignOff')}
        </button>
        <button
          type="button"
          part="confirm-back"
          @click=${() => {
            this.confirming = false;
            this.updateAndFocus('[part~="alarms"]');
          }}
        >
          ${this.t.t('confirmBack')}
        </button>
      </div>
    </div>`;
  }

  private renderActions(record: FinanceRecord): TemplateResult | typeof nothing {
    const busy = this.sending;
    if (this.options.view === 'supervisor') {
      if (record.state !== 'submitted') return nothing;
      return html`<form
        part="sign-form"
        novalidate
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
        }}
      >
        ${this.textField('reason', this.t.t('reasonLabel'), this.reason, (value) => {
          this.reason = value;
        })}
        ${
          this.confirming
            ? this.renderConfirm(record)
            : html`<div class="buttons">
                <button type="button" class="primary" part="sign-off" ?disabled=${busy} @click=${() => void this.signOff(record)}>
                  ${this.t.t('signOffButton')}
                </button>
                <button type="button" ?disabled=${busy} @click=${() => void this.step('object')}>${this.t.t('objectButton')}</button>
              </div>`
        }
      </form>`;
    }
    const mayPublish = record.state === 'signedOff' || (record.state === 'draft' && !record.signOffRequired);
    const mayReimport = record.state === 'draft' || record.state === 'objected' || record.state === 'answered';
    return html`${
        record.state === 'objected'
          ? html`<form
              part="answer-form"
              novalidate
              @submit=${(e: SubmitEvent) => {
                e.preventDefault();
                void this.step('answer');
              }}
            >
              ${this.textField('answer', this.t.t('answerLabel'), this.answer, (value) => {
                this.answer = value;
              })}
              <button type="submit" class="primary" ?disabled=${busy}>${this.t.t('answerButton')}</button>
            </form>`
          : nothing
      }
      <div class="buttons">
        ${
          record.state === 'draft' || record.state === 'answered'
            ? html`<button type="button" class="primary" part="submit" ?disabled=${busy} @click=${() => void this.step('submit')}>
                ${this.t.t('submit')}
              </button>`
            : nothing
        }
        ${
          mayReimport
            ? html`<button
                type="button"
                ?disabled=${busy}
                @click=${() => {
                  this.importing = true;
                  this.month = record.month;
                  this.updateAndFocus('[part~="import-form"] input[type="file"]');
                }}
              >
                ${this.t.t('reimport')}
              </button>`
            : nothing
        }
      </div>
      ${
        mayPublish
          ? html`<div class="buttons">
              ${this.inputField(
                'publishOn',
                this.t.t('publishDate'),
                this.publishOn,
                (value) => {
                  this.publishOn = value;
                },
                'date',
              )}
              <button type="button" class="primary" part="publish" ?disabled=${busy} @click=${() => void this.step('publish')}>
                ${this.t.t('publishButton')}
              </button>
            </div>`
          : nothing
      }
      ${record.itemId === undefined ? nothing : html`<p part="published">${this.t.t('published', record.itemId)}</p>`}`;
  }

  private renderRecord(record: FinanceRecord): TemplateResult {
    const { statement } = record;
    return html`<dl class="facts">
        <dt>${this.t.t('opening')}</dt>
        <dd>${this.t.yuan(statement.openingBalance)}</dd>
        <dt>${this.t.t('income')}</dt>
        <dd>${this.t.yuan(statement.totals.income)} (${this.t.t('lines', statement.income.length)})</dd>
        <dt>${this.t.t('expenditure')}</dt>
        <dd>${this.t.yuan(statement.totals.expenditure)} (${this.t.t('lines', statement.expenditure.length)})</dd>
        <dt>${this.t.t('closing')}</dt>
        <dd>${this.t.yuan(statement.closingBalance)}</dd>
      </dl>
      ${renderLines(statement, record.alarms, this.t)} ${this.renderAlarms(record)} ${this.renderHistory(record)}
      ${this.renderActions(record)}`;
  }

  render(): TemplateResult {
    const record = this.record;
    const label = this.t.t('panel', this.monthWords(record?.month ?? this.month));
    return html`<div class="panel" part="panel" tabindex="-1" aria-label=${label}>
      ${
        this.importing
          ? this.renderImportForm()
          : record
            ? this.renderRecord(record)
            : this.readState(() => {
                if (this.options.month !== undefined) void this.load(this.options.month);
              })
      }
      ${this.problem ? sendProblem(this.options.common, this.problem, 'panel-problem') : nothing}
    </div>`;
  }
}
