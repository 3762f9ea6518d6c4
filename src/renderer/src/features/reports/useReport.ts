// The report's data, live: it follows every meeting recorded, gift logged or group changed.
import { useLiveQuery } from 'dexie-react-hooks';
import { loadReport, type ReportData } from '../../db/report';
import { useSharedQuery } from '../../db/sharedQuery';
import { loadReportExtras, type ReportExtras } from '../../db/reportExtras';
import type { ReportChoice } from './reportParams';

export function useReport(choice: ReportChoice, valid: boolean): ReportData | undefined {
  return useSharedQuery(valid ? `report:${choice.from}:${choice.to}:${choice.affiliate}` : null, () =>
    loadReport({ from: choice.from, to: choice.to, affiliateId: choice.affiliate || null }),
  );
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
