/**
 * Who is asking. The server checks these on every write; the redaction step uses them to decide what
 * a viewer may see. `public` is anyone without a token.
 */
export const roles = ['public', 'villager', 'gridWorker', 'cadre', 'supervisor', 'mediator', 'admin'] as const;
export type Role = (typeof roles)[number];
