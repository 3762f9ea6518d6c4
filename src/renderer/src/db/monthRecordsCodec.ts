// Packs monthRecords' rows as they are written and unpacks them as they are read (the format and why:
// domain/monthRecordsPacking.ts), below every other layer of Dexie, so live queries, its cache and every
// caller see rows as MonthRecords. The restore's and the demo dataset's batches, written with IndexedDB
// itself (databaseBatches.ts), pack theirs the same way.
import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';
import { packMonthRecords, unpackMonthRecords, type PackedMonthRecords } from '../domain/monthRecordsPacking';
import type { MonthRecords } from '../domain/monthlyStats';

export const MONTH_RECORDS = 'monthRecords';

const unpack = (row: unknown): unknown =>
  row === undefined || row === null ? row : unpackMonthRecords(row as MonthRecords | PackedMonthRecords);

/** A cursor whose value is unpacked; every other member is the cursor's own, called on it. */
function unpackingCursor(cursor: DBCoreCursor): DBCoreCursor {
  return new Proxy(cursor, {
    get(target, property) {
      if (property === 'value') return unpack(target.value);
      const member: unknown = Reflect.get(target, property, target);
      return typeof member === 'function' ? (member as (...args: unknown[]) => unknown).bind(target) : member;
    },
  });
}

function codecTable(table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate(req) {
      if (req.type !== 'put' && req.type !== 'add') return table.mutate(req);
      return table.mutate({ ...req, values: req.values.map((row) => packMonthRecords(row as MonthRecords)) });
    },
    async get(req) {
      return unpack(await table.get(req));
    },
    async getMany(req) {
      return (await table.getMany(req)).map(unpack);
    },
    async query(req) {
      const res = await table.query(req);
      return req.values ? { ...res, result: res.result.map(unpack) } : res;
    },
    async openCursor(req) {
      const cursor = await table.openCursor(req);
      return cursor && req.values ? unpackingCursor(cursor) : cursor;
    },
  };
}

export const monthRecordsCodec: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'MonthRecordsCodec',
  // Below Dexie's own layers (its cache and live queries at 0, existing values at -1): they see rows unpacked.
  level: -2,
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        return name === MONTH_RECORDS ? codecTable(table) : table;
      },
    };
  },
};
