// The benchmark's anchors: the same work done with bare IndexedDB (no Dexie, no app code), so every
// figure of the app can be read against what the browser itself takes on this machine.

const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

const committed = (transaction: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });

function open(name: string, version?: number, upgrade?: (database: IDBDatabase) => void): Promise<IDBDatabase> {
  const request = indexedDB.open(name, version);
  if (upgrade) request.onupgradeneeded = () => upgrade(request.result);
  return done(request);
}

async function drop(name: string): Promise<void> {
  await done(indexedDB.deleteDatabase(name) as IDBRequest<unknown>);
}

export interface Timed {
  ms: number;
  records: number;
}

/** getAll of whole stores in one read transaction. */
export async function rawGetAll(dbName: string, stores: string[]): Promise<Timed> {
  const database = await open(dbName);
  try {
    const start = performance.now();
    const transaction = database.transaction(stores, 'readonly');
    const results = await Promise.all(stores.map((store) => done(transaction.objectStore(store).getAll())));
    const ms = performance.now() - start;
    return { ms, records: results.reduce((sum, rows) => sum + rows.length, 0) };
  } finally {
    database.close();
  }
}

/** One month of a store through its 'date' index. */
export async function rawMonth(dbName: string, store: string, month: string): Promise<Timed> {
  const database = await open(dbName);
  try {
    const start = performance.now();
    const range = IDBKeyRange.bound(`${month}-01`, `${month}-31`);
    const rows = await done(database.transaction(store, 'readonly').objectStore(store).index('date').getAll(range));
    return { ms: performance.now() - start, records: rows.length };
  } finally {
    database.close();
  }
}

const SCRATCH = 'bench-scratch';

/** One record put in a strict-durability transaction, in a scratch database. */
export async function rawStrictWrite(record: { id: string; [field: string]: unknown }): Promise<Timed> {
  const database = await open(SCRATCH, 1, (created) => created.createObjectStore('writes', { keyPath: 'id' }));
  try {
    const start = performance.now();
    const transaction = database.transaction('writes', 'readwrite', { durability: 'strict' });
    transaction.objectStore('writes').put(record);
    await committed(transaction);
    return { ms: performance.now() - start, records: 1 };
  } finally {
    database.close();
  }
}

/**
 * Rows put back as they are (unchanged) into the app's own stores, in one strict-durability transaction:
 * what an edit's writes alone take, with no reads, no Dexie and no app code.
 */
export async function rawStrictPuts(dbName: string, rows: { store: string; value: unknown }[]): Promise<Timed> {
  const database = await open(dbName);
  try {
    const start = performance.now();
    const stores = [...new Set(rows.map((row) => row.store))];
    const transaction = database.transaction(stores, 'readwrite', { durability: 'strict' });
    for (const { store, value } of rows) transaction.objectStore(store).put(value);
    await committed(transaction);
    return { ms: performance.now() - start, records: rows.length };
  } finally {
    database.close();
  }
}

/**
 * Adds every record into a scratch copy of the app's stores and indexes, in one strict transaction:
 * the floor for a restore of the same records. The scratch database is deleted afterwards.
 */
export async function rawBulkInsert(
  schemaOf: IDBDatabase,
  tables: Record<string, readonly unknown[]>,
  options: { overExisting?: boolean; putOver?: boolean } = {},
): Promise<Timed> {
  const name = `${SCRATCH}-bulk`;
  await drop(name);
  const stores = Object.keys(tables);
  // Read the layout now: the read transaction is over by the time the scratch database upgrades.
  const source = schemaOf.transaction(stores, 'readonly');
  const layout = stores.map((storeName) => {
    const from = source.objectStore(storeName);
    const indexes = Array.from(from.indexNames).map((indexName) => {
      const index = from.index(indexName);
      return { indexName, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
    });
    return { storeName, keyPath: from.keyPath, autoIncrement: from.autoIncrement, indexes };
  });
  const database = await open(name, 1, (created) => {
    for (const { storeName, keyPath, autoIncrement, indexes } of layout) {
      const store = created.createObjectStore(storeName, { keyPath, autoIncrement });
      for (const { indexName, keyPath: path, unique, multiEntry } of indexes) {
        store.createIndex(indexName, path, { unique, multiEntry });
      }
    }
  });
  const insert = async (clearFirst: boolean): Promise<Timed> => {
    const start = performance.now();
    const transaction = database.transaction(stores, 'readwrite', { durability: 'strict' });
    let records = 0;
    for (const storeName of stores) {
      const store = transaction.objectStore(storeName);
      if (clearFirst && !options.putOver) store.clear();
      for (const record of tables[storeName] ?? []) {
        if (options.putOver) store.put(record);
        else store.add(record);
        records += 1;
      }
    }
    await committed(transaction);
    return { ms: performance.now() - start, records };
  };
  try {
    // Over existing data, a restore's case: the same records are there already and are cleared first.
    if (options.overExisting) await insert(false);
    return await insert(options.overExisting ?? false);
  } finally {
    database.close();
    await drop(name);
  }
}
