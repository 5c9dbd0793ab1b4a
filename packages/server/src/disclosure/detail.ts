import {
  checkTrail,
  currentVersion,
  defaultPrivacyPolicy,
  localizeIssues,
  reconcile,
  redact,
  publicReliefRecipients,
  reliefListTotal,
  reliefTotalsByGroup,
  statusOn,
  type CalendarDate,
  type DisclosureSettings,
  type Locale,
  type PrivacyPolicy,
  type RuleIssue,
} from '@shanzhi/rules';
import type { Principal } from '../auth/principal.js';
import type { StoredSignOffEvent } from '../finance/store.js';
import { handlesVillage } from './access.js';
import type { StoredDecision, StoredItem, StoredReliefList } from './store.js';

/**
 * For the rest of a public answer: masks nothing by field name (an attachment's `name` is a file
 * name, not a person's) but still scrubs raw mobiles and ID numbers a cadre may have typed into a
 * title or body.
 */
const freeTextOnlyPolicy: PrivacyPolicy = { ...defaultPrivacyPolicy, fields: {} };

/**
 * A relief list as shown with its item (`reliefLists` on the detail): recipients plus the totals posted beside them.
 * Whoever handles the village's records sees the internal form. Everyone else (the public, villagers, staff of other
 * villages) sees only the fields the village publishes (`reliefPublicFields`: by default the masked name, the
 * village group, the household size and the amount), whatever the household consented to for the points board —
 * being on a 低保 list is another matter. An ID number, a phone, an address or health data is never among them.
 * Basis: 个人信息保护法 Art 13(1)(3) (a duty the village has to post the list) within Art 6's smallest scope.
 */
function reliefView(list: StoredReliefList, settings: DisclosureSettings, handles: boolean) {
  return {
    id: list.id,
    program: list.program,
    period: list.period,
    recipients: handles ? list.recipients : publicReliefRecipients(list, settings.reliefPublicFields),
    total: reliefListTotal(list),
    byGroup: reliefTotalsByGroup(list),
  };
}

/** The rules' findings in the caller's language (`localizeIssues`), as the contract's issue objects. */
function localized(issues: readonly RuleIssue[], locale: Locale) {
  return localizeIssues(issues, locale).map((found) => ({
    path: [...found.path],
    code: found.code,
    message: found.message,
    ...(found.params === undefined ? {} : { params: found.params }),
  }));
}

export interface DetailInput {
  readonly item: StoredItem;
  readonly decision: StoredDecision | undefined;
  readonly reliefLists: readonly StoredReliefList[];
  /** Answered queries published as FAQ entries (disclosure/queries.ts `loadFaq`): question and answer, never the asker. */
  readonly faq?: readonly { readonly question: string; readonly answer: string; readonly publishedOn: CalendarDate }[];
  /** A finance statement's public 民主理财 history (finance/store.ts `loadItemSignOffs`), oldest first. */
  readonly signOffs?: readonly StoredSignOffEvent[];
  readonly settings: DisclosureSettings;
  readonly today: CalendarDate;
  readonly locale: Locale;
  readonly principal: Principal;
}

/**
 * The full item (every version: corrections never overwrite), its decision and 四议两公开 trail, what
 * the rules find in the trail (`checkTrail`) and in the current finance statement (`reconcile`),
 * localized, and any relief lists the item posts (`reliefLists`, redacted unless the viewer handles
 * the village's records).
 */
export function buildDetail(input: DetailInput) {
  const { item, decision, settings, today, locale, principal } = input;
  const version = currentVersion(item);

  const findings: {
    trail?: { status: string; nextStep: string | null; issues: ReturnType<typeof localized> };
    reconciliation?: { reconciles: boolean; issues: ReturnType<typeof localized> };
  } = {};
  if (decision?.trail) {
    const check = checkTrail(decision.trail, { settings, asOf: today });
    findings.trail = { status: check.status, nextStep: check.nextStep, issues: localized(check.issues, locale) };
  }
  if (version.finance) {
    const issues = reconcile(version.finance);
    findings.reconciliation = { reconciles: issues.length === 0, issues: localized(issues, locale) };
  }

  const handles = handlesVillage(principal, item.villageId);
  const reliefLists = input.reliefLists.map((list) => reliefView(list, settings, handles));

  const detail = {
    id: item.id,
    category: item.category,
    ...(item.decisionId === undefined ? {} : { decisionId: item.decisionId }),
    versions: item.versions,
    villageId: item.villageId,
    status: statusOn(item, today),
    ...(decision === undefined
      ? {}
      : {
          decision: {
            id: decision.id,
            title: decision.title,
            decidedOn: decision.decidedOn,
            ...(decision.category === undefined ? {} : { category: decision.category }),
            ...(decision.trail === undefined ? {} : { trail: decision.trail }),
          },
        }),
    findings,
    ...(reliefLists.length === 0 ? {} : { reliefLists }),
    ...(input.faq === undefined || input.faq.length === 0 ? {} : { faq: input.faq.map((entry) => ({ ...entry })) }),
    ...(input.signOffs === undefined || input.signOffs.length === 0 ? {} : { signOffs: input.signOffs.map((event) => ({ ...event })) }),
  };
  return handles ? detail : redact(detail, { role: principal.role, handlesRecord: false, policy: freeTextOnlyPolicy });
}
