import { describe, expect, it } from 'vitest';
import {
  addMonths,
  checkRange,
  isReportMonth,
  lastDayOf,
  monthsBetween,
  previousMonth,
  rangeLabel,
  shortMonth,
} from '../../../../src/renderer/src/domain/reportMonths';
import { axisTicks, layoutBars, niceStep, yOf } from '../../../../src/renderer/src/domain/chart';

describe('report months', () => {
  it('steps across years both ways', () => {
    expect(addMonths('2026-11', 2)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-10', -11)).toBe('2025-11');
  });

  it('lists the months of a range, inclusive', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03', '2026-02')).toEqual([]);
  });

  it('knows the last day of each month, leap years included', () => {
    expect(lastDayOf('2026-10')).toBe('2026-10-31');
    expect(lastDayOf('2026-02')).toBe('2026-02-28');
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2026-11')).toBe('2026-11-30');
  });

  it('reports on the month before today by default', () => {
    expect(previousMonth('2026-11-05')).toBe('2026-10');
    expect(previousMonth('2027-01-01')).toBe('2026-12');
  });

  it('names ranges the way people say them', () => {
    expect(rangeLabel('2026-10', '2026-10')).toBe('October 2026');
    expect(rangeLabel('2026-08', '2026-10')).toBe('August–October 2026');
    expect(rangeLabel('2025-11', '2026-01')).toBe('November 2025 – January 2026');
    expect(shortMonth('2026-01', false)).toBe('Jan');
    expect(shortMonth('2026-01', true)).toBe('Jan ’26');
  });

  it('refuses ranges that are backwards, too long, or not months', () => {
    expect(checkRange('2026-10', '2026-10')).toEqual({ ok: true, from: '2026-10', to: '2026-10' });
    expect(checkRange('2025-11', '2026-10').ok).toBe(true);
    expect(checkRange('2025-10', '2026-10')).toEqual({
      ok: false,
      message: 'A report covers at most 12 months. Choose a shorter range.',
    });
    expect(checkRange('2026-11', '2026-10').ok).toBe(false);
    expect(checkRange('2026-13', '2026-10').ok).toBe(false);
    expect(checkRange('October', '2026-10').ok).toBe(false);
  });

  it('takes a year only once it is whole: a year being typed passes through 0002, 0020 and 0202', () => {
    expect(['0002-08', '0020-08', '0202-08', '1899-12'].map(isReportMonth)).toEqual([false, false, false, false]);
    expect(['1900-01', '2025-08'].map(isReportMonth)).toEqual([true, true]);
    expect(checkRange('0002-08', '0002-08')).toEqual({
      ok: false,
      message: 'Choose the first and last month of the report.',
    });
  });
});

describe('chart geometry', () => {
  it('steps the axis by 1, 2, 2.5 or 5 times a power of ten, in whole numbers', () => {
    expect(niceStep(11)).toBe(5);
    expect(niceStep(78)).toBe(20);
    expect(niceStep(650)).toBe(200);
    expect(niceStep(4800)).toBe(2000);
    expect(niceStep(3)).toBe(1);
    expect(niceStep(0)).toBe(1);
    expect(niceStep(669, 3)).toBe(250);
    expect(niceStep(9, 4)).toBe(5);
  });

  it('ends the axis at the first step at or above the largest value', () => {
    expect(axisTicks(11)).toEqual([0, 5, 10, 15]);
    expect(axisTicks(80)).toEqual([0, 20, 40, 60, 80]);
    expect(axisTicks(0)).toEqual([0, 1]);
    expect(axisTicks(669, 3)).toEqual([0, 250, 500, 750]);
  });

  it('lays bars side by side, as tall as their share of the axis', () => {
    const frame = { left: 10, top: 0, width: 120, height: 100 };
    const bars = layoutBars([0, 50, 100], frame, 100, 0.5);
    expect(bars.map((bar) => bar.height)).toEqual([0, 50, 100]);
    expect(bars.map((bar) => bar.y)).toEqual([100, 50, 0]);
    expect(bars.map((bar) => bar.x)).toEqual([20, 60, 100]);
    expect(bars.map((bar) => bar.width)).toEqual([20, 20, 20]);
    expect(yOf(25, frame, 100)).toBe(75);
  });
});
