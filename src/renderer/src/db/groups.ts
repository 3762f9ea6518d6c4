// Support groups: named reads and writes. Components never write to the table directly.
import { entityStore } from './records';

const store = entityStore('groups');
export const { create: createGroup, update: updateGroup, remove: deleteGroup, get: getGroup } = store;
