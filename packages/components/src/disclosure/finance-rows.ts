import type { FinanceLine } from '@shanzhi/rules';
import type { TemplateResult } from 'lit';
import { AsyncDirective, directive, type ChildPart } from 'lit/async-directive.js';

/** Lines in the first render: more than a screenful (also in elder mode), and every small statement in one go. */
const firstLines = 100;
/** Lines added per slice after that, each slice an idle callback of its own after a painted frame. */
const sliceLines = 400;
const idleTimeout = 100;

export interface FinanceRows {
  /** The line groups (income, expenditure) in reading order: the first is filled before the next begins. */
  readonly groups: readonly (readonly FinanceLine[])[];
  /** One line as a table row. */
  readonly row: (line: FinanceLine) => TemplateResult;
  /** Places each group's rendered rows (the `<tbody>`s around them). */
  readonly layout: (rows: readonly (readonly TemplateResult[])[]) => unknown;
  /** Whatever else the rows' text depends on (the locale): when it changes, the rows are rendered again. */
  readonly key: unknown;
}

/**
 * Runs `run` once the browser is idle after painting (requestIdleCallback, at most `idleTimeout` ms away), or where
 * there is none (Safari) as a task after the next frame; a timer stands in when no frames are drawn (a hidden tab).
 * Returns the cancel.
 */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const idle = requestIdleCallback(run, { timeout: idleTimeout });
    return () => {
      cancelIdleCallback(idle);
    };
  }
  let task: ReturnType<typeof setTimeout> | undefined;
  const go = () => {
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    task ??= setTimeout(run, 0);
  };
  const frame = requestAnimationFrame(go);
  const fallback = setTimeout(go, idleTimeout);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    clearTimeout(task);
  };
}

/** Keys after which the reader expects every line to be there: find in page, and the end of the statement. */
function wantsEverything(event: KeyboardEvent): boolean {
  return event.key === 'End' || event.key === 'F3' || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f');
}

/**
 * The lines of a long statement, rendered in slices so that its first screenful paints at once: the first `firstLines`
 * rows with the rest of the page, then `sliceLines` more whenever the browser is idle after a painted frame, until
 * every line is a real row of the one table. Nothing is virtualised: once complete (a few hundred ms), screen readers,
 * find in page and copying see every line. While rows are still coming the table carries `aria-busy="true"`.
 * Printing (`beforeprint`), find in page (Ctrl/⌘+F, F3) and End render the rest at once, synchronously. Placed as
 * a child of the `<table>`; the rows' templates are made once per line (again only when `key` changes).
 */
class FinanceRowsDirective extends AsyncDirective {
  private groups: readonly (readonly FinanceLine[])[] = [];
  private options: FinanceRows | undefined;
  private key: unknown;
  private rows: TemplateResult[][] = [];
  private shown = 0;
  private total = 0;
  private table: Element | undefined;
  private cancel: (() => void) | undefined;
  private listening = false;

  render(options: FinanceRows): unknown {
    this.options = options;
    return this.view();
  }

  override update(part: ChildPart, [options]: [FinanceRows]): unknown {
    this.table = part.parentNode instanceof Element ? part.parentNode : undefined;
    if (options.groups.length !== this.groups.length || options.groups.some((group, i) => group !== this.groups[i])) {
      this.groups = options.groups;
      this.total = options.groups.reduce((sum, group) => sum + group.length, 0);
      this.shown = Math.min(this.total, firstLines);
      this.rows = [];
    }
    if (options.key !== this.key) {
      this.key = options.key;
      this.rows = [];
    }
    const value = this.render(options);
    this.progress();
    return value;
  }

  /** Each group's rows up to its share of `shown`, each row's template made once. */
  private view(): unknown {
    const options = this.options;
    if (!options) return undefined;
    let left = this.shown;
    const rows = this.groups.map((group, i) => {
      const made = (this.rows[i] ??= []);
      const want = Math.min(group.length, left);
      left -= want;
      for (const line of group.slice(made.length, want)) made.push(options.row(line));
      return made.length > want ? made.slice(0, want) : made;
    });
    return options.layout(rows);
  }

  /** Marks the table busy and schedules the next slice while lines are missing; tidies up once all are there. */
  private progress(): void {
    const complete = this.shown >= this.total;
    if (complete) this.table?.removeAttribute('aria-busy');
    else this.table?.setAttribute('aria-busy', 'true');
    if (complete || !this.isConnected) {
      this.stop();
      return;
    }
    if (!this.listening) {
      this.listening = true;
      globalThis.addEventListener('beforeprint', this.flush);
      globalThis.addEventListener('keydown', this.onKey, true);
    }
    this.cancel ??= whenIdle(() => {
      this.cancel = undefined;
      this.grow(this.shown + sliceLines);
    });
  }

  private grow(to: number): void {
    if (!this.isConnected) return;
    this.shown = Math.min(this.total, to);
    this.setValue(this.view());
    this.progress();
  }

  private stop(): void {
    this.cancel?.();
    this.cancel = undefined;
    if (!this.listening) return;
    this.listening = false;
    globalThis.removeEventListener('beforeprint', this.flush);
    globalThis.removeEventListener('keydown', this.onKey, true);
  }

  /** Every line now, synchronously: what `beforeprint` needs. */
  private readonly flush = (): void => {
    this.grow(this.total);
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    if (wantsEverything(event)) this.flush();
  };

  protected override disconnected(): void {
    this.stop();
  }

  protected override reconnected(): void {
    this.progress();
  }
}

export const financeRows = directive(FinanceRowsDirective);
