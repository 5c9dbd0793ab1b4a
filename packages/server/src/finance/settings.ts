import type { DisclosureSettings } from '@shanzhi/rules';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

export type FinanceSettings = Pick<
  DisclosureSettings,
  'accountingSystem' | 'financeSignOff' | 'financeSignOffPanel' | 'mandateThresholdFen'
>;

/**
 * Writes the village's finance settings into its disclosure settings row, keeping every other setting as stored
 * (other parts of the village's rules live in the same row).
 */
export async function saveFinanceSettings(trx: Transaction<Database>, villageId: string, settings: FinanceSettings): Promise<void> {
  const row = await trx.selectFrom('disclosure_schemes').select('settings').where('village_id', '=', villageId).executeTakeFirst();
  const stored = row ? (JSON.parse(row.settings) as Record<string, unknown>) : {};
  const text = JSON.stringify({ ...stored, ...settings });
  if (row) await trx.updateTable('disclosure_schemes').set({ settings: text }).where('village_id', '=', villageId).execute();
  else await trx.insertInto('disclosure_schemes').values({ village_id: villageId, settings: text }).execute();
}
