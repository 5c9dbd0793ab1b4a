import * as z from 'zod/mini';

const days = (max: number) => z.int().check(z.minimum(0), z.maximum(max));

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
});

export type DisclosureSettings = z.output<typeof disclosureSettingsSchema>;
export type DisclosureSettingsInput = z.input<typeof disclosureSettingsSchema>;
