import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic, type AtomicFs } from '../../../src/main/atomicWrite';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'atomic-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A file system that writes `allowBytes` of the new file and then fails as a full disk would. */
function failingAfter(allowBytes: number): AtomicFs {
  return {
    rename: fs.rename,
    unlink: fs.unlink,
    open: (async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args);
      let written = 0;
      return new Proxy(handle, {
        get(target, key) {
          if (key === 'write') {
            return async (buffer: Uint8Array, offset: number, length: number) => {
              if (written >= allowBytes) throw Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' });
              const chunk = Math.min(length, allowBytes - written, 1000);
              const result = await target.write(buffer, offset, chunk);
              written += result.bytesWritten;
              return result;
            };
          }
          const value = Reflect.get(target, key) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    }) as AtomicFs['open'],
  };
}

describe('writeFileAtomic', () => {
  it('writes the whole file and leaves no temp file behind', async () => {
    const target = join(folder, 'backup.json');
    await writeFileAtomic(target, '{"hello":"world"}');
    expect(await readFile(target, 'utf8')).toBe('{"hello":"world"}');
    expect(await readdir(folder)).toEqual(['backup.json']);
  });

  it('replaces an old file whole', async () => {
    const target = join(folder, 'backup.json');
    await writeFile(target, 'old contents');
    await writeFileAtomic(target, new TextEncoder().encode('new contents'));
    expect(await readFile(target, 'utf8')).toBe('new contents');
  });

  it.each([0, 1, 4096, 9999])('keeps the old file whole when the disk fills after %i bytes', async (allow) => {
    const target = join(folder, 'backup.json');
    const old = 'the old backup, complete\n'.repeat(100);
    await writeFile(target, old);
    const bigger = 'x'.repeat(10_000);
    await expect(writeFileAtomic(target, bigger, failingAfter(allow))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(target, 'utf8')).toBe(old);
    expect(await readdir(folder)).toEqual(['backup.json']);
  });

  it('keeps the old file when the rename fails', async () => {
    const target = join(folder, 'backup.json');
    await writeFile(target, 'old');
    const broken: AtomicFs = {
      ...fs,
      rename: async () => {
        throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
      },
    };
    await expect(writeFileAtomic(target, 'new', broken)).rejects.toMatchObject({ code: 'EPERM' });
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(folder)).toEqual(['backup.json']);
  });
});
