// Writes many records into a new database in small transactions, a few in flight while the caller
// prepares the next. Chromium's IndexedDB writes each transaction's changes with an undo log and deletes
// the log after the commit (Chromium 156 does so even for a transaction of ten records); a very large
// transaction leaves tombstones that every later open of the origin walks (80,000 records in one
// transaction: the origin opened in 138 ms after; in 400-record transactions: 19 ms). Transactions of a
// megabyte or so keep every start fast (after four restores in 2,000-record transactions, the origin's
// cold open took 87-252 ms, median 155 ms; in 1,000-record ones, 159-325 ms, median 217 ms).
//
// Each batch commits without waiting for the disk (relaxed durability): a strict commit per batch cost
// ~40% more time on this project's machines. That is safe here because nothing uses the new database
// until buildNewDatabase marks it whole, in a strict transaction written after every batch: the
// browser's database writes its log in order, so once that mark is on disk, every batch before it is.
import type Dexie from 'dexie';
import { THANKS_DUE, thanksDueRow } from './thanksDue';
import { MONTH_RECORDS } from './monthRecordsCodec';
import { packMonthRecords } from '../domain/monthRecordsPacking';
import type { MonthRecords } from '../domain/monthlyStats';

/**
 * Records per transaction: about 1.1 MB of meetings as JSON. Every transaction costs the browser a fixed
 * amount besides its records (its undo log is written and then cleaned up, in a task of its own): 500
 * took a restore ~9% longer than 1,000, and 2,000 took it ~4% less (restores of the state dataset, eight
 * runs each against a bare bulk insert: median 1.15x against 1.18x; 4,000 gave nothing more).
 */
export const BATCH_RECORDS = 2000;
/** For records or rows measured with sizeOf (the monthly aggregates hold a month of records in brief). */
export const BATCH_BYTES = 1280 * 1024;

export const jsonSize = (row: unknown): number => JSON.stringify(row).length;

function* batchesOf<T>(records: readonly T[], sizeOf?: (record: T) => number): Generator<T[]> {
  let batch: T[] = [];
  let bytes = 0;
  for (const record of records) {
    batch.push(record);
    bytes += sizeOf ? sizeOf(record) : 0;
    if (batch.length >= BATCH_RECORDS || bytes >= BATCH_BYTES) {
      yield batch;
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length > 0) yield batch;
}

export class BatchWriter {
  private readonly inFlight: Promise<unknown>[] = [];

  /**
   * `ahead`: batches that may be waiting beyond the one being written. 1 keeps one write in flight while
   * the caller makes the next records; more lets the caller do other work (the restore counts the
   * monthly aggregates) while the database still has batches to write.
   */
  constructor(
    private readonly target: Dexie,
    private readonly onWritten?: (table: string, count: number) => void,
    private readonly ahead = 1,
  ) {}

  /**
   * Queues the records, a transaction per batch, and returns once no more than `ahead` batches are
   * waiting. `put` overwrites (settings, whose row may exist already); otherwise a duplicate key fails
   * the write.
   */
  async add<T>(
    tableName: string,
    records: readonly T[],
    options: { put?: boolean; sizeOf?: (record: T) => number } = {},
  ): Promise<void> {
    // Month record rows are stored packed, as the middleware stores Dexie's writes (monthRecordsCodec.ts),
    // and measured packed.
    const rows: readonly unknown[] =
      tableName === MONTH_RECORDS ? records.map((row) => packMonthRecords(row as MonthRecords)) : records;
    const sizeOf =
      tableName === MONTH_RECORDS && options.sizeOf
        ? jsonSize
        : (options.sizeOf as ((row: unknown) => number) | undefined);
    for (const batch of batchesOf(rows, sizeOf)) {
      const write = this.write(tableName, batch, options.put ?? false).then(() =>
        this.onWritten?.(tableName, batch.length),
      );
      // Its failure is reported by a later add() or flush(); this only keeps it from counting as
      // unhandled when an earlier batch failed first.
      write.catch(() => undefined);
      this.inFlight.push(write);
      while (this.inFlight.length > this.ahead) await this.inFlight.shift();
    }
  }

  /** Waits for every batch. */
  async flush(): Promise<void> {
    while (this.inFlight.length > 0) await this.inFlight.shift();
  }

  /** One batch in one transaction, with IndexedDB itself: no per-record work in Dexie for a database no screen reads yet. */
  private write(tableName: string, batch: readonly unknown[], put: boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      // Gifts take their thanksDue rows with them, as the middleware does for Dexie's writes (thanksDue.ts).
      const gifts = tableName === 'donations';
      const scope = gifts ? [tableName, THANKS_DUE] : [tableName];
      const transaction = this.target.backendDB().transaction(scope, 'readwrite', { durability: 'relaxed' });
      transaction.oncomplete = () => resolve();
      transaction.onabort = () => reject(transaction.error ?? new Error(`Writing ${tableName} was cancelled`));
      const store = transaction.objectStore(tableName);
      const due = gifts ? transaction.objectStore(THANKS_DUE) : undefined;
      try {
        for (const record of batch) {
          if (put) store.put(record);
          else store.add(record);
          if (due) {
            const row = thanksDueRow(record as Parameters<typeof thanksDueRow>[0]);
            if (row) due.put(row);
            else if (put) due.delete((record as { id: string }).id);
          }
        }
        // Commits as soon as the last record is stored, without waiting for the page to hear of each
        // one first: a page busy making the next batch would otherwise hold up every transaction behind
        // this one (about 5% of a restore's writing).
        transaction.commit();
      } catch (error) {
        // A record that cannot be stored (or a full disk) fails the batch: nothing of it is written.
        reject(error);
        transaction.abort();
      }
    });
  }
}
