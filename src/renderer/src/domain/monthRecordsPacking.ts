// How a month's records in brief are stored: one JSON text per row instead of an object per record.
//
// A row of monthRecords holds, for each of its groups, every record of the month in brief (ten fields).
// Stored as objects, the browser writes every field's name with every record, and reads the row back
// object by object; at state scale the rows came to 18.5 MB beside 50 MB of records, written again by
// every restore, and Home's three months were 451 KB to read. Packed, each group lists its series and
// venues once and each record is a short array that refers to them, with the month's own dates as day
// numbers: about a third of the size, and one string for the browser to copy. The packing lives only
// in storage: a Dexie middleware (db/monthRecordsCodec.ts) packs every row written and unpacks every
// row read, so the rest of the app sees MonthRecords as before. Rows stored before packing are read as
// they are.
import type { DigestRecord, MonthRecords } from './monthlyStats';

/** A row of monthRecords as stored. */
export interface PackedMonthRecords {
  month: string;
  bucket: number;
  /** JSON: [groupId, seriesIds, venueIds, records, groupId, …], each record a Tuple */
  packed: string;
}

/**
 * One record in brief: [id, series (index), date, originalDate (0: the same as date), startTime,
 * venue (index, -1: none), room, outcome (0: none, 1: held, 2: cancelled), attendance, cancelReason].
 * A date in the row's month is its day number; any other date is written out. Trailing fields that
 * hold their default are left off.
 */
type Tuple = [string, number, number | string, ...(number | string | null)[]];

const OUTCOMES = [null, 'held', 'cancelled'] as const;
/** The defaults of the fields that may be left off the end, by position. */
const DEFAULTS: readonly (number | string | null)[] = [0, null, -1, null, 0, null, ''];
const FIRST_OPTIONAL = 3;

const DAY = /^(0[1-9]|[12]\d|3[01])$/;

const dayOf = (date: string, month: string): number | string =>
  date.length === 10 && date.startsWith(`${month}-`) && DAY.test(date.slice(8)) ? Number(date.slice(8)) : date;

const dateOf = (value: number | string, month: string): string =>
  typeof value === 'number' ? `${month}-${String(value).padStart(2, '0')}` : value;

function indexIn(list: string[], value: string): number {
  const at = list.indexOf(value);
  if (at >= 0) return at;
  list.push(value);
  return list.length - 1;
}

function packRecord(record: DigestRecord, month: string, series: string[], venues: string[]): Tuple {
  const outcome = OUTCOMES.indexOf(record.outcome);
  if (outcome < 0) throw new Error(`A meeting record has an outcome the app does not know: ${String(record.outcome)}`);
  const tuple: Tuple = [
    record.id,
    indexIn(series, record.scheduleId),
    dayOf(record.date, month),
    record.originalDate === record.date ? 0 : dayOf(record.originalDate, month),
    record.startTime,
    record.venueId === null ? -1 : indexIn(venues, record.venueId),
    record.room,
    outcome,
    record.attendance,
    record.cancelReason,
  ];
  while (tuple.length > FIRST_OPTIONAL && tuple[tuple.length - 1] === DEFAULTS[tuple.length - 1 - FIRST_OPTIONAL]) {
    tuple.pop();
  }
  return tuple;
}

function unpackRecord(tuple: Tuple, month: string, series: string[], venues: string[]): DigestRecord {
  const field = (position: number) => (position < tuple.length ? tuple[position] : DEFAULTS[position - FIRST_OPTIONAL]);
  const date = dateOf(tuple[2], month);
  const originalDate = field(3);
  const venue = field(5) as number;
  return {
    id: tuple[0],
    scheduleId: series[tuple[1]]!,
    originalDate: originalDate === 0 ? date : dateOf(originalDate as number | string, month),
    date,
    startTime: field(4) as string | null,
    venueId: venue === -1 ? null : venues[venue]!,
    room: field(6) as string | null,
    outcome: OUTCOMES[field(7) as number]!,
    attendance: field(8) as number | null,
    cancelReason: field(9) as string,
  };
}

export function isPacked(row: MonthRecords | PackedMonthRecords): row is PackedMonthRecords {
  return typeof (row as Partial<PackedMonthRecords>).packed === 'string';
}

/** The row as stored. A row already packed is returned as it is. */
export function packMonthRecords(row: MonthRecords | PackedMonthRecords): PackedMonthRecords {
  if (isPacked(row)) return row;
  const { month, bucket } = row;
  const parts: unknown[] = [];
  for (const [groupId, records] of Object.entries(row.groups)) {
    const series: string[] = [];
    const venues: string[] = [];
    const tuples = records.map((record) => packRecord(record, month, series, venues));
    parts.push(groupId, series, venues, tuples);
  }
  return { month, bucket, packed: JSON.stringify(parts) };
}

/** The row as the app reads it. A row stored before packing is returned as it is. */
export function unpackMonthRecords(row: MonthRecords | PackedMonthRecords): MonthRecords {
  if (!isPacked(row)) return row;
  const { month, bucket } = row;
  const parts = JSON.parse(row.packed) as unknown[];
  const groups: Record<string, DigestRecord[]> = {};
  for (let at = 0; at + 3 < parts.length; at += 4) {
    const series = parts[at + 1] as string[];
    const venues = parts[at + 2] as string[];
    groups[parts[at] as string] = (parts[at + 3] as Tuple[]).map((tuple) => unpackRecord(tuple, month, series, venues));
  }
  return { month, bucket, groups };
}
