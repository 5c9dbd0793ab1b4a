import * as z from 'zod/mini';
import { daysBetween, isCalendarDate, parseCalendarDate, type CalendarDate } from '../calendar/date.js';
import { ruleCheck } from '../messages/rule-check.js';
import { issue, type IssuePath, type RuleIssue } from '../shared/result.js';
import type { AnswerValue, Answers, Question, QuestionType } from './questions.js';

/*
 * Eligibility conditions are data in a small JSON language, so they can be stored with the guide,
 * reviewed by staff, shipped to the browser and evaluated the same way by a Java or Go backend.
 * Nothing here ever turns text into code (no eval, no new Function).
 */

/**
 * The operators a condition may use on an answer: comparisons, `in`, `includes`, `answered`, and the age and
 * elapsed-days tests.
 */
export const conditionOperators = [
  'eq',
  'neq',
  'gt',
  'gte',
  'lt',
  'lte',
  'in',
  'includes',
  'answered',
  'ageAtLeast',
  'ageBelow',
  'withinLastDays',
] as const;
/** One of {@link conditionOperators}. */
export type ConditionOperator = (typeof conditionOperators)[number];

/** One value a condition compares an answer with. */
export type ConditionScalar = string | number | boolean;
/** The value a condition compares with: one value, or a list for `in`. */
export type ConditionValue = ConditionScalar | readonly ConditionScalar[];

/** A test on one answer. Date operators count from the `asOf` date given at evaluation. */
export interface QuestionTest {
  readonly question: string;
  readonly op: ConditionOperator;
  readonly value?: ConditionValue | undefined;
}
/** A condition that holds when every one of `all` holds. */
export interface AllOf {
  readonly all: readonly Condition[];
}
/** A condition that holds when at least one of `any` holds. */
export interface AnyOf {
  readonly any: readonly Condition[];
}
/** A condition that holds when `not` does not. */
export interface NotOf {
  readonly not: Condition;
}
/** A declarative eligibility condition: a test on one answer, or all / any / not of others. Data, never code. */
export type Condition = AllOf | AnyOf | NotOf | QuestionTest;

/** Deeper trees are a sign of generated or hostile data; no real guide needs more. */
export const maxConditionDepth = 8;

const operatorsByType: Readonly<Record<QuestionType, readonly ConditionOperator[]>> = {
  text: ['answered', 'eq', 'neq', 'in'],
  number: ['answered', 'eq', 'neq', 'in', 'gt', 'gte', 'lt', 'lte'],
  date: ['answered', 'eq', 'neq', 'in', 'gt', 'gte', 'lt', 'lte', 'ageAtLeast', 'ageBelow', 'withinLastDays'],
  boolean: ['answered', 'eq', 'neq'],
  singleChoice: ['answered', 'eq', 'neq', 'in'],
  multiChoice: ['answered', 'includes'],
};

const countingOperators: readonly ConditionOperator[] = ['ageAtLeast', 'ageBelow', 'withinLastDays'];

/** Checks one node's own shape: exactly one form, and a value that fits the operator in general. */
interface NodeShape {
  readonly all?: readonly unknown[] | undefined;
  readonly any?: readonly unknown[] | undefined;
  readonly not?: unknown;
  readonly question?: string | undefined;
  readonly op?: ConditionOperator | undefined;
  readonly value?: ConditionValue | undefined;
}

function validateNode(node: NodeShape): RuleIssue | null {
  const forms = [node.all, node.any, node.not, node.question].filter((part) => part !== undefined).length;
  if (forms !== 1 || (node.question !== undefined) !== (node.op !== undefined)) return issue('services.condition.invalidShape');
  if (node.question === undefined || node.op === undefined) {
    return node.value === undefined ? null : issue('services.condition.invalidShape');
  }
  const { op, value } = node;
  const params = { question: node.question, op };
  let fits: boolean;
  if (op === 'answered') fits = value === undefined;
  else if (op === 'in') fits = Array.isArray(value) && value.length > 0;
  else if (countingOperators.includes(op)) fits = typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
  else fits = value !== undefined && !Array.isArray(value);
  return fits ? null : issue('services.condition.valueMismatch', params, ['value']);
}

const scalarSchema = z.union([z.string().check(z.maxLength(200)), z.number(), z.boolean()]);

/* One node of the tree. A union of four strict objects would report a malformed node as one opaque
 * "invalid union" at the root; a single object with optional forms keeps the path to the bad node.
 * Children go through z.lazy because `.check` copies the shape while the constant is still unset. */
