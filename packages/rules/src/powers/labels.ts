import { powerCategories, powerPosts } from '../data-dictionary.js';
import { codesOf } from '../shared/labelled-codes.js';

/*
 * The kinds of 小微权力 a village exercises and the posts that hold them. Seed 004 counts "28项" powers with "监督措施95项";
 * the kinds are the groups such lists use. Codes are stable keys for data and for other backends; the labels are what
 * a board shows.
 */

// The lists stand in the data dictionary with the contract's other code lists.
export { powerCategories, powerPosts };

/** The code of one of {@link powerCategories}. */
export type PowerCategory = (typeof powerCategories)[number]['code'];
/** The codes of {@link powerCategories}, in order, as `z.enum` wants them. */
export const powerCategoryCodes = codesOf(powerCategories);

/** The code of one of {@link powerPosts}. */
export type PowerPost = (typeof powerPosts)[number]['code'];
/** The codes of {@link powerPosts}, in order, as `z.enum` wants them. */
export const powerPostCodes = codesOf(powerPosts);
