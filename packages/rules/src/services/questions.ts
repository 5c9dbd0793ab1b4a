import * as z from 'zod/mini';
import { calendarDateSchema } from '../calendar/index.js';
import { ruleCheck } from '../messages/rule-check.js';
import { issue, type RuleIssue } from '../shared/result.js';
import { codeSchema, localizedTextSchema, type LocalizedText } from './text-schema.js';

/**
 * Answer types of an eligibility question, after Open311 GeoReport v2 service-definition attributes
 * (string, number, datetime, text, singlevaluelist, multivaluelist), so a portal or another backend can
 * render the same questions as its own form.
 */
export const questionTypes = ['text', 'number', 'date', 'boolean', 'singleChoice', 'multiChoice'] as const;
/** One of {@link questionTypes}. */
export type QuestionType = (typeof questionTypes)[number];

const choiceTypes: readonly QuestionType[] = ['singleChoice', 'multiChoice'];
/** Text answers longer than this are almost surely pasted by mistake; a form field can set less. */
export const maxTextAnswerChars = 500;

/** One option of a choice question: a value (letters, digits, `_`, `-`) and its label. */
export const questionOptionSchema = z.strictObject({
  value: z.string().check(z.regex(/^[a-zA-Z0-9_-]{1,40}$/)),
  label: localizedTextSchema,
});
/** A value parsed by {@link questionOptionSchema}. */
export type QuestionOption = z.output<typeof questionOptionSchema>;

/** One eligibility or intake question: its code, type, label, and its options or range. */
export interface Question {
  readonly code: string;
  readonly type: QuestionType;
  readonly label: LocalizedText;
  readonly help?: LocalizedText | undefined;
  readonly required: boolean;
  /** Position in the form, ascending; ties keep the listed order. */
  readonly order: number;
  readonly options?: readonly QuestionOption[] | undefined;
  /** For a number question its smallest and largest value; for a text question its length in characters. */
  readonly min?: number | undefined;
  readonly max?: number | undefined;
}

/** Whether a question is answered by choosing among options (single or multiple choice). */
export function isChoiceQuestion(question: Pick<Question, 'type'>): boolean {
  return choiceTypes.includes(question.type);
}

/**
 * Checks a question's definition: a choice has two or more distinct options, other types none, and a range only
 * where it fits.
 */
export function validateQuestion(question: Question): RuleIssue | null {
  const params = { question: question.code };
  if (isChoiceQuestion(question)) {
    const options = question.options ?? [];
    if (options.length < 2) return issue('services.question.optionsRequired', params, ['options']);
    const seen = new Set<string>();
    for (const [index, option] of options.entries()) {
      if (seen.has(option.value))
        return issue('services.question.duplicateOption', { ...params, value: option.value }, ['options', index, 'value']);
      seen.add(option.value);
    }
  } else if (question.options !== undefined) {
    return issue('services.question.optionsNotAllowed', params, ['options']);
  }
  const hasRange = question.min !== undefined || question.max !== undefined;
  if (hasRange && question.type !== 'number' && question.type !== 'text')
    return issue('services.question.rangeNotAllowed', params, ['min']);
  if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
    return issue('services.question.rangeInverted', params, ['min']);
  }
  return null;
}

/** A question as a guide defines it: code, type, label, options for a choice, min and max for a number. */
export const questionSchema = z
  .strictObject({
    code: codeSchema,
    type: z.enum(questionTypes),
    label: localizedTextSchema,
    help: z.optional(localizedTextSchema),
    required: z.boolean(),
    order: z.int().check(z.gte(0)),
    options: z.optional(z.array(questionOptionSchema).check(z.maxLength(50))),
    min: z.optional(z.number()),
    max: z.optional(z.number()),
  })
  .check(ruleCheck(validateQuestion));

/** An answer as the form submits it: multi-choice answers are arrays of option values. */
export type AnswerValue = string | number | boolean | readonly string[];
/** A villager's answers to a guide's questions, by question code; null or missing when not answered. */
export type Answers = Readonly<Partial<Record<string, AnswerValue | null>>>;

function noRepeats(values: readonly string[]): RuleIssue | null {
  return new Set(values).size === values.length ? null : issue('services.answer.duplicateChoice');
}

function optionValues(question: Question): [string, ...string[]] {
  const values = (question.options ?? []).map((option) => option.value);
  // validateQuestion guarantees options on choice questions; an empty enum would reject every answer anyway.
  return values as [string, ...string[]];
}

/** The schema of one question's answer (present: optionality is decided by `answersSchemaFor`). */
export function answerSchemaFor(question: Question): z.ZodMiniType<AnswerValue> {
  switch (question.type) {
    case 'text': {
      const min = Math.max(1, question.min ?? 1);
      return z.string().check(z.trim(), z.minLength(min), z.maxLength(question.max ?? maxTextAnswerChars));
    }
    case 'number': {
      const checks: z.core.$ZodCheck<number>[] = [];
      if (question.min !== undefined) checks.push(z.gte(question.min));
      if (question.max !== undefined) checks.push(z.lte(question.max));
      return z.number().check(...checks);
    }
    case 'date':
      return calendarDateSchema;
    case 'boolean':
      return z.boolean();
    case 'singleChoice':
      return z.enum(optionValues(question));
    case 'multiChoice':
      // An empty list is a real answer ("none of these"), unlike a question left blank.
      return z.array(z.enum(optionValues(question))).check(ruleCheck(noRepeats));
  }
}

/** How `answersSchema` builds its schema: `partial` makes every question optional (a half-filled form). */
export interface AnswersSchemaOptions {
  /** Make every question optional: for saving a half-filled form or checking eligibility early. */
  readonly partial?: boolean;
}

/**
 * A schema for a submitted set of answers: one key per question, required questions must be there,
 * and unknown keys are rejected so a typo in a code cannot pass silently.
 */
export function answersSchemaFor(questions: readonly Question[], options: AnswersSchemaOptions = {}): z.ZodMiniType<Answers> {
  const shape: Record<string, z.ZodMiniType<AnswerValue | undefined>> = {};
  for (const question of questions) {
    const answer = answerSchemaFor(question);
    shape[question.code] = question.required && options.partial !== true ? answer : z.optional(answer);
  }
  return z.strictObject(shape);
}

/** Questions in form order (by `order`, then as listed). */
export function sortQuestions<Q extends Pick<Question, 'order'>>(questions: readonly Q[]): Q[] {
  return questions
    .map((question, index) => ({ question, index }))
    .sort((a, b) => a.question.order - b.question.order || a.index - b.index)
    .map(({ question }) => question);
}
