import { defineMessages } from '../messages/entry.js';

/** Messages of the calendar rules, by stable code. */
export const calendarMessages = defineMessages({});
