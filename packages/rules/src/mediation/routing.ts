import * as z from 'zod/mini';
import { ruleCheck } from '../messages/rule-check.js';
import { fen } from '../shared/money.js';
import { issue, type RuleIssue } from '../shared/result.js';
import { disputeTypeCodes, type DisputeTypeCode } from './dispute-types.js';
import { higherLevel, higherUrgency, levelRank, mediationLevels, urgencies, type MediationLevel, type Urgency } from './levels.js';

/**
 * 人民调解法 Art 25: a dispute likely to turn into a public-security or criminal case (民转刑) must be
 * reported to the police at once. These screening answers are the signs of that risk.
 */
export const escalationFlags = ['violenceThreatened', 'weaponsInvolved', 'groupIncident'] as const;
/** One of {@link escalationFlags}. */
export type EscalationFlag = (typeof escalationFlags)[number];

const amount = fen.check(z.minimum(0));
const partyCount = z.int().check(z.minimum(2));

/**
 * One line of the routing table. Every condition given must hold (and); a list matches when any of
 * its entries does (or). Amount bounds are inclusive; a dispute without an amount counts as 0 fen.
 */
export const routingRuleSchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,40}$/)),
  when: z.object({
    disputeTypes: z.optional(z.array(z.enum(disputeTypeCodes)).check(z.minLength(1))),
    minAmountFen: z.optional(amount),
    maxAmountFen: z.optional(amount),
    minParties: z.optional(partyCount),
    maxParties: z.optional(partyCount),
    anyFlag: z.optional(z.array(z.enum(escalationFlags)).check(z.minLength(1))),
    organisationRespondent: z.optional(z.boolean()),
  }),
  level: z.enum(mediationLevels),
  urgency: z._default(z.enum(urgencies), 'normal'),
});

/** `mediation.routing.duplicateRule` when two routing rules share an id. */
export function checkUniqueRuleIds(rules: readonly { readonly id: string }[]): RuleIssue | null {
  const seen = new Set<string>();
  for (const [index, rule] of rules.entries()) {
    if (seen.has(rule.id)) return issue('mediation.routing.duplicateRule', { rule: rule.id }, [index, 'id']);
    seen.add(rule.id);
  }
  return null;
}

/**
 * A county's routing table: ordered rules that send a dispute to a level by type, amount, parties and risk, and the
 * default level.
 */
export const routingTableSchema = z.object({
  rules: z.array(routingRuleSchema).check(ruleCheck(checkUniqueRuleIds)),
  /** Where a dispute goes when no rule matches: the village committee (小事不出村). */
  defaultLevel: z._default(z.enum(mediationLevels), 'village'),
  /**
   * The lowest level that may hold a dispute with an Art 25 risk flag. A grid worker or a village
   * committee cannot coordinate with the police station, so it is never below the township.
   */
  escalationMinimumLevel: z._default(z.enum(['township', 'county']), 'township'),
});

/** A value parsed by {@link routingRuleSchema}. */
export type RoutingRule = z.output<typeof routingRuleSchema>;
/** What {@link routingRuleSchema} accepts, before defaults are filled in. */
export type RoutingRuleInput = z.input<typeof routingRuleSchema>;
/** A value parsed by {@link routingTableSchema}. */
export type RoutingTable = z.output<typeof routingTableSchema>;
/** What {@link routingTableSchema} accepts, before defaults are filled in. */
export type RoutingTableInput = z.input<typeof routingTableSchema>;

/**
 * The default table (小事不出村、大事不出镇、矛盾不上交): most disputes stay in the village; a few
 * kinds go where the competent body sits. First match wins, so the order is part of the rule.
 */
export const defaultRoutingTable: RoutingTable = z.parse(routingTableSchema, {
  rules: [
    // Doctor–patient and traffic disputes have county professional committees (医调委, 交调委).
    { id: 'professional-committee', when: { disputeTypes: ['medical', 'trafficAccident'] }, level: 'county' },
    // ¥500,000 and above: county committees or court pre-litigation mediation (诉前调解).
    { id: 'large-amount', when: { minAmountFen: 50_000_000 }, level: 'county' },
    // Unpaid migrant workers' wages are handled first (保障农民工工资支付条例), by the township
    // labour-security office.
    { id: 'unpaid-wages', when: { disputeTypes: ['labourWages'] }, level: 'township', urgency: 'priority' },
    // Land acquisition and village administration are disputes with the village itself, which
    // cannot mediate its own case; pollution usually crosses village boundaries.
    { id: 'beyond-the-village', when: { disputeTypes: ['landAcquisition', 'villageAffairs', 'environment'] }, level: 'township' },
    { id: 'organisation-party', when: { organisationRespondent: true }, level: 'township' },
    { id: 'many-parties', when: { minParties: 5 }, level: 'township' },
    // ¥50,000 and above.
    { id: 'medium-amount', when: { minAmountFen: 5_000_000 }, level: 'township' },
    // Small neighbour quarrels between two households: the grid worker settles them on the spot.
    { id: 'small-neighbour', when: { disputeTypes: ['neighbour'], maxAmountFen: 100_000, maxParties: 2 }, level: 'grid' },
  ],
} satisfies RoutingTableInput);

