import { defineMessages } from '../messages/entry.js';

/** Messages of the disclosure rules, by stable code. */
export const disclosureMessages = defineMessages({});
