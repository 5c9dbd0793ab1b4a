import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { userEvent } from 'storybook/test';
import '@shanzhi/components/points-desk/define.js';
import {
  evidencePhoto,
  failingPointsDesk,
  offlinePointsDesk,
  pendingPointsDesk,
  pointsDeskHandlers,
  pointsDeskLedgers,
  pointsDeskStaffTools,
  pointsDeskVillage,
  pointsDeskVillager,
} from './msw/points-desk-handlers.js';
import { offlineBrowser, showsIn } from './support/widget-canvas.js';
import { pointsDeskFiles } from './msw/desk-attachments.js';
import { openPdf, viewPhoto } from './support/attachment-play.js';

/**
 * `<sz-points-desk>` over data recorded from the reference server (`stories/fixtures/points-desk-list.json`). The
 * signed-in staff member is a story arg (the demo tokens of the grid worker, the cadre and the supervisor): the server
 * gives each role its own queue. Stories that swap the mock API are left off the docs page; open them from the sidebar.
 */
interface Args {
  village: string;
  /** The demo token the desk signs in with; empty: no token (the provider's viewer toolbar decides). */
  staff: '' | 'demo-gridWorker' | 'demo-cadre' | 'demo-supervisor' | 'demo-villager';
}

const shows = (canvas: HTMLElement, selector: string) => showsIn(canvas, 'sz-points-desk', selector);

/** Ticks the first `count` entries of the queue. */
async function tick(canvas: HTMLElement, count: number): Promise<void> {
  await shows(canvas, '[part~="approve"]');
  const boxes = [...(canvas.querySelector('sz-points-desk')?.shadowRoot?.querySelectorAll<HTMLElement>('[part~="select"]') ?? [])];
  for (const box of boxes.slice(0, count)) await userEvent.click(box);
}

