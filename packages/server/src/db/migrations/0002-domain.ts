import type { Kysely } from 'kysely';
import { createTables, householdRecord, villageRecord } from './columns.js';

/**
 * Domain tables. Each record keeps its full document as JSON text (`doc`) beside the columns the server filters
 * and sorts on, so the same portable DDL serves SQLite and PostgreSQL and a document can grow fields without a
 * migration. Personal data sits in its own columns so that it is easy to see, redact and, one day, encrypt.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTables(db, {
    regions: {
      columns: {
        id: 'text key',
        code: 'text',
        name: 'text',
        level: 'text',
        parent_id: 'text null',
        doc: 'text',
      },
      indexes: { parent_idx: ['parent_id'] },
    },
    staff: {
      columns: {
        id: 'text key',
        name: 'text',
        role: 'text',
        village_id: 'text null',
        doc: 'text',
      },
    },
    households: {
      columns: {
        ...villageRecord,
        group_id: 'text',
        number: 'text',
        head_name: 'text',
        mobile: 'text null',
        resident_id: 'text null',
        consent_public_name: 'integer',
        doc: 'text',
      },
      indexes: { village_idx: ['village_id'] },
    },
    api_tokens: {
      columns: {
        token_hash: 'text key',
        subject_id: 'text',
        role: 'text',
        village_id: 'text null',
        household_id: 'text null',
        label: 'text',
      },
    },
    points_schemes: {
      columns: {
        village_id: 'text key -> regions.id',
        catalogue: 'text',
        settings: 'text',
      },
    },
    points_entries: {
      columns: {
        ...householdRecord,
        rule_code: 'text',
        points: 'integer',
        status: 'text',
        effective_on: 'text null',
        revoked_on: 'text null',
        doc: 'text',
      },
      indexes: { village_idx: ['village_id', 'status'], household_idx: ['household_id'] },
    },
    redemptions: {
      columns: {
        ...householdRecord,
        date: 'text',
        points: 'integer',
        doc: 'text',
      },
      indexes: { household_idx: ['household_id'] },
    },
    disclosure_schemes: {
      columns: {
        village_id: 'text key -> regions.id',
        settings: 'text',
      },
    },
    disclosure_items: {
      columns: {
        ...villageRecord,
        category: 'text',
        title: 'text',
        published: 'text',
        decision_id: 'text null',
        doc: 'text',
      },
      indexes: { village_idx: ['village_id', 'published'] },
    },
    decisions: {
      columns: {
        ...villageRecord,
        doc: 'text',
      },
    },
    relief_lists: {
      columns: {
        ...villageRecord,
        item_id: 'text',
        doc: 'text',
      },
    },
    disclosure_queries: {
      columns: {
        ...villageRecord,
        disclosure_id: 'text -> disclosure_items.id',
        received_on: 'text',
        doc: 'text',
      },
    },
    mediation_cases: {
      columns: {
        id: 'text key',
        case_number: 'text unique',
        // Only a hash of the tracking code is stored: it is a bearer secret.
        tracking_hash: 'text',
        village_id: 'text null',
        state: 'text',
        doc: 'text',
      },
    },
    service_guides: {
      columns: {
        code: 'text key',
        region_id: 'text',
        department: 'text',
        doc: 'text',
        search_keys: 'text',
      },
    },
    proxy_requests: {
      columns: {
        id: 'text key',
        service_code: 'text -> service_guides.code',
        village_id: 'text',
        received_on: 'text',
        doc: 'text',
      },
    },
    counters: {
      columns: {
        name: 'text key',
        value: 'integer',
      },
    },
  });
}
