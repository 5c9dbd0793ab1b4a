import * as z from 'zod/mini';
import { reliefPublicFieldCodes } from './relief-fields.js';
import { defaultRequestLifecycles } from '../requests/lifecycle.js';

const days = (max: number) => z.int().check(z.minimum(0), z.maximum(max));

/** `proxy.accept`, `order.negotiate` …: each request step after the villager's own first one (the one they file). */
const requestStepKeys = Object.entries(defaultRequestLifecycles).flatMap(([kind, lifecycle]) =>
  lifecycle.steps.slice(1).map((step) => `${kind}.${step.code}`),
);

/**
 * What varies between villages (and provinces) in the disclosure rules. Every default is documented
 * in docs/rules/disclosure.md; a village changes them through its own adopted rules, not through code.
 */
export const disclosureSettingsSchema = z.object({
  /**
   * 村民委员会组织法 Art 30: finance is disclosed monthly where collective transactions are frequent,
   * otherwise with the general matters at least quarterly. Most villages that hold collective assets
   * fall under the monthly rule, so it is on by default.
   */
  financeMonthly: z._default(z.boolean(), true),
  /** Days after the end of a finance period by which its statement is due (month M → the 10th of M+1). */
  financeGraceDays: z._default(days(60), 10),
  /** Days after the end of a quarter (or year) by which general matters are due; local rules commonly say "by the 10th of the first month of the next quarter". */
  generalGraceDays: z._default(days(60), 10),
  /**
   * Art 30 says major matters are disclosed "随时" (at any time, i.e. straight away). Straight away
   * has to be a number to be checked: 5 calendar days after the decision unless the village sets
   * another. The same limit applies to 决议公开 in a 四议两公开 trail.
   */
  majorMatterDays: z._default(days(60), 5),
  /**
   * Working days the committee has to answer a villager's query (查询) or objection about a disclosed item, counted
   * from the day after it arrives with the holiday calendar. 村民委员会组织法 Art 30 obliges the committee to accept
   * villagers' queries ("接受村民的查询") but sets no deadline, and no national rule for villages does: the 20 working
   * days of 政府信息公开条例 Art 33 and the 60 days of 信访工作条例 bind organs of the state, not a village committee.
   * So this is the village's own number (docs/rules/disclosure-queries.md); 5 keeps an answer within the week.
   */
  queryAnswerWorkingDays: z._default(z.int().check(z.minimum(1), z.maximum(60)), 5),
  /** Largest attachment accepted, in bytes (20 MiB by default: a scanned multi-page voucher PDF fits). */
  maxAttachmentBytes: z._default(z.int().check(z.minimum(1), z.maximum(1024 * 1024 * 1024)), 20 * 1024 * 1024),
  /**
   * The party members' meeting (审议 step) sits with half or more of the branch's voting members present:
   * 《中国共产党支部工作条例（试行）》 Art 11, "表决必须有半数以上有表决权的党员到会方可进行" (以上 includes the number,
   * 民法典 Art 1259). `'twoThirds'` is the stricter quorum some county 四议两公开 guides ask for, kept as the village's
   * own choice.
   */
  partyMeetingQuorum: z._default(z.enum(['half', 'twoThirds']), 'half'),
  /**
   * Whom "a majority in favour" at the party members' meeting counts against. Art 11: "赞成人数超过应到会有表决权的
   * 党员的半数为通过" — more than half of all voting members who should attend (`'members'`, the default). `'present'`
   * (more than half of those present) is below Art 11; it is still read so that settings stored before this
   * correction load, and the docs say not to choose it.
   */
  partyMeetingMajorityOf: z._default(z.enum(['present', 'members']), 'members'),
  /**
   * Whether a decision opened on the desk must first record 一听 (villagers' opinions heard, with channel and summary):
   * seed 000 "一听、四议、两公开、一监督", practice guidance rather than statute. On by default; decisions recorded before
   * 一听 was part of shanzhi keep no value and are checked without it (trail-schema.ts `hearingRequired`).
   */
  hearingRequired: z._default(z.boolean(), true),
  /**
   * Which fields of a relief or subsidy list (低保, 特困 …) the public sees. The default is what the 低保 rules
   * publish: 申请人姓名 (masked here), 家庭成员数量 and 保障金额, with the 村民小组 so a villager can find the
   * entry. A village may show fewer. There is no way to show an ID number, a phone, an address or health data:
   * those fields are not in this list at all (个人信息保护法 Art 6: the smallest scope needed; Art 28: health data is
   * sensitive). The basis for showing the rest is 个人信息保护法 Art 13(1)(3), a duty the law places on the village.
   */
  reliefPublicFields: z._default(
    z.array(z.enum(reliefPublicFieldCodes)).check(z.minLength(1), z.maxLength(reliefPublicFieldCodes.length)),
    [...reliefPublicFieldCodes],
  ),
  /**
   * The chart of accounts the village keeps its books in (finance-chart.ts): the 2023 《农村集体经济组织会计制度》
   * (财会〔2023〕14号, in force 2024-01-01) by default; '2004' for books still on the 《村集体经济组织会计制度》 it replaced.
   */
  accountingSystem: z._default(z.enum(['2023', '2004']), '2023'),
  /**
   * Who signs off (民主理财) a month's finance statement before it is published: the 村务监督委员会 (`'supervisor'`,
   * 村民委员会组织法 Art 32: it supervises 民主理财 and 村务公开), a 民主理财小组 of named staff (`'panel'`, with
   * `financeSignOffPanel`), or nobody (`'none'`, the default: no statute makes sign-off a precondition of
   * publishing; a village that adopts the rule turns it on).
   */
  financeSignOff: z._default(z.enum(['none', 'supervisor', 'panel']), 'none'),
  /** The staff ids of the 民主理财小组, when `financeSignOff` is `'panel'`. */
  financeSignOffPanel: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(20)), []),
  /**
   * An expense line above this many fen needs a decision through 四议两公开 (the money-without-mandate alarm).
   * 5,000,000 fen = 5万元: the 大额资金 line many county 四议两公开 and 小微权力清单 rules draw; a village sets its own.
   */
  mandateThresholdFen: z._default(z.int().check(z.minimum(0), z.maximum(1_000_000_000_000)), 5_000_000),
  /**
   * Working days each step of a 代办 or 点单 request is given from the previous one, by `kind.step`. The defaults are
   * the lifecycle's (`defaultRequestLifecycles`, docs/requests.md): 代办 受理 1, 上报/转办 3, 办理 20, 送达 3, 回访 5,
   * 归档 5; 点单 协商定单 3, 村委派单 2, 干部埋单 10, 群众评单 10. They are local practice, not statute, so a village
   * sets its own (a step it leaves out, or a village without the setting, keeps the default); a request keeps the
   * days it was filed under.
   */
  requestStepWorkingDays: z.optional(z.partialRecord(z.enum(requestStepKeys), days(60))),
  /**
   * Days after a mediation case closes with an agreement by which its 回访 is due. 人民调解法 Art 31 has the committee
   * supervise performance and the 2002 《人民调解工作若干规定》 asks for 回访, but neither sets a period: 30 is the
   * village's own number (docs/mediation-desk.md), a month in which most agreements' first performance falls due.
   * Without it, 30 (`followUpAfterDays`).
   */
  mediationFollowUpDays: z.optional(z.int().check(z.minimum(1), z.maximum(365))),
  /**
   * Working days the 村务监督委员会 has to answer the follow-up a 差评 (rating 2 or 1) of a request opens. 国办发〔2019〕51号
   * asks that every 差评 be checked, put right and answered but sets no number of days; county schemes do (5 or 15
   * working days), so 5 is the default (`followUpDeadline`, docs/requests.md) and a village sets its own: not statute.
   */
  ratingFollowUpWorkingDays: z.optional(z.int().check(z.minimum(1), z.maximum(60))),
});

/** A value parsed by {@link disclosureSettingsSchema}. */
export type DisclosureSettings = z.output<typeof disclosureSettingsSchema>;
/** What {@link disclosureSettingsSchema} accepts, before defaults are filled in. */
export type DisclosureSettingsInput = z.input<typeof disclosureSettingsSchema>;
