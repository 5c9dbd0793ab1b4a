import { defineMessages } from '../messages/entry.js';

/** Messages of the identity rules, by stable code. */
export const identityMessages = defineMessages({});
