// The report's choices live in the address (?from=2026-10&to=2026-10&affiliate=…), so the printable
// page, a bookmark and the back button all show the same report.
import { useSearchParams } from '../../ui/router';
import { todayIso } from '../../domain/dates';
import { checkRange, previousMonth, type RangeCheck } from '../../domain/reportMonths';

export interface ReportChoice {
  from: string;
  to: string;
  /** '' for the whole organisation */
  affiliate: string;
}

export function defaultChoice(today: string = todayIso()): ReportChoice {
  const month = previousMonth(today);
  return { from: month, to: month, affiliate: '' };
}

export function choiceFrom(params: URLSearchParams, today?: string): ReportChoice {
  const fallback = defaultChoice(today);
  // ?month=2026-10 is short for one month (from=2026-10&to=2026-10).
  const from = params.get('from') ?? params.get('month') ?? params.get('to') ?? fallback.from;
  return { from, to: params.get('to') ?? from, affiliate: params.get('affiliate') ?? '' };
}

export function choiceQuery(choice: ReportChoice): string {
  const params = new URLSearchParams({ from: choice.from, to: choice.to });
  if (choice.affiliate) params.set('affiliate', choice.affiliate);
  return params.toString();
}

export function useReportChoice(): [ReportChoice, RangeCheck, (choice: ReportChoice) => void] {
  const [params, setParams] = useSearchParams();
  const choice = choiceFrom(params);
  const set = (next: ReportChoice) => setParams(new URLSearchParams(choiceQuery(next)), { replace: true });
  return [choice, checkRange(choice.from, choice.to), set];
}

/** A file-name-safe version of the report's scope, e.g. "NAMI Riverbend - 2026-10". */
export function fileStem(scope: string, from: string, to: string): string {
  const safe = scope
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
  const months = from === to ? from : `${from} to ${to}`;
  return `${safe || 'Monthly summary'} - ${months}`;
}