/** The part of an intake that triage reads. */
export interface TriageInput {
  readonly dispute: { readonly type: DisputeTypeCode; readonly amountFen?: number | undefined };
  readonly respondents: readonly { readonly kind: 'person' | 'organisation' }[];
  readonly safety: Readonly<Record<EscalationFlag, boolean>>;
}

/**
 * Where a dispute goes: the level, the urgency, whether to report to the police now (Art 25), and the rule that
 * decided.
 */
export interface TriageResult {
  readonly level: MediationLevel;
  readonly urgency: Urgency;
  /** 人民调解法 Art 25: report to the police now, before any mediation. */
  readonly notifyPolice: boolean;
  /** The id of the rule that decided the level, or null when the table's default did. */
  readonly matchedRule: string | null;
  readonly reasons: readonly RuleIssue[];
}

/** The applicant plus every respondent. */
export function partyCountOf(intake: Pick<TriageInput, 'respondents'>): number {
  return 1 + intake.respondents.length;
}

/** Whether a routing rule's conditions all hold for a dispute. */
export function ruleMatches(rule: RoutingRule, intake: TriageInput): boolean {
  const { when } = rule;
  const amountFen = intake.dispute.amountFen ?? 0;
  const parties = partyCountOf(intake);
  if (when.disputeTypes && !when.disputeTypes.includes(intake.dispute.type)) return false;
  if (when.minAmountFen !== undefined && amountFen < when.minAmountFen) return false;
  if (when.maxAmountFen !== undefined && amountFen > when.maxAmountFen) return false;
  if (when.minParties !== undefined && parties < when.minParties) return false;
  if (when.maxParties !== undefined && parties > when.maxParties) return false;
  if (when.anyFlag && !when.anyFlag.some((flag) => intake.safety[flag])) return false;
  if (when.organisationRespondent !== undefined) {
    const hasOrganisation = intake.respondents.some((party) => party.kind === 'organisation');
    if (hasOrganisation !== when.organisationRespondent) return false;
  }
  return true;
}

const flagReason = {
  violenceThreatened: 'mediation.triage.violenceThreatened',
  weaponsInvolved: 'mediation.triage.weaponsInvolved',
  groupIncident: 'mediation.triage.groupIncident',
} as const;

/**
 * Decides the level and urgency of a new dispute: the first matching rule of the table (or its
 * default level), then the Art 25 escalation, which no table can switch off.
 */
export function triage(intake: TriageInput, table: RoutingTable = defaultRoutingTable): TriageResult {
  const reasons: RuleIssue[] = [];
  const rule = table.rules.find((candidate) => ruleMatches(candidate, intake));
  let level: MediationLevel = rule ? rule.level : table.defaultLevel;
  let urgency: Urgency = rule ? rule.urgency : 'normal';
  reasons.push(rule ? issue('mediation.triage.ruleMatched', { rule: rule.id }) : issue('mediation.triage.noRuleMatched'));

  // 人民调解法 Art 25: signs of a 民转刑 risk make the case urgent, report it to the police and take
  // it to at least the township, whatever the table says.
  const raised = escalationFlags.filter((flag) => intake.safety[flag]);
  for (const flag of raised) reasons.push(issue(flagReason[flag], undefined, ['safety', flag]));
  const notifyPolice = raised.length > 0;
  if (notifyPolice) {
    urgency = higherUrgency(urgency, 'urgent');
    if (levelRank(level) < levelRank(table.escalationMinimumLevel)) reasons.push(issue('mediation.triage.levelRaised'));
    level = higherLevel(level, table.escalationMinimumLevel);
  }
  return { level, urgency, notifyPolice, matchedRule: rule ? rule.id : null, reasons };
}
