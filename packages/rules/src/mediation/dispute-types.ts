import { disputeTypes } from '../data-dictionary.js';
import { codesOf } from '../shared/labelled-codes.js';

// The list stands in the data dictionary with the contract's other code lists; its types and look-ups are here.
export { disputeTypes };

/** One of {@link disputeTypes}. */
export type DisputeType = (typeof disputeTypes)[number];
/** The code of a {@link DisputeType}. */
export type DisputeTypeCode = DisputeType['code'];

/** The codes alone, for `z.enum` and for iterating in tests. */
export const disputeTypeCodes = codesOf(disputeTypes);

/** The dispute type with this code; throws a RangeError for an unknown code. */
export function disputeTypeByCode(code: DisputeTypeCode): DisputeType {
  const found = disputeTypes.find((type) => type.code === code);
  // The union type makes a miss impossible for typed callers; untyped callers get a clear error.
  if (!found) throw new RangeError(`Unknown dispute type: ${code}`);
  return found;
}
