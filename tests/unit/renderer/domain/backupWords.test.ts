import { describe, expect, it } from 'vitest';
import {
  countsInWords,
  fileSize,
  howLongAgo,
  progressWords,
  calendarDay,
} from '../../../../src/renderer/src/domain/backupWords';

describe('backups in words', () => {
  it('give sizes the way a file window does', () => {
    expect(fileSize(512)).toBe('512 bytes');
    expect(fileSize(36_375)).toBe('36 KB');
    expect(fileSize(48 * 1024 * 1024)).toBe('48.0 MB');
    expect(fileSize(1.25 * 1024 ** 3)).toBe('1.3 GB');
  });

  it('say how long ago, never in decimals', () => {
    const now = new Date('2026-10-06T18:00:00Z');
    expect(howLongAgo('2026-10-06T17:59:40Z', now)).toBe('just now');
    expect(howLongAgo('2026-10-06T17:59:00Z', now)).toBe('1 minute ago');
    expect(howLongAgo('2026-10-06T17:48:00Z', now)).toBe('12 minutes ago');
    expect(howLongAgo('2026-10-06T15:00:00Z', now)).toBe('3 hours ago');
    expect(howLongAgo('2026-10-02T18:00:00Z', now)).toBe('4 days ago');
  });

  it('name what a backup holds with counts and plurals', () => {
    expect(countsInWords({ groups: 1, meetings: 76_776, facilitators: 600, venues: 0 })).toBe(
      '1 group, 76,776 meeting records, 600 facilitators, 0 venues, 0 donations',
    );
  });

  it('label progress with records done and to do', () => {
    expect(progressWords('backup', 2000, 92_683)).toBe('Backing up: 2,000 of 92,683 records');
    expect(progressWords('check', 0, 0)).toBe('Checking the backup…');
    // A backup learns its total only at the end: until then it says how far it has come.
    expect(progressWords('backup', 0, 0)).toBe('Backing up…');
    expect(progressWords('backup', 1, 0)).toBe('Backing up: 1 record so far');
    expect(progressWords('backup', 30_000, 0)).toBe('Backing up: 30,000 records so far');
    expect(progressWords('read', 0, 0)).toBe('Reading the file…');
    expect(calendarDay('2016-03-02')).toBe('Mar 2, 2016');
  });
});
