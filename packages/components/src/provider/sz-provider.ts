import { ContextProvider } from '@lit/context';
import type { Locale } from '@shanzhi/rules';
import { createClient, type Client, type TokenGetter } from '@shanzhi/sdk/browser';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { configContext, type SzConfig } from '../internal/config.js';
import { optionalBoolean } from '../internal/sz-element.js';

/**
 * Gives every shanzhi widget inside it one API client, village or region, language and elder mode, so a portal
 * configures them once. A widget's own attribute still wins over the provider's.
 *
 * @element sz-provider
 * @slot - The widgets (and any other page content).
 */
export class SzProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Base URL of the shanzhi API. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** Default village id for the widgets inside. */
  @property() village?: string;
  /** Default region (county/town) id for the widgets inside. */
  @property() region?: string;
  /** `zh-CN` (default) or `en`. */
  @property() locale?: Locale;
  /** 长辈版 for every widget inside (a widget's own `elder` attribute wins). */
  @property({ converter: optionalBoolean }) elder?: boolean;
  /** Returns a bearer token (staff views); called again with `refresh: true` after a 401. */
  @property({ attribute: false }) getToken?: TokenGetter;
  /** A ready-made SDK client (e.g. with telemetry hooks); overrides `api-base`. */
  @property({ attribute: false }) client?: Client;

  private readonly provider = new ContextProvider(this, { context: configContext, initialValue: {} });
  private ownClient: { key: string; client: Client } | undefined;

  private clientFor(): Client | undefined {
    if (this.client) return this.client;
    if (this.apiBase === undefined) return undefined;
    const key = `${this.apiBase}|${this.getToken ? 'auth' : ''}|${this.locale ?? ''}`;
    if (this.ownClient?.key !== key) {
      const locale = () => this.locale ?? 'zh-CN';
      this.ownClient = {
        key,
        client: createClient({ baseUrl: this.apiBase, locale, ...(this.getToken ? { getToken: this.getToken } : {}) }),
      };
    }
    return this.ownClient.client;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const value: SzConfig = {
      client: this.clientFor(),
      apiBase: this.apiBase,
      getToken: this.getToken,
      village: this.village,
      region: this.region,
      locale: this.locale,
      elder: this.elder,
    };
    this.provider.setValue(value);
  }

  override render() {
    return html`<slot></slot>`;
  }
}
