import type { Client } from '@shanzhi/sdk/browser';
import type { TemplateResult } from 'lit';
import { describeFailure, errorState, loadingState, type LoadFailure } from './states.js';
import { SendingPart, type PartBasics } from './widget-part.js';

/**
 * A late panel that reads its own record (one query, one month) before it sends anything about it: the read with the
 * widget's client and village, its failure shown with a retry, and the loading state meanwhile.
 */
export abstract class ReadingPart<O extends PartBasics> extends SendingPart<O> {
  /** Why the record could not be read: `readState` shows it with a retry. */
  protected readFailure: LoadFailure | undefined;

  /**
   * Reads the record with `load` (which keeps it), rendering before and after, then moves the focus to `focusOn`.
   * Nothing happens while the client or the village is missing.
   */
  protected async read(load: (client: Client, villageId: string) => Promise<void>, focusOn: string): Promise<void> {
    const place = this.place;
    if (!place) return;
    this.readFailure = undefined;
    this.update();
    try {
      await load(...place);
    } catch (error) {
      this.readFailure = describeFailure(error, this.options.common);
    }
    this.update();
    await this.focus(focusOn);
  }

  /** While there is no record to show: the read's failure with `retry`, or the loading state. */
  protected readState(retry: () => void): TemplateResult {
    return this.readFailure ? errorState(this.options.common, this.readFailure, retry) : loadingState(this.options.common, 3);
  }
}
