// Venues (donated meeting spaces): named reads and writes. Components never write to the table directly.
import { entityStore } from './records';

const store = entityStore('venues');
export const { create: createVenue, update: updateVenue, remove: deleteVenue, get: getVenue } = store;
