import { hasRawPersonalData } from '../identity/personal-data-text.js';
import { labelledCodes } from '../shared/labelled-codes.js';
import { issue, type RuleIssue } from '../shared/result.js';

/**
 * 评单 / 好差评: 《国务院办公厅关于建立政务服务"好差评"制度提高政务服务水平的意见》(国办发〔2019〕51号, 3 December
 * 2019) grades every service in five: 非常满意, 满意, 基本满意, 不满意, 非常不满意; the last two are 差评, each of which
 * is checked, put right and answered. shanzhi stores the grade as 5 … 1.
 */
export const ratingGrades = labelledCodes([
  ['5', '非常满意', 'Very satisfied'],
  ['4', '满意', 'Satisfied'],
  ['3', '基本满意', 'Fairly satisfied'],
  ['2', '不满意', 'Dissatisfied'],
  ['1', '非常不满意', 'Very dissatisfied'],
]);

/** 不满意 and 非常不满意 are 差评: such a rating opens a follow-up the supervisor answers. */
export function isBadRating(grade: number): boolean {
  return grade <= 2;
}

/** A rating's comment goes to staff and the supervisor: a raw phone or ID number in it is refused (个人信息保护法 Art 6). */
export function validateRatingComment(text: string): RuleIssue | null {
  return hasRawPersonalData(text) ? issue('requests.rating.comment.personalData') : null;
}

/**
 * Fewer ratings than this and an aggregate is not published: with one, two or a few ratings of a service in a
 * village, neighbours and the staff who served them would know who gave which grade (docs/requests.md).
 */
export const defaultMinRatingsToPublish = 5;

/** A published aggregate: never a rater, never a comment; counts per grade, the average and the share satisfied. */
export type RatingAggregate =
  | {
      readonly shown: true;
      readonly count: number;
      /** Counts per grade, 非常满意 (5) first. */
      readonly grades: readonly { readonly grade: number; readonly count: number }[];
      /** To one decimal. */
      readonly average: number;
      /** 满意率: the share of ratings that are not 差评 (基本满意 or better), in per cent, to one decimal. */
      readonly satisfiedPercent: number;
    }
  | { readonly shown: false; readonly minimum: number };

/**
 * Ratings summed for publishing: shown only once `minimum` ratings exist, so a few villagers' grades cannot be read
 * back.
 */
export function aggregateRatings(counts: Readonly<Record<number, number>>, minimum = defaultMinRatingsToPublish): RatingAggregate {
  const grades = [5, 4, 3, 2, 1].map((grade) => ({ grade, count: counts[grade] ?? 0 }));
  const count = grades.reduce((sum, one) => sum + one.count, 0);
  if (count < minimum || count === 0) return { shown: false, minimum };
  const total = grades.reduce((sum, one) => sum + one.grade * one.count, 0);
  const satisfied = grades.reduce((sum, one) => sum + (isBadRating(one.grade) ? 0 : one.count), 0);
  return {
    shown: true,
    count,
    grades,
    average: Math.round((total / count) * 10) / 10,
    satisfiedPercent: Math.round((satisfied / count) * 1000) / 10,
  };
}
