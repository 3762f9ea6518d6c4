// Home's two meeting sections come from one read of the lookback and the week ahead; they list exactly
// what a read of each range alone would.
import { beforeEach, describe, expect, it } from 'vitest';
import { occurrencesBetween } from '../../../../../src/renderer/src/db/meetings';
import { loadSampleData } from '../../../../../src/renderer/src/db/sample';
import { plusDays, todayIso } from '../../../../../src/renderer/src/domain/dates';
import {
  HOME_MEETING_LIMIT,
  RECORD_LOOKBACK_DAYS,
  meetingSections,
} from '../../../../../src/renderer/src/features/home/meetingTodos';
import { resetDatabase } from '../../db/resetDb';

beforeEach(resetDatabase);

/** The keys a section lists, the "more" item standing for the rest. */
const listed = (keys: string[]) =>
  keys.length <= HOME_MEETING_LIMIT ? keys : [...keys.slice(0, HOME_MEETING_LIMIT - 1), 'more'];

describe("Home's meeting sections", () => {
  it('list the meetings to record and this week’s meetings as separate reads of each range would', async () => {
    await loadSampleData();
    const today = todayIso();
    const [toRecord, thisWeek] = await meetingSections(today);
    const past = await occurrencesBetween(plusDays(today, -RECORD_LOOKBACK_DAYS), plusDays(today, -1), { today });
    const week = await occurrencesBetween(today, plusDays(today, 6), { today });
    const unrecorded = past.filter((occurrence) => occurrence.state === 'unrecorded').map((o) => o.key);
    expect(unrecorded.length).toBeGreaterThan(0);
    expect(week.length).toBeGreaterThan(0);
    expect(toRecord!.items.map((item) => item.key)).toEqual(listed(unrecorded));
    expect(thisWeek!.items.map((item) => item.key)).toEqual(listed(week.map((o) => o.key)));
  });
});
