import * as z from 'zod/mini';
import { ruleCheck } from '../messages/rule-check.js';
import { fail, issue, ok, type Result, type RuleIssue } from '../shared/result.js';

/**
 * Codes of rules and categories: short, stable, ASCII (they end up in URLs, SQL and the SDK), so a
 * village may use its own numbering ('3-02') as well as names ('env.strawBurning').
 */
export const pointsCodeSchema = z.string().check(z.minLength(1), z.maxLength(40), z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/));

/** A label is written in Chinese first; English is optional (portals for visitors, developers). */
export const pointsLabelSchema = z.object({
  'zh-CN': z.string().check(z.minLength(1), z.maxLength(100)),
  en: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
});
/** A value parsed by {@link pointsLabelSchema}. */
export type PointsLabel = z.output<typeof pointsLabelSchema>;

/** A category of the points catalogue (遵纪守法, 人居环境, …): a code and its label. */
export const pointsCategorySchema = z.object({
  code: pointsCodeSchema,
  label: pointsLabelSchema,
});
/** A value parsed by {@link pointsCategorySchema}. */
export type PointsCategory = z.output<typeof pointsCategorySchema>;

/**
 * A limit on what one household can get from one rule within one cap period (settings
 * `capPeriodKind`): at most `maxEntries` entries count, and at most `maxPoints` points (in absolute
 * value, so a deduction rule can be capped too). Entries beyond the cap stay on the ledger but count 0
 * (or only the part up to the cap): village schemes cap awards such as volunteering so that points
 * reflect conduct, not how often somebody files a claim.
 */
export const ruleCapSchema = z.object({
  maxEntries: z.optional(z.int().check(z.minimum(1))),
  maxPoints: z.optional(z.int().check(z.minimum(1))),
});
/** A value parsed by {@link ruleCapSchema}. */
export type RuleCap = z.output<typeof ruleCapSchema>;

/** `points.rule.zeroPoints` for a rule worth 0 points: a rule earns or deducts. */
export function validateRulePoints(points: number): RuleIssue | null {
  return points === 0 ? issue('points.rule.zeroPoints') : null;
}

/** Points an entry carries: a whole number, positive for an award, negative for a deduction, never 0. */
export const rulePointsSchema = z.int().check(z.minimum(-10000), z.maximum(10000), ruleCheck(validateRulePoints));

/** One rule of the points catalogue: code, category, label, points (+ or −) and an optional cap. */
export const pointsRuleSchema = z.object({
  code: pointsCodeSchema,
  /** Code of a category in the catalogue's `categories`. */
  category: pointsCodeSchema,
  label: pointsLabelSchema,
  points: rulePointsSchema,
  cap: z.optional(ruleCapSchema),
  /**
   * An effective entry under this rule bars the household from redeeming for `redemptionBanYears`
   * (one published scheme: a criminal penalty bars redemption in the current and the next year).
   */
  bansRedemption: z._default(z.boolean(), false),
  /** Retired rules stay in the catalogue so old entries keep their label; nobody can declare under them. */
  active: z._default(z.boolean(), true),
});
/** A value parsed by {@link pointsRuleSchema}. */
export type PointsRule = z.output<typeof pointsRuleSchema>;

/** Checks a catalogue as a whole: category and rule codes unique, every rule in a known category. */
export function validateCatalogue(catalogue: {
  readonly categories: readonly PointsCategory[];
  readonly rules: readonly PointsRule[];
}): RuleIssue | null {
  const categories = new Set<string>();
  for (const [index, category] of catalogue.categories.entries()) {
    if (categories.has(category.code))
      return issue('points.rule.duplicateCategory', { category: category.code }, ['categories', index, 'code']);
    categories.add(category.code);
  }
  const codes = new Set<string>();
  for (const [index, rule] of catalogue.rules.entries()) {
    if (codes.has(rule.code)) return issue('points.rule.duplicateCode', { ruleCode: rule.code }, ['rules', index, 'code']);
    codes.add(rule.code);
    if (!categories.has(rule.category))
      return issue('points.rule.unknownCategory', { category: rule.category }, ['rules', index, 'category']);
  }
  return null;
}

/** A village's catalogue (积分细则), adopted democratically as part of the village compact (村规民约). */
export const pointsCatalogueSchema = z
  .object({
    categories: z.array(pointsCategorySchema).check(z.minLength(1)),
    rules: z.array(pointsRuleSchema),
  })
  .check(ruleCheck(validateCatalogue));
/** A value parsed by {@link pointsCatalogueSchema}. */
export type PointsCatalogue = z.output<typeof pointsCatalogueSchema>;

