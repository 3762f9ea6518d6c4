// Writes a file so that a crash or a full disk leaves either the old file or the new one, never half.
import { promises as nodeFs } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** The slice of fs/promises an atomic write needs; tests pass one that fails on purpose. */
export interface AtomicFs {
  open: typeof nodeFs.open;
  rename: typeof nodeFs.rename;
  unlink: typeof nodeFs.unlink;
}

export async function writeFileAtomic(target: string, data: string | Uint8Array, fs: AtomicFs = nodeFs): Promise<void> {
  const folder = dirname(target);
  const temp = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let renamed = false;
  try {
    const handle = await fs.open(temp, 'wx', 0o600);
    try {
      let offset = 0;
      while (offset < bytes.byteLength) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset);
        offset += bytesWritten;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
    renamed = true;
    await syncFolder(folder, fs);
  } finally {
    if (!renamed) {
      // The temp file is ours alone; removing it can only fail if it was never made.
      await fs.unlink(temp).catch(() => undefined);
    }
  }
}

async function syncFolder(folder: string, fs: AtomicFs): Promise<void> {
  // Windows cannot open a folder for fsync; there the rename is already durable enough.
  if (process.platform === 'win32') return;
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
