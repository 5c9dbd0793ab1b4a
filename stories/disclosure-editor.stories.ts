import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@shanzhi/components/disclosure-editor/define.js';
import {
  disclosureEditorHandlers,
  disclosureEditorVillage,
  failingDisclosureEditor,
  offlineDisclosureEditor,
  pendingDisclosureEditor,
  draftWithFindingId,
  publishableDraftId,
} from './msw/disclosure-editor-handlers.js';

/**
 * `<sz-disclosure-editor>` over data recorded from the reference server (`stories/fixtures/disclosure-editor-list.json`):
 * the Art 30 report of 青山村, two drafts saved by the demo cadre (one publishable, one whose publication day lies in
 * the past) and the latest published items. Stories that swap the mock API are left off the docs page; open them from
 * the sidebar.
 */
interface Args {
  village: string;
}

function editor(canvas: HTMLElement): HTMLElement | null {
  return canvas.querySelector('sz-disclosure-editor');
}

async function shows(canvas: HTMLElement, selector: string): Promise<void> {
  await waitFor(() => expect(editor(canvas)?.shadowRoot?.querySelector(selector)).toBeTruthy(), { timeout: 5000 });
}

/** Opens a recorded draft in the form. */
async function openDraft(canvas: HTMLElement, draftId: string): Promise<void> {
  await shows(canvas, '[part~="drafts"]');
  editor(canvas)?.shadowRoot?.querySelector<HTMLButtonElement>(`[data-draft="${draftId}"] button`)?.click();
  await shows(canvas, '#draft-title');
}

function clickButton(canvas: HTMLElement, text: string): void {
  const buttons = [...(editor(canvas)?.shadowRoot?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  buttons.find((one) => one.textContent.includes(text))?.click();
}

const meta: Meta<Args> = {
  title: 'Widgets/Disclosure editor',
  component: 'sz-disclosure-editor',
  args: { village: disclosureEditorVillage },
  parameters: { msw: { handlers: { disclosureEditor: disclosureEditorHandlers } } },
  render: (args) => html`<sz-disclosure-editor village=${args.village || nothing}></sz-disclosure-editor>`,
};
export default meta;
type Story = StoryObj<Args>;

/** What is due and late, the drafts and the published items. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="due"]');
  },
};

/** A publishable draft in the form: the rules found nothing. */
export const EditingDraft: Story = {
  play: async ({ canvasElement }) => {
    await openDraft(canvasElement, publishableDraftId);
    await shows(canvasElement, '[part~="findings"]');
  },
};

/** A draft whose publication day lies in the past: the finding is listed with a way to the field, and publish waits. */
export const DraftWithFinding: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await openDraft(canvasElement, draftWithFindingId);
    await shows(canvasElement, '#findings-title');
  },
};

/** The preview, drawn by the disclosure board's own detail views. */
export const Preview: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await openDraft(canvasElement, publishableDraftId);
    clickButton(canvasElement, '预览');
    await shows(canvasElement, '[part~="preview"] [part~="detail"]');
  },
};

/** The confirmation before publishing. */
export const ConfirmPublish: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await openDraft(canvasElement, publishableDraftId);
    const publish = [...(editor(canvasElement)?.shadowRoot?.querySelectorAll<HTMLButtonElement>('.actions button') ?? [])].find(
      (one) => one.textContent.trim() === '发布',
    );
    publish?.click();
    await shows(canvasElement, '[part~="confirm"]');
  },
};

export const Loading: Story = { tags: ['!autodocs'], parameters: { msw: { handlers: { disclosureEditor: pendingDisclosureEditor } } } };

export const ErrorWithRequestId: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { disclosureEditor: failingDisclosureEditor } } },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part="error"]');
  },
};

export const Offline: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { disclosureEditor: offlineDisclosureEditor } } },
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => {
      Reflect.deleteProperty(navigator, 'onLine');
    };
  },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part="offline"]');
  },
};

/**
 * The supervisory committee's view (`view="supervisor"`): the same schedule, drafts and published items to read, one
 * line saying why nothing is written here (村民委员会组织法 Art 30, 32), and a draft read as the board will show it.
 */
export const Supervisor: Story = {
  render: (args) => html`<sz-disclosure-editor village=${args.village || nothing} view="supervisor"></sz-disclosure-editor>`,
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="read-only"]');
    await expect(editor(canvasElement)?.shadowRoot?.querySelector('[part~="new-draft"]')).toBeNull();
    // The drafts arrive after the read-only line: wait for the draft's Read button, then open it.
    const read = `[data-draft="${publishableDraftId}"] button`;
    await shows(canvasElement, read);
    editor(canvasElement)?.shadowRoot?.querySelector<HTMLButtonElement>(read)?.click();
    await shows(canvasElement, '[part~="preview"] [part~="detail"]');
  },
};

/** 长辈版: larger text and targets, and the text-size buttons. */
export const Elder: Story = {
  globals: { elder: 'on' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="due"]');
  },
};

/** The editor in English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="due"]');
  },
};

/** The form in English, in 长辈版. */
export const ElderEnglishForm: Story = {
  tags: ['!autodocs'],
  globals: { locale: 'en', elder: 'on' },
  play: async ({ canvasElement }) => {
    await openDraft(canvasElement, publishableDraftId);
  },
};
