// The records' zod schemas, loaded when a write first needs them. Home and the other screens that only
// read never do, so the schemas and zod (about 100 KB of code to parse and run) are not on the start
// path; the start-up work loads them in the background once the first screen is shown.
import Dexie from 'dexie';

type Model = typeof import('@shared/model');

let model: Model | undefined;
let loading: Promise<Model> | undefined;

/**
 * The model module. Call it before opening a transaction where you can; called inside one, the
 * transaction is kept open while the module loads (Dexie.waitFor), since IndexedDB would otherwise
 * commit it when the load takes a task.
 */
export function loadModel(): Promise<Model> {
  if (model) return Promise.resolve(model);
  loading ??= import('@shared/model').then((loaded) => (model = loaded));
  return Dexie.currentTransaction ? Dexie.waitFor(loading) : loading;
}
