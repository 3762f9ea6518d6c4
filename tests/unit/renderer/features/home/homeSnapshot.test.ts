// @vitest-environment happy-dom
// Home's list kept for the next start: shown only for its own database and day, never when unreadable,
// and forgotten as soon as anything Home reads changes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../../src/renderer/src/db/database';
import {
  forgetOnChange,
  readHomeSnapshot,
  saveHomeSnapshot,
} from '../../../../../src/renderer/src/features/home/homeSnapshot';
import { HOME_TABLES, type TodoSection } from '../../../../../src/renderer/src/features/home/useHomeTodos';
import { resetDatabase } from '../../db/resetDb';

const KEY = 'connection-coordinator.home:';
const sections: TodoSection[] = [
  {
    key: 'record',
    title: 'Meetings to record',
    items: [
      {
        key: 'm1',
        text: 'Lakeside Group, Tue, Dec 1',
        action: 'Record',
        actionLabel: 'Record Lakeside',
        to: '/meetings/s1/2026-12-01',
      },
    ],
  },
];

beforeEach(async () => {
  localStorage.clear();
  await resetDatabase();
});
afterEach(() => localStorage.clear());

describe('the kept Home list', () => {
  it('comes back for the same database on the same day, and not on another day or database', () => {
    expect(readHomeSnapshot('cc-a', '2026-11-26')).toBeNull();
    saveHomeSnapshot('cc-a', '2026-11-26', sections);
    expect(readHomeSnapshot('cc-a', '2026-11-26')).toEqual(sections);
    expect(readHomeSnapshot('cc-b', '2026-11-26')).toBeNull();
    expect(readHomeSnapshot('cc-a', '2026-11-27')).toBeNull();
    // Another day's list is dropped, not kept for later.
    expect(localStorage.getItem(`${KEY}cc-a`)).toBeNull();
  });

  it('keeps one database’s list: a switch to a new database leaves nothing of the old one', () => {
    saveHomeSnapshot('cc-old', '2026-11-26', sections);
    saveHomeSnapshot('cc-new', '2026-11-26', sections);
    expect(localStorage.getItem(`${KEY}cc-old`)).toBeNull();
    expect(readHomeSnapshot('cc-new', '2026-11-26')).toEqual(sections);
  });

  it.each([
    ['text that is not JSON', '{"version":1,'],
    ['another version', JSON.stringify({ version: 2, day: '2026-11-26', sections })],
    ['sections of the wrong shape', JSON.stringify({ version: 1, day: '2026-11-26', sections: [{ key: 1 }] })],
    [
      'an item without its link',
      JSON.stringify({
        version: 1,
        day: '2026-11-26',
        sections: [{ ...sections[0], items: [{ key: 'x', text: 'x', action: 'x' }] }],
      }),
    ],
  ])('is ignored and dropped when it holds %s', (_, text) => {
    localStorage.setItem(`${KEY}cc-a`, text);
    expect(readHomeSnapshot('cc-a', '2026-11-26')).toBeNull();
    expect(localStorage.getItem(`${KEY}cc-a`)).toBeNull();
  });

  it('is forgotten when a table Home reads changes, and kept when another does', async () => {
    const stop = forgetOnChange(db.name, HOME_TABLES);
    try {
      saveHomeSnapshot(db.name, '2026-11-26', sections);
      await db.local.put({ key: 'some-local-state', value: 1 });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(readHomeSnapshot(db.name, '2026-11-26')).toEqual(sections);

      await db.transaction('rw', db.donors, () => db.donors.put({ id: 'd1', name: 'Corner Bakery' } as never));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(readHomeSnapshot(db.name, '2026-11-26')).toBeNull();
    } finally {
      stop();
    }
  });
});
