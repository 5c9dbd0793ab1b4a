import { calendarMessages } from '../calendar/messages.js';
import { disclosureMessages } from '../disclosure/messages.js';
import { financeMessages } from '../disclosure/finance-messages.js';
import { decisionMessages } from '../disclosure/decision-messages.js';
import { disclosureDraftMessages } from '../disclosure/draft-messages.js';
import { disclosureQueryMessages } from '../disclosure/query-messages.js';
import { postingMessages } from '../disclosure/posting-messages.js';
import { identityMessages } from '../identity/messages.js';
import { mediationMessages } from '../mediation/messages.js';
import { mediationDeskMessages } from '../mediation/desk-messages.js';
import { pointsMessages } from '../points/messages.js';
import { powersMessages } from '../powers/messages.js';
import { requestMessages } from '../requests/messages.js';
import { gridMessages } from '../grid/messages.js';
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
  ...financeMessages,
  ...decisionMessages,
  ...disclosureDraftMessages,
  ...disclosureQueryMessages,
  ...postingMessages,
  ...mediationMessages,
  ...mediationDeskMessages,
  ...servicesMessages,
  ...supermarketMessages,
  ...mentoringMessages,
  ...powersMessages,
  ...requestMessages,
  ...gridMessages,
} as const;

/** A code of the {@link catalogue}: the closed set of issue and message codes. */
export type MessageCode = keyof typeof catalogue;
