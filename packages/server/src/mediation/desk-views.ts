import {
  compareDates,
  dueItems,
  followUpAfterDays,
  formatMessage,
  gridReportSteps,
  heldSessions,
  mediationDeadline,
  requiredSigners,
  type CalendarDate,
  type DueItem,
  type Locale,
  type MediationDesk,
  type MessageCode,
} from '@shanzhi/rules';
import type { RouteOutput, getMediationDesk, listMediationQueue } from '@shanzhi/sdk';
import type { Kysely, Transaction } from 'kysely';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/schema.js';
import { loadSettings } from '../disclosure/store.js';
import type { GridOrigin } from '../grid/mediation.js';
import type { LoadedCase, StoredCase } from './case-store.js';
import { deskOf, mediatorsOf, staffNames, tiesOnCase } from './desk-store.js';
import { contactByOf } from './views.js';

type Db = Kysely<Database> | Transaction<Database>;
type DeskView = RouteOutput<typeof getMediationDesk>;
export type QueueItem = RouteOutput<typeof listMediationQueue>['items'][number];
type CaseStatus = DeskView['status'];

/** The days after closing by which the 回访 is due: the case's village's own number (`mediationFollowUpDays`). */
export async function followUpDaysOf(db: Db, villageId: string | null | undefined): Promise<number> {
  return (villageId == null ? undefined : (await loadSettings(db, villageId)).mediationFollowUpDays) ?? followUpAfterDays;
}

/** What is due on a case today, each with its label in the caller's language; the 回访 `followUpDays` after closing. */
export function dueOf(doc: StoredCase, today: CalendarDate, locale: Locale, followUpDays: number): DeskView['due'] {
  const contactBy = contactByOf(doc.case.submittedOn, doc.triage);
  return dueItems(doc.case, deskOf(doc), contactBy, today, followUpDays).map((item: DueItem) => ({
    ...item,
    label: formatMessage(`mediation.due.${item.kind}` as MessageCode, locale),
  }));
}

/**
 * The desk's step routes that the case's state admits now (the rules still decide when one is sent). 不予受理 is the
 * answer to an application (人民调解法 Art 17; 《人民调解工作若干规定》Art 22), so it is offered only before acceptance.
 * Notes are offered once a planned session's day has come (`today`): the rules refuse them ahead of it
 * (`checkRecordSession`, mediation.desk.sessionNotYetDue).
 */
export function nextSteps(doc: StoredCase, today: CalendarDate): string[] {
  const { state, outcome } = doc.case;
  const desk = deskOf(doc);
  const pending = desk.sessions.some((one) => one.heldOn === undefined && compareDates(one.on, today) <= 0);
  const steps: string[] = ['declareMediationTies'];
  switch (state) {
    case 'submitted':
      steps.push('acceptMediationCase', 'refuseMediationCase', 'escalateMediationCase');
      break;
    case 'accepted':
      steps.push('assignMediators', 'escalateMediationCase');
      break;
    case 'assigned':
      steps.push('assignMediators', 'scheduleMediationSession', 'escalateMediationCase');
      if (pending) steps.push('recordMediationSession');
      break;
    case 'inMediation':
      steps.push('assignMediators', 'scheduleMediationSession', 'closeMediationCase', 'escalateMediationCase');
      if (pending) steps.push('recordMediationSession');
      if (heldSessions(desk).length > 0 && (desk.agreement?.signatures.length ?? 0) === 0) steps.push('draftMediationAgreement');
      if (desk.agreement !== undefined) steps.push('signMediationAgreement');
      break;
    case 'concluded':
      if (outcome === 'agreement') {
        if (desk.judicialReminderOn === undefined) steps.push('remindJudicialConfirmation');
        steps.push('recordMediationFollowUp');
      }
      break;
    default:
      break;
  }
  return steps;
}

/** The parties as the desk names them: reference, kind and name; whether a notice can reach them (never the number). */
export function partiesOf(doc: StoredCase): DeskView['parties'] {
  const { applicant, respondents } = doc.intake;
  return [
    { ref: 'applicant', kind: 'person', name: applicant.name, reachable: true },
    ...respondents.map((one, i) => ({
      ref: `respondent-${String(i + 1)}`,
      kind: one.kind,
      name: one.name,
      reachable: one.kind === 'person' && one.mobile !== undefined,
    })),
  ];
}

async function committeeOf(db: Db, villageId: string | null): Promise<string> {
  const region =
    villageId === null ? undefined : await db.selectFrom('regions').select('name').where('id', '=', villageId).executeTakeFirst();
  return `${region?.name ?? ''}人民调解委员会`;
}

/** The 调解协议书 as printed (人民调解法 Art 29): parties from the case, the content as drafted, signatures. */
async function agreementOf(db: Db, doc: StoredCase, desk: MediationDesk, status: CaseStatus): Promise<DeskView['agreement']> {
  const agreement = desk.agreement;
  if (agreement === undefined) return undefined;
  const roles: Readonly<Record<string, string>> = { applicant: '申请人' };
  return {
    caseNumber: doc.caseNumber,
    displayCaseNumber: status.displayCaseNumber,
    committee: await committeeOf(db, doc.villageId ?? null),
    parties: partiesOf(doc).map(({ ref, kind, name }) => ({ ref, role: roles[ref] ?? '被申请人', kind, name })),
    facts: agreement.facts,
    terms: agreement.terms,
    performanceMethod: agreement.performanceMethod,
    ...(agreement.performBy === undefined ? {} : { performBy: agreement.performBy }),
    draftedOn: agreement.draftedOn,
    requiredSigners: requiredSigners(doc.intake.respondents.length),
    signatures: agreement.signatures.map(({ signer, on }) => ({ signer, on })),
    ...(agreement.effectiveOn === undefined ? {} : { effectiveOn: agreement.effectiveOn }),
  };
}

