// Facilitator trainings: named reads and writes. Components never write to the table directly.
import { entityStore } from './records';

const store = entityStore('trainings');
export const { create: createTraining, update: updateTraining, remove: deleteTraining, get: getTraining } = store;
