/**
 * Who is asking. The server checks these on every write; the redaction step uses them to decide what
 * a viewer may see. `public` is anyone without a token.
 *
 * `storekeeper` is the 爱心超市 keeper of one village (workflows: "goods and redemptions of one village"): they
 * manage the shelf, record donations and hand goods over against points, and nothing else — no ledger, no review.
 */
export const roles = ['public', 'villager', 'gridWorker', 'cadre', 'supervisor', 'mediator', 'storekeeper', 'admin'] as const;
/** One of {@link roles}. */
export type Role = (typeof roles)[number];
