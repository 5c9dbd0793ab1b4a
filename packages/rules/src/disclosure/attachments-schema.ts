import * as z from 'zod/mini';
import { ruleCheck } from '../messages/rule-check.js';
import { attachmentMediaTypeList, validateAttachmentName } from './attachments.js';
import { validateHref } from './rich-text.js';

/**
 * An attachment's metadata as the API accepts it: file name, media type, size in bytes, optional SHA-256 and an
 * http(s) URL.
 */
export const attachmentSchema = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(255), ruleCheck(validateAttachmentName)),
  mediaType: z.enum(attachmentMediaTypeList),
  /** Bytes; the village's ceiling is checked by `checkAttachment` because it is a setting. */
  size: z.int().check(z.minimum(1)),
  sha256: z.optional(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
  url: z.string().check(z.maxLength(2000), ruleCheck(validateHref)),
});

/** A value parsed by {@link attachmentSchema}. */
export type Attachment = z.output<typeof attachmentSchema>;
