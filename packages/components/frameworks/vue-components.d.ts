import type { DefineComponent } from "vue";
import type {
  CustomElements as JsxElements,
  SzDisclosureBoardProps,
  SzPointsLeaderboardProps,
  SzLoveSupermarketProps,
  SzMediationIntakeProps,
  SzMediationStatusProps,
  SzMentoringDeskProps,
  SzPointsDeskProps,
  SzPointsNoticeProps,
  SzProviderProps,
  SzServiceCatalogueProps,
} from "./jsx.js";

/** Each element's own props (the JSX ones without React's `key`, `ref`, `className`…). */
type Props = {
  "sz-disclosure-board": SzDisclosureBoardProps;
  "sz-points-leaderboard": SzPointsLeaderboardProps;
  "sz-love-supermarket": SzLoveSupermarketProps;
  "sz-mediation-intake": SzMediationIntakeProps;
  "sz-mediation-status": SzMediationStatusProps;
  "sz-mentoring-desk": SzMentoringDeskProps;
  "sz-points-desk": SzPointsDeskProps;
  "sz-points-notice": SzPointsNoticeProps;
  "sz-provider": SzProviderProps;
  "sz-service-catalogue": SzServiceCatalogueProps;
};

export type CustomElements = { [Tag in keyof JsxElements]: DefineComponent<Props[Tag]> };
