// Says how many meetings are missing from the numbers, so a reader knows how far to trust them.
import type { ReportCounts } from '../../domain/report';
import { Notice } from '../../ui/Notice';

export function unrecordedSentence(totals: Pick<ReportCounts, 'unrecorded' | 'upcoming'>): string | null {
  const parts: string[] = [];
  if (totals.unrecorded > 0) {
    parts.push(
      totals.unrecorded === 1
        ? '1 past meeting is not recorded yet. It is not counted as held, and its attendance is not in the totals.'
        : `${totals.unrecorded} past meetings are not recorded yet. They are not counted as held, and their attendance is not in the totals.`,
    );
  }
  if (totals.upcoming > 0) {
    parts.push(
      totals.upcoming === 1 ? '1 meeting is still to come.' : `${totals.upcoming} meetings are still to come.`,
    );
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

export function UnrecordedNotice({ totals }: { totals: Pick<ReportCounts, 'unrecorded' | 'upcoming'> }) {
  const sentence = unrecordedSentence(totals);
  if (!sentence) return <p className="muted">Every meeting in this report is recorded.</p>;
  return <Notice kind={totals.unrecorded > 0 ? 'warning' : 'info'}>{sentence}</Notice>;
}
