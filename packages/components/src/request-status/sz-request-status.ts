import { listRegions, type RouteOutput } from '@shanzhi/sdk';
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ElderControls } from '../internal/elder-controls.js';
import { Localizer } from '../internal/localize.js';
import { RemoteData } from '../internal/remote-data.js';
import { SzElement } from '../internal/sz-element.js';
import { widgetStyles } from '../internal/widget-styles.js';
import './events.js';
import { requestStatusMessages } from './messages.js';
import { requestStatusStyles } from './styles.js';

/** One entry of the list the widget shows. */
export interface RequestStatusItem {
  readonly id: string;
  readonly name: string;
}

// TODO(new-widget): the read below is a placeholder that exists today (GET /v1/regions, `listRegions`), so the widget,
// its tests and its stories work from the first minute. Declare this widget's own route in the SDK's route table, then
// load it here (keep `{ signal }`) and map its answer to what `renderList` shows.
function itemsOf(tree: RouteOutput<typeof listRegions>): RequestStatusItem[] {
  return tree.counties.flatMap((county) => county.towns.flatMap((town) => town.villages.map(({ id, name }) => ({ id, name }))));
}

/**
 * TODO(new-widget): what `<sz-request-status>` shows, for whom, and what they can do with it (one short paragraph; it heads
 * the component's Docs page).
 *
 * @element sz-request-status
 *
 * @fires sz-request-status-select - An entry was chosen. `detail: { itemId }` — an id only, never a name, phone or ID number.
 *
 * @csspart title - The heading.
 * @csspart list - The list of entries.
 * @csspart item - One entry's button.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 * @csspart offline - The offline state.
 * @csspart elder-controls - The 长辈版 switch, text size and read-aloud buttons.
 *
 * @cssprop --sz-color-primary - The current entry's border and the retry button.
 * @cssprop --sz-color-text - Text.
 * @cssprop --sz-color-text-muted - The loading and empty states.
 * @cssprop --sz-color-surface - Entries.
 * @cssprop --sz-color-surface-alt - The loading skeleton.
 * @cssprop --sz-color-border - Entry borders.
 * @cssprop --sz-color-warning-surface - The error and offline notices.
 * @cssprop --sz-color-focus - Focus ring.
 * @cssprop --sz-font-family - Typeface.
 * @cssprop --sz-font-size-md - Body text.
 * @cssprop --sz-font-size-lg - The heading.
 * @cssprop --sz-space-2 - Gap between entries.
 * @cssprop --sz-radius - Corner radius.
 * @cssprop --sz-target-size - Minimum size of every button (larger in 长辈版).
 */
export class SzRequestStatus extends SzElement {
  static override styles = [...widgetStyles, requestStatusStyles];

  /** The village the widget is about; falls back to the provider's `village`. Its entry is marked as the current one. */
  @property() village?: string;

  private readonly t = new Localizer(requestStatusMessages, () => this.effectiveLocale);
  private readonly elderControls = new ElderControls(this, this.common);
  /** The widget's one read: reloads when the client changes, aborts on disconnect, shows the shared states. */
  private readonly data = new RemoteData(this, {
    common: this.common,
    args: () => {
      const client = this.client;
      return client ? ([client] as const) : undefined;
    },
    load: ([client], signal) => client.request(listRegions, {}, { signal }).then((result) => itemsOf(result.data)),
  });

  override render(): TemplateResult {
    return html`<section class="widget" aria-labelledby="title">
      <div class="caption-row">
        <h2 id="title" class="title" part="title">${this.t.t('title')}</h2>
        ${this.elderControls.render()}
      </div>
      ${this.data.render({
        ready: (items) => this.renderList(items),
        empty: { when: (items) => items.length === 0, message: () => this.t.t('empty') },
      })}
    </section>`;
  }

  private renderList(items: readonly RequestStatusItem[]): TemplateResult {
    const current = this.village ?? this.config.village;
    return html`<ul class="list" part="list" aria-label=${this.t.t('count', items.length)}>
      ${repeat(
        items,
        (item) => item.id,
        (item) =>
          html`<li>
            <button
              type="button"
              part="item"
              aria-current=${item.id === current ? 'true' : 'false'}
              @click=${() => {
                this.emit('sz-request-status-select', { itemId: item.id });
              }}
            >
              ${item.name}
            </button>
          </li>`,
      )}
    </ul>`;
  }
}
