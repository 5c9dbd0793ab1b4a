import { higherLevel, openCase, type CalendarDate, type MediationIntake } from '@shanzhi/rules';
import type { Transaction } from 'kysely';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/schema.js';
import { updateCase, type StoredCase } from '../mediation/case-store.js';
import { registerIntake } from '../mediation/intake.js';
import type { StoredGridReport } from './store.js';

/**
 * Where a case taken over from a grid report came from: the report, its photos and its history up to 分流交办, kept
 * in the case's document beside the intake ("a dispute becomes a mediation case with the report's history"). Only
 * the mediators of the case read the document; the applicant's status view is built from other fields.
 */
export interface GridOrigin {
  readonly gridReportId: string;
  readonly gridId: string;
  readonly category: StoredGridReport['category'];
  readonly text: string;
  readonly place: StoredGridReport['place'];
  readonly seenOn: CalendarDate;
  readonly attachmentIds: readonly string[];
  readonly history: StoredGridReport['history'];
}

interface CaseFromGrid extends StoredCase {
  readonly origin: GridOrigin;
}

/** The case with the report attached: what was known up to 分流交办 (the report and its 分析研判). */
export function withGridOrigin(doc: StoredCase, report: StoredGridReport): CaseFromGrid {
  return {
    ...doc,
    origin: {
      gridReportId: report.id,
      gridId: report.gridId,
      category: report.category,
      text: report.text,
      place: report.place,
      seenOn: report.seenOn,
      attachmentIds: report.attachmentIds,
      history: report.history.filter((entry) => entry.step === 'report' || entry.step === 'assess'),
    },
  };
}

/**
 * The case at the level the 分析研判 chose [004: the assessment decides 小事不出网格、大事不出村、难事不出镇]. The
 * county's routing table and the Art 25 escalation (人民调解法: a 民转刑 risk goes to the township or higher) may
 * only raise it: the case goes to the higher of the two levels. Where the assessment raised it, the table's own
 * reason ("set by rule …", "the default level") no longer holds and is dropped; safety reasons stay.
 */
function atAssessedLevel(doc: StoredCase, assessed: StoredGridReport['level']): StoredCase {
  if (assessed === undefined) return doc;
  const level = higherLevel(doc.triage.level, assessed);
  if (level === doc.triage.level) return doc;
  const tableReason = (code: string) => code === 'mediation.triage.ruleMatched' || code === 'mediation.triage.noRuleMatched';
  return {
    ...doc,
    triage: { ...doc.triage, level, matchedRule: null, reasons: doc.triage.reasons.filter((reason) => !tableReason(reason.code)) },
    case: openCase({ submittedOn: doc.case.submittedOn, level }),
  };
}

/**
 * 分流交办 to the mediation committee [004 "小事不出网格、大事不出村"]: registers the intake through the mediation
 * store (acceptance rules, triage, case number, audit — 人民调解法 Arts 17, 27) at the level the assessment chose,
 * then attaches the report's history. Everything runs in the assignment's transaction: if the step fails, no case is
 * left behind.
 */
export async function assignToMediation(
  trx: Transaction<Database>,
  report: StoredGridReport,
  intake: MediationIntake,
  principal: Principal,
  today: CalendarDate,
  now: Date,
): Promise<NonNullable<StoredGridReport['mediationCase']>> {
  const registered = await registerIntake(trx, intake, principal, today, now);
  const doc = withGridOrigin(atAssessedLevel(registered.doc, report.level), report);
  await updateCase(trx, doc);
  return { id: doc.id, caseNumber: doc.caseNumber, displayCaseNumber: registered.printed };
}
