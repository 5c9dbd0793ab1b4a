import { textIn } from '@shanzhi/rules';
import type { getService, RouteOutput } from '@shanzhi/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { checkOption } from '../internal/check-option.js';
import type { Localizer } from '../internal/localize.js';
import type { guideMessages } from './guide-messages.js';
import { answersStorageKey } from './options.js';

type T = Localizer<(typeof guideMessages)['zh-CN']>;
export type Question = NonNullable<RouteOutput<typeof getService>['eligibility']>['questions'][number];
export type AnswerValue = string | number | boolean | string[] | null;
export type AnswerMap = Record<string, AnswerValue>;

/** Questions in form order (by `order`, then as listed). */
export function questionsOf(guide: RouteOutput<typeof getService>): Question[] {
  const questions = guide.eligibility?.questions ?? [];
  return questions
    .map((question, index) => ({ question, index }))
    .sort((a, b) => a.question.order - b.question.order || a.index - b.index)
    .map(({ question }) => question);
}

/** Answers live in sessionStorage only: on this device, for this tab session (cleared when it closes). */
export function loadAnswers(code: string): AnswerMap {
  try {
    const raw = globalThis.sessionStorage.getItem(answersStorageKey + code);
    const parsed: unknown = raw === null ? {} : JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as AnswerMap) : {};
  } catch {
    return {};
  }
}

export function saveAnswers(code: string, answers: AnswerMap): void {
  try {
    globalThis.sessionStorage.setItem(answersStorageKey + code, JSON.stringify(answers));
  } catch {
    // storage blocked: answers last while the guide is open
  }
}

export function clearAnswers(code: string): void {
  try {
    globalThis.sessionStorage.removeItem(answersStorageKey + code);
  } catch {
    // nothing kept
  }
}

/** Answers as the route takes them: blanks left out. */
export function submittedAnswers(answers: AnswerMap): AnswerMap {
  const out: AnswerMap = {};
  for (const [code, value] of Object.entries(answers)) if (value !== null && value !== '') out[code] = value;
  return out;
}

/** One question as a form control of its type; `onAnswer` receives the typed value (number, boolean, date string, list). */
export function renderQuestion(
  question: Question,
  value: AnswerValue | undefined,
  t: T,
  onAnswer: (code: string, value: AnswerValue) => void,
  flagged: boolean,
): TemplateResult {
  const lang = t.lang;
  const id = `q-${question.code}`;
  const label = textIn(question.label, lang);
  const help = question.help ? html`<div class="muted" id=${`${id}-help`}>${textIn(question.help, lang)}</div>` : nothing;
  const invalid = flagged ? 'true' : 'false';
  switch (question.type) {
    case 'text':
    case 'number':
    case 'date':
      return html`<div class="question" data-question=${question.code}>
        <label class="field-label" for=${id}>${label}</label>${help}
        <input
          id=${id}
          type=${question.type === 'text' ? 'text' : question.type}
          aria-invalid=${invalid}
          ?required=${question.required}
          .value=${value === undefined || value === null ? '' : String(value)}
          @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            if (question.type === 'number')
              onAnswer(question.code, input.value === '' || Number.isNaN(input.valueAsNumber) ? null : input.valueAsNumber);
            else onAnswer(question.code, input.value);
          }}
        />
      </div>`;
    case 'boolean':
    case 'singleChoice': {
      const options =
        question.type === 'boolean'
          ? [
              { value: 'true', label: t.t('yes'), typed: true as AnswerValue },
              { value: 'false', label: t.t('no'), typed: false as AnswerValue },
            ]
          : (question.options ?? []).map((option) => ({ value: option.value, label: textIn(option.label, lang), typed: option.value }));
      return html`<fieldset class="question" data-question=${question.code} aria-invalid=${invalid}>
        <legend>${label}</legend>
        ${help}
        ${options.map((option) =>
          checkOption({
            type: 'radio',
            name: id,
            value: option.value,
            checked: value === option.typed,
            label: option.label,
            change: () => {
              onAnswer(question.code, option.typed);
            },
          }),
        )}
      </fieldset>`;
    }
    case 'multiChoice': {
      const chosen = Array.isArray(value) ? value : [];
      return html`<fieldset class="question" data-question=${question.code} aria-invalid=${invalid}>
        <legend>${label}</legend>
        ${help}
        ${(question.options ?? []).map((option) =>
          checkOption({
            type: 'checkbox',
            value: option.value,
            checked: chosen.includes(option.value),
            label: textIn(option.label, lang),
            change: (event) => {
              const on = (event.target as HTMLInputElement).checked;
              const others = chosen.filter((one) => one !== option.value);
              onAnswer(question.code, on ? [...others, option.value] : others);
            },
          }),
        )}
      </fieldset>`;
    }
  }
}
