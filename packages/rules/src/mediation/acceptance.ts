import type { MessageCode } from '../messages/catalogue.js';
import { fillPlaceholders, type MessageParams } from '../messages/placeholders.js';
import type { Locale } from '../messages/locale.js';
import { issue, type RuleIssue } from '../shared/result.js';
import type { OtherBody } from './intake.js';
import { mediationMessages } from './messages.js';

/** Where a dispute the committee does not take should go instead. */
export const redirectDestinations = ['court', 'police', 'arbitration', 'handlingAgency', 'otherRoutes'] as const;
/** One of {@link redirectDestinations}. */
export type RedirectDestination = (typeof redirectDestinations)[number];

/** Where a dispute the committee cannot take belongs (a court, the police, another body), as a code and words. */
export interface AcceptanceRedirect {
  readonly where: RedirectDestination;
  /** The guidance as a code (for portals that render their own words) … */
  readonly code: MessageCode;
  readonly params?: MessageParams;
  /** … and already rendered in both languages, for callers without the catalogue. */
  readonly guidance: Readonly<Record<Locale, string>>;
}

/** Whether a dispute can be taken in; if not, the coded reason and where to send the parties instead. */
export type AcceptanceDecision =
  { readonly accepted: true } | { readonly accepted: false; readonly reason: RuleIssue; readonly redirect: AcceptanceRedirect };

/** The part of an intake the acceptance rules read; a stored case can be passed as well as a form. */
export interface AcceptanceInput {
  readonly safety: {
    readonly alreadyBefore: OtherBody;
    readonly otherAgencyName?: string | undefined;
    readonly otherPartyRefusedMediation: boolean;
  };
}

function redirect(where: RedirectDestination, code: keyof typeof mediationMessages, params?: MessageParams): AcceptanceRedirect {
  // From the mediation table, not formatMessage: the whole catalogue would follow checkAcceptance into the intake widget.
  const entry = mediationMessages[code];
  const guidance = { 'zh-CN': fillPlaceholders(entry['zh-CN'], params), en: fillPlaceholders(entry.en, params) };
  return params === undefined ? { where, code, guidance } : { where, code, params, guidance };
}

function refuse(reason: RuleIssue, to: AcceptanceRedirect): AcceptanceDecision {
  return { accepted: false, reason, redirect: to };
}

const alreadyBeforePath = ['safety', 'alreadyBefore'];

/**
 * Whether the mediation committee may take the dispute. A body that already has the dispute is
 * checked first: its name tells the applicant exactly where to go, which "the other side refused"
 * cannot.
 */
export function checkAcceptance(intake: AcceptanceInput): AcceptanceDecision {
  const { safety } = intake;
  // Disputes already accepted or decided by a court, the police or another agency are not accepted
  // again (司法部《人民调解工作若干规定》2002 Art 22): two bodies must not decide the same matter.
  switch (safety.alreadyBefore) {
    case 'court':
      return refuse(issue('mediation.acceptance.beforeCourt', undefined, alreadyBeforePath), redirect('court', 'mediation.redirect.court'));
    case 'police':
      return refuse(
        issue('mediation.acceptance.beforePolice', undefined, alreadyBeforePath),
        redirect('police', 'mediation.redirect.police'),
      );
    case 'arbitration':
      return refuse(
        issue('mediation.acceptance.beforeArbitration', undefined, alreadyBeforePath),
        redirect('arbitration', 'mediation.redirect.arbitration'),
      );
    case 'otherAgency': {
      const name = safety.otherAgencyName?.trim();
      return refuse(
        issue('mediation.acceptance.beforeAgency', undefined, alreadyBeforePath),
        name
          ? redirect('handlingAgency', 'mediation.redirect.namedAgency', { agency: name })
          : redirect('handlingAgency', 'mediation.redirect.agency'),
      );
    }
    case 'none':
      break;
  }
  // 人民调解法 Art 17: if one party expressly refuses mediation, there is no mediation.
  if (safety.otherPartyRefusedMediation) {
    return refuse(
      issue('mediation.acceptance.otherPartyRefused', undefined, ['safety', 'otherPartyRefusedMediation']),
      redirect('otherRoutes', 'mediation.redirect.otherRoutes'),
    );
  }
  return { accepted: true };
}
