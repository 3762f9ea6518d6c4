// Thousands of damaged or hostile backup files: each is refused cleanly (or, when the damage missed
// everything that matters, accepted exactly as written), nothing crashes, and the database is untouched.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BACKUP_TABLES } from '@shared/backupFiles';
import { db } from '../../../../src/renderer/src/db/database';
import { encodeBackup, sha256Hex, type BackupTables } from '../../../../src/renderer/src/domain/backupDocument';
import { BackupRefusal, validateBackup } from '../../../../src/renderer/src/domain/backupValidate';
import { ORIGIN, sampleTables } from '../domain/backupSample';
import { resetDatabase } from './resetDb';

const options = { schemaVersion: 1, pause: async () => undefined };
let original: Uint8Array;
let tables: BackupTables;
let before: string;

async function snapshot(): Promise<string> {
  const all: Record<string, unknown[]> = {};
  for (const table of db.tables) all[table.name] = await table.toArray();
  return JSON.stringify(all);
}

beforeAll(async () => {
  await resetDatabase();
  tables = sampleTables();
  await db.transaction('rw', BACKUP_TABLES, async () => {
    for (const name of BACKUP_TABLES) await db.table(name).bulkAdd(tables[name]);
  });
  before = await snapshot();
  original = (await encodeBackup(tables, ORIGIN)).bytes;
});

/** Validation either refuses with a BackupRefusal or returns records that pass every check. */
async function judge(bytes: Uint8Array): Promise<'refused' | 'accepted'> {
  try {
    await validateBackup(bytes, options);
    return 'accepted';
  } catch (error) {
    if (error instanceof BackupRefusal) {
      expect(error.message).toMatch(/^Couldn't read this file: .*Nothing was changed\.$/);
      return 'refused';
    }
    throw error;
  }
}

const byteDamage = fc.oneof(
  // flip a few bits anywhere
  fc
    .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 8 })
    .map((flips) => (bytes: Uint8Array) => {
      const out = bytes.slice();
      for (const [at, bit] of flips) out[at % out.length]! ^= 1 << bit;
      return out;
    }),
  // cut short
  fc.nat().map((at) => (bytes: Uint8Array) => bytes.slice(0, at % bytes.length)),
  // a run of random bytes written over the middle
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([at, junk]) => (bytes: Uint8Array) => {
    const out = bytes.slice();
    out.set(junk.subarray(0, Math.max(0, out.length - (at % out.length))), at % out.length);
    return out;
  }),
  // a stretch removed, or repeated
  fc
    .tuple(fc.nat(), fc.integer({ min: 1, max: 400 }), fc.boolean())
    .map(([at, length, repeat]) => (bytes: Uint8Array) => {
      const start = at % bytes.length;
      const piece = bytes.subarray(start, start + length);
      const rest = bytes.subarray(repeat ? start : start + length);
      const out = new Uint8Array(start + (repeat ? piece.length : 0) + rest.length);
      out.set(bytes.subarray(0, start), 0);
      if (repeat) out.set(piece, start);
      out.set(rest, start + (repeat ? piece.length : 0));
      return out;
    }),
);

const HOSTILE: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  2 ** 53 + 1,
  '',
  'x'.repeat(5000),
  '2026-13-45',
  [],
  [null],
  {},
  { length: 1e9 },
  JSON.parse('{"__proto__":{"polluted":true}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
];

/** A change to the parsed document, written back with a checksum that matches, so it reaches the records. */
const structureDamage = fc
  .tuple(
    fc.constantFrom(...BACKUP_TABLES),
    fc.nat(),
    fc.constantFrom('replace', 'delete', 'add-key', 'proto', 'table'),
    fc.nat(),
    fc.constantFrom(...HOSTILE.map((_, index) => index)),
  )
  .map(([table, recordIndex, how, fieldIndex, hostile]) => (document: Record<string, unknown>) => {
    const all = document['tables'] as Record<string, unknown>;
    const records = all[table] as Record<string, unknown>[];
    const value = structuredClone(HOSTILE[hostile]);
    if (how === 'table') {
      all[table] = value;
      return;
    }
    if (records.length === 0) {
      records.push(value as Record<string, unknown>);
      return;
    }
    const record = records[recordIndex % records.length]!;
    const keys = Object.keys(record);
    const key = keys[fieldIndex % keys.length]!;
    if (how === 'replace') record[key] = value;
    if (how === 'delete') delete record[key];
    if (how === 'add-key') record['unexpected'] = value;
    if (how === 'proto') {
      Object.defineProperty(record, '__proto__', { value, enumerable: true, configurable: true, writable: true });
    }
  });

async function rewrite(change: (document: Record<string, unknown>) => void): Promise<Uint8Array> {
  const document = JSON.parse(new TextDecoder().decode(original)) as Record<string, unknown>;
  change(document);
  const { tables: changed, ...header } = document;
  const tablesText = JSON.stringify(changed);
  header['tablesSha256'] = await sha256Hex(new TextEncoder().encode(tablesText));
  return new TextEncoder().encode(`${JSON.stringify(header).slice(0, -1)},"tables":${tablesText}}`);
}

describe('damaged and hostile backup files', () => {
  it('are refused byte by byte: bit flips, cuts, junk, missing and repeated stretches', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(byteDamage, async (damage) => {
        const damaged = damage(original);
        const verdict = await judge(damaged);
        if (verdict === 'refused') refused += 1;
        else {
          // Damage that missed the records (a header detail) may be accepted; the records are exact.
          expect((await validateBackup(damaged, options)).tables).toEqual(tables);
        }
      }),
      { numRuns: 2000 },
    );
    expect(refused).toBeGreaterThan(1500);
    expect(await snapshot()).toBe(before);
  });

  it('are refused record by record: swapped types, missing fields, huge numbers, prototype keys', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(structureDamage, async (damage) => {
        if ((await judge(await rewrite(damage))) === 'refused') refused += 1;
      }),
      { numRuns: 2000 },
    );
    expect(refused).toBeGreaterThan(1000);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(await snapshot()).toBe(before);
  });
});
