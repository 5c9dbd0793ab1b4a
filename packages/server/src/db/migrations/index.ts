import type { Migration } from 'kysely';

/**
 * Every migration, in order, by name. Listed here statically (no folder scan) so a bundled server still
 * finds them. Add one: create `NNNN-name.ts` exporting `up` (and optionally `down`) and add ONE line below.
 * Names sort as strings; never rename or edit a migration that has shipped — write a new one.
 */
export const migrations: Readonly<Record<string, () => Promise<Migration>>> = {
  '0001-infrastructure': () => import('./0001-infrastructure.js'),
  '0002-domain': () => import('./0002-domain.js'),
  '0003-consent': () => import('./0003-consent.js'),
  '0004-throttle': () => import('./0004-throttle.js'),
  '0005-service-keys': () => import('./0005-service-keys.js'),
  '0006-access-log': () => import('./0006-access-log.js'),
  '0007-tracking-hash-index': () => import('./0007-tracking-hash-index.js'),
  '0008-points-process': () => import('./0008-points-process.js'),
  '0009-supermarket': () => import('./0009-supermarket.js'),
  '0010-attachments': () => import('./0010-attachments.js'),
  '0011-decision-records': () => import('./0011-decision-records.js'),
  '0012-disclosure-drafts': () => import('./0012-disclosure-drafts.js'),
  '0013-finance-statements': () => import('./0013-finance-statements.js'),
  '0014-disclosure-query-receipts': () => import('./0014-disclosure-query-receipts.js'),
  '0015-disclosure-postings': () => import('./0015-disclosure-postings.js'),
  '0016-village-powers': () => import('./0016-village-powers.js'),
  '0017-mediation-desk': () => import('./0017-mediation-desk.js'),
  '0018-service-requests': () => import('./0018-service-requests.js'),
  '0019-grid': () => import('./0019-grid.js'),
};
