import type { Client } from '@shanzhi/sdk/browser';
import { html, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { captionRow } from './caption-row.js';
import { deniedOnRefusal, type StaffView } from './denied.js';
import { DeskPanels, type DeskPanel, type DeskPanelsOptions } from './desk-panels.js';
import { ElderControls } from './elder-controls.js';
import { partBasics } from './part-basics.js';
import { RemoteData } from './remote-data.js';
import { SzElement } from './sz-element.js';
import type { PartBasics } from './widget-part.js';

// The refusal-as-answer lives in its own small module, so a late part (not a desk) can use it without this one.
export { deniedOnRefusal, type Denied, type StaffView } from './denied.js';

/** The arguments of a staff read: the client and the village. */
export type StaffArgs = readonly [Client, string];

/** Who may use a staff-only view, in the widget's words (shown instead of asking and being refused). */
export function staffOnly(words: string): TemplateResult {
  return html`<p class="staff-only" part="staff-only">${words}</p>`;
}

/** The words a staff desk's frame shows (its messages, as its Localizer gives them): heading, who may use it, none yet. */
export interface StaffDeskWords {
  t(key: 'title' | 'staffOnly' | 'empty'): string;
}

/**
 * The frame every staff desk of a village shares (query, finance, decision, mentoring, mediation, request, grid): the
 * village (its own `village`, else the provider's), the one staff read that a refusal turns into the staff-only words,
 * the heading with the 长辈版 controls, and the polite live region its late parts announce in. A desk declares its own
 * documented `village` property and its words; the rest is here, so no desk spells out the states again.
 */
export abstract class StaffDesk<D extends object> extends SzElement {
  /** The village whose desk this is (each desk declares and documents it as a property). */
  abstract village?: string;
  /** The desk's words (its Localizer). */
  protected abstract readonly t: StaffDeskWords;
  /** The desk's one staff read (made with `staffRead`). */
  protected abstract readonly data: RemoteData<StaffView<D>, StaffArgs>;
  /** The desk once read (the token may use it). */
  protected abstract renderDesk(view: D): TemplateResult;
  /** When what was read counts as empty: the shared empty state with the desk's `empty` words instead of the desk. */
  protected emptyDesk?(view: D): boolean;

  /** The words of the live region (what a panel or form did). */
  @state() protected announcement = '';

  protected readonly elderControls = new ElderControls(this, this.common);

  protected get villageId(): string | undefined {
    return this.village ?? this.config.village;
  }

  /** What the desk hands each late part: its root, language, client, village, shared words and live region. */
  protected deskBasics(): PartBasics {
    return partBasics(this, this.common, () => this.villageId, this.announce);
  }

  protected readonly announce = (text: string): void => {
    this.announcement = text;
  };

  /**
   * The desk's staff read: runs once there is a client, a village and maybe credentials (otherwise `idle`, and the
   * desk says who may use it without asking); a refusal becomes `{ denied: true }`.
   */
  protected staffRead(options: {
    readonly load: (client: Client, villageId: string, signal: AbortSignal) => Promise<D>;
    /** With each fresh read (a desk forgets the rows it changed since: the server's word is newer). */
    readonly onReady?: () => void;
  }): RemoteData<StaffView<D>, StaffArgs> {
    return new RemoteData(this, {
      common: this.common,
      args: () => (this.client && this.villageId && this.mayHaveCredentials ? ([this.client, this.villageId] as const) : undefined),
      load: ([client, villageId], signal): Promise<StaffView<D>> =>
        options.load(client, villageId, signal).then((data) => ({ denied: false as const, ...data }), deniedOnRefusal),
      onReady: options.onReady,
    });
  }

  /**
   * The desk's list-with-panel (see DeskPanels): `load` brings the panels' late part on first intent (keep its
   * `beforeImport(…)` before the `import()`), then `make` makes the panel of the key still open.
   */
  protected deskPanels<M, P extends DeskPanel>(
    load: () => Promise<M>,
    options: Omit<DeskPanelsOptions<P>, 'common' | 'load'> & { readonly make: (module: M, key: string) => P | undefined },
  ): DeskPanels<P> {
    const part = this.latePart(load, { preload: 'on-demand' });
    return new DeskPanels(this, {
      ...options,
      common: this.common,
      load: async (key, stillOpen) => {
        const module = await part.get();
        return stillOpen() ? options.make(module, key) : undefined;
      },
    });
  }

  /**
   * The desk's section: heading and 长辈版 controls, the live region, then the read's state — the desk itself once
   * read, the staff-only words when refused or when there are no credentials at all.
   */
  override render(): TemplateResult {
    const words = this.t;
    const emptyDesk = this.emptyDesk?.bind(this);
    return html`<section class="widget" aria-labelledby="title">
      ${captionRow(words.t('title'), this.elderControls.render())}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.data.render({
        ready: (view) => (view.denied ? staffOnly(words.t('staffOnly')) : this.renderDesk(view)),
        ...(emptyDesk ? { empty: { when: (view) => !view.denied && emptyDesk(view), message: () => words.t('empty') } } : {}),
        idle: () => (this.mayHaveCredentials ? html`` : staffOnly(words.t('staffOnly'))),
      })}
    </section>`;
  }
}
