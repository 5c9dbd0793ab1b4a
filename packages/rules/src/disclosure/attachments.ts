import { issue, type RuleIssue } from '../shared/result.js';
import type { Attachment } from './attachments-schema.js';
import type { DisclosureSettings } from './settings.js';

export type { Attachment } from './attachments-schema.js';

/**
 * Media types a disclosure may carry, with the file extensions each may have. Documents and photos
 * of vouchers only: no HTML, SVG or scripts, which a browser could run when a villager opens them.
 * OFD (GB/T 33190) is the national format many finance and government systems export.
 */
export const attachmentMediaTypes = {
  'application/pdf': ['pdf'],
  'application/ofd': ['ofd'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'text/csv': ['csv'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.ms-excel': ['xls'],
  'application/msword': ['doc'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.text': ['odt'],
} as const satisfies Record<string, readonly string[]>;

/** A media type a disclosure may carry: a key of {@link attachmentMediaTypes}. */
export type AttachmentMediaType = keyof typeof attachmentMediaTypes;
/** The keys of {@link attachmentMediaTypes}, as `z.enum` wants them. */
export const attachmentMediaTypeList = Object.keys(attachmentMediaTypes) as [AttachmentMediaType, ...AttachmentMediaType[]];

/** A file name only: no folders, no control characters (they hide the real extension in some viewers). */
// eslint-disable-next-line no-control-regex
const fileName = /^[^/\\\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]+\.[A-Za-z0-9]{1,8}$/;

/**
 * `disclosure.attachment.badName` unless `name` is a plain file name: no folders, no control characters, no outer
 * spaces.
 */
export function validateAttachmentName(name: string): RuleIssue | null {
  return fileName.test(name) && name.trim() === name ? null : issue('disclosure.attachment.badName');
}

/** Sizes are shown in MB with one decimal: villagers know "20 MB", not byte counts. */
function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

function extensionOf(name: string): string {
  return (name.split('.').pop() ?? '').toLowerCase();
}

/**
 * The checks that depend on the village's settings or on two fields together: size under the
 * ceiling, and an extension that matches the declared type (a ".pdf" that is declared an image is
 * either a mistake or a disguise).
 */
export function checkAttachment(attachment: Attachment, settings: Pick<DisclosureSettings, 'maxAttachmentBytes'>): RuleIssue[] {
  const found: RuleIssue[] = [];
  if (attachment.size > settings.maxAttachmentBytes) {
    found.push(
      issue(
        'disclosure.attachment.tooLarge',
        { name: attachment.name, sizeMb: megabytes(attachment.size), maximumMb: megabytes(settings.maxAttachmentBytes) },
        ['size'],
      ),
    );
  }
  const allowed: readonly string[] = attachmentMediaTypes[attachment.mediaType];
  if (!allowed.includes(extensionOf(attachment.name))) {
    found.push(issue('disclosure.attachment.typeMismatch', { name: attachment.name, mediaType: attachment.mediaType }, ['name']));
  }
  return found;
}
