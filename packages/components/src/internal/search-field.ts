import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ImeSearch } from './ime-search.js';

export interface SearchFieldOptions {
  /** The IME-aware typing controller that turns keystrokes into queries. */
  readonly search: ImeSearch;
  /** The visible label (every field has one: a placeholder is not a label, WCAG 3.3.2). */
  readonly label: string;
  /** The query shown, when it comes from elsewhere (the URL, a reset). */
  readonly value?: string;
  readonly placeholder?: string;
  /** A line under the label saying what can be searched; read out with the field. */
  readonly hint?: string;
  readonly maxLength?: number;
  /** Words of a search button. Without one, Enter searches (and typing does, after the controller's wait). */
  readonly button?: string;
  /** The id of the input, unique in the widget's shadow root (default `search`). */
  readonly id?: string;
  /**
   * `false` leaves out the `search` landmark role: for a widget a page may show more than once (two boards side by
   * side), where identical landmarks would repeat (axe landmark-unique). Default `true`.
   */
  readonly landmark?: boolean;
}

/**
 * The one search field of every widget: a `search` landmark with a labelled `type=search` input, the IME-aware
 * events (no query while pinyin is being composed), Enter to search at once, and an optional button — a form, so
 * a phone's keyboard shows "search" and the button works without script-specific handlers.
 */
export function searchField(options: SearchFieldOptions): TemplateResult {
  const { search } = options;
  const id = options.id ?? 'search';
  const hintId = options.hint ? `${id}-hint` : undefined;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).querySelector('input');
    search.flush(input?.value ?? '');
  };
  return html`<form
    class="search"
    role=${ifDefined(options.landmark === false ? undefined : 'search')}
    part="search-form"
    @submit=${onSubmit}
  >
    <label class="field-label" for=${id}>${options.label}</label>
    ${options.hint ? html`<p class="hint" id=${ifDefined(hintId)}>${options.hint}</p>` : nothing}
    <div class="search-row">
      <input
        id=${id}
        part="search"
        type="search"
        name="q"
        maxlength=${options.maxLength ?? 50}
        .value=${options.value ?? ''}
        autocomplete="off"
        enterkeyhint="search"
        placeholder=${ifDefined(options.placeholder)}
        aria-describedby=${ifDefined(hintId)}
        @compositionstart=${search.onCompositionStart}
        @compositionend=${search.onCompositionEnd}
        @input=${search.onInput}
        @keydown=${search.onKeyDown}
      />
      ${options.button ? html`<button type="submit" part="search-button">${options.button}</button>` : nothing}
    </div>
  </form>`;
}

/** Layout of the search field; the input itself is styled by `formFieldStyles`. */
export const searchFieldStyles = css`
  .search {
    margin: 0 0 var(--_space-2);
  }
  .search .hint {
    margin: 0 0 var(--_space-1);
  }
  .search-row {
    display: flex;
    gap: var(--_space-2);
    align-items: stretch;
  }
  .search-row input {
    flex: 1 1 12em;
    min-width: 0;
    width: 100%;
  }
  /* The placeholder wraps to the width it has instead of being cut off (en in 长辈版 on a phone). */
  .search-row input::placeholder {
    text-overflow: ellipsis;
  }
`;
