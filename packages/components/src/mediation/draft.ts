import type { MediationIntakeInput } from '@shanzhi/rules';

/** Answers to the yes/no safety questions: '' until the applicant chose, so a skipped question never reads as "no". */
export type YesNo = '' | 'yes' | 'no';

export interface RespondentDraft {
  kind: 'person' | 'organisation';
  name: string;
  mobile: string;
  uscc: string;
}

export interface AttachmentMeta {
  /** Shown to the applicant only: an uploaded file is sent by its id, without its name (intake-files.ts). */
  readonly name: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
  /** The server's id once the file is uploaded. */
  attachmentId?: string | undefined;
}

/** What the applicant typed, exactly as typed: nothing is dropped or reformatted until it is sent. */
export interface IntakeDraft {
  step: number;
  dispute: { type: string; description: string; desiredOutcome: string; amount: string };
  attachments: AttachmentMeta[];
  applicant: { name: string; mobile: string; residentId: string; address: string; gridCode: string };
  respondents: RespondentDraft[];
  safety: {
    violenceThreatened: YesNo;
    weaponsInvolved: YesNo;
    groupIncident: YesNo;
    alreadyBefore: string;
    otherAgencyName: string;
    otherPartyRefusedMediation: YesNo;
  };
  preferences: { publicity: 'closed' | 'public'; preferredMediator: string; preferredTime: string };
  consent: { mediation: boolean; personalData: boolean };
  /** The Idempotency-Key of the current attempt to submit; kept across retries and reloads, dropped on any edit. */
  attemptKey?: string | undefined;
}

export function emptyRespondent(): RespondentDraft {
  return { kind: 'person', name: '', mobile: '', uscc: '' };
}

export function emptyDraft(): IntakeDraft {
  return {
    step: 0,
    dispute: { type: '', description: '', desiredOutcome: '', amount: '' },
    attachments: [],
    applicant: { name: '', mobile: '', residentId: '', address: '', gridCode: '' },
    respondents: [emptyRespondent()],
    safety: {
      violenceThreatened: '',
      weaponsInvolved: '',
      groupIncident: '',
      alreadyBefore: '',
      otherAgencyName: '',
      otherPartyRefusedMediation: '',
    },
    preferences: { publicity: 'closed', preferredMediator: '', preferredTime: '' },
    consent: { mediation: false, personalData: false },
  };
}

export const draftKey = 'sz-mediation-intake-draft';

/** sessionStorage only: a reload keeps the work, a shared computer at the service station does not. */
export function loadDraft(key = draftKey): IntakeDraft | undefined {
  try {
    const raw = globalThis.sessionStorage.getItem(key);
    if (raw === null) return undefined;
    const parsed = JSON.parse(raw) as Partial<IntakeDraft>;
    const base = emptyDraft();
    return {
      ...base,
      ...parsed,
      dispute: { ...base.dispute, ...parsed.dispute },
      applicant: { ...base.applicant, ...parsed.applicant },
      safety: { ...base.safety, ...parsed.safety },
      preferences: { ...base.preferences, ...parsed.preferences },
      consent: { ...base.consent, ...parsed.consent },
      respondents:
        Array.isArray(parsed.respondents) && parsed.respondents.length > 0
          ? parsed.respondents.map((one) => ({ ...emptyRespondent(), ...one }))
          : base.respondents,
      attachments: Array.isArray(parsed.attachments) ? parsed.attachments : [],
    };
  } catch {
    return undefined;
  }
}

export function saveDraft(draft: IntakeDraft, key = draftKey): void {
  try {
    globalThis.sessionStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // storage blocked or full: the draft lives for this page only
  }
}

export function clearDraft(key = draftKey): void {
  try {
    globalThis.sessionStorage.removeItem(key);
  } catch {
    // nothing stored
  }
}

/**
 * True when no answer was given yet (a fresh draft is not worth keeping, nor announcing as restored): compared as the
 * answers that would be sent, so the step, the attempt's key, blanks and anything an older version stored beside the
 * answers do not count.
 */
export function isEmptyDraft(draft: IntakeDraft): boolean {
  return JSON.stringify(toIntakeInput(draft)) === JSON.stringify(toIntakeInput(emptyDraft()));
}

const amountPattern = /^\d{1,12}(?:\.\d{1,2})?$/;

/** Yuan as typed → integer fen; `NaN` when it is not an amount (the caller shows its own message). */
export function yuanToFen(text: string): number {
  const clean = text.trim().replace(/[,，¥￥\s]/g, '');
  if (!amountPattern.test(clean)) return Number.NaN;
  const [whole = '0', fraction = ''] = clean.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function yesNo(value: YesNo): boolean | undefined {
  return value === '' ? undefined : value === 'yes';
}

/** The draft as the rules' schema input; empty optional fields are left out, unanswered questions stay missing. */
export function toIntakeInput(draft: IntakeDraft): MediationIntakeInput {
  const { dispute, applicant, safety, preferences } = draft;
  const amount = dispute.amount.trim() === '' ? undefined : yuanToFen(dispute.amount);
  const input = {
    dispute: {
      type: dispute.type === '' ? undefined : dispute.type,
      description: dispute.description.trim(),
      desiredOutcome: dispute.desiredOutcome.trim(),
      ...(amount === undefined || Number.isNaN(amount) ? {} : { amountFen: amount }),
    },
    attachments: draft.attachments.map(({ name, mediaType, sizeBytes, attachmentId }) =>
      attachmentId === undefined ? { name, mediaType, sizeBytes } : { attachmentId, mediaType, sizeBytes },
    ),
    applicant: {
      name: applicant.name.trim(),
      mobile: applicant.mobile.trim(),
      residentId: optionalText(applicant.residentId),
      address: optionalText(applicant.address),
      gridCode: optionalText(applicant.gridCode),
    },
    respondents: draft.respondents.map((one) =>
      one.kind === 'organisation'
        ? { kind: 'organisation', name: one.name.trim(), uscc: one.uscc.trim().toUpperCase() }
        : { kind: 'person', name: one.name.trim(), mobile: optionalText(one.mobile) },
    ),
    safety: {
      violenceThreatened: yesNo(safety.violenceThreatened),
      weaponsInvolved: yesNo(safety.weaponsInvolved),
      groupIncident: yesNo(safety.groupIncident),
      alreadyBefore: safety.alreadyBefore === '' ? undefined : safety.alreadyBefore,
      otherAgencyName: safety.alreadyBefore === 'otherAgency' ? optionalText(safety.otherAgencyName) : undefined,
      otherPartyRefusedMediation: yesNo(safety.otherPartyRefusedMediation),
    },
    preferences: {
      publicity: preferences.publicity,
      preferredMediator: optionalText(preferences.preferredMediator),
      preferredTime: optionalText(preferences.preferredTime),
    },
    consent: { mediation: draft.consent.mediation, personalData: draft.consent.personalData },
  };
  // Undefined keys are dropped so the JSON body and the schema see the same object.
  return JSON.parse(JSON.stringify(input)) as MediationIntakeInput;
}

/** The id of the control an issue path points at: ['respondents', 0, 'uscc'] → 'f-respondents-0-uscc'. */
export function fieldId(path: readonly (string | number)[]): string {
  return `f-${path.map(String).join('-')}`;
}
