import { todayInShanghai } from '@shanzhi/rules';
import type { ServerConfig } from '../config/server-config.js';
import { migrateToLatest } from '../db/migrate.js';
import { openConfiguredDatabase } from '../db/open.js';
import { generateDemoCounty } from '../seed/index.js';
import { isEmpty, loadDemoCounty } from '../store/load-demo.js';

/**
 * `shanzhi-server demo seed`: migrates, then loads the demo county (SHANZHI_HOUSEHOLDS households, default 4,000)
 * into an EMPTY database in one transaction and prints the demo tokens. Refused in production mode and on a database
 * that holds anything already — it never mixes demo data into real data. Use it before starting several demo
 * processes on one PostgreSQL database (`serve` in demo mode seeds an empty database too, but two processes starting
 * together would both try). Exit status 0 seeded, 1 refused.
 */
export async function runDemoSeed(config: ServerConfig, now: Date = new Date()): Promise<number> {
  if (config.mode !== 'demo') {
    console.error('demo seed: refused in production mode (SHANZHI_MODE=production): demo data never goes into a real database.');
    return 1;
  }
  const db = openConfiguredDatabase(config.database);
  try {
    await migrateToLatest(db);
    if (!(await isEmpty(db))) {
      console.error('demo seed: refused — the database is not empty (it already holds regions). Seed only a new, empty database.');
      return 1;
    }
    const started = Date.now();
    const county = generateDemoCounty({ households: config.households, asOf: todayInShanghai(now) });
    const tokens = await loadDemoCounty(db, county);
    console.log(
      `demo seed: loaded the demo county ${county.county.name}: ${String(county.villages.length)} villages, ${String(county.households.length)} households, ${String(county.ledgerEntries.length)} points entries (${String(Date.now() - started)} ms).`,
    );
    console.log('Demo tokens (Authorization: Bearer <token>), accepted in demo mode only:');
    for (const t of tokens) console.log(`  ${t.role.padEnd(11)} ${t.token.padEnd(17)} ${t.label}`);
    return 0;
  } finally {
    await db.destroy();
  }
}
