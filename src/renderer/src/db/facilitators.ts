// Volunteer facilitators: named reads and writes. Components never write to the table directly.
import { entityStore } from './records';

const store = entityStore('facilitators');
export const {
  create: createFacilitator,
  update: updateFacilitator,
  remove: deleteFacilitator,
  get: getFacilitator,
} = store;
