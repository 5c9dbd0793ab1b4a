import { Hono } from 'hono';
import { html } from 'hono/html';
import type { AppServices } from '../api/context.js';

/**
 * The demo portal at `/`: the county, its towns and villages, and a link to the API document. Each widget is
 * added here as it lands. No inline script or style, so the page runs under the same strict CSP a portal uses.
 */
export function portalRoutes(services: AppServices): Hono {
  const portal = new Hono();
  portal.get('/', async (c) => {
    const regions = await services.db.selectFrom('regions').selectAll().orderBy('code').execute();
    const county = regions.find((r) => r.level === 'county');
    const towns = regions.filter((r) => r.level === 'town');
    c.header('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'");
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    return c.html(html`<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>善治 · ${county?.name ?? '演示县'} 乡村治理服务</title>
    <link rel="stylesheet" href="/portal.css" />
  </head>
  <body>
    <header><h1>善治 shanzhi · ${county?.name ?? ''}</h1><p>乡村治理公共服务演示门户 · Demo portal of the reference server</p></header>
    <main>
      <section aria-labelledby="regions-title">
        <h2 id="regions-title">乡镇与村 · Towns and villages</h2>
        ${towns.map(
          (town) => html`<h3>${town.name}</h3>
            <ul>
              ${regions.filter((r) => r.parent_id === town.id).map((v) => html`<li>${v.name} <code>${v.id}</code></li>`)}
            </ul>`,
        )}
      </section>
      <section aria-labelledby="api-title">
        <h2 id="api-title">接口 · API</h2>
        <ul>
          <li><a href="/v1/openapi.json">OpenAPI 3.1 document</a></li>
          <li><a href="/v1/health">Health</a> · <a href="/v1/regions">Regions</a></li>
        </ul>
      </section>
    </main>
  </body>
</html>`);
  });
  portal.get('/portal.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(portalCss);
  });
  return portal;
}

const portalCss = `
:root { color-scheme: light; font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; line-height: 1.5; }
body { margin: 0; background: #f6f7f9; color: #1f2329; }
header { background: #b3261e; color: #fff; padding: 1rem 1.5rem; }
header h1 { margin: 0; font-size: 1.5rem; }
header p { margin: .25rem 0 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
section { background: #fff; border-radius: .5rem; padding: 1rem 1.25rem; margin-top: 1rem; box-shadow: 0 1px 2px rgb(0 0 0 / .08); }
code { color: #5c6370; font-size: .85em; }
a { color: #0b57d0; }
a:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
`;
