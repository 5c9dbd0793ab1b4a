import { s3Store } from './s3-store.js';
import { defaultAttachmentDir, type AttachmentSettings } from './settings.js';
import { filesystemStore, type AttachmentStore } from './store.js';

/** The attachments of one server process: where the bytes go and the limits. */
export interface Attachments {
  readonly store: AttachmentStore;
  readonly settings: AttachmentSettings;
}

export const defaultAttachmentSettings: AttachmentSettings = { dir: defaultAttachmentDir(), maxBytes: {} };

/** The S3 store when a bucket is configured, else files under the data folder. */
export function openAttachments(settings: AttachmentSettings = defaultAttachmentSettings, store?: AttachmentStore): Attachments {
  return { settings, store: store ?? (settings.s3 ? s3Store(settings.s3) : filesystemStore(settings.dir)) };
}
