import {
  art24Matters,
  observationKinds,
  trailStepLabels,
  type DecisionStep,
  type DisclosureStep,
  type ObservationKind,
} from '@shanzhi/rules';
import { observeDecisionStep, openDecision, publishDecisionStep } from '@shanzhi/sdk/browser';
import { html, type TemplateResult } from 'lit';
import { FormBase } from './form-base.js';
import type { DeskChange, PanelContext } from './panel-context.js';
import type { Decision } from './sz-decision-desk.js';

/** A cadre opens a decision on an Art 24 matter (村民委员会组织法 Art 24) or a matter named in its own words. */
export class OpenForm extends FormBase {
  protected problems(): Map<string, string> {
    const found = new Map<string, string>();
    if ((this.values.matter ?? '') === '') this.requireText(found, 'title');
    return found;
  }

  protected async send(idempotencyKey: string): Promise<DeskChange> {
    const [client, villageId] = this.where();
    const matter = art24Matters.find((one) => one.code === this.values.matter)?.code;
    const title = (this.values.title ?? '').trim();
    const { data } = await client.request(
      openDecision,
      {
        params: { villageId },
        body: {
          ...(matter === undefined ? {} : { matter }),
          ...(title === '' ? {} : { title }),
          ...(this.values.delegated === 'yes' ? { delegatedToRepresentatives: true } : {}),
        },
      },
      { idempotencyKey },
    );
    this.options.announce(this.t.t('opened', data.title));
    return { decisionId: data.id, action: 'open' };
  }

  render(): TemplateResult {
    const locale = this.options.locale();
    return this.frame(
      this.t.t('openTitle'),
      html`${this.select('matter', this.t.t('matterField'), [
          ['', this.t.t('matterNone')],
          ...art24Matters.map((one) => [one.code, `${String(one.item)}. ${one.label[locale]}`] as const),
        ])}
        ${this.input('title', this.t.t('titleField'), { type: 'text', maxLength: 200 }, this.t.t('titleHint'))}
        <label class="check"
          ><input
            type="checkbox"
            .checked=${this.values.delegated === 'yes'}
            @change=${(event: Event) => {
              this.set('delegated', (event.target as HTMLInputElement).checked ? 'yes' : '');
            }}
          />${this.t.t('delegated')}</label
        >`,
      this.t.t('confirmOpen'),
    );
  }
}

/** A form about one step of one decision (observing it, publishing it): the decision, the step and its first values. */
abstract class OnStepForm<S extends DecisionStep> extends FormBase {
  constructor(
    host: ConstructorParameters<typeof FormBase>[0],
    options: PanelContext,
    protected readonly decision: Decision,
    protected readonly step: S,
  ) {
    super(host, options);
    this.values = this.firstValues();
  }

  /** The values the form starts with (read once the decision and step are set). */
  protected abstract firstValues(): Record<string, string>;

  /** The step's name in the desk's language. */
  protected stepLabel(): string {
    return trailStepLabels[this.step][this.options.locale()];
  }

  /** Says in the live region what was done about the step, and gives the desk the change to show. */
  protected stepDone(action: 'observe' | 'publish', words: string): DeskChange {
    this.options.announce(words);
    return { decisionId: this.decision.id, action, step: this.step };
  }
}

/** 一监督: the supervisor notes on a step that it was observed (and signs it off), or a concern with a note. */
export class ObserveForm extends OnStepForm<DecisionStep> {
  protected firstValues(): Record<string, string> {
    return { kind: 'observed' };
  }

  protected problems(): Map<string, string> {
    const found = new Map<string, string>();
    if (this.values.kind === 'concern' && this.tried && (this.values.note ?? '').trim() === '') found.set('note', this.t.t('noteRequired'));
    return found;
  }

  protected async send(idempotencyKey: string): Promise<DeskChange> {
    const [client, villageId] = this.where();
    const kind: ObservationKind = this.values.kind === 'concern' ? 'concern' : 'observed';
    const note = (this.values.note ?? '').trim();
    await client.request(
      observeDecisionStep,
      { params: { villageId, decisionId: this.decision.id }, body: { step: this.step, kind, ...(note === '' ? {} : { note }) } },
      { idempotencyKey },
    );
    return this.stepDone('observe', this.t.t('observedDone', this.stepLabel()));
  }

  render(): TemplateResult {
    return this.frame(
      this.t.t('observeOf', this.stepLabel()),
      html`${this.select(
        'kind',
        this.t.t('observationKind'),
        observationKinds.map((kind) => [kind, this.t.t(`kind_${kind}`)] as const),
      )}
      ${this.textarea('note', this.t.t('note'), 1000)}`,
      this.t.t('confirmObserve'),
    );
  }
}

/** 决议公开 / 实施结果公开: the item goes on the board today (publishNew on the server) and the step is recorded. */
export class PublishForm extends OnStepForm<DisclosureStep> {
  protected firstValues(): Record<string, string> {
    return { title: `${this.decision.title}（${this.stepLabel()}）` };
  }

  protected problems(): Map<string, string> {
    const found = new Map<string, string>();
    this.requireText(found, 'title');
    this.requireText(found, 'text');
    return found;
  }

  /**
   * The server judges the item it will publish (`version.*`): its refusals show at the form's fields — a raw phone or
   * ID number in a paragraph (`version.body.N.children.M.text`, identity.publicField.rawPersonalData) at the text.
   */
  protected override fieldOf(path: string): string {
    if (path === 'version.title') return 'title';
    if (path.startsWith('version.body')) return 'text';
    if (path.startsWith('version.notice')) return 'until';
    return path;
  }

  protected async send(idempotencyKey: string): Promise<DeskChange> {
    const [client, villageId] = this.where();
    const today = this.options.today();
    if (today === undefined) throw new Error('The desk has no date');
    const until = (this.values.until ?? '').trim();
    const text = (this.values.text ?? '').trim();
    await client.request(
      publishDecisionStep,
      {
        params: { villageId, decisionId: this.decision.id },
        body: {
          step: this.step,
          version: {
            title: (this.values.title ?? '').trim(),
            body: text.split(/\n+/).map((line) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text: line }] })),
            period: { from: this.decision.decidedOn ?? today, to: today },
            notice: { published: today, ...(until === '' ? {} : { until }) },
            attachments: [],
          },
        },
      },
      { idempotencyKey },
    );
    return this.stepDone('publish', this.t.t('published', this.stepLabel()));
  }

  render(): TemplateResult {
    return this.frame(
      this.t.t('publish', this.stepLabel()),
      html`${this.input('title', this.t.t('itemTitle'), { type: 'text', maxLength: 200 })}
      ${this.textarea('text', this.t.t('itemText'), 5000)} ${this.input('until', this.t.t('itemUntil'), { type: 'date' })}`,
      this.t.t('confirmPublish'),
    );
  }
}
