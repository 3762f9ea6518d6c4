// Local affiliates: named reads and writes. Components never write to the table directly.
import { entityStore } from './records';

const store = entityStore('affiliates');
export const { create: createAffiliate, update: updateAffiliate, remove: deleteAffiliate, get: getAffiliate } = store;
