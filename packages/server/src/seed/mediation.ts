import {
  applyCaseEvent,
  checkAcceptance,
  formatCaseNumber,
  levelRank,
  openCase,
  trackingCodeFromBytes,
  trackingCodeRandomBytes,
  triage,
  usccCheckCharacter,
  type CaseEvent,
  type DisputeTypeCode,
  type MediationCase,
  type MediationIntake,
  type MediationLevel,
  type MediationRespondent,
  type OtherBody,
} from '@shanzhi/rules';
import type { DayTable } from './days.js';
import { unwrap } from './points.js';
import type { Random } from './random.js';
import { demoCountyCode } from './regions.js';
import type { DemoHousehold, DemoMediationCase, DemoStaff, DemoVillage } from './types.js';
import disputeSpecRows from './data/dispute-specs.json' with { type: 'json' };

/* ---------- what disputes look like ---------- */

interface OrganisationKind {
  readonly prefix: string;
  readonly names: readonly string[];
}

const organisations: Readonly<Record<string, OrganisationKind>> = {
  company: {
    prefix: '91',
    names: [
      '青山县宏达建筑劳务有限公司',
      '青山县顺发建设工程有限公司',
      '青山县绿源农业开发有限公司',
      '青山县安居物业管理有限公司',
      '青山县鑫旺石材有限公司',
    ],
  },
  soleTrader: { prefix: '92', names: ['青山县青溪镇旺旺生猪养殖场', '青山县石门镇兴农家禽养殖场', '青山县云岭乡老周竹制品加工厂'] },
  cooperative: { prefix: '93', names: ['青山县溪口茶叶专业合作社', '青山县高坪高山蔬菜专业合作社', '青山县桃源果蔬专业合作社'] },
  publicInstitution: { prefix: '12', names: ['青山县青溪镇中心卫生院', '青山县石门镇卫生院', '青山县云岭乡卫生院'] },
  collective: { prefix: 'N2', names: ['股份经济合作社'] },
};

interface DisputeSpec {
  readonly type: DisputeTypeCode;
  readonly descriptions: readonly string[];
  readonly outcomes: readonly string[];
  /** Amount in dispute, in fen; omitted when [0, 0]. */
  readonly amount: readonly [number, number];
  /** Organisation kind of the respondent; a neighbour household otherwise. */
  readonly organisation?: keyof typeof organisations;
  readonly weight: number;
}

// Data kept as JSON (content, not code); JSON has no tuples, so `amount` is cast back to its pair.
const disputeSpecs = disputeSpecRows as unknown as readonly DisputeSpec[];

/* ---------- where each case ends up ---------- */

type Ending =
  | 'submitted'
  | 'accepted'
  | 'assigned'
  | 'inMediation'
  | 'agreement'
  | 'noAgreement'
  | 'refusedByOtherParty'
  | 'refusedLater'
  | 'alreadyElsewhere'
  | 'reserved'
  | 'withdrawn'
  | 'threatEmerged'
  | 'tooComplex';

/** About sixty cases: every state of the lifecycle, most of them concluded as in real statistics. */
const endings: readonly (readonly [Ending, number])[] = [
  ['agreement', 17],
  ['noAgreement', 5],
  ['inMediation', 6],
  ['assigned', 4],
  ['accepted', 4],
  ['submitted', 5],
  ['refusedByOtherParty', 2],
  ['refusedLater', 1],
  ['alreadyElsewhere', 3],
  ['reserved', 1],
  ['withdrawn', 4],
  ['threatEmerged', 2],
  ['tooComplex', 2],
];

const alreadyBodies: readonly (readonly [OtherBody, string | undefined])[] = [
  ['court', undefined],
  ['police', undefined],
  ['otherAgency', '县信访局'],
  ['arbitration', undefined],
];

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export interface MediationInput {
  readonly villages: readonly DemoVillage[];
  readonly householdsByVillage: ReadonlyMap<string, readonly DemoHousehold[]>;
  readonly staff: readonly DemoStaff[];
  readonly days: DayTable;
  readonly random: Random;
}

interface Draft {
  readonly id: string;
  readonly village: DemoVillage;
  readonly household: DemoHousehold;
  readonly intake: MediationIntake;
  readonly case: MediationCase;
  readonly escalatedFromId?: string;
  continuedAsId?: string;
}

