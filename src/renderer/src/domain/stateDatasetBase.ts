// What every part of the state-scale dataset shares: its size, its span of days, and record stamps.
import type { BaseRecord } from '@shared/model';
import { daysBetween, plusDays } from './dates';
import type { Random } from './stateDatasetRandom';

/** How much of everything to make. STATE_SIZE is a state office with ten years of records. */
export interface StateDatasetSize {
  affiliates: number;
  groups: number;
  years: number;
  venues: number;
  donors: number;
  donations: number;
  facilitators: number;
  /** one-off venue bookings, besides the one that each series with a venue has */
  singleBookings: number;
}

export const STATE_SIZE: StateDatasetSize = {
  affiliates: 40,
  groups: 150,
  years: 10,
  venues: 300,
  donors: 3000,
  donations: 10000,
  facilitators: 600,
  singleBookings: 1200,
};

export interface StateDatasetOptions {
  seed: number;
  /** the dataset's ten years end here, so Home and the calendar look current */
  today: string;
  timeZone: string;
  deviceId: string;
  size?: StateDatasetSize;
  /** records per yielded chunk (the loader writes one chunk per bulkAdd) */
  chunkSize?: number;
}

export interface DatasetContext {
  seed: number;
  today: string;
  /** the first day of the dataset's span */
  start: string;
  /** how far ahead series are expanded for upcoming moves and cancellations */
  horizon: string;
  timeZone: string;
  deviceId: string;
  size: StateDatasetSize;
}

export function contextOf(options: StateDatasetOptions): DatasetContext {
  const size = options.size ?? STATE_SIZE;
  if (size.facilitators < size.groups * 3 + 8) {
    throw new Error('The dataset needs at least three facilitators per group, plus a few in the pipeline.');
  }
  return {
    seed: options.seed,
    today: options.today,
    start: plusDays(options.today, -Math.round(size.years * 365.25)),
    horizon: plusDays(options.today, 56),
    timeZone: options.timeZone,
    deviceId: options.deviceId,
    size,
  };
}

/** Base fields for a record made on a given day (stamped mid-afternoon UTC, so the day never shifts). */
export function baseOn(context: DatasetContext, random: Random, on: string): BaseRecord {
  const stamp = `${on}T15:${String(random.int(0, 59)).padStart(2, '0')}:00.000Z`;
  return { id: random.uuid(), createdAt: stamp, updatedAt: stamp, deletedAt: null, changedBy: context.deviceId };
}

/** A day picked evenly from..to (both included). */
export function dayBetween(random: Random, from: string, to: string): string {
  return plusDays(from, random.int(0, Math.max(0, daysBetween(from, to))));
}

export const phoneOf = (random: Random): string =>
  `(${random.int(200, 989)}) 555-${String(random.int(100, 199)).padStart(4, '0')}`;
