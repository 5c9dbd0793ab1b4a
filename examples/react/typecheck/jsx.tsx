// Compiled by `tsc -b` with the example, never bundled: proves the generated React 19 JSX typings reject mistakes.
// Each `@ts-expect-error` fails the typecheck if the line below it compiles.
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
