import type { Meeting } from '../../src/disclosure/index.js';

/** The codes of a check's issues or findings, in order. */
export const codes = (found: readonly { code: string }[]): string[] => found.map((one) => one.code);

/** A 党员大会 that carries: 24 of 30 present, 20 in favour, more than half of all members (支部工作条例 Art 11). */
export const partyMeeting: Meeting = { kind: 'partyMembersMeeting', eligible: 30, present: 24, votes: { for: 20, against: 2, abstain: 2 } };

/** A 村民代表会议 that carries: 30 of 35 present (two thirds), 26 in favour (村民委员会组织法 Art 26). */
export const representativesMeeting: Meeting = {
  kind: 'representativesMeeting',
  eligible: 35,
  present: 30,
  votes: { for: 26, against: 3, abstain: 1 },
};
