// Recurring meeting series: named reads and writes. Components never write to the table directly.
import { entityStore } from './records';

const store = entityStore('schedules');
export const { create: createSchedule, update: updateSchedule, remove: deleteSchedule, get: getSchedule } = store;