const reportedLabel = { 'zh-CN': '上报', en: 'Reported' } as const;

/**
 * Where a case taken over from a grid report came from (分流交办, docs/grid.md): the report, its photos and its trail
 * up to 分析研判, as the grid helper kept them on the case (`withGridOrigin`). Staff only: the applicant's status view is
 * built from other fields and never carries it.
 */
async function originView(db: Db, origin: GridOrigin, villageId: string | null, locale: Locale): Promise<NonNullable<DeskView['origin']>> {
  const names = await staffNames(db, [...new Set(origin.history.map((entry) => entry.by.id))]);
  return {
    gridReportId: origin.gridReportId,
    gridId: origin.gridId,
    // A report becomes a case of its own village (分流交办): the photos are read there.
    ...(villageId === null ? {} : { villageId }),
    category: { code: origin.category.code, label: origin.category.label[locale] },
    text: origin.text,
    place: origin.place,
    seenOn: origin.seenOn,
    attachmentIds: [...origin.attachmentIds],
    history: origin.history.map((entry) => {
      const name = names.get(entry.by.id);
      return {
        step: entry.step,
        label:
          entry.step === 'report'
            ? reportedLabel[locale]
            : (gridReportSteps.find((one) => one.code === entry.step)?.[locale] ?? entry.step),
        on: entry.on,
        by: { role: entry.by.role, ...(name === undefined ? {} : { name }) },
        ...(entry.note === undefined ? {} : { note: entry.note }),
      };
    }),
  };
}

/** The whole desk view of a case for a mediator of its village. */
export async function deskView(
  db: Db,
  loaded: LoadedCase,
  status: CaseStatus,
  principal: Principal,
  today: CalendarDate,
  locale: Locale,
): Promise<DeskView> {
  const { doc } = loaded;
  const desk = deskOf(doc);
  const ties = await tiesOnCase(db, doc.id);
  const names = await staffNames(db, desk.mediatorIds);
  const { dispute, preferences } = doc.intake;
  const agreement = await agreementOf(db, doc, desk, status);
  const { origin } = doc as StoredCase & { readonly origin?: GridOrigin };
  return {
    status,
    parties: partiesOf(doc),
    dispute: {
      description: dispute.description,
      desiredOutcome: dispute.desiredOutcome,
      ...(dispute.amountFen === undefined ? {} : { amountFen: dispute.amountFen }),
    },
    preferences: {
      publicity: preferences.publicity,
      ...(preferences.preferredMediator === undefined ? {} : { preferredMediator: preferences.preferredMediator }),
      ...(preferences.preferredTime === undefined ? {} : { preferredTime: preferences.preferredTime }),
    },
    mediators: desk.mediatorIds.map((id) => ({ id, name: names.get(id) ?? '' })),
    candidates: [...(await mediatorsOf(db, doc.villageId ?? null))].map(([id, name]) => ({ id, name })),
    released: desk.released,
    tiedMediatorIds: [...ties.keys()].sort(),
    myTies: ties.get(principal.id) ?? [],
    sessions: desk.sessions,
    // 调解协议书 drafts start from what the applicant wrote (facts, the outcome they want).
    agreementDraft: { facts: dispute.description, terms: dispute.desiredOutcome },
    ...(agreement === undefined ? {} : { agreement }),
    ...(desk.oralAgreement === undefined ? {} : { oralAgreement: desk.oralAgreement }),
    ...(desk.judicialReminderOn === undefined ? {} : { judicialReminderOn: desk.judicialReminderOn }),
    followUps: desk.followUps,
    riskReports: desk.riskReports,
    ...(desk.transfer === undefined ? {} : { transfer: desk.transfer }),
    ...(origin === undefined ? {} : { origin: await originView(db, origin, doc.villageId ?? null, locale) }),
    due: dueOf(doc, today, locale, await followUpDaysOf(db, doc.villageId)),
    nextSteps: nextSteps(doc, today),
  };
}

/** One line of the queue: the case number as printed and the 回访's days are its village's. */
export function queueItem(
  doc: StoredCase,
  village: { readonly printed: string; readonly followUpDays: number },
  principal: Principal,
  recused: boolean,
  today: CalendarDate,
  locale: Locale,
): QueueItem {
  const desk = deskOf(doc);
  const due = dueOf(doc, today, locale, village.followUpDays);
  return {
    caseNumber: doc.caseNumber,
    displayCaseNumber: village.printed,
    disputeType: doc.intake.dispute.type,
    state: doc.case.state,
    level: doc.case.level,
    urgency: doc.triage.urgency,
    submittedOn: doc.case.submittedOn,
    ...(doc.case.acceptedOn === undefined ? {} : { acceptedOn: doc.case.acceptedOn, concludeBy: mediationDeadline(doc.case.acceptedOn) }),
    mediatorIds: desk.mediatorIds,
    assignedToMe: desk.mediatorIds.includes(principal.id),
    recused,
    due,
    overdue: due.some((item) => item.overdue),
  };
}
