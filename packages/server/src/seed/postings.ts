import { addDays, compareDates, currentVersion, daysBetween, recordedOn } from '@shanzhi/rules';
import type { StoredPosting } from '../postings/store.js';
import type { DemoDisclosureItem, DemoStaff } from './types.js';

/*
 * Postings on the demo villages' physical 公开栏, derived from the seeded items when the county is loaded (like the
 * power lists), so the generated county stays as it was. A village's grid worker puts most items up a day or two
 * after they are published, on one of two boards; the gaps a supervisor should find are deliberate and fixed:
 *
 * - every seventh item of a village (by publication) was never put up;
 * - a corrected item has only its first version on the wall (the correction never went up: "outdated");
 * - what was published in the last fortnight before the demo day is not up yet.
 */

const boards = ['村委会门口公开栏', '文化礼堂公开栏'] as const;
/** Items published this many days before the demo day or later are not posted yet. */
const recentDays = 14;

export function demoPostings(items: readonly DemoDisclosureItem[], staff: readonly DemoStaff[], asOf: string): StoredPosting[] {
  const postings: StoredPosting[] = [];
  const byVillage = new Map<string, DemoDisclosureItem[]>();
  for (const item of items) byVillage.set(item.villageId, [...(byVillage.get(item.villageId) ?? []), item]);
  for (const [villageId, own] of byVillage) {
    const poster = staff.find((one) => one.villageId === villageId && one.role === 'gridWorker');
    if (!poster) continue;
    const ordered = [...own].sort(
      (a, b) =>
        compareDates(recordedOn(a.versions[0] ?? currentVersion(a)), recordedOn(b.versions[0] ?? currentVersion(b))) ||
        a.id.localeCompare(b.id),
    );
    ordered.forEach((item, index) => {
      const first = item.versions[0];
      if (!first || index % 7 === 3) return;
      const published = recordedOn(first);
      if (daysBetween(published, asOf) < recentDays) return;
      const postedOn = addDays(published, index % 3);
      postings.push({
        id: `pst-${item.id}-1`,
        villageId,
        disclosureId: item.id,
        version: first.version,
        board: boards[index % boards.length] ?? boards[0],
        postedOn,
        postedBy: { id: poster.id, name: poster.name, role: poster.role },
        // 10:00 in Asia/Shanghai on the day it went up.
        recordedAt: `${postedOn}T02:00:00.000Z`,
      });
    });
  }
  return postings;
}
