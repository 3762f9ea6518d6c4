// In-kind donations: named reads and writes. Components never write to the table directly.
import { entityStore } from './records';

const store = entityStore('donations');
export const { create: createDonation, update: updateDonation, remove: deleteDonation, get: getDonation } = store;
