import type { AttachmentPurpose } from '@shanzhi/sdk';
import type { Principal } from '../auth/principal.js';
import { HttpProblem } from '../http/problem.js';
import { purposePolicies } from './purposes.js';

/**
 * Who may upload for a purpose: anyone where the public may (a mediation application), else the purpose's roles
 * in their own village — 401 without a token, 403 otherwise.
 */
export function requireUploader(principal: Principal, villageId: string, purpose: AttachmentPurpose): void {
  const { uploaders } = purposePolicies[purpose];
  if (uploaders.includes('public')) return;
  if (principal.role === 'public') throw HttpProblem.of('unauthorized', { headers: { 'WWW-Authenticate': 'Bearer' } });
  if (!uploaders.includes(principal.role) || principal.villageId !== villageId) throw HttpProblem.of('forbidden');
}

/** What decides who reads an attachment (a row of `attachments`). */
export interface ReadableAttachment {
  readonly village_id: string;
  readonly purpose: string;
  readonly owner: string;
  readonly public: number;
}

/**
 * Whether the caller may read the attachment: anyone when it is public; else its uploader (never `anonymous`:
 * a file sent without a token belongs to no one who could prove it) and the purpose's staff of its village.
 */
export function mayRead(principal: Principal, row: ReadableAttachment): boolean {
  if (row.public === 1) return true;
  if (principal.id !== 'anonymous' && principal.role !== 'public' && principal.id === row.owner) return true;
  const policy = purposePolicies[row.purpose as AttachmentPurpose] as (typeof purposePolicies)[AttachmentPurpose] | undefined;
  return policy !== undefined && policy.readers.includes(principal.role) && principal.villageId === row.village_id;
}