const childSchema = z.lazy((): z.ZodMiniType<NodeShape> => conditionNodeSchema);
const childrenSchema = z.optional(z.array(childSchema).check(z.minLength(1), z.maxLength(50)));
const conditionNodeSchema: z.ZodMiniType<NodeShape> = z
  .strictObject({
    all: childrenSchema,
    any: childrenSchema,
    not: z.optional(childSchema),
    question: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
    op: z.optional(z.enum(conditionOperators)),
    value: z.optional(z.union([scalarSchema, z.array(scalarSchema).check(z.maxLength(100))])),
  })
  .check(ruleCheck(validateNode));

/** Depth of untrusted input, stopping early, so a hostile document cannot exhaust the stack. */
function depthOf(input: unknown, limit: number): number {
  if (typeof input !== 'object' || input === null) return 0;
  if (limit < 0) return 1;
  const node = input as { all?: unknown; any?: unknown; not?: unknown };
  let deepest = 0;
  const children = [
    ...(Array.isArray(node.all) ? (node.all as unknown[]) : []),
    ...(Array.isArray(node.any) ? (node.any as unknown[]) : []),
    node.not,
  ];
  for (const child of children) deepest = Math.max(deepest, depthOf(child, limit - 1));
  return deepest + 1;
}

function validateDepth(input: unknown): RuleIssue | null {
  return depthOf(input, maxConditionDepth) > maxConditionDepth ? issue('services.condition.tooDeep', { maximum: maxConditionDepth }) : null;
}

/** A condition tree: its depth is checked before the recursive parse ever starts. */
export const conditionSchema = z.pipe(
  z.unknown().check(ruleCheck(validateDepth)),
  conditionNodeSchema,
) as unknown as z.ZodMiniType<Condition>;

/** Whether a condition is a test on one answer rather than all / any / not. */
export function isQuestionTest(condition: Condition): condition is QuestionTest {
  return 'question' in condition;
}

/** The question codes under a condition, in first-seen order, leaving out the parts `skip` says to. */
function questionsUnder(condition: Condition, skip: (node: Condition) => boolean): string[] {
  const found = new Set<string>();
  const walk = (node: Condition): void => {
    if (skip(node)) return;
    if ('all' in node) node.all.forEach(walk);
    else if ('any' in node) node.any.forEach(walk);
    else if ('not' in node) walk(node.not);
    else found.add(node.question);
  };
  walk(condition);
  return [...found];
}

/** Every question code a condition reads, in first-seen order. */
export function questionsIn(condition: Condition): string[] {
  return questionsUnder(condition, () => false);
}

function valueFits(value: ConditionScalar, question: Question, op: ConditionOperator): RuleIssue | null {
  const mismatch = issue('services.condition.valueMismatch', { question: question.code, op });
  switch (question.type) {
    case 'number':
      return typeof value === 'number' ? null : mismatch;
    case 'boolean':
      return typeof value === 'boolean' ? null : mismatch;
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? null : mismatch;
    case 'text':
      return typeof value === 'string' ? null : mismatch;
    case 'singleChoice':
    case 'multiChoice':
      if (typeof value !== 'string') return mismatch;
      return (question.options ?? []).some((option) => option.value === value)
        ? null
        : issue('services.condition.unknownOption', { question: question.code, value });
  }
}

/**
 * What is wrong with a condition against the guide's questions: unknown question codes, operators
 * that do not fit the question's type, values of the wrong type, choice values that are not options.
 */
export function conditionIssues(condition: Condition, questions: readonly Question[], path: IssuePath = []): RuleIssue[] {
  const byCode = new Map(questions.map((question) => [question.code, question]));
  const found: RuleIssue[] = [];
  const walk = (node: Condition, at: IssuePath): void => {
    if ('all' in node)
      node.all.forEach((child, index) => {
        walk(child, [...at, 'all', index]);
      });
    else if ('any' in node)
      node.any.forEach((child, index) => {
        walk(child, [...at, 'any', index]);
      });
    else if ('not' in node) walk(node.not, [...at, 'not']);
    else {
      const question = byCode.get(node.question);
      if (!question) {
        found.push(issue('services.condition.unknownQuestion', { question: node.question }, [...at, 'question']));
        return;
      }
      if (!operatorsByType[question.type].includes(node.op)) {
        found.push(
          issue('services.condition.operatorMismatch', { question: question.code, op: node.op, type: question.type }, [...at, 'op']),
        );
        return;
      }
      if (node.op === 'answered' || countingOperators.includes(node.op) || node.value === undefined) return;
      const values: readonly ConditionScalar[] = Array.isArray(node.value) ? node.value : [node.value as ConditionScalar];
      for (const value of values) {
        const problem = valueFits(value, question, node.op);
        if (problem) {
          found.push({ ...problem, path: [...at, 'value'] });
          return;
        }
      }
    }
  };
  walk(condition, path);
  return found;
}

