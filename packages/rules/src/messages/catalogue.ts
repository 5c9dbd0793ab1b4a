import { calendarMessages } from '../calendar/messages.js';
import { disclosureMessages } from '../disclosure/messages.js';
import { identityMessages } from '../identity/messages.js';
import { mediationMessages } from '../mediation/messages.js';
import { pointsMessages } from '../points/messages.js';
import { servicesMessages } from '../services/messages.js';
import { mentoringMessages, supermarketMessages } from '../points/supermarket-messages.js';
import { commonMessages } from './common.js';

/**
 * Every message shanzhi shows, by stable code. Codes never change meaning once released: portals,
 * the SDK's ProblemError and other backends switch on them.
 */
export const catalogue = {
  ...commonMessages,
  ...identityMessages,
  ...calendarMessages,
  ...pointsMessages,
  ...disclosureMessages,
  ...mediationMessages,
  ...servicesMessages,
  ...supermarketMessages,
  ...mentoringMessages,
} as const;

export type MessageCode = keyof typeof catalogue;
