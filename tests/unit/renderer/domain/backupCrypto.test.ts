import { describe, expect, it } from 'vitest';
import {
  MIN_ITERATIONS,
  NotLockedFileError,
  WrongPassphraseError,
  isPassphraseProtected,
  lockWithPassphrase,
  unlockWithPassphrase,
} from '../../../../src/renderer/src/domain/backupCrypto';

const plain = new TextEncoder().encode('{"format":"connection-coordinator-backup","note":"Conexión 👩🏽‍⚕️ مجموعة"}');
const PASS = 'correct horse battery staple';

describe('passphrase-protected files', () => {
  it('unlock with the right passphrase to exactly the bytes that were locked', async () => {
    const locked = await lockWithPassphrase(plain, PASS);
    expect(isPassphraseProtected(locked)).toBe(true);
    expect(isPassphraseProtected(plain)).toBe(false);
    expect(Buffer.from(await unlockWithPassphrase(locked, PASS)).equals(Buffer.from(plain))).toBe(true);
  });

  it('hide the contents and use a fresh salt and IV for every file', async () => {
    const [a, b] = await Promise.all([lockWithPassphrase(plain, PASS), lockWithPassphrase(plain, PASS)]);
    expect(Buffer.from(a).includes(Buffer.from('connection-coordinator'))).toBe(false);
    const saltAndIv = (bytes: Uint8Array) => Buffer.from(bytes.subarray(12, 40)).toString('hex');
    expect(saltAndIv(a)).not.toBe(saltAndIv(b));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('record at least 600,000 PBKDF2 iterations in the file', async () => {
    const locked = await lockWithPassphrase(plain, PASS);
    expect(new DataView(locked.buffer, locked.byteOffset).getUint32(8)).toBeGreaterThanOrEqual(600_000);
    await expect(lockWithPassphrase(plain, PASS, MIN_ITERATIONS - 1)).rejects.toThrow(RangeError);
  });

  it('say clearly when the passphrase is wrong', async () => {
    const locked = await lockWithPassphrase(plain, PASS);
    await expect(unlockWithPassphrase(locked, 'Correct horse battery staple')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    await expect(unlockWithPassphrase(locked, 'nope nope')).rejects.toThrow(/passphrase doesn't open this file/);
  });

  it('notice any changed byte, in the header as in the contents', async () => {
    const locked = await lockWithPassphrase(plain, PASS);
    for (const index of [9, 20, 38, locked.byteLength - 1]) {
      const changed = locked.slice();
      changed[index] = changed[index]! ^ 0x01;
      await expect(unlockWithPassphrase(changed, PASS)).rejects.toThrow();
    }
  });

  it('refuse a file cut short, and one that is not locked at all', async () => {
    const locked = await lockWithPassphrase(plain, PASS);
    await expect(unlockWithPassphrase(locked.subarray(0, 30), PASS)).rejects.toBeInstanceOf(NotLockedFileError);
    await expect(unlockWithPassphrase(plain, PASS)).rejects.toBeInstanceOf(NotLockedFileError);
  });

  it('refuse a passphrase shorter than 8 characters', async () => {
    await expect(lockWithPassphrase(plain, 'short')).rejects.toThrow(/at least 8/);
  });
});
