// A state office's ten years of records, made up but deterministic from a seed, for trying the app at
// scale and for the benchmark. Records come out in chunks, table by table, so memory stays small; the
// per-group, per-month aggregates are counted on the way and come out last.
import type { Meeting, RecordOf, RecordTable, Settings } from '@shared/model';
import { daysBetween, minDate } from './dates';
import { DigestBuilder, RECORD_BUCKETS, type MonthDigest, type MonthRecords } from './monthlyStats';
import { contextOf, type StateDatasetOptions } from './stateDatasetBase';
import { buildBookings, buildClosures } from './stateDatasetBookings';
import { buildDonors, donationRecords } from './stateDatasetGifts';
import { buildGroupPlans } from './stateDatasetGroups';
import { meetingRecords } from './stateDatasetMeetings';
import { buildPeople } from './stateDatasetPeople';
import { buildAffiliates, buildSettings, buildVenues } from './stateDatasetPlaces';

export { STATE_SIZE, type StateDatasetOptions, type StateDatasetSize } from './stateDatasetBase';

export type DatasetTable = 'settings' | RecordTable | 'monthlyStats' | 'monthRecords';
export type RowOf<T extends DatasetTable> = T extends 'settings'
  ? Settings
  : T extends 'monthlyStats'
    ? MonthDigest
    : T extends 'monthRecords'
      ? MonthRecords
      : T extends RecordTable
        ? RecordOf<T>
        : never;

export interface DatasetChunk<T extends DatasetTable = DatasetTable> {
  table: T;
  records: RowOf<T>[];
}

export interface StateDataset {
  /** about how many records the chunks hold (exact for every table but meetings), for a progress bar */
  estimatedTotal: number;
  chunks: Generator<DatasetChunk>;
}

const DEFAULT_CHUNK = 2000;
/** Share of a series' dates that end up with a record (closures and the unrecorded have none). */
const RECORDED_SHARE = 0.97;

export function stateDataset(options: StateDatasetOptions): StateDataset {
  const context = contextOf(options);
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK;
  const settings = buildSettings(context);
  const affiliates = buildAffiliates(context);
  const venues = buildVenues(context);
  const plans = buildGroupPlans(context, affiliates, venues);
  const people = buildPeople(context, plans, affiliates);
  const closures = buildClosures(context, plans, venues);
  const bookings = buildBookings(context, plans, venues);
  const donors = buildDonors(context);
  const schedules = plans.flatMap((plan) => plan.schedules);
  const groups = plans.map((plan) => plan.group);

  const minutes = new Map(schedules.map((schedule) => [schedule.id, schedule.durationMinutes]));
  const durationOf = (scheduleId: string) => minutes.get(scheduleId) ?? 90;
  const pastDates = schedules.reduce((sum, schedule) => {
    const days = daysBetween(schedule.startsOn, minDate(schedule.endsOn ?? context.today, context.today));
    const step = schedule.rule === 'weekly' ? 7 : schedule.rule === 'biweekly' ? 14 : 30.44;
    return sum + Math.max(0, days / step);
  }, 0);
  const estimatedMeetings = Math.round(pastDates * RECORDED_SHARE);
  const fixed =
    1 +
    affiliates.length +
    venues.length +
    groups.length +
    schedules.length +
    people.facilitators.length +
    people.trainings.length +
    closures.length +
    bookings.length +
    donors.length +
    context.size.donations;
  // Per month of the dataset's years: a row of counts, and up to RECORD_BUCKETS rows of records in brief.
  const estimatedStats = (1 + Math.min(RECORD_BUCKETS, groups.length)) * Math.round(context.size.years * 12);

  function* chunks(): Generator<DatasetChunk> {
    yield { table: 'settings', records: [settings] };
    yield* inChunks('affiliates', affiliates, chunkSize);
    yield* inChunks('venues', venues, chunkSize);
    yield* inChunks('facilitators', people.facilitators, chunkSize);
    yield* inChunks('trainings', people.trainings, chunkSize);
    yield* inChunks('groups', groups, chunkSize);
    yield* inChunks('schedules', schedules, chunkSize);
    yield* inChunks('closures', closures, chunkSize);
    yield* inChunks('bookings', bookings, chunkSize);
    const digests = new DigestBuilder(durationOf);
    let batch: Meeting[] = [];
    for (const meeting of meetingRecords(context, plans, people.stints, venues, closures)) {
      batch.push(meeting);
      if (batch.length < chunkSize) continue;
      digests.add(batch);
      yield { table: 'meetings', records: batch };
      batch = [];
    }
    if (batch.length > 0) {
      digests.add(batch);
      yield { table: 'meetings', records: batch };
    }
    yield* inChunks('donors', donors, chunkSize);
    yield* streamInChunks('donations', donationRecords(context, donors, plans, venues), chunkSize);
    // Month rows are large (every group's records in brief), so they go a few at a time.
    const rows = digests.finish();
    yield* inChunks('monthlyStats', rows.stats, 12);
    yield* inChunks('monthRecords', rows.records, 64);
  }

  return { estimatedTotal: fixed + estimatedMeetings + estimatedStats, chunks: chunks() };
}

function* inChunks<T extends DatasetTable>(table: T, records: RowOf<T>[], size: number): Generator<DatasetChunk<T>> {
  for (let start = 0; start < records.length; start += size) {
    yield { table, records: records.slice(start, start + size) };
  }
}

function* streamInChunks<T extends DatasetTable>(
  table: T,
  records: Iterable<RowOf<T>>,
  size: number,
): Generator<DatasetChunk<T>> {
  let batch: RowOf<T>[] = [];
  for (const record of records) {
    batch.push(record);
    if (batch.length < size) continue;
    yield { table, records: batch };
    batch = [];
  }
  if (batch.length > 0) yield { table, records: batch };
}
