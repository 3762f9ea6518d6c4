// The report's data, live: it follows every meeting recorded, gift logged or group changed.
import { useLiveQuery } from 'dexie-react-hooks';
import { loadReport, type ReportData } from '../../db/report';
import { useSharedQuery, warmQuery } from '../../db/sharedQuery';
import { loadReportExtras, type ReportExtras } from '../../db/reportExtras';
import { checkRange } from '../../domain/reportMonths';
import { choiceFrom, type ReportChoice } from './reportParams';

/** The shared query's name: everything the report depends on. */
const reportKey = (choice: ReportChoice) => `report:${choice.from}:${choice.to}:${choice.affiliate}`;
const readReport = (choice: ReportChoice) => () =>
  loadReport({ from: choice.from, to: choice.to, affiliateId: choice.affiliate || null });

export function useReport(choice: ReportChoice, valid: boolean): ReportData | undefined {
  return useSharedQuery(valid ? reportKey(choice) : null, readReport(choice));
}

/** Starts the report's read from its address, as the navigation to it begins (see screens.ts). */
export function readReportAhead(address: URL): void {
  const choice = choiceFrom(address.searchParams);
  if (checkRange(choice.from, choice.to).ok) warmQuery(reportKey(choice), readReport(choice));
}

export function useReportExtras(data: ReportData | undefined): ReportExtras | undefined {
  return useLiveQuery(async () => {
    if (!data) return undefined;
    return loadReportExtras({
      from: data.report.from,
      to: data.report.to,
      affiliateId: data.affiliate?.id ?? null,
      today: data.today,
      groups: data.groups,
      occurrences: data.occurrences,
    });
  }, [data]);
}
