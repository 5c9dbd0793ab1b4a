import { defineMessages } from '../messages/entry.js';

/** Messages of the services rules, by stable code. */
export const servicesMessages = defineMessages({});
