// Venue bookings: named reads and writes. Components never write to the table directly.
import { entityStore } from './records';

const store = entityStore('bookings');
export const { create: createBooking, update: updateBooking, remove: deleteBooking, get: getBooking } = store;
