// public/preopen.js starts opening the database before the app's code loads. It must open exactly the
// database the app will (databasePointer.ts), never create one, and step aside for an upgrade.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE_NAME, POINTER_KEY, newDatabaseName } from '../../../../src/renderer/src/db/databasePointer';
import source from '../../../../src/renderer/public/preopen.js?raw';

interface FakeRequest {
  result?: { onversionchange?: () => void; close: () => void; closed: boolean };
  transaction: { abort: () => void; aborted: boolean };
  onupgradeneeded?: () => void;
  onsuccess?: () => void;
  onerror?: (event: { preventDefault: () => void }) => void;
}

const compared: string[][] = [];
class FakeCollator {
  compare(a: string, b: string): number {
    compared.push([a, b]);
    return a < b ? -1 : 1;
  }
}

function run(pointer: string | null, storageThrows = false) {
  const opened: string[] = [];
  const requests: FakeRequest[] = [];
  const timers: (() => void)[] = [];
  const window = {
    localStorage: {
      getItem: (key: string) => {
        if (storageThrows) throw new Error('storage is turned off');
        return key === POINTER_KEY ? pointer : null;
      },
    },
    indexedDB: {
      open: (name: string, version?: number) => {
        expect(version).toBeUndefined();
        opened.push(name);
        const transaction = { aborted: false, abort: () => void (transaction.aborted = true) };
        const request: FakeRequest = { transaction };
        requests.push(request);
        return request;
      },
    },
    setTimeout: (callback: () => void) => void timers.push(callback),
    Intl: { Collator: FakeCollator },
  };
  // The script as the page runs it, with only `window` in reach.
  new Function('window', source)(window);
  return { opened, requests, timers };
}

describe('preopen.js', () => {
  it('opens the default database when no restore moved the pointer', () => {
    expect(run(null).opened).toEqual([DEFAULT_DATABASE_NAME]);
  });

  it('opens the database the pointer names, as the app does', () => {
    const name = newDatabaseName();
    expect(run(name).opened).toEqual([name]);
  });

  it('ignores a pointer that names no database of this app', () => {
    expect(run('connection-coordinator-backups').opened).toEqual([DEFAULT_DATABASE_NAME]);
    expect(run('something else').opened).toEqual([DEFAULT_DATABASE_NAME]);
  });

  it('never creates a database: a first start aborts the creation and leaves it to the app', () => {
    const { requests } = run(null);
    requests[0]!.onupgradeneeded!();
    expect(requests[0]!.transaction.aborted).toBe(true);
    let prevented = false;
    requests[0]!.onerror!({ preventDefault: () => void (prevented = true) });
    expect(prevented).toBe(true);
  });

  it('closes its connection for an upgrade, and in any case after a while', () => {
    const { requests, timers } = run(null);
    const connection = { closed: false, close: () => void (connection.closed = true) } as FakeRequest['result'] & {
      closed: boolean;
    };
    requests[0]!.result = connection;
    requests[0]!.onsuccess!();
    connection.onversionchange!();
    expect(connection.closed).toBe(true);
    connection.closed = false;
    // The collator's warm-up, then the close.
    expect(timers).toHaveLength(2);
    timers[1]!();
    expect(connection.closed).toBe(true);
  });

  it('does nothing when storage is turned off', () => {
    expect(run(null, true).opened).toEqual([]);
  });

  it('makes a text collator once the page has parsed, so the first sort of names does not wait for its data', () => {
    compared.length = 0;
    const { timers } = run(null, true);
    expect(compared).toEqual([]);
    expect(timers).toHaveLength(1);
    timers[0]!();
    expect(compared).toEqual([['a', 'b']]);
  });
});
