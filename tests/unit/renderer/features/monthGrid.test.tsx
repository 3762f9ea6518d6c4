// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MonthGrid, MONTH_DAY_LIMIT } from '../../../../src/renderer/src/features/calendar/MonthGrid';
import { capItems, type TodoItem } from '../../../../src/renderer/src/features/home/todos';
import type { Occurrence } from '../../../../src/renderer/src/domain/occurrences';
import type { Names } from '../../../../src/renderer/src/features/meetings/useNames';

afterEach(cleanup);

const occurrence = (groupId: string, date: string): Occurrence => ({
  key: `${groupId}|${date}`,
  scheduleId: `s-${groupId}`,
  groupId,
  originalDate: date,
  date,
  startTime: '18:30',
  durationMinutes: 90,
  timeZone: 'America/Chicago',
  venueId: null,
  room: '',
  state: 'upcoming',
  moved: false,
  cancelReason: null,
  closure: null,
  meeting: null,
});

const names: Names = {
  groups: new Map(),
  venues: new Map(),
  liveGroups: [],
  groupName: (id) => `Group ${id}`,
  venueName: () => '',
};

describe('the month grid', () => {
  const day = '2026-12-01';
  const busy = Array.from({ length: 7 }, (_, i) => occurrence(String(i + 1), day));
  const byDate = new Map([
    [day, busy],
    ['2026-12-02', [occurrence('8', '2026-12-02')]],
  ]);

  it('shows a few meetings a day in the month view and links to the rest in that week', () => {
    render(
      <MonthGrid from="2026-11-29" to="2027-01-02" month="2026-12" byDate={byDate} names={names} caption="December" />,
    );
    const cell = screen.getByText('Tuesday, December 1').closest('td')!;
    const links = within(cell).getAllByRole('link');
    expect(links).toHaveLength(MONTH_DAY_LIMIT);
    expect(links.slice(0, MONTH_DAY_LIMIT - 1).map((link) => link.textContent)).toEqual([
      expect.stringContaining('Group 1'),
      expect.stringContaining('Group 2'),
      expect.stringContaining('Group 3'),
    ]);
    const more = links[MONTH_DAY_LIMIT - 1]!;
    expect(more.textContent).toContain('4 more');
    expect(more.getAttribute('href')).toBe('#/calendar?view=week&date=2026-12-01');
    // A quiet day shows its one meeting and no "more" link.
    const quiet = screen.getByText('Wednesday, December 2').closest('td')!;
    expect(within(quiet).getAllByRole('link')).toHaveLength(1);
  });

  it('lists every meeting in the week view', () => {
    render(<MonthGrid from="2026-11-29" to="2026-12-05" month={null} byDate={byDate} names={names} caption="Week" />);
    const cell = screen.getByText('Tuesday, December 1').closest('td')!;
    expect(within(cell).getAllByRole('link')).toHaveLength(7);
  });
});

describe("Home's short lists", () => {
  const item = (n: number): TodoItem => ({ key: String(n), text: `item ${n}`, action: 'Open', to: `/${n}` });
  const more = (count: number): TodoItem => ({ key: 'more', text: `and ${count} more`, action: 'See all', to: '/all' });

  it('keep every item up to the limit', () => {
    expect(capItems([1, 2, 3].map(item), 3, more).map((i) => i.text)).toEqual(['item 1', 'item 2', 'item 3']);
  });

  it('sum up the rest in one item past it', () => {
    const capped = capItems([1, 2, 3, 4, 5].map(item), 3, more);
    expect(capped.map((i) => i.text)).toEqual(['item 1', 'item 2', 'and 3 more']);
  });
});
