// Locks bytes with a passphrase (PBKDF2-SHA256 → AES-256-GCM) and unlocks them. Plain functions over
// Uint8Array, so backups and the exchange between coordinators share one scheme.
//
// Layout: "CCLOCK" 0x00 | version (1 byte) | iterations (uint32, big-endian) | salt (16) | iv (12) |
// AES-GCM ciphertext with its 16-byte tag. The 38-byte header is the additional data, so changing the
// iterations, salt or IV is detected like any other change.

const MAGIC = [0x43, 0x43, 0x4c, 0x4f, 0x43, 0x4b, 0x00]; // "CCLOCK\0"
const VERSION = 1;
export const MIN_ITERATIONS = 600_000;
/** Refused above this: a file must not make the app compute for minutes. */
const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + 1 + 4 + SALT_BYTES + IV_BYTES;
export const MIN_PASSPHRASE_LENGTH = 8;

export class WrongPassphraseError extends Error {
  constructor() {
    super(
      "That passphrase doesn't open this file. Check for typing mistakes and capital letters, and try again. Nothing was changed.",
    );
    this.name = 'WrongPassphraseError';
  }
}

export class NotLockedFileError extends Error {
  constructor(reason: string) {
    super(`Couldn't read this file: ${reason}. Nothing was changed.`);
    this.name = 'NotLockedFileError';
  }
}

/** Whether the bytes start like a passphrase-protected file (whether or not it is whole). */
export function isPassphraseProtected(bytes: Uint8Array): boolean {
  return bytes.byteLength >= MAGIC.length && MAGIC.every((value, index) => bytes[index] === value);
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function lockWithPassphrase(
  plain: Uint8Array,
  passphrase: string,
  iterations: number = MIN_ITERATIONS,
): Promise<Uint8Array<ArrayBuffer>> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new RangeError(`A passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  }
  if (!Number.isInteger(iterations) || iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
    throw new RangeError(`Iterations must be between ${MIN_ITERATIONS} and ${MAX_ITERATIONS}.`);
  }
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header = new Uint8Array(HEADER_BYTES);
  header.set(MAGIC, 0);
  header[MAGIC.length] = VERSION;
  new DataView(header.buffer).setUint32(MAGIC.length + 1, iterations);
  header.set(salt, MAGIC.length + 5);
  header.set(iv, MAGIC.length + 5 + SALT_BYTES);
  const key = await deriveKey(passphrase, salt, iterations);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: header, tagLength: TAG_BYTES * 8 },
      key,
      plain as BufferSource,
    ),
  );
  const out = new Uint8Array(HEADER_BYTES + sealed.byteLength);
  out.set(header, 0);
  out.set(sealed, HEADER_BYTES);
  return out;
}

export async function unlockWithPassphrase(locked: Uint8Array, passphrase: string): Promise<Uint8Array<ArrayBuffer>> {
  if (!isPassphraseProtected(locked)) {
    throw new NotLockedFileError("it isn't a passphrase-protected file from Connection Coordinator");
  }
  if (locked.byteLength < HEADER_BYTES + TAG_BYTES) throw new NotLockedFileError('it is incomplete or damaged');
  if (locked[MAGIC.length] !== VERSION) {
    throw new NotLockedFileError('it was locked by a newer version of Connection Coordinator. Update the app first');
  }
  const header = locked.slice(0, HEADER_BYTES);
  const iterations = new DataView(header.buffer).getUint32(MAGIC.length + 1);
  if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
    throw new NotLockedFileError('it is damaged');
  }
  const salt = header.slice(MAGIC.length + 5, MAGIC.length + 5 + SALT_BYTES);
  const iv = header.slice(MAGIC.length + 5 + SALT_BYTES, HEADER_BYTES);
  const key = await deriveKey(passphrase, salt, iterations);
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv, additionalData: header, tagLength: TAG_BYTES * 8 },
        key,
        locked.subarray(HEADER_BYTES) as BufferSource,
      ),
    );
  } catch {
    // AES-GCM cannot tell a wrong passphrase from a changed file; a wrong passphrase is far likelier.
    throw new WrongPassphraseError();
  }
}