/** Three-valued truth: null means "cannot tell yet" (an answer it needs is missing). */
export type Truth = boolean | null;

/** What evaluation counts dates from: `asOf`, the day ages and elapsed days are counted to. */
export interface EvaluationContext {
  /** The date ages and elapsed days are counted to, in Asia/Shanghai (usually the application date). */
  readonly asOf: CalendarDate;
}

/** Whether an answer was given: not missing, null or an empty string (false and 0 are answers). */
export function isAnswered(value: AnswerValue | null | undefined): value is AnswerValue {
  return value !== undefined && value !== null && value !== '';
}

/**
 * Whole years from `birth` to `asOf` (周岁). Someone born on 29 February reaches each new age on
 * 1 March in common years, as the month-and-day comparison gives.
 */
export function ageOn(birth: CalendarDate, asOf: CalendarDate): number {
  const b = parseCalendarDate(birth);
  const a = parseCalendarDate(asOf);
  const beforeBirthday = a.month < b.month || (a.month === b.month && a.day < b.day);
  return a.year - b.year - (beforeBirthday ? 1 : 0);
}

function compare(answer: AnswerValue, value: ConditionValue | undefined): number | null {
  if (typeof answer === 'number' && typeof value === 'number') return answer - value;
  if (typeof answer === 'string' && typeof value === 'string' && isCalendarDate(answer) && isCalendarDate(value)) {
    return answer < value ? -1 : answer > value ? 1 : 0;
  }
  return null;
}

function testAnswer(test: QuestionTest, answer: AnswerValue, context: EvaluationContext): Truth {
  const { op, value } = test;
  switch (op) {
    case 'answered':
      return true;
    case 'eq':
    case 'neq': {
      if (Array.isArray(answer)) return null;
      return (answer === value) === (op === 'eq');
    }
    case 'in':
      return Array.isArray(value) && !Array.isArray(answer)
        ? (value as readonly ConditionScalar[]).includes(answer as ConditionScalar)
        : null;
    case 'includes':
      return Array.isArray(answer) && typeof value === 'string' ? answer.includes(value) : null;
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const diff = compare(answer, value);
      if (diff === null) return null;
      return op === 'gt' ? diff > 0 : op === 'gte' ? diff >= 0 : op === 'lt' ? diff < 0 : diff <= 0;
    }
    case 'ageAtLeast':
    case 'ageBelow':
    case 'withinLastDays': {
      if (typeof answer !== 'string' || !isCalendarDate(answer) || typeof value !== 'number') return null;
      if (op === 'withinLastDays') {
        const elapsed = daysBetween(answer, context.asOf);
        return elapsed >= 0 && elapsed <= value;
      }
      const age = ageOn(answer, context.asOf);
      return op === 'ageAtLeast' ? age >= value : age < value;
    }
  }
}

/**
 * Evaluates with Kleene's three-valued logic: `all` is false as soon as one part is false, `any` is
 * true as soon as one part is true, otherwise a missing answer leaves the result open (null).
 * An answer of the wrong type counts as missing: it has to be given again.
 */
export function evaluateCondition(condition: Condition, answers: Answers, context: EvaluationContext): Truth {
  if ('all' in condition || 'any' in condition) {
    // The value one part settles the whole with: false for `all`, true for `any`.
    const [parts, settling] = 'all' in condition ? [condition.all, false] : [condition.any, true];
    let result: Truth = !settling;
    for (const part of parts) {
      const truth = evaluateCondition(part, answers, context);
      if (truth === settling) return settling;
      if (truth === null) result = null;
    }
    return result;
  }
  if ('not' in condition) {
    const truth = evaluateCondition(condition.not, answers, context);
    return truth === null ? null : !truth;
  }
  const answer = answers[condition.question];
  if (!isAnswered(answer)) return condition.op === 'answered' ? false : null;
  return testAnswer(condition, answer, context);
}

/**
 * The questions whose answers would move an undecided condition: only those under undecided parts
 * (a part already decided does not need more answers), in first-seen order.
 */
export function openQuestions(condition: Condition, answers: Answers, context: EvaluationContext): string[] {
  return questionsUnder(condition, (node) => evaluateCondition(node, answers, context) !== null);
}
