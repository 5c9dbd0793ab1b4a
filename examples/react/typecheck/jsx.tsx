// Compiled by `tsc -b` with the example, never bundled: proves the generated React 19 JSX typings reject mistakes.
// Each `@ts-expect-error` fails the typecheck if the line below it compiles.
/* eslint-disable @typescript-eslint/no-meaningless-void-operator -- the handlers only read a field to type-check it */
import type {} from '@shanzhi/components/react-jsx';

export const typed = <sz-points-leaderboard list="red" page-size={20} onsz-household-select={(event) => void event.detail.householdId} />;
// @ts-expect-error a misspelt attribute (TypeScript leaves hyphenated names like `page-size` unchecked, so not those)
export const misspelt = <sz-points-leaderboard villlage="v-qs-01" />;
// @ts-expect-error a value outside the attribute's type
export const wrongValue = <sz-points-leaderboard list="green" />;
// @ts-expect-error a field the event's detail does not have
export const wrongDetail = <sz-points-leaderboard onsz-period-change={(event) => void event.detail.perod} />;
// @ts-expect-error a read-only getter is not a prop
export const readOnly = <sz-points-leaderboard effectiveLocale="en" />;
// @ts-expect-error a tag that is not one of the widgets
export const unknownTag = <sz-points-leaderbord />;

// The @lit/react wrappers (for React 18): properties as props, each sz-* event as an `onSz…` prop with its detail.
import { PointsLeaderboard, ServiceCatalogue } from '@shanzhi/components/react';

export const wrapped = <PointsLeaderboard village="v-qs-01" pageSize={20} onSzPeriodChange={(event) => void event.detail.period} />;
export const wrappedService = <ServiceCatalogue onSzEligibilityResult={(event) => void event.detail.outcome} />;
// @ts-expect-error a field the wrapper's event detail does not have
export const wrappedWrongDetail = <PointsLeaderboard onSzPeriodChange={(event) => void event.detail.perod} />;
