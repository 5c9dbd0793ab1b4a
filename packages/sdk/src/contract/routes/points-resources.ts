import { ledgerEntrySchema } from '@shanzhi/rules';
import { villageAt } from './resource.js';

/*
 * The resources the points routes of points.ts (the board, declarations, redemptions) and points-notice.ts (review,
 * 公示, objections) share. Not part of the route table's exports: the routes are.
 */

/** A village's points: most of its routes answer with the entry of the ledger they made or moved. */
export const villagePoints = villageAt('points', '/points', ledgerEntrySchema);

/** One entry of the ledger. */
export const pointsEntry = villageAt('points', '/points/entries/{entryId}', ledgerEntrySchema);
