// Closures (holidays, a venue closed): named reads and writes. Components never write to the table directly.
import { entityStore } from './records';

const store = entityStore('closures');
export const { create: createClosure, update: updateClosure, remove: deleteClosure, get: getClosure } = store;
