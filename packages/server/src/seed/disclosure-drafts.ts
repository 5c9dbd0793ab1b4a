import { richTextFromPlain } from '@shanzhi/rules';
import type { StoredDraft } from '../disclosure/drafts-store.js';
import type { DemoStaff } from './types.js';

/*
 * One unpublished draft per demo village, written by its cadre on the demo day, so the cadre's page of the demo
 * portal opens `<sz-disclosure-editor>` on a draft to preview and publish. Derived when the county is loaded (like the
 * postings), so the generated county stays as it was. The draft is publishable as it stands (no findings).
 */

export function demoDrafts(villages: readonly { readonly id: string }[], staff: readonly DemoStaff[], asOf: string): StoredDraft[] {
  const [year = '2026', month = '01'] = asOf.split('-');
  const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  const at = `${asOf}T01:00:00.000Z`;
  return villages.flatMap((village) => {
    const cadre = staff.find((one) => one.villageId === village.id && one.role === 'cadre');
    if (!cadre) return [];
    const draft: StoredDraft = {
      id: `dd-seed-${village.id}`,
      villageId: village.id,
      revision: 1,
      body: {
        category: 'village',
        version: {
          title: `${year}年${String(Number(month))}月村级公益岗位安排`,
          body: richTextFromPlain('本月村级公益岗位共设保洁、护林、巡河三类。\n岗位人员名单经村民代表会议讨论通过后另行公示。'),
          period: { from: `${year}-${month}-01`, to: `${year}-${month}-${String(lastDay)}` },
          notice: { published: asOf },
          attachments: [],
        },
      },
      findings: [],
      createdBy: cadre.id,
      updatedBy: cadre.id,
      createdAt: at,
      updatedAt: at,
    };
    return [draft];
  });
}
