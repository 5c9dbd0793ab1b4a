import { consume } from '@lit/context';
import { resolveLocale, type Locale } from '@shanzhi/rules';
import { createClient, type Client, type TokenGetter } from '@shanzhi/sdk/browser';
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { commonMessages } from './common-messages.js';
import { configContext, type SzConfig } from './config.js';
import { readElderPreference } from './elder-preference.js';
import { LazyModule } from './lazy-module.js';
import { emit, type SzEventDetails, type SzEventName } from './events.js';
import { loadEnglish, Localizer } from './localize.js';

/** `elder` as an attribute: present means on, `elder="false"` turns it off inside an elder-mode provider. */
export const optionalBoolean = {
  fromAttribute: (value: string | null): boolean | undefined => (value === null ? undefined : value !== 'false'),
  toAttribute: (value: boolean | undefined): string | null => (value === undefined ? null : String(value)),
};

const clients = new Map<string, Client>();
// One client per token getter, so concurrent calls share the single token refresh after a 401.
const authClients = new WeakMap<TokenGetter, Map<string, Client>>();

/**
 * Base of every shanzhi widget: the shared configuration (own attribute → provider → device preference →
 * default), the SDK client, and connectivity. Widgets never call `fetch` themselves.
 */
export class SzElement extends LitElement {
  /** Base URL of the shanzhi API, e.g. `https://portal.example.gov.cn/api`. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** `zh-CN` (default) or `en`. */
  @property() locale?: Locale;
  /** 长辈版 (elder mode): larger text and targets, stronger contrast, nothing that moves by itself. */
  @property({ converter: optionalBoolean }) elder?: boolean;
  /** Returns a bearer token for staff views; set as a property. */
  @property({ attribute: false }) getToken?: TokenGetter;

  @consume({ context: configContext, subscribe: true })
  @state()
  protected config: SzConfig = {};

  @state() protected online = typeof navigator === 'undefined' ? true : navigator.onLine;
  @state() protected storedElder = readElderPreference();

  /** The words every widget shares: loading, empty, error, offline, retry, elder mode. */
  protected readonly common = new Localizer(commonMessages, () => this.effectiveLocale);

  private readonly onConnectivity = () => {
    this.online = navigator.onLine;
    if (this.online) this.onReconnect();
  };
  private readonly onElderPreference = () => {
    this.storedElder = readElderPreference();
  };

  /** The language the widget speaks: its own `locale`, else the provider's, else the page's `lang`. */
  get effectiveLocale(): Locale {
    if (this.locale === 'zh-CN' || this.locale === 'en') return this.locale;
    if (this.config.locale) return this.config.locale;
    const lang = this.parentElement?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    return resolveLocale(lang || 'zh-CN');
  }

  /** Whether 长辈版 is on: its own `elder`, else the provider's, else the choice remembered on the device. */
  get effectiveElder(): boolean {
    return this.elder ?? this.config.elder ?? this.storedElder ?? false;
  }

  /**
   * Whether this widget's requests may carry someone's credentials: a token getter (its own or the provider's), or a
   * portal's own client, which may add them itself (so it is asked). False only when the widget knows there are
   * none: staff-only and household-only parts then explain who may use them instead of asking and being refused.
   */
  protected get mayHaveCredentials(): boolean {
    if ((this.getToken ?? this.config.getToken) !== undefined) return true;
    if (this.apiBase !== undefined) return false;
    return this.config.client !== undefined && this.config.apiBase === undefined;
  }

  /** The SDK client: the provider's, or one made from this widget's own `api-base`. */
  get client(): Client | undefined {
    const own = this.apiBase;
    if (own === undefined && this.config.client) return this.config.client;
    const base = own ?? this.config.apiBase;
    if (base === undefined) return undefined;
    const getToken = this.getToken ?? this.config.getToken;
    let cache = clients;
    if (getToken) {
      cache = authClients.get(getToken) ?? new Map<string, Client>();
      authClients.set(getToken, cache);
    }
    // Keyed by language too: a shared client must not ask in the language of whichever widget made it.
    const locale = this.effectiveLocale;
    const key = `${base}|${locale}`;
    let client = cache.get(key);
    if (!client) {
      client = createClient({ baseUrl: base, locale, ...(getToken ? { getToken } : {}) });
      cache.set(key, client);
    }
    return client;
  }

  protected emit<K extends SzEventName>(name: K, detail: SzEventDetails[K]): boolean {
    return emit(this, name, detail);
  }

  /** Called when the connection returns; widgets reload what failed. */
  protected onReconnect(): void {
    // Overridden by widgets that load data.
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener('online', this.onConnectivity);
    globalThis.addEventListener('offline', this.onConnectivity);
    globalThis.addEventListener('sz-elder-preference', this.onElderPreference);
  }

  override disconnectedCallback(): void {
    globalThis.removeEventListener('online', this.onConnectivity);
    globalThis.removeEventListener('offline', this.onConnectivity);
    globalThis.removeEventListener('sz-elder-preference', this.onElderPreference);
    super.disconnectedCallback();
  }

  /**
   * Listens for `type` on the page's window while the widget is on the page: added when connected, removed when not.
   * Gives the listener back, so a widget keeps it as a field.
   */
  protected listenOnWindow(type: string, listener: () => void): () => void {
    this.addController({
      hostConnected: () => {
        globalThis.addEventListener(type, listener);
      },
      hostDisconnected: () => {
        globalThis.removeEventListener(type, listener);
      },
    });
    return listener;
  }

  /** The parts this widget loads after its first paint (see `latePart`). */
  private readonly lateParts: LazyModule<unknown>[] = [];

  /**
   * A part of the widget that loads after the first paint: a dialog, detail views, a form's checks. `load` keeps the
   * `beforeImport(…)` before its `import()` (the CDN build checks the pair). With `preload: 'first-paint'` the download
   * starts once the widget is on screen; with `'on-demand'` the widget starts it (on first intent). `updateComplete`
   * waits for a part that is loading and for the render its arrival asks for, so a page (or a test) that awaits it
   * finds the part ready.
   */
  protected latePart<T>(load: () => Promise<T>, options: { readonly preload: 'first-paint' | 'on-demand' }): LazyModule<T> {
    const part = new LazyModule(load);
    this.lateParts.push(part);
    if (options.preload === 'first-paint') {
      let painted = false;
      this.addController({
        hostUpdated: () => {
          if (painted) return;
          painted = true;
          part.preload();
        },
      });
    }
    return part;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    if (this.lateParts.length === 0) return result;
    await Promise.all(this.lateParts.map((part) => part.settled()));
    return super.getUpdateComplete();
  }

  /** An English widget renders once its English words are here (they load on demand: localize.ts, defineLazyMessages). */
  protected override scheduleUpdate(): Promise<unknown> | undefined {
    const english = this.effectiveLocale === 'en' ? loadEnglish() : undefined;
    if (english) return english.then(() => super.scheduleUpdate());
    // LitElement's own scheduleUpdate renders synchronously and returns nothing.
    void super.scheduleUpdate();
    return undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A host attribute, not a style string: the stylesheets switch on it (safe under strict CSP).
    this.toggleAttribute('data-sz-elder', this.effectiveElder);
  }
}
