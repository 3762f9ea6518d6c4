// Backups in the words the Backup screen uses: when, why, how big, and what they hold.
import { differenceInMinutes, format } from 'date-fns';
import type { BackupReason, BackupTable } from '@shared/backupFiles';
import { toDate } from './dates';

export const REASON_LABELS: Record<BackupReason, string> = {
  start: 'When the app started',
  hourly: 'Hourly, while you worked',
  quit: 'When the app closed',
  manual: 'Backed up by you',
  safety: 'Just before a restore',
};

/** "Tue, Oct 6, 2026, 6:30 PM" in the computer's time zone. */
export const whenWritten = (instant: string): string => format(new Date(instant), 'EEE, MMM d, yyyy, h:mm a');

/** "just now", "12 minutes ago", "3 hours ago", "2 days ago" */
export function howLongAgo(instant: string, now: Date): string {
  const minutes = Math.max(0, differenceInMinutes(now, new Date(instant)));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return minutes === 1 ? '1 minute ago' : `${minutes} minutes ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return hours === 1 ? '1 hour ago' : `${hours} hours ago`;
  return `${Math.floor(hours / 24)} days ago`;
}

/** "Mar 2, 2016" */
export const calendarDay = (isoDate: string): string => format(toDate(isoDate), 'MMM d, yyyy');

/** "840 KB", "36.4 MB", "1.2 GB" */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 100 || unit === 0 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

const NOUNS: Partial<Record<BackupTable, [string, string]>> = {
  groups: ['group', 'groups'],
  meetings: ['meeting record', 'meeting records'],
  facilitators: ['facilitator', 'facilitators'],
  venues: ['venue', 'venues'],
  donations: ['donation', 'donations'],
};

/** "4 groups, 42 meeting records, 8 facilitators, 3 venues, 4 donations" */
export function countsInWords(counts: Partial<Record<string, number>>): string {
  return Object.entries(NOUNS)
    .map(([table, [one, many]]) => {
      const count = counts[table] ?? 0;
      return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
    })
    .join(', ');
}

/** "Backing up: 2,000 of 98,000 records", or "Backing up: 2,000 records so far" while the total is not known. */
export function progressWords(phase: 'backup' | 'read' | 'check' | 'restore' | 'rebuild', done: number, total: number) {
  const of =
    total > 0
      ? `: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} records`
      : done > 0
        ? `: ${done.toLocaleString('en-US')} ${done === 1 ? 'record' : 'records'} so far`
        : '…';
  switch (phase) {
    case 'backup':
      return `Backing up${of}`;
    case 'read':
      return 'Reading the file…';
    case 'check':
      return `Checking the backup${of}`;
    case 'restore':
      return `Restoring${of}`;
    case 'rebuild':
      return 'Recounting the monthly figures…';
  }
}
