/** Row types of the tables migration 0018-service-requests creates. */

export interface ServiceRequestTable {
  id: string;
  village_id: string;
  kind: string;
  /** The service code (代办) or the 点单 category: what a rating is published under. */
  subject: string;
  /** `open` (work under way), `done` (the work is done; 回访, 归档 or the rating remain), `closed`. */
  state: string;
  /** The next step's code; null once closed. */
  step: string | null;
  /** The next step's deadline; null once closed. */
  due_on: string | null;
  received_on: string;
  /** `open` while a bad rating waits for the supervisor's answer, then `answered`; null without one. */
  follow_up: string | null;
  doc: string;
}

/** The receipt code as a hash (`hashToken`): the code is shown to the villager once and never kept. */
export interface ServiceRequestReceiptTable {
  request_id: string;
  receipt_hash: string;
}

/** One rating per request: the grade and the day, never the rater nor the comment (those stay in the request). */
export interface ServiceRequestRatingTable {
  request_id: string;
  village_id: string;
  kind: string;
  subject: string;
  grade: number;
  rated_on: string;
}

export interface ServiceRequestTables {
  service_requests: ServiceRequestTable;
  service_request_receipts: ServiceRequestReceiptTable;
  service_request_ratings: ServiceRequestRatingTable;
}
