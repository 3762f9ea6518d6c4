// Donors: named reads and writes. Components never write to the table directly.
import { entityStore } from './records';

const store = entityStore('donors');
export const { create: createDonor, update: updateDonor, remove: deleteDonor, get: getDonor } = store;
