// United States holidays a coordinator may want to close groups for, on their actual dates
// (not the weekday they are observed on: a group meets or not on the day itself).
import { toDate } from './dates';
import { nthWeekdayOfMonth } from './recurrence';

export interface Holiday {
  date: string;
  name: string;
}

const MONDAY = 1;
const THURSDAY = 4;

export function usHolidays(year: number): Holiday[] {
  const y = String(year).padStart(4, '0');
  const fixed = (monthDay: string, name: string): Holiday => ({ date: `${y}-${monthDay}`, name });
  const nth = (month: string, weekday: number, n: number, name: string): Holiday => ({
    date: nthWeekdayOfMonth(toDate(`${y}-${month}-01`), weekday, n),
    name,
  });
  return [
    fixed('01-01', "New Year's Day"),
    nth('01', MONDAY, 3, 'Martin Luther King Jr. Day'),
    nth('02', MONDAY, 3, "Presidents' Day"),
    nth('05', MONDAY, -1, 'Memorial Day'),
    fixed('06-19', 'Juneteenth'),
    fixed('07-04', 'Independence Day'),
    nth('09', MONDAY, 1, 'Labor Day'),
    nth('10', MONDAY, 2, "Columbus Day / Indigenous Peoples' Day"),
    fixed('11-11', 'Veterans Day'),
    nth('11', THURSDAY, 4, 'Thanksgiving Day'),
    fixed('12-24', 'Christmas Eve'),
    fixed('12-25', 'Christmas Day'),
    fixed('12-31', "New Year's Eve"),
  ];
}
