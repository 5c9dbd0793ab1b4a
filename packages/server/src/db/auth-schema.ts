/** Row types of the tables migration 0005-service-keys creates. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by its owner
export interface AuthTables {}
