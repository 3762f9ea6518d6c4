// Dates on the donation screens: "Mar 14, 2026" (short, with the year, since gifts span years).
import { format } from 'date-fns';
import { toDate } from '../../domain/dates';

export const shortDate = (isoDate: string): string => format(toDate(isoDate), 'MMM d, yyyy');