/** The categories most published schemes use; a village adds or renames them as data. */
export const defaultPointsCategories: readonly PointsCategory[] = [
  { code: 'law', label: { 'zh-CN': '遵纪守法', en: 'Law-abiding' } },
  { code: 'environment', label: { 'zh-CN': '人居环境', en: 'Living environment' } },
  { code: 'filial', label: { 'zh-CN': '孝老爱亲', en: 'Caring for elders and family' } },
  { code: 'customs', label: { 'zh-CN': '移风易俗', en: 'Reforming customs' } },
  { code: 'volunteer', label: { 'zh-CN': '志愿服务', en: 'Volunteering' } },
  { code: 'neighbours', label: { 'zh-CN': '邻里和睦', en: 'Good neighbours' } },
  { code: 'enterprise', label: { 'zh-CN': '勤劳致富', en: 'Hard work and enterprise' } },
  { code: 'education', label: { 'zh-CN': '教育', en: 'Education' } },
  { code: 'honours', label: { 'zh-CN': '表彰', en: 'Honours' } },
];

function rule(
  code: string,
  category: string,
  zh: string,
  en: string,
  points: number,
  extra: Partial<Pick<PointsRule, 'cap' | 'bansRedemption'>> = {},
): PointsRule {
  return { code, category, label: { 'zh-CN': zh, en }, points, bansRedemption: false, active: true, ...extra };
}

/**
 * A demo catalogue for the seeded village. The honours ladder (+50/+30/+20/+15/+10/+5), straw burning
 * (−5) and breaching public morals (−20) are from one published scheme; the other values are plausible
 * examples, not recommendations — each village adopts its own.
 */
export const demoPointsCatalogue: PointsCatalogue = {
  categories: [...defaultPointsCategories],
  rules: [
    rule('honour.national', 'honours', '获国家级表彰', 'National honour', 50),
    rule('honour.provincial', 'honours', '获省级表彰', 'Provincial honour', 30),
    rule('honour.city', 'honours', '获市级表彰', 'City honour', 20),
    rule('honour.county', 'honours', '获县级表彰', 'County honour', 15),
    rule('honour.township', 'honours', '获乡镇级表彰', 'Township honour', 10),
    rule('honour.village', 'honours', '获村级表彰', 'Village honour', 5),
    rule('env.tidyCourtyard', 'environment', '庭院整洁、门前三包', 'Tidy courtyard and frontage', 5, { cap: { maxEntries: 12 } }),
    rule('env.wasteSorting', 'environment', '垃圾分类投放', 'Sorting household waste', 5, { cap: { maxPoints: 30 } }),
    rule('env.strawBurning', 'environment', '焚烧秸秆', 'Burning straw', -5),
    rule('env.dumping', 'environment', '乱堆乱放、乱倒垃圾', 'Dumping rubbish', -5),
    rule('filial.elderCare', 'filial', '孝老爱亲事迹突出', 'Outstanding care for elders', 10),
    rule('filial.refuseSupport', 'filial', '拒不赡养老人', 'Refusing to support elders', -20),
    rule('customs.frugalWedding', 'customs', '婚事新办', 'Frugal wedding', 10),
    rule('customs.frugalFuneral', 'customs', '丧事简办', 'Frugal funeral', 10),
    rule('customs.lavishCeremony', 'customs', '红白喜事大操大办', 'Lavish wedding or funeral', -10),
    rule('volunteer.activity', 'volunteer', '参加志愿服务活动', 'Volunteering session', 5, { cap: { maxPoints: 60 } }),
    rule('neighbours.mediation', 'neighbours', '主动调解邻里纠纷', 'Helping settle a neighbours’ dispute', 5),
    rule('neighbours.fighting', 'neighbours', '打架斗殴', 'Fighting', -10),
    rule('enterprise.leadingOthers', 'enterprise', '带动他人增收致富', 'Helping others raise their income', 10),
    rule('education.university', 'education', '子女考入大学', 'A child entering university', 20),
    rule('law.publicMorals', 'law', '违反公序良俗', 'Breaching public morals', -20),
    rule('law.gambling', 'law', '参与赌博', 'Gambling', -20),
    rule('law.illegalBuilding', 'law', '违章建房', 'Illegal building', -20),
    rule('law.criminalPenalty', 'law', '受到刑事处罚', 'Criminal conviction', -50, { bansRedemption: true }),
  ],
};

/** Looks a rule up by code (a Map once per catalogue would be faster; catalogues hold tens of rules). */
export function findRule(catalogue: { readonly rules: readonly PointsRule[] }, code: string): PointsRule | undefined {
  return catalogue.rules.find((one) => one.code === code);
}

/** The rule a new entry is declared under: it must exist and still be in use. */
export function ruleForDeclaration(catalogue: { readonly rules: readonly PointsRule[] }, code: string): Result<PointsRule> {
  const found = findRule(catalogue, code);
  if (!found) return fail('points.rule.unknown', { ruleCode: code }, ['ruleCode']);
  return found.active ? ok(found) : fail('points.rule.inactive', { ruleCode: code }, ['ruleCode']);
}
