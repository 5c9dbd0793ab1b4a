import { randomUUID } from 'node:crypto';
import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Where attachment bytes are kept. Keys are the content's SHA-256, so a retried or repeated upload writes the
 * same object again (harmlessly) and the database row, not the key, says who may read it.
 */
export interface AttachmentStore {
  /** `filesystem` or `s3`, for the start-up line and the docs. */
  readonly kind: string;
  /** Stores the bytes under `sha256` (lower-case hex of exactly these bytes). */
  put(sha256: string, bytes: Uint8Array, mediaType: string): Promise<void>;
  /** The bytes, or undefined when nothing is stored under `sha256`. */
  get(sha256: string): Promise<Uint8Array | undefined>;
  /** Removes the bytes under `sha256`; nothing stored is no error (the clean-up sweep, cleanup.ts, may run twice). */
  delete(sha256: string): Promise<void>;
}

const hex64 = /^[0-9a-f]{64}$/;

/** Refuses anything but a SHA-256 as a key, so no value can become a path or an object name of its own choosing. */
export function checkKey(sha256: string): string {
  if (!hex64.test(sha256)) throw new Error('attachment keys are lower-case SHA-256 hex digests');
  return sha256;
}

/**
 * Files under the data folder (`<dir>/ab/<sha256>`), readable by the server's user only: the folders 0700, the
 * files 0600, as the SQLite database itself (db/open.ts). One machine only: several server processes on several
 * machines need the S3 store.
 */
export function filesystemStore(dir: string): AttachmentStore {
  const pathOf = (sha256: string) => join(dir, checkKey(sha256).slice(0, 2), sha256);
  return {
    kind: 'filesystem',
    async put(sha256, bytes) {
      const target = pathOf(sha256);
      const folder = join(dir, sha256.slice(0, 2));
      await mkdir(folder, { recursive: true, mode: 0o700 });
      if (await exists(target)) return;
      // Written aside and renamed into place: a reader never sees half a file, a crash leaves only a stray temp file.
      const temporary = join(folder, `.${sha256}.${randomUUID()}.tmp`);
      try {
        await writeFile(temporary, bytes, { mode: 0o600, flag: 'wx' });
        await chmod(temporary, 0o600); // the mode above is masked by the umask
        await rename(temporary, target);
      } finally {
        await rm(temporary, { force: true });
      }
    },
    async get(sha256) {
      try {
        return new Uint8Array(await readFile(pathOf(sha256)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async delete(sha256) {
      await rm(pathOf(sha256), { force: true });
    },
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
