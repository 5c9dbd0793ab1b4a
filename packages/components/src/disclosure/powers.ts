import type { Locale } from '@shanzhi/rules';
import { powerCategories, textIn } from '@shanzhi/rules';
import { listVillagePowers, type Client, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { commonMessages } from '../internal/common-messages.js';
import { addLateStyles } from '../internal/late-styles.js';
import { Localizer } from '../internal/localize.js';
import { RemoteData } from '../internal/remote-data.js';
import { loadingState } from '../internal/states.js';
import { postLabel, renderFlowchart, type ListedPower, type PowerT } from './powers-flowchart.js';
import { powersMessages } from './powers-messages.js';
import { powerStyles } from './powers-styles.js';

type PowerList = RouteOutput<typeof listVillagePowers>;

/** What the view reads of the board that shows it: its language, client, village and view, and its render root. */
export interface PowerHost extends ReactiveControllerHost {
  readonly effectiveLocale: Locale;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly client: Client | undefined;
  readonly villageId: string | undefined;
  readonly view: string;
}

function categoryLabel(code: string, locale: Locale): string {
  return powerCategories.find((one) => one.code === code)?.label[locale] ?? code;
}

/**
 * The board's 小微权力清单 view (`view="powers"`), in the detail views' chunk (./views.ts): the village's powers (its
 * county's list with the village's own changes, from listVillagePowers) and, opened, one power with its legal basis,
 * answerable post and procedure as an accessible flowchart (an ordered list, with an SVG drawing of the same steps).
 * It takes everything from the board itself (language, client, village, view) and adopts its own styles, so the board
 * carries no more for it than a view button and one line.
 */
export class PowerView {
  private opened: string | undefined;
  private readonly t: PowerT;
  /** The kit's shared words (loading, error, retry) in the board's language. */
  private readonly common: Localizer<(typeof commonMessages)['zh-CN']>;
  private readonly list: RemoteData<PowerList, readonly [Client, string]>;

  constructor(private readonly host: PowerHost) {
    addLateStyles(host.renderRoot, powerStyles);
    const locale = () => host.effectiveLocale;
    this.t = new Localizer(powersMessages, locale);
    const common = (this.common = new Localizer(commonMessages, locale));
    this.list = new RemoteData(host, {
      common,
      // Nothing is read until the view is shown.
      args: () => {
        const { client, villageId } = host;
        return host.view === 'powers' && client && villageId !== undefined ? ([client, villageId] as const) : undefined;
      },
      load: ([client, villageId], signal) => client.request(listVillagePowers, { params: { villageId } }, { signal }).then((r) => r.data),
    });
  }

  private open(code: string | undefined, focus: string): void {
    this.opened = code;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.host.renderRoot.querySelector<HTMLElement>(focus)?.focus();
    });
  }

  render(): TemplateResult {
    const t = this.t;
    const locale = this.host.effectiveLocale;
    return (
      this.list.render({
        ready: (list) => {
          const power = list.powers.find((one) => one.code === this.opened);
          return power ? this.renderPower(power, locale) : this.renderList(list, locale);
        },
        empty: { when: (list) => list.powers.length === 0, message: () => t.t('none') },
        idle: () => loadingState(this.common),
      }) ?? loadingState(this.common)
    );
  }

  private renderList(list: PowerList, locale: Locale): TemplateResult {
    const t = this.t;
    return html`<section class="powers" part="powers" aria-labelledby="powers-title">
      <h2 class="section-title" id="powers-title">${t.t('title')}</h2>
      <p class="muted" role="status">${t.t('count', list.powers.length)}</p>
      <ul class="list" part="power-list">
        ${list.powers.map(
          (power) =>
            html`<li class="item" part="power">
              <button
                type="button"
                class="item-button"
                data-power=${power.code}
                @click=${() => {
                  this.open(power.code, '#power-title');
                }}
              >
                <span class="item-title">${textIn(power.name, locale)}</span>
                <span class="item-meta">
                  <span class="category">${categoryLabel(power.category, locale)}</span>
                  <span>${t.t('post', postLabel(power.responsible, locale))}</span>
                  <span>${t.t('steps', power.steps.length)}</span>
                </span>
              </button>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderPower(power: ListedPower, locale: Locale): TemplateResult {
    const t = this.t;
    const back = () => {
      this.open(undefined, `[data-power="${CSS.escape(power.code)}"]`);
    };
    const updated = power.updatedAt.slice(0, 10);
    return html`<article
      class="power"
      part="power-detail"
      aria-labelledby="power-title"
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape') back();
      }}
    >
      <button type="button" class="back" @click=${back}>← ${t.t('back')}</button>
      <h2 class="section-title" id="power-title" tabindex="-1">${textIn(power.name, locale)}</h2>
      <p class="muted">${categoryLabel(power.category, locale)}</p>
      ${power.summary ? html`<p>${textIn(power.summary, locale)}</p>` : nothing}
      <dl class="power-facts">
        <dt>${t.t('responsible')}</dt>
        <dd>${postLabel(power.responsible, locale)}</dd>
        <dt>${t.t('basis')}</dt>
        <dd>
          <ul part="legal-basis">
            ${power.legalBasis.map(
              (basis) => html`<li>${textIn(basis.title, locale)}${basis.article ? html` ${textIn(basis.article, locale)}` : nothing}</li>`,
            )}
          </ul>
        </dd>
        <dt>${t.t('source')}</dt>
        <dd>${power.source === 'village' ? t.t('fromVillage', t.date(updated)) : t.t('fromCounty', t.date(updated))}</dd>
      </dl>
      <h3>${t.t('procedure')}</h3>
      ${renderFlowchart(power, t, locale)}
    </article>`;
  }
}
