import * as z from 'zod/mini';
import { answerSchemaFor, questionSchema, sortQuestions, type AnswerValue, type Answers, type Question } from './questions.js';
import { conditionSchema, evaluateCondition, openQuestions, questionsIn, type Condition, type EvaluationContext } from './conditions.js';
import { bilingualTextSchema, codeSchema, type BilingualText } from './text-schema.js';

/**
 * One requirement of a service: `when` must hold for the applicant. `reason` says the requirement
 * in plain words and is shown when it fails (e.g. "须年满16周岁" / "You must be 16 or older").
 */
export interface EligibilityRule {
  readonly code: string;
  readonly when: Condition;
  readonly reason: BilingualText;
}

/** One eligibility rule: a code, the condition the answers must meet, and the reason shown when they do not. */
export const eligibilityRuleSchema = z.strictObject({
  code: codeSchema,
  when: conditionSchema,
  reason: bilingualTextSchema,
});

/** A guide's eligibility: its questions and the rules the answers must meet. */
export interface Eligibility {
  readonly questions: readonly Question[];
  readonly rules: readonly EligibilityRule[];
}

/** Questions and rules of a guide; consistency between them is checked with the whole guide. */
export const eligibilitySchema = z.strictObject({
  questions: z.array(questionSchema).check(z.maxLength(50)),
  rules: z.array(eligibilityRuleSchema).check(z.maxLength(50)),
});

/** Eligible, not eligible, or more answers needed (three-valued: a missing answer never counts as a no). */
export type EligibilityOutcome = 'eligible' | 'notEligible' | 'needMoreInfo';

/** A rule that failed, or could not be decided for a missing answer, with the reason to show. */
export interface EligibilityReason {
  readonly rule: string;
  /** failed: the answers break the rule; undecided: answers it needs are missing. */
  readonly status: 'failed' | 'undecided';
  readonly text: BilingualText;
  /** Every question the rule reads, for pointing at them in the form. */
  readonly questions: readonly string[];
}

/** The outcome, with the rules behind it: failed ones when not eligible, undecided ones when answers are missing. */
export interface EligibilityResult {
  readonly outcome: EligibilityOutcome;
  /** Failed rules when not eligible; undecided rules when more information is needed; else empty. */
  readonly reasons: readonly EligibilityReason[];
  /** Questions to answer next (form order), only when the outcome is needMoreInfo. */
  readonly missing: readonly string[];
  /** Questions whose answers were not valid for their type; they count as unanswered. */
  readonly invalid: readonly string[];
}

function usableAnswers(questions: readonly Question[], answers: Answers): { usable: Answers; invalid: string[] } {
  const usable: Record<string, AnswerValue> = {};
  const invalid: string[] = [];
  for (const question of questions) {
    const given = answers[question.code];
    if (given === undefined || given === null || given === '') continue;
    const parsed = z.safeParse(answerSchemaFor(question), given);
    if (parsed.success) usable[question.code] = parsed.data;
    else invalid.push(question.code);
  }
  return { usable, invalid };
}

/**
 * Whether the answers meet every rule of a guide. One broken rule makes the applicant not eligible
 * even while other answers are missing (nothing more could change that); otherwise any rule that
 * cannot be decided yet asks for more information, naming the questions that would decide it.
 * A guide without rules is open to everyone.
 */
export function evaluateEligibility(
  guide: { readonly eligibility?: Eligibility | undefined },
  answers: Answers,
  context: EvaluationContext,
): EligibilityResult {
  const questions = guide.eligibility?.questions ?? [];
  const rules = guide.eligibility?.rules ?? [];
  const { usable, invalid } = usableAnswers(questions, answers);
  const failed: EligibilityReason[] = [];
  const undecided: EligibilityReason[] = [];
  const open = new Set<string>();
  for (const rule of rules) {
    const truth = evaluateCondition(rule.when, usable, context);
    if (truth === true) continue;
    const reason: EligibilityReason = {
      rule: rule.code,
      status: truth === false ? 'failed' : 'undecided',
      text: rule.reason,
      questions: questionsIn(rule.when),
    };
    if (truth === false) failed.push(reason);
    else {
      undecided.push(reason);
      for (const code of openQuestions(rule.when, usable, context)) open.add(code);
    }
  }
  if (failed.length > 0) return { outcome: 'notEligible', reasons: failed, missing: [], invalid };
  if (undecided.length === 0) return { outcome: 'eligible', reasons: [], missing: [], invalid };
  const known = new Set(questions.map((question) => question.code));
  const missing = [
    ...sortQuestions(questions.filter((question) => open.has(question.code))).map((question) => question.code),
    // A rule may read a code the guide forgot to ask (validateGuide reports it); still name it.
    ...[...open].filter((code) => !known.has(code)),
  ];
  return { outcome: 'needMoreInfo', reasons: undecided, missing, invalid };
}
