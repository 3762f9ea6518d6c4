// @vitest-environment happy-dom
// The calendar and the report start their reads from the address as the router begins the navigation;
// the screen then joins that same read instead of starting a second one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { forgetSharedQueries, useSharedQuery } from '../../../../src/renderer/src/db/sharedQuery';

const readReportBase = vi.hoisted(() => vi.fn(async () => ({ base: true })));
const readReportRange = vi.hoisted(() => vi.fn(async (from: string, to: string) => ({ from, to })));
const assembleReport = vi.hoisted(() =>
  vi.fn((base: object, range: object, request: { affiliateId: string | null }) => ({ ...base, ...range, request })),
);
const occurrencesBetween = vi.hoisted(() =>
  vi.fn(async (from: string, to: string, options: { groupIds?: string[] }) => [{ from, to, groups: options.groupIds }]),
);
vi.mock('../../../../src/renderer/src/db/report', () => ({
  readReportBase,
  readReportRange,
  assembleReport,
  REPORT_BASE_TABLES: () => [],
  REPORT_RANGE_TABLES: () => [],
}));
vi.mock('../../../../src/renderer/src/db/meetings', () => ({ occurrencesBetween }));

const { readReportAhead, useReport } = await import('../../../../src/renderer/src/features/reports/useReport');
const { calendarChoice, calendarQuery, readCalendarAhead } =
  await import('../../../../src/renderer/src/features/calendar/calendarQuery');
const { viewRange } = await import('../../../../src/renderer/src/features/calendar/calendarRange');

afterEach(() => {
  cleanup();
  forgetSharedQueries();
  vi.clearAllMocks();
});

describe('reading the report ahead', () => {
  it('starts the reads the report screen then shows, once', async () => {
    readReportAhead(new URL('http://app.local/reports?from=2025-08&to=2025-09&affiliate=a1'));
    await waitFor(() => expect(readReportRange).toHaveBeenCalledTimes(1));
    expect(readReportRange).toHaveBeenCalledWith('2025-08', '2025-09');
    expect(readReportBase).toHaveBeenCalledTimes(1);
    const { result } = renderHook(() => useReport({ from: '2025-08', to: '2025-09', affiliate: 'a1' }, true));
    await waitFor(() =>
      expect(result.current).toEqual({
        base: true,
        from: '2025-08',
        to: '2025-09',
        request: { from: '2025-08', to: '2025-09', affiliateId: 'a1' },
      }),
    );
    expect(readReportRange).toHaveBeenCalledTimes(1);
    expect(readReportBase).toHaveBeenCalledTimes(1);
  });

  it('keeps the small tables for the next report, and reads only the new range', async () => {
    const first = renderHook(() => useReport({ from: '2025-08', to: '2025-08', affiliate: '' }, true));
    await waitFor(() => expect(first.result.current).toBeDefined());
    first.unmount();
    const second = renderHook(() => useReport({ from: '2024-01', to: '2024-03', affiliate: '' }, true));
    await waitFor(() => expect(second.result.current).toMatchObject({ from: '2024-01', to: '2024-03' }));
    expect(readReportBase).toHaveBeenCalledTimes(1);
    expect(readReportRange).toHaveBeenCalledTimes(2);
  });

  it('reads nothing for a range the screen will refuse', async () => {
    readReportAhead(new URL('http://app.local/reports?from=2025-09&to=2025-02'));
    readReportAhead(new URL('http://app.local/reports?from=August&to=2025-08'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(readReportRange).not.toHaveBeenCalled();
    expect(readReportBase).not.toHaveBeenCalled();
  });
});

describe('reading the calendar ahead', () => {
  const showing = (address: string, groupIds: string[] | undefined) => {
    const choice = calendarChoice(new URL(address).searchParams);
    const { from, to } = viewRange(choice.view, choice.anchor);
    const query = calendarQuery(from, to, groupIds);
    return renderHook(() => useSharedQuery(query.key, query.read)).result;
  };

  it('starts the month the calendar screen then shows, once', async () => {
    const address = 'http://app.local/calendar?date=2025-08-01';
    readCalendarAhead(new URL(address));
    await waitFor(() => expect(occurrencesBetween).toHaveBeenCalledTimes(1));
    expect(occurrencesBetween.mock.calls[0]?.slice(0, 2)).toEqual(['2025-07-27', '2025-09-06']);
    const result = showing(address, undefined);
    await waitFor(() => expect(result.current).toHaveLength(1));
    expect(occurrencesBetween).toHaveBeenCalledTimes(1);
  });

  it('reads one group’s week for a group filter', async () => {
    const address = 'http://app.local/calendar?view=week&date=2025-08-06&group=g1';
    readCalendarAhead(new URL(address));
    await waitFor(() => expect(occurrencesBetween).toHaveBeenCalledTimes(1));
    expect(occurrencesBetween.mock.calls[0]).toEqual([
      '2025-08-03',
      '2025-08-09',
      expect.objectContaining({ groupIds: ['g1'] }),
    ]);
    showing(address, ['g1']);
    await waitFor(() => expect(occurrencesBetween).toHaveBeenCalledTimes(1));
  });

  it('leaves an affiliate’s view to the screen, which needs the names to know its groups', async () => {
    readCalendarAhead(new URL('http://app.local/calendar?affiliate=a1'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(occurrencesBetween).not.toHaveBeenCalled();
  });
});
