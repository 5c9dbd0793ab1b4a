import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import { todayInShanghai } from '@shanzhi/rules';
import type { AppServices } from '../api/context.js';

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

/** The roles the demo portal can be viewed as; the public (no token) is the default. */
const demoRoles = ['villager', 'gridWorker', 'cadre', 'supervisor', 'storekeeper', 'mediator'] as const;
const demoRoleNames: Readonly<Record<(typeof demoRoles)[number], string>> = {
  villager: '村民 · Villager',
  gridWorker: '网格员 · Grid worker',
  cadre: '村两委 · Cadre',
  supervisor: '村务监督委员会 · Supervisor',
  storekeeper: '爱心超市 · Storekeeper',
  mediator: '调解员 · Mediator',
};

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
                              请使用最新版浏览器（或切换到“极速模式”）申请调解，或到村便民服务站办理。Open this page in an up-to-date
                              browser, or apply at the village service station.
                            </p>
                          </sz-mediation-intake>
                          <h3>查询进度 · Follow a case</h3>
                          <sz-mediation-status></sz-mediation-status>
                        </section>
                        <section aria-labelledby="services-title">
                          <h2 id="services-title">便民服务 · 办事指南 · Services</h2>
                          <sz-service-catalogue region="${village.id}" village="${village.id}" deep-link>
                            <p>
                              请使用最新版浏览器（或切换到“极速模式”）查看办事指南。Open this page in an up-to-date browser to see the
                              service guides.
                            </p>
                          </sz-service-catalogue>
                        </section>
                        <section aria-labelledby="love-supermarket-title">
                          <h2 id="love-supermarket-title">${village.name} · 爱心超市 · Love supermarket</h2>
                          <sz-love-supermarket
                            village="${village.id}"
                            mode="${role === 'storekeeper' || role === 'cadre' ? 'desk' : role === 'supervisor' ? 'reconciliation' : 'shelf'}"
                          >
                            <p>请使用最新版浏览器（或切换到“极速模式”）查看爱心超市。Open this page in an up-to-date browser to see it.</p>
                          </sz-love-supermarket>
                        </section>
                        <section aria-labelledby="points-notice-title">
                          <h2 id="points-notice-title">${village.name} · 积分公示 · Points notice</h2>
                          <sz-points-notice village="${village.id}">
                            <p>请使用最新版浏览器（或切换到“极速模式”）查看积分公示。Open this page in an up-to-date browser to see it.</p>
                          </sz-points-notice>
                        </section>
                        <section aria-labelledby="points-desk-title">
                          <h2 id="points-desk-title">
                            ${
                              // A villager's token gets the household's side of the same desk: declare, follow.
                              role === 'villager'
                                ? `${village.name} · 本户积分申报 · My household's points`
                                : `${village.name} · 积分工作台 · Points desk`
                            }
                          </h2>
                          <sz-points-desk village="${village.id}">
                            <p>
                              请使用最新版浏览器（或切换到“极速模式”）查看积分工作台。Open this page in an up-to-date browser to see it.
                            </p>
                          </sz-points-desk>
                        </section>
                        ${
                          // 帮教 is staff work: the cadre who assigns, the grid worker who mentors, the supervisor who watches.
                          role === 'cadre' || role === 'supervisor' || role === 'gridWorker'
                            ? html`<section aria-labelledby="mentoring-desk-title">
                                <h2 id="mentoring-desk-title">${village.name} · 帮教工作台 · Mentoring desk</h2>
                                <sz-mentoring-desk village="${village.id}">
                                  <p>
                                    请使用最新版浏览器（或切换到“极速模式”）查看帮教工作台。Open this page in an up-to-date browser to see
                                    it.
                                  </p>
                                </sz-mentoring-desk>
                              </section>`
                            : ''
                        }
                        <section aria-labelledby="disclosure-poster-title">
                          <h2 id="disclosure-poster-title">${village.name} · 公开栏张贴 · Notice-board poster</h2>
                          ${
                            // The physical 公开栏: staff print what was never put up and record it (who, when, where, a
                            // photo); the supervisor sees the same list; everyone else can print this month's poster.
                            role === 'cadre' || role === 'gridWorker' || role === 'supervisor'
                              ? html`<sz-disclosure-poster
                                  village="${village.id}"
                                  mode="unposted"
                                  item-url="${origin}/?village=${village.id}&amp;sz-item={id}"
                                >
                                  <p>
                                    请使用最新版浏览器（或切换到“极速模式”）查看公开栏张贴。Open this page in an up-to-date browser to see
                                    it.
                                  </p>
                                </sz-disclosure-poster>`
                              : html`<sz-disclosure-poster
                                  village="${village.id}"
                                  year="${todayInShanghai(services.now()).slice(0, 4)}"
                                  month="${String(Number(todayInShanghai(services.now()).slice(5, 7)))}"
                                  item-url="${origin}/?village=${village.id}&amp;sz-item={id}"
                                >
                                  <p>
                                    请使用最新版浏览器（或切换到“极速模式”）查看公开栏张贴。Open this page in an up-to-date browser to see
                                    it.
                                  </p>
                                </sz-disclosure-poster>`
                          }
                        </section>
                        ${
                          // 一听、四议、两公开、一监督: the cadre records the steps, the supervisor follows and observes them.
                          role === 'cadre' || role === 'supervisor'
                            ? html`<section aria-labelledby="decision-desk-title">
                                <h2 id="decision-desk-title">${village.name} · 决策工作台 · Decision desk</h2>
                                <sz-decision-desk village="${village.id}" view="${role}">
                                  <p>
                                    请使用最新版浏览器（或切换到“极速模式”）查看决策工作台。Open this page in an up-to-date browser to see
                                    it.
                                  </p>
                                </sz-decision-desk>
                              </section>`
                            : ''
                        }
                        ${
                          // Drafts are the village's working papers: the editor is on the cadre's and the supervisor's page only.
                          role === 'cadre' || role === 'supervisor'
                            ? html`<section aria-labelledby="disclosure-editor-title">
                                <h2 id="disclosure-editor-title">${village.name} · 公开编辑 · Disclosure editor</h2>
                                <sz-disclosure-editor village="${village.id}">
                                  <p>
                                    请使用最新版浏览器（或切换到“极速模式”）查看公开编辑。Open this page in an up-to-date browser to see it.
                                  </p>
                                </sz-disclosure-editor>
                              </section>`
                            : ''
                        }
                        ${
                          // Villagers' queries (Art 30 查询): the cadre answers them, the supervisor follows them.
                          role === 'cadre' || role === 'supervisor'
                            ? html`<section aria-labelledby="query-desk-title">
                                <h2 id="query-desk-title">${village.name} · 村民查询答复 · Query desk</h2>
                                <sz-query-desk village="${village.id}" view="${role}">
                                  <p>
                                    请使用最新版浏览器（或切换到“极速模式”）查看村民查询答复。Open this page in an up-to-date browser to see
                                    it.
                                  </p>
                                </sz-query-desk>
                              </section>`
                            : ''
                        }
                        ${
                          // 民主理财: the cadre imports and publishes, the supervisor (村务监督委员会) signs off and sees the alarms.
                          role === 'cadre' || role === 'supervisor'
                            ? html`<section aria-labelledby="finance-desk-title">
                                <h2 id="finance-desk-title">${village.name} · 民主理财 · Finance sign-off</h2>
                                <sz-finance-desk village="${village.id}" view="${role}">
                                  <p>
                                    请使用最新版浏览器（或切换到“极速模式”）查看民主理财。Open this page in an up-to-date browser to see it.
                                  </p>
                                </sz-finance-desk>
                              </section>`
                            : ''
                        }
                        <section aria-labelledby="mediation-desk-title">
                          <h2 id="mediation-desk-title">${village.name} · 调解员工作台 · Mediation desk</h2>
                          <sz-mediation-desk village="${village.id}">
                            <p>
                              请使用最新版浏览器（或切换到“极速模式”）查看调解员工作台。Open this page in an up-to-date browser to see it.
                            </p>
                          </sz-mediation-desk>
                        </section>
                        <section aria-labelledby="request-desk-title">
                          <h2 id="request-desk-title">${village.name} · 代办点单工作台 · Request desk</h2>
                          <sz-request-desk village="${village.id}">
                            <p>
                              请使用最新版浏览器（或切换到“极速模式”）查看代办点单工作台。Open this page in an up-to-date browser to see it.
                            </p>
                          </sz-request-desk>
                        </section>
                        <section aria-labelledby="request-status-title">
                          <h2 id="request-status-title">${village.name} · 我的办事诉求 · Request status</h2>
                          <sz-request-status village="${village.id}">
                            <p>
                              请使用最新版浏览器（或切换到“极速模式”）查看我的办事诉求。Open this page in an up-to-date browser to see it.
                            </p>
                          </sz-request-status>
                        </section>
                        <section aria-labelledby="grid-desk-title">
                          <h2 id="grid-desk-title">${village.name} · 网格员工作台 · Grid desk</h2>
                          <sz-grid-desk village="${village.id}">
                            <p>
                              请使用最新版浏览器（或切换到“极速模式”）查看网格员工作台。Open this page in an up-to-date browser to see it.
                            </p>
                          </sz-grid-desk>
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
