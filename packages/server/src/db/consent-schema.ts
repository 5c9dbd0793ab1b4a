/** Row types of the tables migration 0003-consent creates. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by its owner
export interface ConsentTables {}
