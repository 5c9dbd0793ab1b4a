import { addMonths, type CalendarDate, type GridSettings, type Locale } from '@shanzhi/rules';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { villageRowsDuring } from '../db/village-row.js';

/**
 * The public monthly counts of a village's grid reports by category, for the months up to today's. Only month and
 * category are read (never a report's text, place or households), and a category's count below the village's
 * minimum is withheld as "fewer than": in a small village a count of one can point at a household, and only data
 * from which no one can be identified is anonymous (个人信息保护法 Art 73(4)).
 */
export async function monthlyCounts(
  db: Kysely<Database> | Transaction<Database>,
  villageId: string,
  settings: GridSettings,
  months: number,
  today: CalendarDate,
  locale: Locale,
) {
  const thisMonth = today.slice(0, 7);
  const first = addMonths(`${thisMonth}-01`, 1 - months);
  const rows = await villageRowsDuring(db, 'grid_reports', 'reported_on', villageId, first, today)
    .select(['reported_on', 'category'])
    .execute();
  const minimum = settings.minimumPublishedCount;
  const labelOf = new Map(settings.categories.map((one) => [one.code, one.label[locale]]));
  const list = Array.from({ length: months }, (_, index) => addMonths(first, index).slice(0, 7)).reverse();
  return {
    minimum,
    months: list.map((month) => {
      const counts = new Map<string, number>();
      for (const row of rows) if (row.reported_on.startsWith(month)) counts.set(row.category, (counts.get(row.category) ?? 0) + 1);
      const categories = [...counts.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, count]) => ({ code, label: labelOf.get(code) ?? code, ...(count >= minimum ? { count } : { fewerThan: minimum }) }));
      return { month, total: [...counts.values()].reduce((sum, n) => sum + n, 0), categories };
    }),
  };
}
