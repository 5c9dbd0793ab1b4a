import { defineMessages } from '../messages/entry.js';

/** Messages of the points rules, by stable code. */
export const pointsMessages = defineMessages({});
