import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** A late panel's labelled textarea: what was typed, the server's or the panel's problem with it, and each keystroke. */
export interface IssueTextarea {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  /** The field's problem: shown under it and tied to it by `aria-describedby`, the field marked invalid. */
  readonly issue: string | undefined;
  readonly rows: number;
  readonly maxLength: number;
  readonly input: (value: string) => void;
}

/** A labelled `<textarea>` with its problem under it (a desk panel's answer, reason or FAQ wording). */
export function issueTextarea(field: IssueTextarea): TemplateResult {
  const { id, issue } = field;
  return html`<label for=${id}>${field.label}</label>
    <textarea
      id=${id}
      rows=${field.rows}
      maxlength=${field.maxLength}
      .value=${live(field.value)}
      aria-invalid=${issue ? 'true' : 'false'}
      aria-describedby=${issue ? `${id}-error` : nothing}
      @input=${(event: Event) => {
        field.input((event.target as HTMLTextAreaElement).value);
      }}
    ></textarea>
    ${issue ? html`<p id=${`${id}-error`} class="field-error">${issue}</p>` : nothing}`;
}
