/** Row types of the table migration 0014-disclosure-query-receipts creates. */

/** The receipt code of one query, as a hash (`hashToken`): the code itself is shown to the asker once and never kept. */
export interface DisclosureQueryReceiptTable {
  query_id: string;
  receipt_hash: string;
}

export interface DisclosureQueryTables {
  disclosure_query_receipts: DisclosureQueryReceiptTable;
}
