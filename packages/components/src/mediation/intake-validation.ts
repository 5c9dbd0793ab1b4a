// What the intake needs only once the applicant checks a step or picks a file, loaded after the form's first paint:
// the intake schema shared with the server (zod) and the rule messages that word its findings. Together they weigh
// about as much as the rest of the form, and a villager on a slow phone sees the first question sooner without them.
import {
  checkAcceptance,
  commonMessages as fieldMessages,
  identityMessages,
  mediationAttachmentSchema,
  mediationIntakeSchema,
  mediationIntakeSteps,
  mediationMessages as mediationRuleMessages,
  validate,
} from '@shanzhi/rules';
import type { Locale } from '@shanzhi/rules';
import { ruleTextFrom } from '../internal/rule-text.js';
import type { AttachmentMeta } from './draft.js';
import type { FileCheck } from './intake-files.js';

/** The chosen files (previews, uploads) come with the checks: a file is picked only after the form is on screen. */
export { FileShelf } from './intake-files.js';

/** Whether the committee may take the dispute at all (人民调解法 Art 17; 《人民调解工作若干规定》 Art 22), checked with the safety step. */
export { checkAcceptance };

/** The rule messages an application can show: its schemas' field, identity and mediation codes, not the catalogue. */
export const ruleTexts = ruleTextFrom(fieldMessages, identityMessages, mediationRuleMessages);

type StepCode = keyof typeof mediationIntakeSteps | 'review';

/** One step's answers against the rules' schema of that step; `review` checks the whole application. */
export function validateStep(code: StepCode, input: unknown) {
  return code === 'review' ? validate(mediationIntakeSchema, input) : validate(mediationIntakeSteps[code], input);
}

/** The application as the API takes it (normalized by the same schema the server applies). */
export function parseIntake(input: unknown) {
  return mediationIntakeSchema.parse(input);
}

/** A chosen file's name, type and size against the rules, worded in `locale` (the shelf adds the file when none). */
export function checkFile(locale: Locale): FileCheck {
  return (meta: AttachmentMeta) => {
    const result = validate(mediationAttachmentSchema, meta);
    return result.ok ? [] : ruleTexts.issues(result.issues, locale).map((one) => one.message);
  };
}
