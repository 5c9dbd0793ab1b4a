/** A mediator's declared tie to a party of a case (migration 0017): they must step aside (回避). */
export interface MediationTieTable {
  staff_id: string;
  case_id: string;
  /** `applicant` or `respondent-N` (rules' `partyRefSchema`). */
  party: string;
  declared_at: string;
}

export interface MediationDeskTables {
  mediation_ties: MediationTieTable;
}
