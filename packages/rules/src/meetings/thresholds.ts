/*
 * The fractions the statutes set for quorums and majorities, as whole-number comparisons.
 *
 * Thresholds are compared in integers (present * 3 >= eligible * 2), never as fractions: 2/3 is not
 * exact in binary floating point, and a meeting's validity must not hinge on rounding. In Chinese
 * statutes "以上" includes the number itself (民法典 Art 1259), while "过半数" means strictly more
 * than half: exactly half is not enough.
 */

/** Smallest count that is more than half of `n` (过半数): 401 of 800, 4 of 6, 4 of 7. */
export function moreThanHalfOf(n: number): number {
  return Math.floor(n / 2) + 1;
}

/** Smallest count that is at least half of `n` (半数以上, "以上" includes the half itself): 18 of 36, 4 of 7. */
export function halfOf(n: number): number {
  return Math.ceil(n / 2);
}

/** Smallest count that is at least two thirds of `n` (三分之二以上): 20 of 30, 14 of 20. */
export function twoThirdsOf(n: number): number {
  return Math.floor((2 * n + 2) / 3);
}

/** Smallest count that is at least four fifths of `n` (五分之四以上): 24 of 30. */
export function fourFifthsOf(n: number): number {
  return Math.floor((4 * n + 4) / 5);
}

/** Smallest count that is at least one third of `n` (三分之一以上): 10 of 30, 11 of 31. */
export function oneThirdOf(n: number): number {
  return Math.floor((n + 2) / 3);
}

/** Whether `count` is more than half of `of` (过半数): exactly half is not. */
export function isMoreThanHalf(count: number, of: number): boolean {
  return count * 2 > of;
}

/** Whether `count` is at least half of `of` (半数以上): exactly half is. */
export function isAtLeastHalf(count: number, of: number): boolean {
  return count * 2 >= of;
}

/** Whether `count` is at least two thirds of `of` (三分之二以上), compared in integers. */
export function isAtLeastTwoThirds(count: number, of: number): boolean {
  return count * 3 >= of * 2;
}

/** Whether `count` is at least four fifths of `of` (五分之四以上), compared in integers. */
export function isAtLeastFourFifths(count: number, of: number): boolean {
  return count * 5 >= of * 4;
}

/** Whether `count` is at least one third of `of` (三分之一以上), compared in integers. */
export function isAtLeastOneThird(count: number, of: number): boolean {
  return count * 3 >= of;
}
