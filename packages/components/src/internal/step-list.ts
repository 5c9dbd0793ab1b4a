import { html, type TemplateResult } from 'lit';

/** What a step list needs of a procedure's step (a request's, as the desk or the villager's look-up reads it). */
export interface ListedStep {
  readonly code: string;
  readonly done: boolean;
}

/**
 * A request's procedure step by step (the staff desk's panel and the villager's look-up show it alike): each step done,
 * the next one (`aria-current="step"`) or later, marked by its code; `item` says what the step's row shows.
 */
export function stepList<S extends ListedStep>(
  steps: readonly S[],
  next: S | undefined,
  item: (step: S, isNext: boolean) => TemplateResult,
): TemplateResult {
  return html`<ol class="steps" part="steps">
    ${steps.map((step) => {
      const isNext = step === next;
      return html`<li
        class=${step.done ? 'done' : isNext ? 'next' : 'later'}
        data-step=${step.code}
        aria-current=${isNext ? 'step' : 'false'}
      >
        ${item(step, isNext)}
      </li>`;
    })}
  </ol>`;
}
