import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_TABLES } from '@shared/backupFiles';
import {
  TablesTextBuilder,
  encodeBackup,
  finishBackup,
  sha256Hex,
  type BackupOrigin,
  type BackupTables,
} from '../../../../src/renderer/src/domain/backupDocument';
import { Utf8Chunks } from '../../../../src/renderer/src/domain/utf8Chunks';
import { databaseArbitrary } from '../db/backupArbitraries';
import { ORIGIN } from './backupSample';

/** The document as the first writer made it (one string per record, joined through a Blob): the format's reference. */
async function referenceBytes(tables: BackupTables, origin: BackupOrigin): Promise<Uint8Array> {
  const parts: string[] = ['{'];
  const counts: Record<string, number> = {};
  let latestChange = '';
  BACKUP_TABLES.forEach((name, index) => {
    const records: { updatedAt: string; deletedAt: string | null }[] = tables[name];
    parts.push(`${index > 0 ? ',' : ''}${JSON.stringify(name)}:[`);
    parts.push(records.map((record) => JSON.stringify(record)).join(','));
    parts.push(']');
    counts[name] = records.filter((record) => record.deletedAt === null).length;
    for (const record of records) if (record.updatedAt > latestChange) latestChange = record.updatedAt;
  });
  parts.push('}');
  const tablesBytes = new Uint8Array(await new Blob(parts).arrayBuffer());
  const headerText = JSON.stringify({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    ...origin,
    latestChange,
    counts,
    tablesSha256: await sha256Hex(tablesBytes),
  });
  return new Uint8Array(await new Blob([headerText.slice(0, -1), ',"tables":', tablesBytes, '}']).arrayBuffer());
}

/** Splits a table's records into pages at the given cut points, as a paged read hands them over. */
function pages<T>(records: T[], cuts: number[]): T[][] {
  const at = [...new Set(cuts.map((cut) => cut % (records.length + 1)))].sort((a, b) => a - b);
  const out: T[][] = [];
  let from = 0;
  for (const cut of [...at, records.length]) {
    out.push(records.slice(from, cut));
    from = cut;
  }
  return out;
}

describe('UTF-8 chunks', () => {
  it('hold exactly the UTF-8 of the text written, whatever the chunk sizes and characters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary' }), { maxLength: 20 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 64 }),
        (texts, first, largest) => {
          const chunks = new Utf8Chunks(first, largest);
          for (const text of texts) chunks.write(text);
          // Each piece on its own: an unpaired surrogate at the end of one is not joined to the next.
          const expected = new Uint8Array(texts.flatMap((text) => [...new TextEncoder().encode(text)]));
          const out = new Uint8Array(chunks.byteLength + 3);
          chunks.copyTo(out, 3);
          expect(chunks.byteLength).toBe(expected.length);
          expect(out.subarray(3)).toEqual(expected);
        },
      ),
    );
  });
});

describe('the backup document', () => {
  it('is byte for byte the reference format, however its records come in pages and chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        databaseArbitrary,
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.integer({ min: 16, max: 256 }),
        async (tables, cuts, chunkBytes) => {
          const builder = new TablesTextBuilder(chunkBytes);
          for (const name of BACKUP_TABLES) {
            builder.beginTable(name);
            for (const page of pages<{ updatedAt: string; deletedAt: string | null }>(tables[name], cuts)) {
              builder.add(page);
            }
          }
          const { bytes, header } = await finishBackup(builder, ORIGIN);
          expect(bytes).toEqual(await referenceBytes(tables, ORIGIN));
          expect(bytes.byteLength).toBe(bytes.buffer.byteLength);
          expect((await encodeBackup(tables, ORIGIN)).header).toEqual(header);
        },
      ),
      { numRuns: 60 },
    );
  });
});
