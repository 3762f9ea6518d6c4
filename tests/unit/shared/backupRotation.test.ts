import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backupsToRemove, KEEP_DAYS, KEEP_MONTHS, KEEP_TODAY, type RotationEntry } from '@shared/backupRotation';

// Days in UTC so the test means the same on every machine.
const utcDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const at = (iso: string) => Date.parse(iso);
const NOW = at('2026-10-06T18:00:00.000Z');
const keep = (entries: RotationEntry[], now = NOW) => {
  const removed = new Set(backupsToRemove(entries, { now, dayOf: utcDay }));
  return entries.filter((entry) => !removed.has(entry.key)).map((entry) => entry.key);
};
const entry = (iso: string, pinned = false): RotationEntry => ({ key: iso, time: at(iso), pinned });

describe('backup rotation', () => {
  it('keeps the last 3 of today', () => {
    const today = ['01', '05', '09', '12', '15', '17'].map((h) => entry(`2026-10-06T${h}:00:00.000Z`));
    expect(keep(today)).toEqual(['2026-10-06T12:00:00.000Z', '2026-10-06T15:00:00.000Z', '2026-10-06T17:00:00.000Z']);
  });

  it('keeps the newest of each of the 14 days before today, and no day older than that', () => {
    const entries: RotationEntry[] = [];
    for (let daysAgo = 1; daysAgo <= 20; daysAgo += 1) {
      for (const hour of [8, 20])
        entries.push({ key: `${daysAgo}-${hour}`, time: NOW - daysAgo * 86_400_000 + (hour - 18) * 3_600_000 });
    }
    const kept = keep(entries);
    // Days 1–14 before today keep their evening backup; days 15–20 fall to the monthly rule (September).
    for (let daysAgo = 1; daysAgo <= KEEP_DAYS; daysAgo += 1) expect(kept).toContain(`${daysAgo}-20`);
    for (let daysAgo = 1; daysAgo <= KEEP_DAYS; daysAgo += 1) expect(kept).not.toContain(`${daysAgo}-8`);
    // Day 6 is Sep 30: the newest of September, also the monthly keeper; nothing older from September.
    expect(kept.filter((key) => Number(key.split('-')[0]) > KEEP_DAYS)).toEqual([]);
  });

  it('keeps the newest of each of the 12 months before this one, and nothing older', () => {
    const entries: RotationEntry[] = [];
    for (let monthsAgo = 1; monthsAgo <= 18; monthsAgo += 1) {
      const month = new Date(Date.UTC(2026, 9 - monthsAgo, 1));
      const ym = month.toISOString().slice(0, 7);
      entries.push(entry(`${ym}-03T10:00:00.000Z`), entry(`${ym}-25T10:00:00.000Z`));
    }
    // Sep 25 is 11 days ago, so it is also a daily keeper; Sep 3 is 33 days ago.
    const kept = keep(entries);
    expect(kept).toHaveLength(KEEP_MONTHS);
    expect(kept.every((key) => key.includes('-25T'))).toBe(true);
    expect(kept).toContain('2025-10-25T10:00:00.000Z');
    expect(kept).not.toContain('2025-09-25T10:00:00.000Z');
  });

  it('counts today’s safety backups apart: they never push today’s other backups out, nor those them', () => {
    const hourly = ['09', '10', '11'].map((h) => entry(`2026-10-06T${h}:00:00.000Z`));
    const safety = ['12', '13', '14', '15'].map((h) => entry(`2026-10-06T${h}:00:00.000Z`, true));
    expect(keep([...hourly, ...safety])).toEqual([
      ...hourly.map((item) => item.key),
      ...['13', '14', '15'].map((h) => `2026-10-06T${h}:00:00.000Z`),
    ]);
  });

  it('always keeps the newest safety backup and anything dated in the future', () => {
    const entries = [
      entry('2024-01-01T10:00:00.000Z', true),
      entry('2023-06-01T10:00:00.000Z', true),
      entry('2027-01-01T10:00:00.000Z'),
    ];
    expect(keep(entries).sort()).toEqual(['2024-01-01T10:00:00.000Z', '2027-01-01T10:00:00.000Z']);
  });

  it('keeps every backup written in the same millisecond as the newest: which came last cannot be told', () => {
    // fast-check's counterexample: two backups in the same millisecond, both older than 12 months. Only
    // one was kept (the one whose key sorts last), so the other newest backup was lost.
    const time = at('2024-07-28T18:00:00.021Z');
    expect(
      keep([
        { key: 'k0', time },
        { key: 'k1', time },
      ]),
    ).toEqual(['k0', 'k1']);
    // The same within the 14 days, where a day keeps only one: both newest stay, the older one goes.
    const dayAgo = at('2026-10-05T09:30:00.000Z');
    const names = ['backup-2026-10-05T09-30-00-000Z-quit.json', 'backup-2026-10-05T09-30-00-000Z-hourly.json'];
    expect(
      keep([{ key: names[0]!, time: dayAgo }, { key: names[1]!, time: dayAgo }, entry('2026-10-05T08:00:00.000Z')]),
    ).toEqual(names);
  });

  it('never keeps more than 3 + 14 + 12 + pinned + future (+ ties with the newest), and never removes the newest', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: NOW - 800 * 86_400_000, max: NOW }), { maxLength: 300 }), (times) => {
        const entries = times.map((time, index) => ({ key: `k${index}`, time }));
        const kept = keep(entries);
        const newestTime = Math.max(...times);
        const newest = entries.filter((item) => item.time === newestTime);
        // Backups in the same millisecond as the newest are all kept: beyond one, they may add to the count.
        expect(kept.length).toBeLessThanOrEqual(KEEP_TODAY + KEEP_DAYS + KEEP_MONTHS + Math.max(0, newest.length - 1));
        for (const item of newest) expect(kept).toContain(item.key);
        // Rotating again removes nothing more: the rule is stable.
        const again = entries.filter((item) => kept.includes(item.key));
        expect(keep(again)).toEqual(again.map((item) => item.key));
      }),
    );
  });
});
