import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** The reason a reviewer gives for a rejection or a revocation: what was typed, its problem, and each keystroke. */
export interface ReasonField {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  /** The reason's problem, '' when none: shown under it, the field marked invalid. */
  readonly issue: string;
  /** The problem's element: always there (empty when none), so the field's `aria-describedby` always names it. */
  readonly errorId: string;
  /** Words under the problem (how long a reason must be). */
  readonly hint?: { readonly id: string; readonly text: string };
  readonly required?: boolean;
  /** Kept on screen but not editable while the step is confirmed. */
  readonly readonly?: boolean;
  readonly input: (value: string) => void;
}

/**
 * The points desk's reason field (a batch rejected, an entry revoked): two rows, at most 500 characters as the server
 * takes them, its problem and hint tied to it by `aria-describedby`.
 */
export function reasonField(field: ReasonField): TemplateResult {
  const { id, issue, errorId, hint } = field;
  return html`<div class=${issue ? 'field invalid' : 'field'}>
    <label for=${id}>${field.label}</label>
    <textarea
      id=${id}
      rows="2"
      maxlength="500"
      ?required=${field.required === true}
      ?readonly=${field.readonly === true}
      aria-invalid=${issue ? 'true' : 'false'}
      aria-describedby=${hint ? `${errorId} ${hint.id}` : errorId}
      .value=${live(field.value)}
      @input=${(event: Event) => {
        field.input((event.target as HTMLTextAreaElement).value);
      }}
    ></textarea>
    <p class="field-error" id=${errorId}>${issue}</p>
    ${hint ? html`<p class="hint" id=${hint.id}>${hint.text}</p>` : nothing}
  </div>`;
}
