import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { AppServices } from '../api/context.js';

export interface PortalOptions {
  /**
   * A folder of built widget files (the components' CDN bundle, `packages/components/dist/cdn`). The server only
   * serves the files: it never imports the components, so the dependency arrows stay rules → sdk → components.
   */
  readonly assetsDir?: string | undefined;
}

const assetTypes: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The demo portal at `/`: the county, its towns and villages, and a link to the API document. Each widget is
 * added here as it lands. No inline script or style, so the page runs under the same strict CSP a portal uses.
 */
export function portalRoutes(services: AppServices, options: PortalOptions = {}): Hono {
  const portal = new Hono();
  const assetsDir = options.assetsDir === undefined ? undefined : resolve(options.assetsDir);
  portal.get('/assets/*', async (c) => {
    if (assetsDir === undefined) return c.notFound();
    const relative = decodeURIComponent(c.req.path.slice('/assets/'.length));
    const file = resolve(assetsDir, relative);
    const type = assetTypes[extname(file)];
    // Only files inside the folder, and only the kinds a bundle has.
    if (!file.startsWith(assetsDir + sep) || type === undefined) return c.notFound();
    try {
      const body = await readFile(file);
      c.header('Content-Type', type);
      c.header('Cache-Control', 'no-cache');
      c.header('X-Content-Type-Options', 'nosniff');
      return c.body(body);
    } catch {
      return c.notFound();
    }
  });
  portal.get('/', async (c) => {
    const regions = await services.db.selectFrom('regions').selectAll().orderBy('code').execute();
    const county = regions.find((r) => r.level === 'county');
    const towns = regions.filter((r) => r.level === 'town');
    const villages = regions.filter((r) => r.level === 'village');
    const requested = c.req.query('village');
    const village = villages.find((v) => v.id === requested) ?? villages[0];
    const origin = new URL(c.req.url).origin;
    const widgets = assetsDir !== undefined;
    // The loader's Subresource Integrity hash from the release's integrity.json (the loader checks its chunks itself);
    // read per request, so a rebuild while the server runs keeps page and files in step.
    const loaderIntegrity = widgets ? await loaderIntegrityOf(assetsDir) : undefined;
    c.header(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; require-trusted-types-for 'script'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'",
    );
    // frame-ancestors is CSP level 2; browsers in IE mode (still common on county office PCs) only know X-Frame-Options.
    c.header('X-Frame-Options', 'SAMEORIGIN');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    return c.html(
      html`<!doctype html>
        <html lang="zh-CN">
          <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>善治 · ${county?.name ?? '演示县'} 乡村治理服务</title>
            <link rel="stylesheet" href="/portal.css" />
            ${
              widgets
                ? loaderIntegrity
                  ? html`<script type="module" src="/assets/shanzhi.js" integrity="${loaderIntegrity}" crossorigin="anonymous"></script>`
                  : html`<script type="module" src="/assets/shanzhi.js"></script>`
                : ''
            }
          </head>
          <body>
            <header>
              <h1>善治 shanzhi · ${county?.name ?? ''}</h1>
              <p>乡村治理公共服务演示门户 · Demo portal of the reference server</p>
            </header>
            <main>
              ${
                widgets && village
                  ? html`<sz-provider api-base="${origin}" village="${village.id}" locale="zh-CN">
                      <section aria-labelledby="points-title">
                        <h2 id="points-title">${village.name} · 文明积分榜 · Civility points</h2>
                        <sz-points-leaderboard village="${village.id}">
                          <p>
                            请使用最新版浏览器（或切换到“极速模式”）查看积分榜。Open this page in an up-to-date browser to see the points
                            board.
                          </p>
                        </sz-points-leaderboard>
                      </section>
                      <section aria-labelledby="disclosure-title">
                        <h2 id="disclosure-title">${village.name} · 村务公开 · Village disclosure</h2>
                        <sz-disclosure-board village="${village.id}">
                          <p>
                            请使用最新版浏览器（或切换到“极速模式”）查看村务公开。Open this page in an up-to-date browser to see the
                            disclosures.
                          </p>
                        </sz-disclosure-board>
                      </section>
                      <section aria-labelledby="mediation-title">
                        <h2 id="mediation-title">人民调解 · 申请调解 · Apply for mediation</h2>
                        <sz-mediation-intake>
                          <p>
                            请使用最新版浏览器（或切换到“极速模式”）申请调解，或到村便民服务站办理。Open this page in an up-to-date browser,
                            or apply at the village service station.
                          </p>
                        </sz-mediation-intake>
                        <h3>查询进度 · Follow a case</h3>
                        <sz-mediation-status></sz-mediation-status>
                      </section>
                      <section aria-labelledby="services-title">
                        <h2 id="services-title">便民服务 · 办事指南 · Services</h2>
                        <sz-service-catalogue region="${village.id}" village="${village.id}" deep-link>
                          <p>
                            请使用最新版浏览器（或切换到“极速模式”）查看办事指南。Open this page in an up-to-date browser to see the service
                            guides.
                          </p>
                        </sz-service-catalogue>
                      </section>
                      ${/* new-widget: portal sections (npm run new:widget adds each widget's section above; not sent to the page) */ ''}
                    </sz-provider>`
                  : html`<p class="notice">
                      The widgets are not built yet: run <code>npm run build -w @shanzhi/components</code>, then restart.
                    </p>`
              }
              <section aria-labelledby="regions-title">
                <h2 id="regions-title">乡镇与村 · Towns and villages</h2>
                ${towns.map(
                  (town) =>
                    html`<h3>${town.name}</h3>
                      <ul>
                        ${regions.filter((r) => r.parent_id === town.id).map((v) => html`<li><a href="/?village=${encodeURIComponent(v.id)}">${v.name}</a> <code>${v.id}</code></li>`)}
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
        </html>`,
    );
  });
  portal.get('/portal.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(portalCss);
  });
  return portal;
}

async function loaderIntegrityOf(assetsDir: string): Promise<string | undefined> {
  try {
    const list = JSON.parse(await readFile(resolve(assetsDir, 'integrity.json'), 'utf8')) as Record<string, unknown>;
    const hash = list['shanzhi.js'];
    return typeof hash === 'string' && /^sha(256|384|512)-[A-Za-z0-9+/=]+$/.test(hash) ? hash : undefined;
  } catch {
    return undefined;
  }
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
.notice { background: #fff4d6; padding: .75rem 1rem; border-radius: .5rem; }
a { color: #0b57d0; }
a:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
`;