const meta: Meta<Args> = {
  title: 'Widgets/Points desk',
  component: 'sz-points-desk',
  args: { village: pointsDeskVillage, staff: 'demo-gridWorker' },
  argTypes: { staff: { control: 'select', options: ['', 'demo-gridWorker', 'demo-cadre', 'demo-supervisor', 'demo-villager'] } },
  parameters: { msw: { handlers: { pointsDesk: pointsDeskHandlers, household: pointsDeskLedgers } } },
  render: (args) => {
    const token = args.staff;
    // The desk's own client (its own api-base) carries the story's staff token; the provider's carries the viewer's.
    return html`<sz-points-desk
      village=${args.village || nothing}
      api-base=${token ? '/api' : nothing}
      .getToken=${token ? () => token : undefined}
    ></sz-points-desk>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The grid worker's 初审 queue, the household's record beside the selected entry. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="queue"]');
    await shows(canvasElement, '[part~="history"] .history-who');
  },
};

/** The village committee's 审核 queue (the cadre). */
export const CadreQueue: Story = {
  args: { staff: 'demo-cadre' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="queue"]');
  },
};

/** Two entries ticked and passed in one batch: the result, and the queue refreshed. */
export const BatchPassed: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await tick(canvasElement, 2);
    await userEvent.click(await shows(canvasElement, '[part~="approve"]'));
    await shows(canvasElement, '[part~="results"]');
  },
};

/** A batch the server refuses entry by entry: each refused entry with the server's reason. */
export const RefusedInBatch: Story = {
  tags: ['!autodocs'],
  args: { staff: 'demo-cadre' },
  play: async ({ canvasElement }) => {
    await tick(canvasElement, 2);
    await userEvent.click(await shows(canvasElement, '[part~="approve"]'));
    await shows(canvasElement, '[part~="refused"]');
  },
};

/** Sending back needs a reason: the field says so, nothing is sent. */
export const RejectNeedsReason: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await tick(canvasElement, 1);
    await userEvent.click(await shows(canvasElement, '[part~="reject"]'));
    const form = await shows(canvasElement, '[part~="reject-form"]');
    const submit = form.querySelector<HTMLElement>('button[type="submit"]');
    if (submit) await userEvent.click(submit);
    await shows(canvasElement, '#reject-reason[aria-invalid="true"]');
  },
};

/** The declare form (loaded when opened): find a household by number or name, then rule, day and note. */
export const Declare: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await userEvent.click(await shows(canvasElement, '[part~="open-declare"]'));
    await userEvent.type(await shows(canvasElement, '#declare-q'), '101201-0005{enter}');
    await shows(canvasElement, '[data-household]');
  },
};

/** The declare form with evidence: a photo uploaded as soon as it is chosen, its thumbnail, state and remove button. */
export const DeclareWithEvidence: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await userEvent.click(await shows(canvasElement, '[part~="open-declare"]'));
    await userEvent.upload(await shows(canvasElement, '#declare-files'), evidencePhoto());
    await shows(canvasElement, '[part~="attachment"][data-state="done"]');
  },
};

/** The 村务监督委员会's desk: open objections with a written answer to uphold or dismiss. */
export const SupervisorObjections: Story = {
  args: { staff: 'demo-supervisor' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="objection"]');
  },
};

/** The revocation and family ties over the recorded ledgers (their households are the ones the search finds). */
// `household` is emptied: its handlers come before `pointsDesk`'s (the keys' order), and the staff tools answer the
// ledgers themselves, with the entries this story revokes marked revoked.
const staffTools = { msw: { handlers: { pointsDesk: [...pointsDeskStaffTools, ...pointsDeskHandlers], household: [] } } };

/** Opens a staff tool (`open-revoke`, `open-family-ties`), finds household 101201-00002 in it and chooses it. */
async function chooseIn(canvas: HTMLElement, tool: string, field: string): Promise<void> {
  await userEvent.click(await shows(canvas, `[part~="${tool}"]`));
  await userEvent.type(await shows(canvas, `#${field}`), '101201-00002{enter}');
  await userEvent.click(await shows(canvas, '[data-household="h-000002"]'));
}

/** A cadre revokes an effective entry: the household's entries, the reason, and the confirmation step. */
export const Revoke: Story = {
  tags: ['!autodocs'],
  args: { staff: 'demo-cadre' },
  parameters: staffTools,
  play: async ({ canvasElement }) => {
    await chooseIn(canvasElement, 'open-revoke', 'revoke-q');
    await userEvent.click(await shows(canvasElement, '[data-entry="pe-0000016"] [part~="revoke"]'));
    await userEvent.type(await shows(canvasElement, '#revoke-reason'), '与另一条登记重复，经核实撤销');
    await userEvent.click(await shows(canvasElement, '[part~="revoke-next"]'));
    await shows(canvasElement, '[part~="revoke-confirm"]');
  },
};

/** The revocation confirmed: the receipt, and the entry shown as revoked. */
export const Revoked: Story = {
  tags: ['!autodocs'],
  args: { staff: 'demo-cadre' },
  parameters: staffTools,
  play: async (context) => {
    await Revoke.play?.(context);
    await userEvent.click(await shows(context.canvasElement, '[part~="revoke-confirm-button"]'));
    await shows(context.canvasElement, '[part~="revoke-receipt"]');
    await shows(context.canvasElement, '[data-entry="pe-0000016"] [part~="revoked"]');
  },
};

/** A revocation without a reason: the field says why, nothing is sent (English, 长辈版). */
export const RevokeNeedsReasonElderEnglish: Story = {
  tags: ['!autodocs'],
  args: { staff: 'demo-cadre' },
  globals: { locale: 'en', elder: 'on' },
  parameters: staffTools,
  play: async ({ canvasElement }) => {
    await chooseIn(canvasElement, 'open-revoke', 'revoke-q');
    await userEvent.click(await shows(canvasElement, '[data-entry="pe-0000016"] [part~="revoke"]'));
    await userEvent.click(await shows(canvasElement, '[part~="revoke-next"]'));
    await shows(canvasElement, '#revoke-reason[aria-invalid="true"]');
  },
};

/** 亲属关系回避申报: why, the declared ties, and a household declared (the grid worker's desk). */
export const FamilyTies: Story = {
  tags: ['!autodocs'],
  parameters: staffTools,
  play: async ({ canvasElement }) => {
    await chooseIn(canvasElement, 'open-family-ties', 'ties-q');
    await userEvent.click(await shows(canvasElement, '[part~="ties-submit"]'));
    await shows(canvasElement, '[part~="ties-receipt"]');
  },
};

/** The family ties in English. */
export const FamilyTiesEnglish: Story = {
  tags: ['!autodocs'],
  globals: { locale: 'en' },
  parameters: staffTools,
  play: async ({ canvasElement }) => {
    await userEvent.click(await shows(canvasElement, '[part~="open-family-ties"]'));
    await shows(canvasElement, '[part~="ties-why"]');
  },
};

/** The family ties in 长辈版. */
export const FamilyTiesElder: Story = {
  tags: ['!autodocs'],
  globals: { elder: 'on' },
  parameters: staffTools,
  play: async ({ canvasElement }) => {
    await userEvent.click(await shows(canvasElement, '[part~="open-family-ties"]'));
    await shows(canvasElement, '[part~="ties-why"]');
  },
};

/** A villager's token: the household's side of the desk (为本户申报, 本户的申报) over a recorded household's ledger. */
const villager = { msw: { handlers: { pointsDesk: [...pointsDeskVillager, ...pointsDeskHandlers] } } };

/** A villager declares for their own household and follows its entries, each status in plain words. */
export const Villager: Story = {
  args: { staff: 'demo-villager' },
  parameters: villager,
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="villager-declare"]');
    await shows(canvasElement, '[part~="own-entries"]');
  },
};

