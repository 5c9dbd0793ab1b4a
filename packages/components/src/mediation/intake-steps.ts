import type { RouteOutput, submitMediationIntake } from '@shanzhi/sdk/browser';

/** What the intake answers once the case is received (the receipt). */
export type IntakeReceipt = RouteOutput<typeof submitMediationIntake>;

/** The six steps; the first five validate with the rules' per-step schemas, the last with the whole intake schema. */
export const intakeSteps = ['dispute', 'applicant', 'respondents', 'safety', 'consent', 'review'] as const;
export type IntakeStepCode = (typeof intakeSteps)[number];

/** Each step's title, a key of the intake's words. */
export const stepLabels = {
  dispute: 'stepDispute',
  applicant: 'stepApplicant',
  respondents: 'stepRespondents',
  safety: 'stepSafety',
  consent: 'stepConsent',
  review: 'stepReview',
} as const;

/** One text question (an input, or a textarea when `multiline`); `path` says where its answer goes in the draft. */
export interface TextFieldOptions {
  readonly path: readonly (string | number)[];
  readonly label: string;
  readonly value: string;
  readonly type?: 'text' | 'tel';
  readonly autocomplete?: string;
  readonly inputmode?: 'text' | 'tel' | 'decimal' | 'numeric';
  readonly personal?: boolean;
  readonly hint?: string;
  readonly optional?: boolean;
  readonly multiline?: boolean;
  readonly maxlength?: number;
  readonly issuePath?: readonly (string | number)[];
}

/** One radio button (or, with `type`, a checkbox); with `issueId` it carries that question's invalid state and message. */
export interface ChoiceOptions {
  readonly path: string;
  readonly label: string;
  readonly checked: boolean;
  readonly type?: 'radio' | 'checkbox';
  readonly id?: string;
  readonly name?: string;
  readonly value?: string;
  readonly issueId?: string;
}
