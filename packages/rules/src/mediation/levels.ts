/**
 * Where a dispute is handled, lowest first (小事不出村、大事不出镇、矛盾不上交): the grid worker (网格),
 * the village mediation committee (村调委会), the township mediation centre (镇调解中心), and the
 * county's professional committees or court pre-litigation mediation (行业性专业性调委会、诉前调解).
 */
export const mediationLevels = ['grid', 'village', 'township', 'county'] as const;
/** One of {@link mediationLevels}. */
export type MediationLevel = (typeof mediationLevels)[number];

/** How soon someone must act. `urgent` is reserved for the 民转刑 risk of 人民调解法 Art 25. */
export const urgencies = ['normal', 'priority', 'urgent'] as const;
/** One of {@link urgencies}. */
export type Urgency = (typeof urgencies)[number];

/** A level's place in {@link mediationLevels}, lowest first. */
export function levelRank(level: MediationLevel): number {
  return mediationLevels.indexOf(level);
}

/** The higher of two mediation levels (grid < village < township < county). */
export function higherLevel(a: MediationLevel, b: MediationLevel): MediationLevel {
  return levelRank(a) >= levelRank(b) ? a : b;
}

/** The more urgent of two urgencies. */
export function higherUrgency(a: Urgency, b: Urgency): Urgency {
  return urgencies.indexOf(a) >= urgencies.indexOf(b) ? a : b;
}
