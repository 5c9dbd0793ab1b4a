/** Row types of the tables migration 0004-throttle creates. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by its owner
export interface ThrottleTables {}
