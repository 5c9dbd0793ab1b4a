import { generateOpenApi, routes } from '@shanzhi/sdk';
import type { Handlers } from '../api/register.js';
import type { RegionTable } from '../db/domain-schema.js';

type SystemHandlers = Pick<Handlers, 'getHealth' | 'getOpenApi' | 'listRegions'>;

let openApi: ReturnType<typeof generateOpenApi> | undefined;

export const systemHandlers: SystemHandlers = {
  getHealth: ({ app, now }) => Promise.resolve({ body: { status: 'ok' as const, version: app.version, time: now.toISOString() } }),

  getOpenApi: ({ app }) => {
    // Generated once from the same route table the server registered, so the document cannot drift.
    openApi ??= generateOpenApi(routes, { version: app.version, title: 'shanzhi API' });
    return Promise.resolve({ body: openApi as { openapi: string } });
  },

  listRegions: async ({ db }) => {
    const rows: RegionTable[] = await db.selectFrom('regions').selectAll().orderBy('code').execute();
    const households = await db
      .selectFrom('households')
      .select(['village_id'])
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .groupBy('village_id')
      .execute();
    const counts = new Map(households.map((row) => [row.village_id, Number(row.n)]));
    const childrenOf = (parent: string) => rows.filter((row) => row.parent_id === parent);
    const counties = rows
      .filter((row) => row.level === 'county')
      .map((county) => ({
        id: county.id,
        code: county.code,
        name: county.name,
        level: 'county' as const,
        towns: childrenOf(county.id).map((town) => ({
          id: town.id,
          code: town.code,
          name: town.name,
          level: 'town' as const,
          villages: childrenOf(town.id).map((village) => ({
            id: village.id,
            code: village.code,
            name: village.name,
            level: 'village' as const,
            households: counts.get(village.id) ?? 0,
          })),
        })),
      }));
    return { body: { counties } };
  },
};
