import {
  addDays,
  applyCaseEvent,
  compareDates,
  emptyDesk,
  partyRefsOf,
  requiredSigners,
  toEpochDay,
  type CalendarDate,
  type MediationDesk,
  type MediationSession,
} from '@shanzhi/rules';
import type { Random } from './random.js';
import type { DemoMediationCase } from './types.js';

/*
 * The mediator's desk of every seeded case (docs/mediation-desk.md), built on the lifecycle generateMediationCases
 * wrote: the mediators, sessions with notes (调解笔录), the 调解协议书 with its signatures, 司法确认 reminders and 回访 —
 * some done, some due, some overdue on `asOf`, so the desk's queue and alerts have something in every state. Its own
 * random stream: the cases themselves stay exactly as generated.
 */

const places = ['村委会调解室', '村综治中心调解室', '申请人家中', '村文化礼堂会议室'];
const notes = [
  '双方陈述了各自意见。调解员讲解了相关法律规定，双方同意再协商一次。',
  '实地查看了争议现场，双方对界址有分歧，约定下次带原始凭证再谈。',
  '双方情绪平稳，就赔偿数额初步达成一致，待协议书起草后签字。',
  '被申请人未到场，已电话联系，约定改期。',
];
const methods = ['一次性当面支付', '分两期通过银行转账支付', '由被申请人在约定期限内自行拆除并恢复原状'];

function session(
  id: string,
  on: CalendarDate,
  random: Random,
  mediatorId: string,
  held?: { on: CalendarDate; parties: string[] },
): MediationSession {
  const base: MediationSession = {
    id,
    on,
    time: random.pick(['09:00', '14:30', '19:00']),
    place: random.pick(places),
    scheduledOn: addDays(on, -random.int(2, 5)),
    scheduledBy: mediatorId,
    notified: [],
  };
  return held === undefined
    ? base
    : { ...base, heldOn: held.on, attended: held.parties, notes: random.pick(notes), recordedBy: mediatorId };
}

function deskFor(one: DemoMediationCase, asOf: CalendarDate, random: Random): MediationDesk | undefined {
  const current = one.case;
  const mediatorId = current.mediatorId;
  const parties = partyRefsOf(one.intake.respondents.length);
  const desk = emptyDesk();
  if (current.state === 'refused' && current.refusalReason === 'reservedToAnotherOrgan') {
    // 森林法 Art 22: forest-land disputes between households go to the township government first.
    return { ...desk, refusal: { organName: '乡镇人民政府' } };
  }
  if (mediatorId === undefined) return undefined;
  const team = { ...desk, mediatorIds: [mediatorId] };
  const started = current.startedOn;
  if (current.state === 'assigned') {
    // Half have a session on the calendar: some still ahead, some whose day passed without notes (overdue).
    if (!random.chance(0.5)) return team;
    const on = addDays(asOf, random.int(-3, 5));
    return { ...team, sessions: [session('s1', on, random, mediatorId)] };
  }
  if (started === undefined) return team;
  const first = session('s1', started, random, mediatorId, { on: started, parties });
  if (current.state === 'inMediation') {
    const sessions = [first];
    if (random.chance(0.5)) sessions.push(session('s2', addDays(asOf, random.int(-2, 6)), random, mediatorId));
    const drafting = random.chance(0.4);
    return {
      ...team,
      sessions,
      ...(drafting
        ? {
            agreement: {
              facts: one.intake.dispute.description,
              terms: one.intake.dispute.desiredOutcome,
              performanceMethod: random.pick(methods),
              draftedOn: started,
              draftedBy: mediatorId,
              // The applicant signed; the other side has not yet.
              signatures: [{ signer: 'applicant', on: started, recordedBy: mediatorId }],
            },
          }
        : {}),
    };
  }
  if (current.state === 'concluded' && current.outcome === 'agreement' && current.closedOn !== undefined) {
    const effectiveOn = current.agreementEffectiveOn ?? current.closedOn;
    const closedOn = current.closedOn;
    const signedOn = compareDates(effectiveOn, closedOn) < 0 ? effectiveOn : closedOn;
    const age = toEpochDay(asOf) - toEpochDay(closedOn);
    // Older agreements were mostly reminded and visited (a few were not: overdue); the last month's are still due.
    const reminded = age > 30 && random.chance(0.85);
    const visited = age > 30 && random.chance(0.75);
    return {
      ...team,
      sessions: [first],
      agreement: {
        facts: one.intake.dispute.description,
        terms: one.intake.dispute.desiredOutcome,
        performanceMethod: random.pick(methods),
        performBy: addDays(closedOn, random.int(7, 30)),
        draftedOn: signedOn,
        draftedBy: mediatorId,
        signatures: requiredSigners(one.intake.respondents.length).map((signer) => ({ signer, on: signedOn, recordedBy: mediatorId })),
        effectiveOn: signedOn,
      },
      ...(reminded ? { judicialReminderOn: addDays(closedOn, random.int(0, 3)) } : {}),
      ...(visited
        ? {
            followUps: [
              {
                id: 'f1',
                on: addDays(closedOn, random.int(20, 30)),
                performance: random.pick(['fulfilled', 'fulfilled', 'partlyFulfilled'] as const),
                note: '已回访，双方对协议履行情况无异议。',
                recordedBy: mediatorId,
              },
            ],
          }
        : {}),
    };
  }
  if (current.state === 'concluded') return { ...team, sessions: [first] };
  if (current.state === 'escalated') {
    // Art 25: a threat voiced in mediation is reported to the police as the case goes up.
    const threat = current.escalatedTo === 'township';
    return {
      ...team,
      sessions: [first],
      ...(threat && current.closedOn !== undefined ? { riskReports: [{ on: current.closedOn, to: 'police' as const }] } : {}),
    };
  }
  return team;
}

/**
 * One case in mediation signed its agreement a few days before `asOf`, so the queue shows a 司法确认 reminder and a 回访
 * still running (the generated agreements are all older than the 30 days).
 */
function signedRecently(one: DemoMediationCase, asOf: CalendarDate, random: Random): DemoMediationCase {
  const started = one.case.startedOn;
  const mediatorId = one.case.mediatorId;
  if (started === undefined || mediatorId === undefined || one.desk === undefined) return one;
  const recent = addDays(asOf, -random.int(2, 6));
  const on = compareDates(recent, started) < 0 ? started : recent;
  const concluded = applyCaseEvent(one.case, { type: 'conclude', on, outcome: 'agreement', agreementEffectiveOn: on });
  if (!concluded.ok) return one;
  const signatures = requiredSigners(one.intake.respondents.length).map((signer) => ({ signer, on, recordedBy: mediatorId }));
  return {
    ...one,
    case: concluded.value,
    desk: {
      ...one.desk,
      agreement: {
        facts: one.intake.dispute.description,
        terms: one.intake.dispute.desiredOutcome,
        performanceMethod: random.pick(methods),
        draftedOn: on,
        draftedBy: mediatorId,
        signatures,
        effectiveOn: on,
      },
    },
  };
}

/** The cases with their desks (a case the desk never touched keeps none). */
export function withMediationDesks(cases: readonly DemoMediationCase[], asOf: CalendarDate, random: Random): DemoMediationCase[] {
  const out = cases.map((one) => {
    const desk = deskFor(one, asOf, random.fork(one.id));
    return desk === undefined ? one : { ...one, desk };
  });
  const recent = out.findIndex((one) => one.case.state === 'inMediation' && one.desk !== undefined);
  const chosen = out[recent];
  if (chosen !== undefined) out[recent] = signedRecently(chosen, asOf, random.fork('recent-agreement'));
  return out;
}
