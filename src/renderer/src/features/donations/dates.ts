// Dates on the donation screens: "Mar 14, 2026" (short, with the year, since gifts span years).
export { monthDayYear as shortDate } from '../../domain/wording';
