// Every row of a small table, read once per read-only transaction. Home's sections read in one
// transaction and three of them need every group, two every series: at state scale each whole read is
// ~100 KB for the browser to turn into objects, at every start. Callers treat the rows as read-only.
import Dexie, { type Table } from 'dexie';

const reads = new WeakMap<object, Map<string, Promise<unknown[]>>>();

/**
 * The table's rows: inside a read-only transaction, one read shared by every caller in it (not by one
 * opened inside it); anywhere else
 * (a read-write transaction, which may change the table between reads, or none) a read of its own.
 */
export function allRows<T>(table: Table<T>): Promise<T[]> {
  const transaction = Dexie.currentTransaction;
  if (!transaction || transaction.mode !== 'readonly') return table.toArray();
  // Shared within one Dexie transaction object only: a transaction opened inside another holds the outer
  // one's requests until it is done, so waiting there on a read the outer one issued would never end.
  let shared = reads.get(transaction);
  if (!shared) reads.set(transaction, (shared = new Map()));
  let read = shared.get(table.name) as Promise<T[]> | undefined;
  if (!read) shared.set(table.name, (read = table.toArray()));
  return read;
}
