import type { Role } from '@shanzhi/rules';
import type { AttachmentMediaType, AttachmentPurpose } from '@shanzhi/sdk';

/** What a purpose allows: the formats, who uploads, who reads, and whether the file is public. */
export interface PurposePolicy {
  readonly mediaTypes: readonly AttachmentMediaType[];
  /** Roles that may upload for it in their own village; `public` means anyone, without a token. */
  readonly uploaders: readonly Role[];
  /** Staff roles of the village who may read every file of the purpose (the uploader always may). */
  readonly readers: readonly Role[];
  /** Anyone may read the file (it is published with what it is attached to). */
  readonly public: boolean;
}

const photos: readonly AttachmentMediaType[] = ['image/jpeg', 'image/png', 'image/webp'];
const photosAndPdf: readonly AttachmentMediaType[] = [...photos, 'application/pdf'];
/** Who keeps a village's points records (the points routes' readers, points/access.ts). */
const pointsStaff: readonly Role[] = ['gridWorker', 'cadre', 'supervisor'];

/**
 * The purposes. Evidence and a mediation application stay private to the uploader and the staff who handle them
 * (个人信息保护法 Art 6: minimum necessary); goods photos and disclosure attachments are published with the
 * item they belong to (村务公开: the public reads what is disclosed).
 */
export const purposePolicies: Readonly<Record<AttachmentPurpose, PurposePolicy>> = {
  // A villager or the grid worker photographs the good deed or the receipt behind a points declaration.
  'points-evidence': { mediaTypes: photosAndPdf, uploaders: ['villager', ...pointsStaff], readers: pointsStaff, public: false },
  // A household's objection to a points entry during its publicity period, with what supports it.
  'objection-evidence': { mediaTypes: photosAndPdf, uploaders: ['villager', ...pointsStaff], readers: pointsStaff, public: false },
  // 人民调解法 Art 17: anyone may apply; only the village's mediators handle the case (and its files).
  'mediation-intake': {
    mediaTypes: photosAndPdf,
    uploaders: ['public', 'villager', 'gridWorker', 'cadre', 'mediator'],
    readers: ['mediator'],
    public: false,
  },
  // 村民委员会组织法 Art 32: what the committee discloses, the villagers read.
  disclosure: { mediaTypes: photosAndPdf, uploaders: ['cadre'], readers: ['cadre', 'supervisor'], public: true },
  'goods-photo': { mediaTypes: photos, uploaders: ['cadre', 'storekeeper'], readers: ['cadre', 'storekeeper'], public: true },
  // A photo of the physical 公开栏 with a posted item: staff-only like the postings themselves (a photo of a
  // board outdoors can show passers-by: 个人信息保护法 Art 6, minimum necessary), read by the supervisor who checks.
  'disclosure-posting': {
    mediaTypes: photos,
    uploaders: ['cadre', 'gridWorker'],
    readers: ['cadre', 'gridWorker', 'supervisor'],
    public: false,
  },
  // What staff add to a 代办 or 点单 request (a form handed in, a photo of the repaired light): the request's desk and
  // the supervisor who checks it, never the public (个人信息保护法 Art 6, minimum necessary).
  'service-request': {
    mediaTypes: photosAndPdf,
    uploaders: ['cadre', 'gridWorker'],
    readers: ['cadre', 'gridWorker', 'supervisor'],
    public: false,
  },
  // Photos of an event a grid worker reports or handles (网格): the village's grid staff, the supervisor, and the
  // mediators who take over a dispute with the report's history; never the public (个人信息保护法 Art 6).
  'grid-report': {
    mediaTypes: photos,
    uploaders: ['gridWorker', 'cadre'],
    readers: ['gridWorker', 'cadre', 'supervisor', 'mediator'],
    public: false,
  },
  // A decision's minutes, signed attendance sheets and meeting photos: the cadres who record the steps and the
  // supervisory committee that follows them (一监督). Not public: a sheet carries villagers' names and signatures
  // (个人信息保护法 Art 6); what the public reads is the 公开 item the decision posts.
  'decision-record': { mediaTypes: photosAndPdf, uploaders: ['cadre'], readers: ['cadre', 'supervisor'], public: false },
};

/** Default most bytes per purpose: a phone photo (after metadata removal) or a scanned page fits; a video does not. */
export const defaultMaxBytes: Readonly<Record<AttachmentPurpose, number>> = {
  'points-evidence': 8 * 1024 * 1024,
  'objection-evidence': 8 * 1024 * 1024,
  'mediation-intake': 8 * 1024 * 1024,
  disclosure: 16 * 1024 * 1024,
  'goods-photo': 4 * 1024 * 1024,
  'disclosure-posting': 8 * 1024 * 1024,
  'service-request': 8 * 1024 * 1024,
  'decision-record': 16 * 1024 * 1024,
  'grid-report': 8 * 1024 * 1024,
};
