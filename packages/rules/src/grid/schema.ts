import * as z from 'zod/mini';
import { calendarDateSchema } from '../calendar/date-schema.js';
import { mediationIntakeSchema } from '../mediation/intake-schema.js';
import { attachmentIdSchema } from '../points/goods.js';
import { requestText } from '../requests/schema.js';
import { defaultGridCategories, gridCategoryLimits } from './categories.js';
import { gridClosureOutcomes, gridLevels, gridTargets } from './lifecycle.js';

/*
 * The bodies of the grid worker's writes (docs/grid.md). Free text goes through `requestText`, which refuses a raw
 * phone or ID number: a report is read by every staff member of the village, so a number belongs nowhere in it.
 */

const code = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,31}(\.[a-z][a-z0-9-]{0,31})?$/));
const label = z.object({
  'zh-CN': z.string().check(z.minLength(1), z.maxLength(40)),
  en: z.string().check(z.minLength(1), z.maxLength(80)),
});
const itemSchema = z.object({ code, label });
const categorySchema = z.object({
  code,
  label,
  items: z.array(itemSchema).check(z.minLength(1), z.maxLength(gridCategoryLimits.itemsPerCategory)),
  dispute: z.optional(z.boolean()),
});

/**
 * What a village sets for its grids. The category list defaults to `defaultGridCategories`; monthly counts are not
 * published unless the village turns them on: counts of a small village's reports by category can point at a
 * household (个人信息保护法 Art 73(4): data is anonymous only when no one can be identified from it), so publishing
 * is the village's deliberate choice, and cells below `minimumPublishedCount` are withheld.
 */
export const gridSettingsSchema = z.object({
  categories: z._default(
    z.array(categorySchema).check(
      z.minLength(1),
      z.maxLength(gridCategoryLimits.categories),
      z.refine((list) => list.reduce((sum, one) => sum + one.items.length, 0) <= gridCategoryLimits.items, 'Too many items'),
    ),
    defaultGridCategories.map((one) => ({ ...one, items: [...one.items] })),
  ),
  publishMonthlyCounts: z._default(z.boolean(), false),
  /** Cells of the public monthly counts below this are withheld (shown as "fewer than"). */
  minimumPublishedCount: z._default(z.int().check(z.minimum(1), z.maximum(20)), 3),
  /** Days a 摸排 round runs when its opener gives no end (a month, the rhythm of 定期摸排 [004]). */
  roundDays: z._default(z.int().check(z.minimum(1), z.maximum(92)), 30),
  /** Working days a report may stay at one step before it shows as overdue (按时上报 … 协调处置 [004]). */
  stepWorkingDays: z._default(z.int().check(z.minimum(1), z.maximum(60)), 5),
});
/** A village's grid settings as stored: its categories, and whether monthly counts are published. */
export type GridSettings = z.output<typeof gridSettingsSchema>;
/** Grid settings as a cadre sends them: every field optional, the defaults fill the rest. */
export type GridSettingsInput = z.input<typeof gridSettingsSchema>;
/** The settings of a village that has set none: the default category list, no public counts. */
export const defaultGridSettings: GridSettings = z.parse(gridSettingsSchema, {});

const attachmentIds = z.optional(z.array(attachmentIdSchema).check(z.maxLength(9)));
const note = z.optional(requestText(1000));

/** Where it happened: words first (the field has no address), coordinates when the device gives them (WGS-84). */
export const gridPlaceSchema = z.object({
  text: requestText(200),
  latitude: z.optional(z.number().check(z.gte(-90), z.lte(90))),
  longitude: z.optional(z.number().check(z.gte(-180), z.lte(180))),
});

/** 按时上报: a grid worker's report of an event in their grid. */
export const gridReportSchema = z.strictObject({
  gridId: z.string().check(z.minLength(1), z.maxLength(64)),
  category: code,
  item: z.optional(code),
  place: gridPlaceSchema,
  text: requestText(2000),
  /** The day it was seen (defaults to today); never after today. */
  seenOn: z.optional(calendarDateSchema),
  /** Households concerned, when any (ids, never names). */
  householdIds: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(20))),
  attachmentIds,
});
/** A grid worker's report as the server accepts it (category item, place, what was seen, households, photos). */
export type GridReportInput = z.output<typeof gridReportSchema>;

/** 分析研判: at which level it is handled ("小事不出网格、大事不出村、难事不出镇" [004]) and whether it is a dispute. */
export const gridAssessmentSchema = z.strictObject({
  level: z.enum(gridLevels),
  dispute: z.boolean(),
  /** 人民调解法 Art 25: a dispute that may turn into a criminal case is reported to the police at once. */
  risk: z._default(z.boolean(), false),
  note,
});

/** 分流交办: to whom. A dispute for the mediation committee carries the intake the committee registers. */
export const gridAssignmentSchema = z.strictObject({
  target: z.enum(gridTargets),
  /** The department's name, when `target` is `department` (民政, 自然资源 …). */
  department: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
  /** The day the handling is due; defaults to `stepWorkingDays` working days from today. */
  dueOn: z.optional(calendarDateSchema),
  note,
  /**
   * For `mediation`: the application the committee registers (人民调解法 Art 17: the parties apply, or the committee
   * takes the matter up; the consent fields record the parties' yes). The report's history is attached to the case.
   */
  intake: z.optional(mediationIntakeSchema),
});

/** 协调处置: what was done, with photos. */
export const gridDisposalSchema = z.strictObject({ note: requestText(1000), attachmentIds });

/** 办结: how the report ended (`gridClosureOutcomes`) and a note. */
export const gridClosureSchema = z.strictObject({ outcome: z.enum(gridClosureOutcomes), note });

/** A 摸排 round: the grid's households to visit between `from` and `to` (default `roundDays`). */
export const gridRoundSchema = z.strictObject({
  gridId: z.string().check(z.minLength(1), z.maxLength(64)),
  from: calendarDateSchema,
  to: z.optional(calendarDateSchema),
  /** What this round looks for (矛盾纠纷, 安全隐患 …). */
  focus: z.optional(requestText(200)),
});

/** 走访: one household visited, with a note; a finding is reported separately and linked here. */
export const gridVisitSchema = z.strictObject({
  householdId: z.string().check(z.minLength(1), z.maxLength(64)),
  on: z.optional(calendarDateSchema),
  /** Nobody at home: the household stays on the list. */
  absent: z._default(z.boolean(), false),
  note,
  reportId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
});
