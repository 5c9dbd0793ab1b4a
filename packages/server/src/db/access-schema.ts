/** Row types of the tables migration 0006-access-log creates. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by its owner
export interface AccessTables {}
