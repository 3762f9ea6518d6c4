// While a restore runs, the database in use takes no writes, from any window: a change saved after the
// safety backup would be in neither it nor the restored records, and gone once the app switches. The
// restoring window puts a mark in `local` before it takes the safety backup (restoreBarrier.ts); this
// middleware adds `local` to every write transaction, reads the mark there first, and refuses the write
// while it is set. IndexedDB runs write transactions whose scopes meet one after the other, so a write
// either committed before the mark (and is in the safety backup) or is refused: never silently lost.
// Combining another coordinator's records holds the same mark from before its safety backup until its
// own merge transaction lifts it, first thing: "Undo combining" brings that backup back, so a change
// saved in between would be lost with it.
import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie';

/** The mark's key in `local`. Never copied into a new database (databaseSwitch.ts). */
export const RESTORE_MARK_KEY = 'restoreRunning';
const LOCAL = 'local';
type LocalRow = { key: string; value: unknown };

/** What holds the mark: a restore, or combining records from another coordinator. */
export type HoldKind = 'restore' | 'combine';

/** The mark's value in `local` (a mark without a kind was left by a restore of an earlier version). */
export interface RestoreMark {
  startedAt: string;
  kind?: HoldKind;
}

export const holdKindOf = (value: unknown): HoldKind =>
  (value as Partial<RestoreMark> | null | undefined)?.kind === 'combine' ? 'combine' : 'restore';

export const RESTORE_RUNNING_MESSAGE = 'A restore is running. Wait for it to finish; nothing was saved.';
export const COMBINE_RUNNING_MESSAGE =
  "Another coordinator's records are being combined. Wait for it to finish; nothing was saved.";

export class RestoreRunningError extends Error {
  constructor(readonly kind: HoldKind = 'restore') {
    super(kind === 'combine' ? COMBINE_RUNNING_MESSAGE : RESTORE_RUNNING_MESSAGE);
    this.name = 'RestoreRunningError';
  }
}

/** A write of the mark alone: the restore setting or lifting it, or a window clearing one a crash left. */
function onlyTheMark(table: string, req: DBCoreMutateRequest): boolean {
  if (table !== LOCAL) return false;
  if (req.type === 'delete') return req.keys.every((key) => key === RESTORE_MARK_KEY);
  if (req.type === 'put' || req.type === 'add') {
    return req.values.every((value) => (value as { key?: unknown } | null)?.key === RESTORE_MARK_KEY);
  }
  return false;
}

export const restoreGuard: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'RestoreGuard',
  // Above every other layer (the gifts' thanksDue at 10, Dexie's own at 0): a refused write reaches none.
  level: 20,
  create(down) {
    if (!down.schema.tables.some((table) => table.name === LOCAL)) return down;
    const local = down.table(LOCAL);
    // One read of the mark per transaction, at its first write; once it is back, writes go straight
    // down. (A write waiting on a promise of its own costs its caller turns of the microtask queue, and
    // Dexie keeps a transaction's context through native awaits for only so many turns.)
    // The mark's kind when set, false when not.
    type Found = HoldKind | false;
    const marked = new WeakMap<DBCoreTransaction, Promise<Found> | Found>();
    const markIn = (trans: DBCoreTransaction): Promise<Found> | Found => {
      let found = marked.get(trans);
      if (found === undefined) {
        found = local.get({ trans, key: RESTORE_MARK_KEY }).then((entry: LocalRow | undefined) => {
          const set: Found = entry === undefined ? false : holdKindOf(entry.value);
          marked.set(trans, set);
          return set;
        });
        marked.set(trans, found);
      }
      return found;
    };
    return {
      ...down,
      transaction(stores, mode, options) {
        const scope = mode === 'readwrite' && !stores.includes(LOCAL) ? [...stores, LOCAL] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate(req) {
            if (onlyTheMark(name, req)) return table.mutate(req);
            const found = markIn(req.trans);
            if (found === false) return table.mutate(req);
            if (typeof found === 'string') return Promise.reject(new RestoreRunningError(found));
            return found.then((set) => (set ? Promise.reject(new RestoreRunningError(set)) : table.mutate(req)));
          },
        };
      },
    };
  },
};
