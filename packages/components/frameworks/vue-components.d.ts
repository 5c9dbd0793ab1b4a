import type { DefineComponent } from "vue";
import type {
  CustomElements as JsxElements,
  SzDecisionDeskProps,
  SzDisclosureEditorProps,
  SzDisclosurePosterProps,
  SzDisclosureBoardProps,
  SzFinanceDeskProps,
  SzGridDeskProps,
  SzPointsLeaderboardProps,
  SzLoveSupermarketProps,
  SzMediationDeskProps,
  SzMediationIntakeProps,
  SzMediationStatusProps,
  SzMentoringDeskProps,
  SzPointsDeskProps,
  SzPointsNoticeProps,
  SzProviderProps,
  SzQueryDeskProps,
  SzRequestDeskProps,
  SzRequestStatusProps,
  SzServiceCatalogueProps,
} from "./jsx.js";

/** Each element's own props (the JSX ones without React's `key`, `ref`, `className`…). */
type Props = {
  "sz-decision-desk": SzDecisionDeskProps;
  "sz-disclosure-editor": SzDisclosureEditorProps;
  "sz-disclosure-poster": SzDisclosurePosterProps;
  "sz-disclosure-board": SzDisclosureBoardProps;
  "sz-finance-desk": SzFinanceDeskProps;
  "sz-grid-desk": SzGridDeskProps;
  "sz-points-leaderboard": SzPointsLeaderboardProps;
  "sz-love-supermarket": SzLoveSupermarketProps;
  "sz-mediation-desk": SzMediationDeskProps;
  "sz-mediation-intake": SzMediationIntakeProps;
  "sz-mediation-status": SzMediationStatusProps;
  "sz-mentoring-desk": SzMentoringDeskProps;
  "sz-points-desk": SzPointsDeskProps;
  "sz-points-notice": SzPointsNoticeProps;
  "sz-provider": SzProviderProps;
  "sz-query-desk": SzQueryDeskProps;
  "sz-request-desk": SzRequestDeskProps;
  "sz-request-status": SzRequestStatusProps;
  "sz-service-catalogue": SzServiceCatalogueProps;
};

export type CustomElements = { [Tag in keyof JsxElements]: DefineComponent<Props[Tag]> };
