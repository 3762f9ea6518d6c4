// The shared file: written and read back whole, and refused with a clear message when it is foreign,
// a backup, damaged, from a newer app, or holds records that are not valid.
import { describe, expect, it } from 'vitest';
import { encodeBackup } from '../../../../src/renderer/src/domain/backupDocument';
import {
  isPassphraseProtected,
  lockWithPassphrase,
  unlockWithPassphrase,
} from '../../../../src/renderer/src/domain/backupCrypto';
import {
  EXCHANGE_FORMAT,
  ExchangeRefusal,
  encodeExchangeFile,
  markFor,
  readExchangeFile,
  type ExchangeHeader,
} from '../../../../src/renderer/src/domain/exchangeFile';
import { ORIGIN, sampleTables } from './backupSample';

const HEADER: ExchangeHeader = {
  format: EXCHANGE_FORMAT,
  formatVersion: 1,
  from: { deviceId: 'device-sample', name: 'State office laptop' },
  createdAt: '2026-10-06T18:00:00.000Z',
  scope: { kind: 'all' },
  mark: '2026-10-06T18:00:00.000Z',
  seen: { 'device-other': '2026-10-01T09:00:00.000Z' },
};
const OPTIONS = { schemaVersion: 1, pause: async () => undefined };

async function fileBytes(tables = sampleTables(), header: ExchangeHeader = HEADER): Promise<Uint8Array> {
  const { bytes } = await encodeBackup({ ...tables, settings: [] }, ORIGIN);
  return encodeExchangeFile(header, bytes);
}

async function refusal(bytes: Uint8Array): Promise<ExchangeRefusal> {
  try {
    await readExchangeFile(bytes, OPTIONS);
  } catch (error) {
    if (error instanceof ExchangeRefusal) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const encode = (value: string) => new TextEncoder().encode(value);

describe('a shared file', () => {
  it('reads back with its header and every record, and no organisation details', async () => {
    const file = await readExchangeFile(await fileBytes(), OPTIONS);
    expect(file.header).toEqual(HEADER);
    expect(file.tables.groups).toEqual(sampleTables().groups);
    expect(file.tables.meetings).toHaveLength(sampleTables().meetings.length);
    expect('settings' in file.tables).toBe(false);
  });

  it("opens with its passphrase after being locked with the backups' scheme", async () => {
    const locked = await lockWithPassphrase(await fileBytes(), 'correct horse battery');
    expect(isPassphraseProtected(locked)).toBe(true);
    const file = await readExchangeFile(await unlockWithPassphrase(locked, 'correct horse battery'), OPTIONS);
    expect(file.header.from.name).toBe('State office laptop');
  });
});

describe('a file that cannot be combined is refused with words a coordinator understands', () => {
  it('when it is not from the app at all', async () => {
    expect((await refusal(encode('{"hello": "world"}'))).message).toBe(
      "Couldn't read this file: it isn't a file shared from Connection Coordinator. Nothing was changed.",
    );
    expect((await refusal(new Uint8Array([0xff, 0xfe, 0x00, 0x81]))).kind).toBe('foreign');
    expect((await refusal(encode('Name,Phone\nAda,555'))).kind).toBe('foreign');
  });

  it('when it is a backup, pointing to Restore instead', async () => {
    const { bytes } = await encodeBackup(sampleTables(), ORIGIN);
    const refused = await refusal(bytes);
    expect(refused.kind).toBe('backup');
    expect(refused.message).toContain('use Restore on the Backup page');
  });

  it('when it is cut short or a single character was changed', async () => {
    const whole = await fileBytes();
    expect((await refusal(whole.subarray(0, Math.floor(whole.byteLength / 2)))).kind).toBe('damaged');
    const changed = text(whole).replace('Downtown Tuesday Connection', 'Downtown Tuesday Connectiom');
    expect((await refusal(encode(changed))).kind).toBe('damaged');
  });

  it('when a newer app made it', async () => {
    const refused = await refusal(await fileBytes(sampleTables(), { ...HEADER, formatVersion: 2 }));
    expect(refused.kind).toBe('newer');
    expect(refused.message).toContain('Update the app');
  });

  it('when its records are not valid or point at records it does not hold', async () => {
    const tables = sampleTables();
    const [first, ...rest] = tables.groups;
    if (!first) throw new Error('the sample has groups');
    expect((await refusal(await fileBytes({ ...tables, groups: [{ ...first, name: '' }, ...rest] }))).kind).toBe(
      'invalid',
    );
    expect((await refusal(await fileBytes({ ...tables, groups: rest }))).kind).toBe('invalid');
  });

  it('when the records were written by another computer than the file names', async () => {
    const refused = await refusal(
      await fileBytes(sampleTables(), { ...HEADER, from: { deviceId: 'device-impostor', name: 'Laptop' } }),
    );
    expect(refused.kind).toBe('damaged');
  });

  it('when its header holds something this version does not know', async () => {
    const bytes = text(await fileBytes()).replace('"scope":{"kind":"all"}', '"scope":{"kind":"everything"}');
    expect((await refusal(encode(bytes))).kind).toBe('damaged');
  });
});

describe('marks', () => {
  it('count what was received for everything toward each affiliate, whichever is later', () => {
    const received = { all: '2026-10-01T00:00:00.000Z', 'affiliate:a1': '2026-10-05T00:00:00.000Z' };
    expect(markFor(received, 'affiliate:a1')).toBe('2026-10-05T00:00:00.000Z');
    expect(markFor(received, 'affiliate:a2')).toBe('2026-10-01T00:00:00.000Z');
    expect(markFor({}, 'all')).toBe('');
  });
});
