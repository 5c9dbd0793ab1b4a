import * as z from 'zod/mini';

/**
 * Money is integer fen (分) everywhere: finance statements must reconcile to the fen, and binary
 * floating point cannot represent 0.1 yuan exactly.
 */
export const fen = z.int();
/** An amount of money in integer fen (分): ¥1.00 is 100. */
export type Fen = number;
