import { labelsByCode, type Label } from '../shared/labelled-codes.js';

/*
 * The names of the steps of a decision (一听、四议、两公开、一监督) and of what a step records, in a module of their own:
 * a widget that only shows them does not bundle the checks of ./trail.ts.
 */

/**
 * 四议两公开 (practice guidance, not statute): the party branch proposes, the branch and village
 * committees deliberate, the party members' meeting reviews, the villagers' (representatives')
 * meeting resolves, the resolution is disclosed, and the result of carrying it out is disclosed.
 */
export const trailSteps = ['proposal', 'consultation', 'review', 'resolution', 'resolutionDisclosure', 'resultDisclosure'] as const;
/** One of {@link trailSteps}. */
export type TrailStep = (typeof trailSteps)[number];

/**
 * 一听、四议、两公开、一监督 (seed 000, the "1421" 村务运行机制): before the four deliberations the village hears its
 * villagers (一听). Practice guidance, as 四议两公开 is; `hearing` comes first, then the six steps above.
 */
export const decisionSteps = ['hearing', ...trailSteps] as const;
/** One of {@link decisionSteps}. */
export type DecisionStep = (typeof decisionSteps)[number];

/**
 * How the villagers were heard. Seed 000 ("1421"（一听、四议、两公开、一监督）村务运行机制) says 一听 is hearing the
 * villagers' representatives' opinions and suggestions ("要听取村民代表大会意见建议"); villages also hear them by home
 * visits, open forums, suggestion boxes, online and 村民说事 (seed 003's 村民说事室). Practice, not statute: `other`
 * covers the rest, and the summary says what was heard.
 */
export const hearingChannels = ['representatives', 'visits', 'forum', 'suggestionBox', 'online', 'villagersTalk', 'other'] as const;
/** One of {@link hearingChannels}. */
export type HearingChannel = (typeof hearingChannels)[number];

/** The name of each way of hearing villagers, in zh-CN and en. */
export const hearingChannelLabels: Readonly<Record<HearingChannel, Label>> = labelsByCode([
  ['representatives', '村民代表会议听取意见', "Villagers' representatives' meeting"],
  ['visits', '入户走访', 'Home visits'],
  ['forum', '座谈会', 'Open forum'],
  ['suggestionBox', '意见箱', 'Suggestion box'],
  ['online', '网上征求', 'Online consultation'],
  ['villagersTalk', '村民说事', "Villagers' talk (村民说事)"],
  ['other', '其他', 'Other'],
]);

/** 一监督: the 村务监督委员会 watched a step and signs it off (`observed`), or records a concern. */
export const observationKinds = ['observed', 'concern'] as const;
/** One of {@link observationKinds}. */
export type ObservationKind = (typeof observationKinds)[number];

/** The name of each decision step, in zh-CN and en. */
export const trailStepLabels: Readonly<Record<DecisionStep, Label>> = labelsByCode([
  ['hearing', '一听：听取村民意见', "Villagers' opinions heard"],
  ['proposal', '村党组织提议', 'Proposal by the party branch'],
  ['consultation', '村“两委”会议商议', 'Deliberation by the branch and village committees'],
  ['review', '党员大会审议', "Review by the party members' meeting"],
  ['resolution', '村民会议或村民代表会议决议', "Resolution of the villagers' or representatives' meeting"],
  ['resolutionDisclosure', '决议公开', 'Resolution disclosed'],
  ['resultDisclosure', '实施结果公开', 'Implementation result disclosed'],
]);
