// The report's number columns, headed the same in the month table and the state roll-up.
export const MEETING_COUNT_HEADINGS = ['Scheduled', 'Held', 'Cancelled', 'Not recorded'] as const;
export const OUTCOME_HEADINGS = [
  'Attendance',
  'First-time',
  'Average per meeting',
  'Facilitator hours',
  'In-kind value',
] as const;

export function NumberHeadings({ labels }: { labels: readonly string[] }) {
  return labels.map((label) => (
    <th key={label} scope="col" className="number">
      {label}
    </th>
  ));
}
