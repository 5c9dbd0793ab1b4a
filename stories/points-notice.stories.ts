import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { userEvent } from 'storybook/test';
import '@shanzhi/components/points-notice/define.js';
import {
  duplicateObjection,
  emptyPointsNotice,
  failingPointsNotice,
  offlinePointsNotice,
  outsideVillageObjection,
  pendingPointsNotice,
  pointsNoticeEntry,
  pointsNoticeHandlers,
  pointsNoticeVillage,
} from './msw/points-notice-handlers.js';
import { evidencePhoto } from './msw/points-desk-handlers.js';
import { offlineBrowser, showsIn } from './support/widget-canvas.js';

/**
 * `<sz-points-notice>` over data recorded from the reference server (`stories/fixtures/points-notice-list.json`: the
 * seeded county's 公示 board as of 2026-11-29, the demo villager's objections, a recorded objection and the server's
 * refusals). Use the toolbar for language, 长辈版 and the signed-in viewer (the form needs "villager"). Stories that
 * swap the mock API are left off the docs page; open them from the sidebar.
 */
interface Args {
  village: string;
  display: 'embedded' | 'board';
  boardInterval: number;
}

const shows = (canvas: HTMLElement, selector: string) => showsIn(canvas, 'sz-points-notice', selector);

/** Opens the form for the recorded entry and types a reason, as the villager would. */
async function openForm(canvas: HTMLElement): Promise<HTMLTextAreaElement> {
  (await shows(canvas, `[data-object="${pointsNoticeEntry}"]`)).click();
  const field = (await shows(canvas, '[part~="reason"]')) as HTMLTextAreaElement;
  field.value = '这件事是村里组织的集体活动，不是这一户单独做的';
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  return field;
}

async function submitObjection(canvas: HTMLElement): Promise<void> {
  await openForm(canvas);
  (await shows(canvas, '[part~="submit"]')).click();
}

const meta: Meta<Args> = {
  title: 'Widgets/Points notice',
  component: 'sz-points-notice',
  args: { village: pointsNoticeVillage, display: 'embedded', boardInterval: 12 },
  argTypes: { display: { control: 'inline-radio', options: ['embedded', 'board'] } },
  parameters: { msw: { handlers: { pointsNotice: pointsNoticeHandlers } } },
  render: (args) =>
    html`<sz-points-notice
      village=${args.village || nothing}
      display=${args.display}
      board-interval=${args.boardInterval}
    ></sz-points-notice>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The public board: entries under notice with the days left, the "objection being handled" marker, how to object. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="list"]');
    await shows(canvasElement, '[part~="help"]');
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="list"]');
  },
};

/** 长辈版: larger text and targets, and the text-size buttons. */
export const Elder: Story = {
  globals: { elder: 'on' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="list"]');
  },
};

/** A signed-in villager (viewer: demo-villager): an "object" button beside every entry, and "my objections". */
export const SignedInVillager: Story = {
  globals: { viewer: 'villager' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="object"]');
  },
};

/** The objection form: the entry it concerns, the reason (required, at most 500 characters) and its counter. */
export const ObjectionForm: Story = {
  tags: ['!autodocs'],
  globals: { viewer: 'villager' },
  play: async ({ canvasElement }) => {
    await openForm(canvasElement);
  },
};

/** The objection form with evidence: a photo uploaded as soon as it is chosen, listed with its state and remove button. */
export const ObjectionWithEvidence: Story = {
  tags: ['!autodocs'],
  globals: { viewer: 'villager' },
  play: async ({ canvasElement }) => {
    await openForm(canvasElement);
    await userEvent.upload(await shows(canvasElement, '#objection-files'), evidencePhoto('村口监控截图.png'));
    await shows(canvasElement, '[part~="attachment"][data-state="done"]');
  },
};

export const ObjectionWithEvidenceEnglishElder: Story = {
  tags: ['!autodocs'],
  globals: { viewer: 'villager', elder: 'on', locale: 'en' },
  play: ObjectionWithEvidence.play,
};

/** The receipt: objection number, date, and that the 村务监督委员会 answers in writing. */
export const ObjectionReceipt: Story = {
  tags: ['!autodocs'],
  globals: { viewer: 'villager' },
  play: async ({ canvasElement }) => {
    await submitObjection(canvasElement);
    await shows(canvasElement, '[part~="receipt"]');
  },
};

export const ObjectionReceiptEnglish: Story = {
  tags: ['!autodocs'],
  globals: { viewer: 'villager', locale: 'en' },
  play: ObjectionReceipt.play,
};

export const ObjectionReceiptElder: Story = {
  tags: ['!autodocs'],
  globals: { viewer: 'villager', elder: 'on' },
  play: ObjectionReceipt.play,
};

/** A second objection from the same household: the server's answer next to the reason, the text kept. */
export const SecondObjection: Story = {
  tags: ['!autodocs'],
  globals: { viewer: 'villager' },
  parameters: { msw: { handlers: { pointsNotice: duplicateObjection } } },
  play: async ({ canvasElement }) => {
    await submitObjection(canvasElement);
    await shows(canvasElement, '[part~="field-error"]');
  },
};

/** A villager of another village: the server's refusal next to the reason. */
export const NotOfThisVillage: Story = {
  tags: ['!autodocs'],
  globals: { viewer: 'villager', locale: 'en' },
  parameters: { msw: { handlers: { pointsNotice: outsideVillageObjection } } },
  play: SecondObjection.play,
};

/** "My objections": status and the 村务监督委员会's written answer. */
export const MyObjections: Story = {
  tags: ['!autodocs'],
  globals: { viewer: 'villager' },
  play: async ({ canvasElement }) => {
    (await shows(canvasElement, '[part~="view-switch"]')).click();
    await shows(canvasElement, '[part~="objection"]');
  },
};

export const MyObjectionsEnglishElder: Story = {
  tags: ['!autodocs'],
  globals: { viewer: 'villager', locale: 'en', elder: 'on' },
  play: MyObjections.play,
};

/**
 * The village TV: large type, a few notices a screen, turning by itself every `board-interval` seconds with a pause
 * button; in 长辈版 (toolbar) or under reduced motion it never turns by itself and says so.
 */
export const BoardDisplay: Story = {
  args: { display: 'board' },
  globals: { viewport: { value: 'villageTv', isRotated: false } },
  parameters: { layout: 'fullscreen' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="board-controls"]');
  },
};

export const BoardDisplayElder: Story = {
  tags: ['!autodocs'],
  args: { display: 'board' },
  globals: { viewport: { value: 'villageTv', isRotated: false }, elder: 'on' },
  parameters: { layout: 'fullscreen' },
  play: BoardDisplay.play,
};

/** Nothing under notice. */
export const Empty: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { pointsNotice: emptyPointsNotice } } },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part="empty"]');
  },
};

export const Loading: Story = { tags: ['!autodocs'], parameters: { msw: { handlers: { pointsNotice: pendingPointsNotice } } } };

export const ErrorWithRequestId: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { pointsNotice: failingPointsNotice } } },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part="error"]');
  },
};

export const Offline: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { pointsNotice: offlinePointsNotice } } },
  beforeEach: offlineBrowser,
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part="offline"]');
  },
};
