import type { Role } from '../shared/roles.js';
import { copyTree, type TreeCopier } from './copy-tree.js';
import { consentCovers, consentPurposes, type ConsentPurpose } from './consent.js';
import { maskAddress, maskName, maskPhone, maskResidentId, maskUscc } from './mask.js';
import { scrubPersonalData } from './personal-data-text.js';
import { defaultPrivacyPolicy, type PersonalDataKind, type PrivacyPolicy } from './privacy-policy.js';

type PlainRecord = Readonly<Record<string, unknown>>;

/** Who is looking: their role, whether the data is about them or theirs to handle, and the purpose of the page. */
export interface RedactionContext {
  readonly role: Role;
  /**
   * The viewer is the person or household the data is about, so sees it all. Pass a predicate when
   * the value holds several people (both parties of a dispute): it is asked for every object, and an
   * object it accepts is shown whole, with everything nested in it.
   */
  readonly isSubject?: boolean | ((record: PlainRecord) => boolean);
  /**
   * Whether the viewer handles this record (the cadre of its village, the case's mediator). The
   * server knows and the rules package cannot: pass `false` for a privileged role looking at someone
   * else's record, and the viewer is treated like the public.
   */
  readonly handlesRecord?: boolean;
  /**
   * The purpose of the page the output is shown on (the honour board, a 公示 list). Consent covers only
   * the purpose it was given for (个人信息保护法 Arts 14, 25): without a purpose no consent reveals a name.
   */
  readonly purpose?: ConsentPurpose | null;
  /**
   * The purposes the record's person currently consents to (withdrawn consents left out). Record-level
   * consent goes in the policy's `consentFields` (default `consentPurposes: ['honourBoard']`).
   */
  readonly consent?: { readonly purposes: readonly ConsentPurpose[] };
  readonly policy?: PrivacyPolicy;
}

const maskers: Record<Exclude<PersonalDataKind, 'secret'>, (value: string) => string> = {
  name: maskName,
  phone: maskPhone,
  residentId: maskResidentId,
  uscc: maskUscc,
  address: maskAddress,
};

function fieldKey(name: string): string {
  return name.toLowerCase().replace(/[_-]/g, '');
}

function isRecord(value: unknown): value is PlainRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Purposes a record says its own person consented to, from the policy's consent fields (arrays of purposes). */
function recordPurposes(record: PlainRecord, fields: readonly string[]): ConsentPurpose[] {
  const known: readonly string[] = consentPurposes;
  return fields.flatMap((field) => {
    const value = record[field];
    return Array.isArray(value) ? value.filter((one): one is ConsentPurpose => typeof one === 'string' && known.includes(one)) : [];
  });
}

/** Masks every string (and number) under a personal-data property, whatever shape it has. */
function maskDeep(value: unknown, mask: (value: string) => string): unknown {
  if (typeof value === 'string') return mask(value);
  if (typeof value === 'number' || typeof value === 'bigint') return mask(String(value));
  if (Array.isArray(value)) return value.map((item) => maskDeep(item, mask));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskDeep(item, mask)]));
  return value;
}

/**
 * Turns any domain object into what the viewer may see: one deep, non-mutating step that every
 * response, event and log line passes through. Properties named in the policy are masked (or, for
 * secrets, removed) unless the viewer is the subject, holds a role the policy reveals that kind to,
 * or — for names only — the person's separate consent covers the page's `purpose`: consent in the
 * context, or `consentPurposes: [...]` on an object, which covers the name properties of that object
 * only, since consent is personal. A general yes/no flag (the old `consentPublicName`) reveals nothing:
 * consent must name its purpose (个人信息保护法 Arts 14, 25). Raw mobiles and ID numbers in any other
 * text are masked too.
 * Arrays stay arrays, dates stay dates, other objects come back as plain objects (as JSON would).
 */
export function redact<T>(value: T, context: RedactionContext): T {
  const policy = context.policy ?? defaultPrivacyPolicy;
  const kinds = new Map<string, PersonalDataKind>(Object.entries(policy.fields).map(([name, kind]) => [fieldKey(name), kind]));
  const subjectTest = typeof context.isSubject === 'function' ? context.isSubject : null;
  const roleSees = (kind: PersonalDataKind) => context.handlesRecord !== false && policy.reveal[kind].includes(context.role);

  const scrub = (text: string, subject: boolean) =>
    policy.scrubFreeText
      ? scrubPersonalData(text, { phones: !subject && !roleSees('phone'), residentIds: !subject && !roleSees('residentId') })
      : text;

  const fillRecord: TreeCopier<boolean>['record'] = (node, copy, subject, walk) => {
    const record = node as PlainRecord;
    const isSubject = subject || (subjectTest?.(record) ?? false);
    const consented = consentCovers(
      [...(context.consent?.purposes ?? []), ...recordPurposes(record, policy.consentFields)],
      context.purpose,
    );
    for (const [key, item] of Object.entries(record)) {
      const kind = kinds.get(fieldKey(key));
      const outKey = scrub(key, isSubject);
      if (kind === undefined) {
        copy[outKey] = walk(item, isSubject);
      } else if (kind === 'secret') {
        // Secrets are the subject's alone, whatever the viewer's role.
        if (isSubject) copy[outKey] = walk(item, isSubject);
      } else if (isSubject || roleSees(kind) || (kind === 'name' && consented)) {
        copy[outKey] = walk(item, isSubject);
      } else {
        copy[outKey] = maskDeep(item, maskers[kind]);
      }
    }
  };

  // Repeats are copied afresh: the same object may be reached once inside a subject's record and once outside.
  return copyTree(value, context.isSubject === true, { scalar: scrub, bigints: false, shareRepeats: false, record: fillRecord }) as T;
}
