import { defineMessages } from '../messages/entry.js';

/** Messages of the mediation rules, by stable code. */
export const mediationMessages = defineMessages({});
