/** Row types of the domain tables (migration 0002). `doc` columns hold the record's JSON document. */
export interface RegionTable {
  id: string;
  code: string;
  name: string;
  level: string;
  parent_id: string | null;
  doc: string;
}
export interface StaffTable {
  id: string;
  name: string;
  role: string;
  village_id: string | null;
  doc: string;
}
export interface HouseholdTable {
  id: string;
  village_id: string;
  group_id: string;
  number: string;
  head_name: string;
  mobile: string | null;
  resident_id: string | null;
  consent_public_name: number;
  doc: string;
}
export interface ApiTokenTable {
  token_hash: string;
  subject_id: string;
  role: string;
  village_id: string | null;
  household_id: string | null;
  label: string;
}
export interface PointsSchemeTable {
  village_id: string;
  catalogue: string;
  settings: string;
}
export interface PointsEntryTable {
  id: string;
  village_id: string;
  household_id: string;
  rule_code: string;
  points: number;
  status: string;
  effective_on: string | null;
  revoked_on: string | null;
  doc: string;
}
export interface RedemptionTable {
  id: string;
  village_id: string;
  household_id: string;
  date: string;
  points: number;
  doc: string;
}
export interface DisclosureSchemeTable {
  village_id: string;
  settings: string;
}
export interface DisclosureItemTable {
  id: string;
  village_id: string;
  category: string;
  title: string;
  published: string;
  decision_id: string | null;
  doc: string;
}
export interface DecisionTable {
  id: string;
  village_id: string;
  doc: string;
}
export interface ReliefListTable {
  id: string;
  village_id: string;
  item_id: string;
  doc: string;
}
export interface DisclosureQueryTable {
  id: string;
  village_id: string;
  disclosure_id: string;
  received_on: string;
  doc: string;
}
export interface MediationCaseTable {
  id: string;
  case_number: string;
  tracking_hash: string;
  village_id: string | null;
  state: string;
  doc: string;
}
export interface ServiceGuideTable {
  code: string;
  region_id: string;
  department: string;
  doc: string;
  search_keys: string;
}
export interface ProxyRequestTable {
  id: string;
  service_code: string;
  village_id: string;
  received_on: string;
  doc: string;
}
export interface CounterTable {
  name: string;
  value: number;
}

export interface DomainTables {
  regions: RegionTable;
  staff: StaffTable;
  households: HouseholdTable;
  api_tokens: ApiTokenTable;
  points_schemes: PointsSchemeTable;
  points_entries: PointsEntryTable;
  redemptions: RedemptionTable;
  disclosure_schemes: DisclosureSchemeTable;
  disclosure_items: DisclosureItemTable;
  decisions: DecisionTable;
  relief_lists: ReliefListTable;
  disclosure_queries: DisclosureQueryTable;
  mediation_cases: MediationCaseTable;
  service_guides: ServiceGuideTable;
  proxy_requests: ProxyRequestTable;
  counters: CounterTable;
}