/** The villager's declaration sent: the receipt, the form cleared, the entry at the top waiting for the first review. */
export const VillagerDeclared: Story = {
  tags: ['!autodocs'],
  args: { staff: 'demo-villager' },
  parameters: villager,
  play: async ({ canvasElement }) => {
    await userEvent.selectOptions(await shows(canvasElement, '#villager-ruleCode'), 'volunteer.activity');
    await userEvent.type(await shows(canvasElement, '#villager-note'), '参加村道清扫');
    await userEvent.click(await shows(canvasElement, '[part~="villager-submit"]'));
    await shows(canvasElement, '[part~="villager-receipt"]');
  },
};

/** A villager's form sent without a rule: the field says why, nothing is sent. */
export const VillagerNeedsRule: Story = {
  tags: ['!autodocs'],
  args: { staff: 'demo-villager' },
  parameters: villager,
  play: async ({ canvasElement }) => {
    await userEvent.click(await shows(canvasElement, '[part~="villager-submit"]'));
    await shows(canvasElement, '#villager-ruleCode[aria-invalid="true"]');
  },
};

/** The villager's side in English. */
export const VillagerEnglish: Story = {
  tags: ['!autodocs'],
  args: { staff: 'demo-villager' },
  globals: { locale: 'en' },
  parameters: villager,
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="own-entries"]');
  },
};

/** The villager's side in 长辈版. */
export const VillagerElder: Story = {
  tags: ['!autodocs'],
  args: { staff: 'demo-villager' },
  globals: { elder: 'on' },
  parameters: villager,
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="own-entries"]');
  },
};

/** Without a token, or with one that is neither the village's staff nor one of its villagers: who may use the desk. */
export const StaffOnly: Story = {
  args: { staff: '' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="staff-only"]');
  },
};

export const Loading: Story = { tags: ['!autodocs'], parameters: { msw: { handlers: { pointsDesk: pendingPointsDesk } } } };

export const ErrorWithRequestId: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { pointsDesk: failingPointsDesk } } },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part="error"]');
  },
};

export const Offline: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { pointsDesk: offlinePointsDesk } } },
  beforeEach: offlineBrowser,
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part="offline"]');
  },
};

/** The grid worker's queue in English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="queue"]');
  },
};

/** The supervisor's objections in English. */
export const SupervisorEnglish: Story = {
  tags: ['!autodocs'],
  args: { staff: 'demo-supervisor' },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="objection"]');
  },
};

/** 长辈版: larger text and targets, and the text-size buttons. */
export const Elder: Story = {
  globals: { elder: 'on' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="queue"]');
  },
};

/** The declare form in 长辈版. */
export const DeclareElder: Story = {
  tags: ['!autodocs'],
  globals: { elder: 'on' },
  play: async ({ canvasElement }) => {
    await userEvent.click(await shows(canvasElement, '[part~="open-declare"]'));
    await shows(canvasElement, '[part~="declare-form"]');
  },
};

/**
 * The evidence of the entry in hand (初审): “查看佐证材料（2 份）” above the review buttons, pressed; its photo viewed
 * (the larger view, closed again, leaves a thumbnail) and its PDF opened (a link that saves it).
 */
export const Evidence: Story = {
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { pointsDesk: [...pointsDeskFiles(), ...pointsDeskHandlers], household: pointsDeskLedgers } } },
  play: async ({ canvasElement }) => {
    await userEvent.click(await shows(canvasElement, '[part~="open-evidence"]'));
    await shows(canvasElement, '[part~="evidence"]');
    await viewPhoto(canvasElement, 'sz-points-desk', 0);
    await openPdf(canvasElement, 'sz-points-desk', 1);
  },
};

/** The evidence in English. */
export const EvidenceEnglish: Story = { ...Evidence, globals: { locale: 'en' } };
