import type { DisclosureCategory, DisclosureVersion } from '@shanzhi/rules';
import type { RouteOutput, getDisclosure } from '@shanzhi/sdk/browser';
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { beforeImport } from '../internal/before-import.js';
import { addLateStyles } from '../internal/late-styles.js';
import { LazyModule, loadForRender } from '../internal/lazy-module.js';
import { Localizer } from '../internal/localize.js';
import { errorState, loadingState, type LoadFailure } from '../internal/states.js';
import type { PartBasics } from '../internal/widget-part.js';
import { formMessages } from './form-messages.js';
import type * as ViewsModule from '../disclosure/views.js';

type Item = RouteOutput<typeof getDisclosure>;
type Views = typeof ViewsModule;

/** What the preview draws: the form's version, the correction's reason, and the corrected item (its history). */
export interface PreviewDraft {
  readonly category: string;
  readonly version: Omit<DisclosureVersion, 'version' | 'correction'>;
  readonly reason: string;
  readonly base: Item | undefined;
  readonly today: string | undefined;
}

/** The board's status words for the day the item goes up: before it, 'upcoming'; from it, on the board. */
function statusOf(published: string, today: string | undefined): Item['status'] {
  return today !== undefined && published > today ? 'upcoming' : 'inNotice';
}

/**
 * The preview, drawn by the disclosure board's own detail views (`renderOpened` from disclosure/views.ts, imported —
 * the same chunk the board loads when a villager opens an item), so the cadre sees exactly what the public will see:
 * the same headings, meta line, rich text, attachments, finance table and, for a correction, the version history with
 * the new note. Only the question form is left out (drafts take no questions).
 */
export class DraftPreview {
  private readonly views: LazyModule<{ readonly module: Views; readonly t: Localizer<Views['detailMessages']['zh-CN']> }>;
  private readonly t: Localizer<(typeof formMessages)['zh-CN']>;
  private failure: LoadFailure | undefined;
  private shownVersion = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PartBasics,
  ) {
    this.t = new Localizer(formMessages, options.locale);
    this.views = new LazyModule(() =>
      beforeImport('disclosure/views')
        .then(() => import('../disclosure/views.js'))
        .then((module) => {
          addLateStyles(options.root(), module.detailStyles);
          return { module, t: new Localizer(module.detailMessages, options.locale) };
        }),
    );
  }

  /** The item as the board would receive it from getDisclosure once published. */
  private detailOf(draft: PreviewDraft): Item {
    const previous = draft.base?.versions ?? [];
    const by = this.t.t('previewBy');
    const version = {
      ...draft.version,
      version: previous.length + 1,
      ...(draft.base ? { correction: { at: draft.today ?? draft.version.notice.published, by, reason: draft.reason } } : {}),
    };
    return {
      id: draft.base?.id ?? 'draft',
      villageId: this.options.village() ?? '',
      category: draft.category,
      versions: [...previous, version],
      status: statusOf(draft.version.notice.published, draft.today),
      findings: {},
    };
  }

  render(draft: PreviewDraft, categories: readonly DisclosureCategory[]): TemplateResult {
    return this.renderDetail(() => this.detailOf(draft), categories);
  }

  /** Draws an item as the board does: `detail()` is the draft made up as published, or a published item as it is. */
  renderDetail(detailOf: () => Item, categories: readonly DisclosureCategory[]): TemplateResult {
    const loaded = this.views.value;
    if (!loaded) {
      if (this.failure) {
        return errorState(this.options.common, this.failure, () => {
          this.failure = undefined;
          this.load();
        });
      }
      this.load();
      return loadingState(this.options.common, 4);
    }
    const detail = detailOf();
    const latest = detail.versions.length;
    return loaded.module.renderOpened({
      detail,
      shownVersion: this.shownVersion === 0 ? latest : this.shownVersion,
      showVersion: (n) => {
        this.shownVersion = n;
        this.host.requestUpdate();
      },
      t: loaded.t,
      locale: this.options.locale(),
      categories,
      back: html``,
      query: undefined,
      emptyText: this.options.common.t('empty'),
    });
  }

  private load(): void {
    loadForRender(this.views, this.host, this.options.common, (failure) => {
      this.failure = failure;
      this.host.requestUpdate();
    });
  }
}
