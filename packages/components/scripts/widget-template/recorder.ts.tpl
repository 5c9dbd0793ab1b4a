/**
 * `<sz-__kebab__>`'s story fixtures, served by `stories/msw/__kebab__-handlers.ts`:
 *
 * - __kebab__-list.json: what the widget reads, in zh-CN and en, and the village the stories show.
 *
 * TODO(new-widget): this records the region tree (GET /v1/regions, `listRegions`), a read that exists today, so the
 * stories run from the first minute. Once the widget's own route is in the contract and the server, record that here
 * instead (every locale, and the cases the stories show), and serve it from the handlers. Then
 * `npm run fixtures:stories -- __kebab__`.
 */
import type { Context } from './record.js';

const village = 'v-qs-01';
const locales = ['zh-CN', 'en'] as const;

export async function record(ctx: Context): Promise<void> {
  const answers: Record<string, unknown> = {};
  for (const locale of locales) answers[locale] = await ctx.ok('/v1/regions', { locale });
  ctx.write('__kebab__-list.json', { seed: ctx.seed, village, answers });
}