export function generateMediationCases(input: MediationInput): DemoMediationCase[] {
  const { villages, householdsByVillage, staff, days, random } = input;
  const drafts: Draft[] = [];
  let serial = 0;
  const nextId = () => `mc-${pad(++serial, 4)}`;

  const mediatorFor = (level: MediationLevel, village: DemoVillage, household: DemoHousehold): DemoStaff => {
    const pool =
      level === 'grid'
        ? staff.filter((one) => one.role === 'gridWorker' && (one.groupIds ?? []).includes(household.groupId))
        : level === 'village'
          ? staff.filter((one) => one.role === 'mediator' && one.villageId === village.id)
          : level === 'township'
            ? staff.filter((one) => one.role === 'mediator' && one.mediationLevel === 'township' && one.townId === village.townId)
            : staff.filter((one) => one.role === 'mediator' && one.mediationLevel === 'county');
    const found = pool.length > 0 ? random.pick(pool) : staff.find((one) => one.role === 'mediator');
    if (!found) throw new Error('No mediator in the demo county');
    return found;
  };

  const organisation = (kind: keyof typeof organisations, village: DemoVillage): MediationRespondent => {
    const spec = organisations[kind];
    if (!spec) throw new Error(`Unknown organisation kind ${kind}`);
    const name = kind === 'collective' ? `${village.name}${random.pick(spec.names)}` : random.pick(spec.names);
    return { kind: 'organisation', name, uscc: fictionalUscc(random, spec.prefix) };
  };

  const buildIntake = (
    village: DemoVillage,
    household: DemoHousehold,
    neighbours: readonly DemoHousehold[],
    ending: Ending,
    submittedOn: string,
  ): MediationIntake => {
    const weights = ending === 'reserved' ? disputeSpecs.filter((one) => one.type === 'forestLand') : disputeSpecs;
    const spec = pickWeighted(random, weights, (spec) => spec.weight, 'dispute specs');
    const at = random.int(0, spec.descriptions.length - 1);
    const description = spec.descriptions[at] ?? spec.descriptions[0] ?? '';
    const desiredOutcome = spec.outcomes[at] ?? spec.outcomes[0] ?? '';
    const [low, high] = spec.amount;
    const others = neighbours.filter((one) => one.id !== household.id);
    const respondent: MediationRespondent = spec.organisation
      ? organisation(spec.organisation, village)
      : (() => {
          const other = random.pick(others.length > 0 ? others : neighbours);
          return random.chance(0.7)
            ? { kind: 'person', name: other.headName, mobile: other.mobile }
            : { kind: 'person', name: other.headName };
        })();
    const respondents: MediationRespondent[] = [respondent];
    // Inheritance and support disputes often involve several siblings.
    if (spec.type === 'marriageFamily' && random.chance(0.6)) {
      for (const other of random.sample(others, random.int(1, 3))) respondents.push({ kind: 'person', name: other.headName });
    }
    const flagged = ending !== 'threatEmerged' && ending !== 'submitted' && random.chance(0.08);
    const already = ending === 'alreadyElsewhere' ? random.pick(alreadyBodies) : undefined;
    const attachments = random.chance(0.4)
      ? Array.from({ length: random.int(1, 3) }, (_, i) => ({
          name: `IMG_${submittedOn.replace(/-/g, '')}_${pad(random.int(800, 2100), 4)}${String(i)}.jpg`,
          mediaType: 'image/jpeg',
          sizeBytes: random.int(400_000, 6_000_000),
        }))
      : [];
    const intake: MediationIntake = {
      dispute: {
        type: spec.type,
        description,
        desiredOutcome,
        ...(high > 0 ? { amountFen: Math.round(random.int(low, high) / 100) * 100 } : {}),
      },
      attachments,
      applicant: {
        name: household.headName,
        mobile: household.mobile,
        ...(household.residentId === undefined ? {} : { residentId: household.residentId }),
        address: household.address,
        gridCode: household.groupId,
      },
      respondents,
      safety: {
        violenceThreatened: flagged && random.chance(0.6),
        weaponsInvolved: false,
        groupIncident: flagged && random.chance(0.5),
        alreadyBefore: already?.[0] ?? 'none',
        ...(already?.[1] === undefined ? {} : { otherAgencyName: already[1] }),
        otherPartyRefusedMediation: ending === 'refusedByOtherParty',
      },
      preferences: {
        publicity: random.chance(0.1) ? 'public' : 'closed',
        ...(random.chance(0.3) ? { preferredTime: random.pick(['工作日晚上', '周末上午', '农闲时（11月以后）', '尽快']) } : {}),
      },
      consent: { mediation: true, personalData: true },
    };
    // Keep the violence screening consistent: a flagged case has at least one flag.
    if (flagged && !intake.safety.violenceThreatened && !intake.safety.groupIncident) {
      return { ...intake, safety: { ...intake.safety, violenceThreatened: true } };
    }
    return intake;
  };

  /** Day of submission so that a case in this state is still plausibly there on asOf. */
  const submissionDay = (ending: Ending): number => {
    const last = days.last;
    switch (ending) {
      case 'submitted':
        return random.int(Math.max(0, last - 2), last);
      case 'accepted':
        return random.int(Math.max(0, last - 7), last - 1);
      case 'assigned':
        return random.int(Math.max(0, last - 12), last - 3);
      case 'inMediation':
        return random.int(Math.max(0, last - 24), last - 6);
      default:
        return random.int(0, Math.max(0, last - 50));
    }
  };

  const sequence = endings.flatMap(([ending, count]) => Array.from({ length: count }, () => ending));
  for (const ending of sequence) {
    const village = pickWeighted(random, villages, (village) => village.households, 'villages');
    const households = householdsByVillage.get(village.id) ?? [];
    const household = random.pick(households);
    let day = submissionDay(ending);
    const intake = buildIntake(village, household, households, ending, days.date(day));
    const triaged = triage(intake);
    const at = (delta: number) => {
      day = Math.min(days.last, day + delta);
      return days.date(day);
    };
    let current = openCase({ submittedOn: days.date(day), level: triaged.level });
    const apply = (event: CaseEvent) => {
      current = unwrap(applyCaseEvent(current, event), `case ${event.type}`);
    };
    const acceptance = checkAcceptance(intake);
    const id = nextId();
    let successor: { level: MediationLevel; on: number; intake: MediationIntake; ending: Ending } | undefined;

    if (!acceptance.accepted) {
      apply({
        type: 'refuse',
        on: at(random.int(0, 2)),
        reason: intake.safety.alreadyBefore === 'none' ? 'otherPartyRefused' : 'alreadyBeforeAnotherBody',
      });
    } else if (ending === 'reserved') {
      // Forest-land ownership disputes between households go to the township government first (森林法 Art 22).
      apply({ type: 'refuse', on: at(random.int(0, 3)), reason: 'reservedToAnotherOrgan' });
    } else if (ending === 'withdrawn') {
      if (random.chance(0.5)) apply({ type: 'accept', on: at(random.int(0, 2)) });
      apply({ type: 'withdraw', on: at(random.int(1, 6)) });
    } else if (ending !== 'submitted') {
      apply({ type: 'accept', on: at(random.int(0, 2)) });
      if (ending === 'refusedLater') {
        apply({ type: 'refuse', on: at(random.int(1, 4)), reason: 'otherPartyRefused' });
      } else if (ending !== 'accepted') {
        apply({ type: 'assign', on: at(random.int(0, 2)), mediatorId: mediatorFor(current.level, village, household).id });
        if (ending !== 'assigned') {
          // Art 23: the parties may ask for another mediator before mediation starts.
          if (random.chance(0.1))
            apply({ type: 'assign', on: at(random.int(0, 2)), mediatorId: mediatorFor(current.level, village, household).id });
          apply({ type: 'start', on: at(random.int(1, 4)) });
          if (ending === 'agreement') {
            const on = at(random.int(2, 20));
            apply({ type: 'conclude', on, outcome: 'agreement', ...(random.chance(0.5) ? { agreementEffectiveOn: on } : {}) });
          } else if (ending === 'noAgreement') {
            apply({ type: 'conclude', on: at(random.int(5, 25)), outcome: 'noAgreement' });
          } else if (ending === 'threatEmerged' || ending === 'tooComplex') {
            // A threat goes to the township (which works with the police station); a case too big for
            // the township goes to the county's professional committees or the court's pre-litigation mediation.
            const toLevel: MediationLevel =
              ending === 'threatEmerged' && levelRank(current.level) < levelRank('township') ? 'township' : 'county';
            if (levelRank(toLevel) > levelRank(current.level)) {
              apply({ type: 'escalate', on: at(random.int(2, 10)), toLevel });
              // 人民调解法 Art 25: a threat voiced during mediation is screened again and reported to the police.
              const nextIntake =
                ending === 'threatEmerged' ? { ...intake, safety: { ...intake.safety, violenceThreatened: true } } : intake;
              successor = {
                level: toLevel,
                on: day,
                intake: nextIntake,
                ending: random.pick(['agreement', 'inMediation', 'accepted'] as const),
              };
            } else {
              apply({ type: 'conclude', on: at(random.int(5, 20)), outcome: 'noAgreement' });
            }
          }
        }
      }
    }
    const draft: Draft = { id, village, household, intake, case: current };
    drafts.push(draft);

    if (successor) {
      const follow = successor;
      const nextId2 = nextId();
      draft.continuedAsId = nextId2;
      day = follow.on;
      let next = openCase({ submittedOn: days.date(day), level: follow.level });
      const step = (event: CaseEvent) => {
        next = unwrap(applyCaseEvent(next, event), `successor ${event.type}`);
      };
      step({ type: 'accept', on: at(random.int(0, 1)) });
      if (follow.ending !== 'accepted') {
        step({ type: 'assign', on: at(random.int(0, 2)), mediatorId: mediatorFor(follow.level, village, household).id });
        step({ type: 'start', on: at(random.int(1, 3)) });
        if (follow.ending === 'agreement' && day + 3 <= days.last)
          step({ type: 'conclude', on: at(random.int(3, 20)), outcome: 'agreement' });
      }
      drafts.push({ id: nextId2, village, household, intake: follow.intake, case: next, escalatedFromId: id });
    }
  }

  // Case numbers run per year in order of submission (人民调解法 Art 27: registration).
  const order = [...drafts].sort((a, b) =>
    a.case.submittedOn < b.case.submittedOn ? -1 : a.case.submittedOn > b.case.submittedOn ? 1 : a.id < b.id ? -1 : 1,
  );
  const numbers = new Map<string, string>();
  const perYear = new Map<number, number>();
  for (const draft of order) {
    const year = Number(draft.case.submittedOn.slice(0, 4));
    const sequenceNumber = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, sequenceNumber);
    numbers.set(draft.id, formatCaseNumber({ regionCode: demoCountyCode, year, sequence: sequenceNumber }));
  }
  const codes = new Set<string>();
  return drafts.map((draft) => {
    let code: string | null = null;
    while (code === null || codes.has(code)) code = trackingCodeFromBytes(random.bytes(trackingCodeRandomBytes));
    codes.add(code);
    return {
      id: draft.id,
      villageId: draft.village.id,
      townId: draft.village.townId,
      householdId: draft.household.id,
      caseNumber: numbers.get(draft.id) ?? '',
      trackingCode: code,
      intake: draft.intake,
      triage: triage(draft.intake),
      acceptance: checkAcceptance(draft.intake),
      case: draft.case,
      ...(draft.escalatedFromId === undefined ? {} : { escalatedFromId: draft.escalatedFromId }),
      ...(draft.continuedAsId === undefined ? {} : { continuedAsId: draft.continuedAsId }),
    };
  });
}

/** One of `items`, each as likely as its weight; `what` names the list in the error when it is empty. */
function pickWeighted<T>(random: Random, items: readonly T[], weightOf: (item: T) => number, what: string): T {
  const total = items.reduce((sum, one) => sum + weightOf(one), 0);
  let roll = random.next() * total;
  for (const item of items) {
    roll -= weightOf(item);
    if (roll < 0) return item;
  }
  const last = items[items.length - 1];
  if (!last) throw new RangeError(`No ${what}`);
  return last;
}

const usccAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A GB 32100 code with a valid check character under the fictional county code. */
export function fictionalUscc(random: Random, prefix: string): string {
  let body = '';
  for (let i = 0; i < 9; i++) body += usccAlphabet.charAt(random.int(0, i < 8 ? 30 : 9));
  const first17 = prefix + demoCountyCode + body;
  return first17 + (usccCheckCharacter(first17) ?? '0');
}
