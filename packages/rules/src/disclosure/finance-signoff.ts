import type { Role } from '../shared/roles.js';
import type { DisclosureSettings } from './settings-schema.js';

/**
 * 民主理财: the 村务监督委员会 (村民委员会组织法 Art 32) or the village's 民主理财小组 examines each month's statement
 * before it goes on the board. A statement moves:
 *   draft → submitted → signedOff → published
 *                    ↘ objected → answered → submitted …
 * An objection carries its reasons and must be answered by the cadre before the statement is submitted again; every
 * step is kept as the statement's history, which the public item shows once published.
 */
export const signOffStates = ['draft', 'submitted', 'objected', 'answered', 'signedOff', 'published'] as const;
/** One of {@link signOffStates}. */
export type SignOffState = (typeof signOffStates)[number];

/** The actions on a finance statement on its way to publication: import, submit, sign off, object, answer, publish. */
export const signOffActions = ['import', 'submit', 'signOff', 'object', 'answer', 'publish'] as const;
/** One of {@link signOffActions}. */
export type SignOffAction = (typeof signOffActions)[number];

/** The actions each state admits, and where each leads. `import` replaces the lines and keeps the state. */
const transitions: Readonly<Record<SignOffState, Partial<Record<SignOffAction, SignOffState>>>> = {
  draft: { import: 'draft', submit: 'submitted', publish: 'published' },
  submitted: { signOff: 'signedOff', object: 'objected' },
  objected: { import: 'objected', answer: 'answered' },
  answered: { import: 'answered', submit: 'submitted' },
  signedOff: { publish: 'published' },
  published: {},
};

/**
 * The state after `action`, or null when the state does not admit it. Publishing a draft is only possible where the
 * village requires no sign-off (`requiresSignOff`); otherwise only a signed-off statement is published.
 */
export function nextSignOffState(state: SignOffState, action: SignOffAction, requiresSignOff: boolean): SignOffState | null {
  if (action === 'publish' && state === 'draft' && requiresSignOff) return null;
  return transitions[state][action] ?? null;
}

/** Whether the village's settings make a finance statement wait for sign-off before it is published. */
export function requiresSignOff(settings: Pick<DisclosureSettings, 'financeSignOff'>): boolean {
  return settings.financeSignOff !== 'none';
}

/**
 * Who may sign off or object: with a 民主理财小组 (`'panel'`), its named members; otherwise the supervisory
 * committee's members (the `supervisor` role).
 */
export function maySignOff(
  settings: Pick<DisclosureSettings, 'financeSignOff' | 'financeSignOffPanel'>,
  signer: { readonly role: Role; readonly staffId: string },
): boolean {
  if (settings.financeSignOff === 'panel') return settings.financeSignOffPanel.includes(signer.staffId);
  return signer.role === 'supervisor';
}
