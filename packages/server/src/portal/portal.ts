import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import { todayInShanghai } from '@shanzhi/rules';
import type { AppServices } from '../api/context.js';
import { demoRoleNames, demoRoles } from './demo-roles.js';
import { portalSectionsFor } from './sections.js';

export interface PortalOptions {
  /**
   * A folder of built widget files (the components' CDN bundle, `packages/components/dist/cdn`). The server only
   * serves the files: it never imports the components, so the dependency arrows stay rules → sdk → components.
   */
  readonly assetsDir?: string | undefined;
  /**
   * Offer "view as" a demo role (the demo tokens `demo-<role>`): the staff desks need a signed-in user. Only where the
   * server accepts demo tokens (demo mode); in production nobody signs in through this page.
   */
  readonly demoRoles?: boolean | undefined;
}

/** `selected` on the chosen option: a constant, never text from the request. */
const selected = (chosen: boolean) => (chosen ? raw('selected') : '');

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
    const asked = c.req.query('as');
    const role = options.demoRoles === true ? demoRoles.find((one) => one === asked) : undefined;
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
            <script type="module" src="/portal.js"></script>
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
                  ? html`${
                        options.demoRoles === true
                          ? html`<form class="roles" method="get" action="/">
                              <input type="hidden" name="village" value="${village.id}" />
                              <label for="as">以演示身份查看 · View as</label>
                              <select id="as" name="as">
                                <option value="" ${selected(role === undefined)}>公众 · The public</option>
                                ${demoRoles.map((one) => html`<option value="${one}" ${selected(one === role)}>${demoRoleNames[one]}</option>`)}
                              </select>
                              <button type="submit">切换 · Switch</button>
                            </form>`
                          : ''
                      }
                      <sz-provider api-base="${origin}" village="${village.id}" locale="zh-CN" data-demo-role="${role ?? ''}">
                        ${portalSectionsFor({ village, role, origin, today: todayInShanghai(services.now()) })}
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
  // Hands the chosen demo role's token to the widgets (a script file: the page allows no inline script).
  portal.get('/portal.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(portalJs);
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

/**
 * The demo role's token for <sz-provider> (`getToken` is a property, not an attribute). Demo tokens are public
 * knowledge and refused outside demo mode, so nothing here is a secret.
 */
const portalJs = `const provider = document.querySelector('sz-provider[data-demo-role]');
const role = provider?.dataset.demoRole;
if (provider && role) provider.getToken = () => 'demo-' + role;
`;

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
.roles { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin-top: 1rem; }
.roles select, .roles button { min-height: 44px; font: inherit; }
`;
