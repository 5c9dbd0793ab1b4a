import { html, nothing, type TemplateResult } from 'lit';

/** One row of a description list: what it is, and its value; `undefined` leaves the row out. */
export type Term = readonly [term: string, description: string | TemplateResult] | undefined;

/** The receipt's, the review's and the status's facts, as one description list. */
export function terms(rows: readonly Term[]): TemplateResult {
  return html`<dl>
    ${rows.map((row) =>
      row === undefined
        ? nothing
        : html`<dt>${row[0]}</dt>
            <dd>${row[1]}</dd>`,
    )}
  </dl>`;
}
