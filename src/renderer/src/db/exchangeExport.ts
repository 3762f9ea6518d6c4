// Makes the file a coordinator shares: every record (2,000 at a time by primary key) or one
// affiliate's, deletions and hidden meeting versions included, read in one transaction so the file is
// a consistent snapshot, with what this copy has already received from each other computer. Sharing a
// whole copy reads every record on purpose, as a backup does; no screen waits on it.
import type { Table } from 'dexie';
import { BACKUP_TABLES } from '@shared/backupFiles';
import { RECORD_TABLES, type RecordTable } from '@shared/model';
import { TablesTextBuilder, finishBackup } from '../domain/backupDocument';
import {
  DEVICE_NAME_MAX,
  EXCHANGE_FORMAT,
  EXCHANGE_FORMAT_VERSION,
  encodeExchangeFile,
  markFor,
  scopeKey,
  type ExchangeHeader,
  type ExchangeScope,
} from '../domain/exchangeFile';
import { laterOf } from '../domain/exchangeVersions';
import { db, RECORD_SCHEMA_VERSION } from './database';
import { getDevice } from './device';
import { PAGE_SIZE } from './backupExport';
import { nowStamp } from './records';
import { affiliateRecords } from './exchangeScope';
import { hiddenMeetingsToShare, listPeers } from './exchangeState';

declare const __APP_VERSION__: string;

export interface MadeExchangeFile {
  header: ExchangeHeader;
  bytes: Uint8Array<ArrayBuffer>;
}

type AnyRecord = { id: string; updatedAt: string; deletedAt: string | null };

async function addWholeTable(builder: TablesTextBuilder, table: Table<AnyRecord, string>): Promise<void> {
  let page = await table.orderBy(':id').limit(PAGE_SIZE).toArray();
  for (;;) {
    builder.add(page);
    const last = page.at(-1);
    if (!last || page.length < PAGE_SIZE) return;
    page = await table.where(':id').above(last.id).limit(PAGE_SIZE).toArray();
  }
}

export async function makeExchangeFile(scope: ExchangeScope): Promise<MadeExchangeFile> {
  const device = await getDevice();
  const builder = new TablesTextBuilder();
  const tables = RECORD_TABLES.map((name) => db.table(name));
  const { seen, stamp } = await db.transaction('r', [...tables, db.local], async () => {
    const chosen = scope.kind === 'affiliate' ? await affiliateRecords(scope.affiliateId) : null;
    for (const name of BACKUP_TABLES) {
      builder.beginTable(name);
      // Each copy keeps its own organisation details: they never travel.
      if (name === 'settings') continue;
      const table = name as RecordTable;
      if (chosen) builder.add(chosen[table]);
      else await addWholeTable(builder, db.table(table) as Table<AnyRecord, string>);
      if (table === 'meetings' && !chosen) builder.add(await hiddenMeetingsToShare());
    }
    const key = scopeKey(scope);
    const marks: Record<string, string> = {};
    for (const peer of await listPeers()) {
      const mark = markFor(peer.received, key);
      if (mark) marks[peer.deviceId] = mark;
    }
    return { seen: marks, stamp: nowStamp() };
  });
  const records = await finishBackup(builder, {
    schemaVersion: RECORD_SCHEMA_VERSION,
    appVersion: __APP_VERSION__,
    deviceId: device.id,
    createdAt: stamp,
    reason: 'manual',
  });
  const header: ExchangeHeader = {
    format: EXCHANGE_FORMAT,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    from: { deviceId: device.id, name: device.name.slice(0, DEVICE_NAME_MAX) },
    createdAt: stamp,
    scope,
    mark: laterOf(stamp, records.header.latestChange),
    seen,
  };
  return { header, bytes: await encodeExchangeFile(header, records.bytes) };
}
