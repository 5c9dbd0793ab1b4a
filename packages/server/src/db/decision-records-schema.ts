/** Row types of the table migration 0011-decision-records creates. */

export interface DecisionRecordTable {
  id: string;
  village_id: string;
  state: string;
  opened_on: string;
  /** The StoredDecisionRecord (src/decisions/store.ts) as JSON. */
  doc: string;
}

export interface DecisionRecordTables {
  decision_records: DecisionRecordTable;
}
