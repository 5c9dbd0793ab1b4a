/**
 * Row types of the tables migration 0003-consent creates.
 *
 * One row per consent a household gave for one purpose (`ConsentPurpose` of @shanzhi/rules), kept after
 * it is withdrawn: who recorded it and when, who withdrew it and when (个人信息保护法 Arts 14, 15, 25 —
 * consent is specific to its purpose and can be withdrawn; the record shows it was given). At most one
 * row per (household, purpose) is active, i.e. has no withdrawal.
 */
export interface HouseholdConsentTable {
  /** `hc-0000001` for consents recorded by the server or the seed; `hcm-<household id>` for those migration 0003 carried over. */
  id: string;
  household_id: string;
  village_id: string;
  purpose: string;
  /** Staff id of whoever recorded it; `system` for consents carried over from the old general flag. */
  given_by: string;
  /** ISO-8601 UTC instant. */
  given_at: string;
  withdrawn_by: string | null;
  withdrawn_at: string | null;
}

export interface ConsentTables {
  household_consents: HouseholdConsentTable;
}
