import { dirname, join, resolve } from 'node:path';
import type { AttachmentPurpose } from '@shanzhi/sdk';
import { defaultDatabaseFile } from '../db/open.js';
import type { ThrottleLimit } from '../http/throttle-counters.js';
import { defaultMaxBytes } from './purposes.js';

/** An S3-compatible bucket (AWS S3, MinIO, Ceph RGW, OSS/COS in S3 mode) that every server process shares. */
export interface S3Settings {
  /** Base URL of the service, e.g. `https://s3.cn-north-1.amazonaws.com.cn` or `http://minio.internal:9000`. */
  readonly endpoint: string;
  readonly bucket: string;
  readonly region: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Prepended to every object key (e.g. `shanzhi/`), so the bucket may hold other things. */
  readonly prefix: string;
}

/** Where attachments live and how large each purpose's may be (docs/attachments.md). */
export interface AttachmentSettings {
  /** Folder of the filesystem store (used when `s3` is not set). */
  readonly dir: string;
  /** Most bytes per purpose; a purpose not named keeps its default (`defaultMaxBytes`). */
  readonly maxBytes: Partial<Readonly<Record<AttachmentPurpose, number>>>;
  readonly s3?: S3Settings | undefined;
  /** Files stored for callers without a token, per client address (default `defaultAnonymousUploadLimit`). */
  readonly anonymousUploads?: ThrottleLimit | undefined;
  /** Hours an attachment no record names is kept before the daily sweep deletes it (default 24; cleanup.ts). */
  readonly unreferencedGraceHours?: number | undefined;
}

/** `attachments` beside the SQLite file (`./data/attachments` by default): the data folder holds all the server keeps. */
export function defaultAttachmentDir(databaseFile: string = defaultDatabaseFile): string {
  return join(dirname(resolve(databaseFile)), 'attachments');
}

export function maxBytesOf(settings: Pick<AttachmentSettings, 'maxBytes'>, purpose: AttachmentPurpose): number {
  return settings.maxBytes[purpose] ?? defaultMaxBytes[purpose];
}

/** The largest any purpose accepts: what the body limit lets through before the purpose is known. */
export function largestMaxBytes(settings: Pick<AttachmentSettings, 'maxBytes'>): number {
  return Math.max(...(Object.keys(defaultMaxBytes) as AttachmentPurpose[]).map((purpose) => maxBytesOf(settings, purpose)));
}
