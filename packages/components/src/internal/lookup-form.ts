import { html, nothing, type TemplateResult } from 'lit';

/** One field of a look-up form: a number or a code, typed as the receipt prints it. */
export interface LookupField {
  readonly name: string;
  readonly id: string;
  readonly label: string;
  readonly maxlength: number;
  readonly value: string;
  /** Case numbers and codes are upper case, request numbers lower case: each field offers its own case. */
  readonly caps: 'none' | 'characters';
  /** Where the number is found (the receipt), under the field. */
  readonly hint?: string;
}

/**
 * A public look-up by a number and its secret code (a case's status, a request's): one required text field each, no
 * spell check or autofill, and a button that says when the look-up is under way. `method="post"`: should the submit
 * handler ever not run, the browser's own submission must not put the code in a URL.
 */
export function lookupForm(
  form: {
    readonly className: string;
    readonly busy: boolean;
    /** The widget's words for the button: 查询, and 正在查询… while the look-up is under way. */
    readonly words: { t(key: 'lookup' | 'looking'): string };
    readonly submit: (event: Event) => void;
  },
  fields: readonly LookupField[],
): TemplateResult {
  const { busy, words } = form;
  return html`<form part="lookup" class=${form.className} method="post" @submit=${form.submit}>
    ${fields.map(lookupInput)}
    <div class="actions">
      <button type="submit" class="primary" aria-disabled=${busy ? 'true' : 'false'}>${words.t(busy ? 'looking' : 'lookup')}</button>
    </div>
  </form>`;
}

function lookupInput(field: LookupField): TemplateResult {
  const hintId = `${field.id}-hint`;
  return html`<div class="field">
    <label for=${field.id}>${field.label}</label>
    <input
      id=${field.id}
      name=${field.name}
      type="text"
      autocomplete="off"
      autocapitalize=${field.caps}
      spellcheck="false"
      required
      maxlength=${field.maxlength}
      aria-describedby=${field.hint === undefined ? nothing : hintId}
      .value=${field.value}
    />
    ${field.hint === undefined ? nothing : html`<p class="hint" id=${hintId}>${field.hint}</p>`}
  </div>`;
}
