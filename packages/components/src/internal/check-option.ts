import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** One choice of a radio group or of a list of checkboxes. */
export interface CheckOption {
  readonly type: 'radio' | 'checkbox';
  /** A radio group's name: one choice of the group at a time. */
  readonly name?: string;
  readonly value: string;
  readonly checked: boolean;
  readonly label: string;
  /** Marks the input itself (for a group whose fieldset does not carry the problem). */
  readonly invalid?: boolean;
  readonly change: (event: Event) => void;
}

/**
 * A choice with its input inside its label (`.check` in formFieldStyles), so the whole line is the target: large enough
 * for elders (WCAG 2.5.8). `checked` is compared with the input as it stands (live), not with the last render.
 */
export function checkOption(option: CheckOption): TemplateResult {
  const { invalid } = option;
  return html`<label class="check"
    ><input
      type=${option.type}
      name=${option.name ?? nothing}
      value=${option.value}
      .checked=${live(option.checked)}
      aria-invalid=${invalid === undefined ? nothing : invalid ? 'true' : 'false'}
      @change=${option.change}
    />${option.label}</label
  >`;
}
