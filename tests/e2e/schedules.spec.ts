import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { goTo, loadSampleData, openApp, pageStatus } from './support/app';
import { addDays, nextWeekday, shortDate, todayInZone } from './support/dates';

const GROUP = 'Lakeside Tuesday Connection';

async function createGroupWithTuesdaySeries(page: Page, startsOn: string) {
  await openApp(page);
  await goTo(page, 'Groups');
  await page.getByRole('link', { name: 'Add group' }).first().click();
  await page.getByLabel('Group name').fill(GROUP);
  await page.getByLabel('Language').fill('English');
  await page.getByRole('button', { name: 'Save group' }).click();
  await expect(page.getByRole('heading', { name: GROUP, level: 1 })).toBeVisible();

  await page.getByRole('link', { name: 'Add a meeting schedule' }).click();
  await page.getByRole('radio', { name: 'Every week' }).check();
  await page.getByLabel('Day of the week').selectOption({ label: 'Tuesday' });
  await page.getByLabel('Start time').fill('18:30');
  await expect(page.getByLabel('Length (minutes)')).toHaveValue('90');
  await page.getByLabel('First meeting on or after').fill(startsOn);
  await page.getByRole('button', { name: 'Save schedule' }).click();
  await expect(page.getByRole('heading', { name: GROUP, level: 1 })).toBeVisible();
  await expect(page.getByText('Every Tuesday, 6:30–8:00 PM')).toBeVisible();
}

/** The calendar's link for a meeting of the group on a date (its name states time and state). */
const chip = (page: Page, date: string) =>
  page.getByRole('link', { name: new RegExp(`^${GROUP}\\W+${shortDate(date)} at`) });

test('a weekly series: calendar, closure, a one-off move, a record, and all kept after reload', async ({ page }) => {
  const today = todayInZone();
  const startsOn = addDays(nextWeekday(today, 2), -28); // four Tuesdays ago
  const pastTuesday = addDays(startsOn, 7);
  const closedTuesday = addDays(nextWeekday(addDays(today, 1), 2), 7); // a Tuesday 1–2 weeks ahead
  const movedTuesday = addDays(closedTuesday, 7);
  const movedTo = addDays(movedTuesday, 1); // the Wednesday after

  await createGroupWithTuesdaySeries(page, startsOn);
  await expectNoSeriousA11yViolations(page, 'on the group page');

  // The series is on the calendar (agenda view lists the weeks ahead).
  await goTo(page, 'Calendar');
  await page.getByRole('button', { name: 'Agenda' }).click();
  await expect(page.getByRole('cell', { name: shortDate(closedTuesday) }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Month' }).click();
  await expectNoSeriousA11yViolations(page, 'on the calendar');

  // A closure on one Tuesday cancels that meeting, with its reason.
  await page.getByRole('link', { name: 'Closures and holidays' }).click();
  await page.getByLabel('First day').fill(closedTuesday);
  await page.getByLabel('Reason').fill('Library closed for repairs');
  await page.getByRole('button', { name: 'Add closure' }).click();
  await expect(pageStatus(page)).toContainText('Closure added');
  await expectNoSeriousA11yViolations(page, 'on closures');

  await page.goto(`./#/calendar?view=week&date=${closedTuesday}`);
  await expect(chip(page, closedTuesday)).toHaveAccessibleName(/Cancelled: Library closed for repairs/);

  // Move only the next Tuesday's meeting to Wednesday.
  await page.goto(`./#/calendar?view=week&date=${movedTuesday}`);
  await chip(page, movedTuesday).click();
  await page.getByRole('button', { name: 'Move only this meeting' }).click();
  await page.getByLabel('New date').fill(movedTo);
  await page.getByRole('button', { name: 'Move meeting' }).click();
  await expect(pageStatus(page)).toContainText('Meeting moved');
  await page.goto(`./#/calendar?view=week&date=${movedTuesday}`);
  await expect(chip(page, movedTo)).toHaveAccessibleName(new RegExp(`Moved from ${shortDate(movedTuesday)}`));
  await expect(chip(page, movedTuesday)).toHaveCount(0);

  // Record attendance for a past meeting, after one refused try.
  await page.goto(`./#/calendar?view=week&date=${pastTuesday}`);
  await chip(page, pastTuesday).click();
  await page.getByLabel('Attendance (total)').fill('7');
  await page.getByLabel('First-time attendees').fill('9');
  await page.getByRole('button', { name: 'Save meeting record' }).click();
  await expect(page.getByText("First-time attendees can't be more than the total").first()).toBeVisible();
  await expect(page.getByLabel('First-time attendees')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('First-time attendees').fill('2');
  await page.getByLabel('Notes').fill('Talked about sleep and routines.');
  await page.getByRole('button', { name: 'Save meeting record' }).click();
  await expect(pageStatus(page)).toContainText('Meeting recorded');
  await expectNoSeriousA11yViolations(page, 'on the record screen');

  // After a reload everything is as it was left.
  await page.reload();
  await page.goto(`./#/calendar?view=week&date=${pastTuesday}`);
  await expect(chip(page, pastTuesday)).toHaveAccessibleName(/Held, 7 came/);
  await page.goto(`./#/calendar?view=week&date=${closedTuesday}`);
  await expect(chip(page, closedTuesday)).toHaveAccessibleName(/Cancelled: Library closed for repairs/);
  await page.goto(`./#/calendar?view=week&date=${movedTuesday}`);
  await expect(chip(page, movedTo)).toHaveAccessibleName(/Moved from/);
});

test('clearing a record and removing a closure ask first; a meeting still to come can only be called off', async ({
  page,
}) => {
  const today = todayInZone();
  const pastTuesday = addDays(nextWeekday(today, 2), -7);
  const nextTuesday = nextWeekday(addDays(today, 1), 2);
  await createGroupWithTuesdaySeries(page, addDays(pastTuesday, -7));

  // A meeting next week: "held" is not offered yet, and the page says from when.
  await page.goto(`./#/calendar?view=week&date=${nextTuesday}`);
  await chip(page, nextTuesday).click();
  await expect(page.getByLabel('The meeting was held')).toBeDisabled();
  await expect(page.getByLabel('The meeting was cancelled')).toBeChecked();
  await expect(page.getByText(/you can record how it went from that day/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'on a meeting still to come');

  // Clearing a record asks first, naming what goes; Escape keeps it.
  await page.goto(`./#/calendar?view=week&date=${pastTuesday}`);
  await chip(page, pastTuesday).click();
  await page.getByLabel('Attendance (total)').fill('11');
  await page.getByRole('button', { name: 'Save meeting record' }).click();
  await expect(pageStatus(page)).toContainText('Meeting recorded');
  await page.getByRole('button', { name: 'Clear this record' }).click();
  const clear = page.getByRole('dialog', { name: /^Clear the record for / });
  await expect(clear).toContainText('held, 11 came');
  await expectNoSeriousA11yViolations(page, 'on the clear-record confirmation');
  await page.keyboard.press('Escape');
  await expect(clear).toBeHidden();
  await page.goto(`./#/calendar?view=week&date=${pastTuesday}`);
  await expect(chip(page, pastTuesday)).toHaveAccessibleName(/Held, 11 came/);
  await chip(page, pastTuesday).click();
  await page.getByRole('button', { name: 'Clear this record' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Clear the record' }).click();
  await expect(pageStatus(page)).toContainText('The record was cleared');
  await page.goto(`./#/calendar?view=week&date=${pastTuesday}`);
  await expect(chip(page, pastTuesday)).toHaveAccessibleName(/Not yet recorded/);

  // Removing a closure asks first too.
  await page.goto('./#/calendar/closures');
  await page.getByLabel('First day').fill(nextTuesday);
  await page.getByLabel('Reason').fill('Library closed for repairs');
  await page.getByRole('button', { name: 'Add closure' }).click();
  await expect(pageStatus(page)).toContainText('Closure added');
  // A meeting can't be moved onto the closed day: it would quietly become cancelled.
  await page.goto(`./#/calendar?view=week&date=${pastTuesday}`);
  await chip(page, pastTuesday).click();
  await page.getByRole('button', { name: 'Move only this meeting' }).click();
  await page.getByLabel('New date').fill(nextTuesday);
  await page.getByRole('button', { name: 'Move meeting' }).click();
  await expect(page.getByRole('alert')).toContainText('is closed (Library closed for repairs); choose another day');
  await page.goto('./#/calendar/closures');
  await page.getByRole('button', { name: /^Remove the closure on / }).click();
  const remove = page.getByRole('dialog', { name: 'Remove the closure “Library closed for repairs”?' });
  await expect(remove).toContainText('All groups');
  await remove.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('cell', { name: 'Library closed for repairs', exact: true })).toBeVisible();
  await page.getByRole('button', { name: /^Remove the closure on / }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove the closure' }).click();
  await expect(pageStatus(page)).toContainText('Closure removed: Library closed for repairs.');
  await expect(page.getByText('No closures yet.')).toBeVisible();
});

test('a name in meeting notes draws a warning; a group is found by search and filters', async ({ page }) => {
  const today = todayInZone();
  await createGroupWithTuesdaySeries(page, addDays(nextWeekday(today, 2), -14));
  await page
    .getByRole('link', { name: /^Record / })
    .first()
    .click();
  await page.getByLabel('Notes').fill('Maria Lopez shared a lot tonight');
  await expect(page.getByText(/looks like it may name a person/)).toBeVisible();

  await goTo(page, 'Groups');
  await page.getByLabel('Search groups').fill('lakeside');
  await expect(page.getByRole('link', { name: GROUP })).toBeVisible();
  await page.getByLabel('Status').selectOption({ label: 'Paused' });
  await expect(page.getByRole('link', { name: GROUP })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'on the groups list');
});

test('this and later: a new series from a date keeps earlier records', async ({ page }) => {
  const today = todayInZone();
  const startsOn = addDays(nextWeekday(today, 2), -21);
  await createGroupWithTuesdaySeries(page, startsOn);
  // Record the first meeting as held.
  await page.goto(`./#/meetings/${await scheduleIdOf(page)}/${startsOn}`);
  await page.getByLabel('Attendance (total)').fill('5');
  await page.getByRole('button', { name: 'Save meeting record' }).click();
  await expect(pageStatus(page)).toContainText('Meeting recorded');

  // From next week on the group meets on Thursdays at 7 PM.
  const from = nextWeekday(addDays(today, 1), 2);
  await page.getByRole('link', { name: 'Change this and later meetings' }).click();
  await page.getByLabel('Starting with the meeting on').fill(from);
  await page.getByLabel('Day of the week').selectOption({ label: 'Thursday' });
  await page.getByLabel('Start time').fill('19:00');
  await page.getByRole('button', { name: 'Save the change' }).click();
  await expect(page.getByText('Every Thursday, 7:00–8:30 PM')).toBeVisible();
  await expect(page.getByText('Earlier schedules (1)').or(page.getByText('Every Tuesday, 6:30–8:00 PM'))).toBeVisible();

  await page.goto(`./#/calendar?view=week&date=${startsOn}`);
  await expect(chip(page, startsOn)).toHaveAccessibleName(/Held, 5 came/);
  await page.goto(`./#/calendar?view=week&date=${from}`);
  await expect(chip(page, addDays(from, 2))).toBeVisible();
  await expect(chip(page, from)).toHaveCount(0);
});

async function scheduleIdOf(page: Page): Promise<string> {
  const href = await page.getByRole('link', { name: 'Change schedule' }).first().getAttribute('href');
  const match = /schedules\/([^/]+)\/edit/.exec(href ?? '');
  if (!match?.[1]) throw new Error(`no schedule link: ${href}`);
  return match[1];
}

test('a group can be paused, ended and deleted after a confirmation that names it', async ({ page }) => {
  await createGroupWithTuesdaySeries(page, todayInZone());
  const nextTuesday = nextWeekday(addDays(todayInZone(), 1), 2);
  const weekOf = `./#/calendar?view=week&date=${nextTuesday}`;
  const groupPage = page.url();
  // Pausing calls its meetings off from tomorrow, with the reason, until it is active again.
  await page.getByRole('button', { name: 'Pause group' }).click();
  await expect(pageStatus(page)).toContainText('Group paused. Its meetings from tomorrow are called off');
  await expect(page.getByRole('definition').filter({ hasText: 'Paused' })).toBeVisible();
  await page.goto(weekOf);
  await expect(chip(page, nextTuesday)).toHaveAccessibleName(/Cancelled: Group paused/);
  await page.goto('./#/calendar/closures');
  await expect(page.getByRole('cell', { name: /^From .*, until the group is made active again$/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'on closures with a paused group');
  await page.goto(groupPage);
  await page.getByRole('button', { name: 'Make group active' }).click();
  await expect(pageStatus(page)).toContainText('Group is active again. Its meetings from today are back');
  await page.goto(weekOf);
  await expect(chip(page, nextTuesday)).toHaveAccessibleName(/Upcoming/);

  // Ending the group ends its series today: no meeting after today is expected of it.
  await page.goto(groupPage);
  await page.getByRole('button', { name: 'End group' }).click();
  await expect(pageStatus(page)).toContainText('Group ended. Its meetings after today are off the calendar.');
  await expect(page.getByText(/Every Tuesday, 6:30–8:00 PM.* until /)).toBeVisible();
  await page.goto(weekOf);
  await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();
  await expect(chip(page, nextTuesday)).toHaveCount(0);
  await page.goto(groupPage);

  // Escape closes the confirmation and nothing is deleted.
  await page.getByRole('button', { name: 'Delete group' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete ${GROUP}?` });
  await expect(dialog).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'on the delete confirmation');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await goTo(page, 'Groups');
  await expect(page.getByRole('link', { name: GROUP })).toBeVisible();

  await page.getByRole('link', { name: GROUP }).click();
  await page.getByRole('button', { name: 'Delete group' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(pageStatus(page)).toContainText(`${GROUP} was deleted`);
  await expect(page.getByRole('link', { name: GROUP })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('No groups yet')).toBeVisible();
});

test('the calendar works from the keyboard', async ({ page }) => {
  const today = todayInZone();
  await createGroupWithTuesdaySeries(page, addDays(nextWeekday(today, 2), -7));
  await goTo(page, 'Calendar');
  const week = page.getByRole('button', { name: 'Week' });
  await week.focus();
  await page.keyboard.press('Enter');
  await expect(week).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Next' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter'); // "Previous"
  // Tab from the navigation buttons reaches the week's meeting, and Enter opens it.
  await expect(page.getByRole('link', { name: new RegExp(`^${GROUP}`) }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).focus();
  let reached = false;
  for (let i = 0; i < 10 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.classList.contains('chip') ?? false);
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(GROUP) })).toBeVisible();
});

/** A new group whose series takes the library's Oak Room on the first Tuesday of each month at 7 PM. */
async function addFirstTuesdayInOakRoom(page: Page) {
  await goTo(page, 'Groups');
  await page.getByRole('link', { name: 'Add group' }).first().click();
  await page.getByLabel('Group name').fill('First Tuesday Family Group');
  await page.getByRole('button', { name: 'Save group' }).click();
  await page.getByRole('link', { name: 'Add a meeting schedule' }).click();
  await page.getByRole('radio', { name: 'Once a month' }).check();
  await page.getByLabel('Which week of the month').selectOption({ label: 'First' });
  await page.getByLabel('Day of the week').selectOption({ label: 'Tuesday' });
  await page.getByLabel('Start time').fill('19:00');
  await page.getByLabel('Venue').selectOption({ label: 'Riverbend Public Library' });
  await page.getByLabel('Room').selectOption('Oak Room');
  await page.getByRole('button', { name: 'Save schedule' }).click();
}

test('a series in a room that is already booked lists the clashes; changing the room clears them', async ({ page }) => {
  await loadSampleData(page); // Downtown Tuesday Connection has the Oak Room every Tuesday at 6:30 PM
  await addFirstTuesdayInOakRoom(page);

  const panel = page.getByRole('region', { name: /This series clashes with other bookings on \d+ dates/ });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('row').filter({ hasText: 'Downtown Tuesday Connection' }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'on the schedule conflict list');

  await page.getByRole('button', { name: 'Change the series' }).click();
  await page.getByLabel('Room').selectOption('Study Room B');
  await page.getByRole('button', { name: 'Save schedule' }).click();
  await expect(pageStatus(page)).toContainText('Schedule added.');
  await expect(page.getByText('First Tuesday of each month, 7:00–8:30 PM')).toBeVisible();
  await page.getByRole('button', { name: 'Create a booking for Riverbend Public Library' }).click();
  await expect(page.getByText('Booking requested at Riverbend Public Library.')).toBeVisible();
});

/** "Monday, April 6, 2026", as the app writes long dates. */
const longDate = (iso: string): string =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-US', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });

test('a new place "this and later" is checked in the series a later change split off; skip cancels its clash', async ({
  page,
}) => {
  await loadSampleData(page); // First Community Church has a Fellowship Hall
  const first = nextWeekday(addDays(todayInZone(), 1), 2);
  const split = addDays(first, 28); // from here the group meets at 6:30 PM, a series of its own
  const clash = addDays(split, 14);
  await goTo(page, 'Groups');
  await page.getByRole('link', { name: 'Add group' }).first().click();
  await page.getByLabel('Group name').fill(GROUP);
  await page.getByRole('button', { name: 'Save group' }).click();
  await page.getByRole('link', { name: 'Add a meeting schedule' }).click();
  await page.getByRole('radio', { name: 'Every week' }).check();
  await page.getByLabel('Day of the week').selectOption({ label: 'Tuesday' });
  await page.getByLabel('Start time').fill('17:00');
  await page.getByLabel('First meeting on or after').fill(first);
  await page.getByRole('button', { name: 'Save schedule' }).click();
  await expect(page.getByText('Every Tuesday, 5:00–6:30 PM')).toBeVisible();
  await page.goto(`./#/meetings/${await scheduleIdOf(page)}/${split}`);
  await page.getByRole('link', { name: 'Change this and later meetings' }).click();
  await page.getByLabel('Start time').fill('18:30');
  await page.getByRole('button', { name: 'Save the change' }).click();
  await expect(page.getByText('Every Tuesday, 6:30–8:00 PM')).toBeVisible();

  // Another group has the church hall on one Tuesday of the later part.
  await goTo(page, 'Venues');
  await page.getByRole('link', { name: 'First Community Church' }).click();
  await page.getByRole('link', { name: 'Add booking' }).click();
  await page.getByLabel('Group', { exact: true }).selectOption({ label: 'Grove Avenue Thursday Connection' });
  await page.getByRole('radio', { name: 'One date only' }).check();
  await page.getByLabel('Date', { exact: true }).fill(clash);
  await page.getByLabel('Start time').fill('18:30');
  await page.getByLabel('End time').fill('20:00');
  await page.getByLabel('Room').selectOption({ label: 'Fellowship Hall' });
  await page.getByRole('button', { name: 'Save booking' }).click();
  await expect(page.getByRole('status').first()).toContainText('Booking saved.');

  // "All meetings" of the first part stops where the later part starts, and says so.
  await goTo(page, 'Groups');
  await page.getByRole('link', { name: GROUP }).click();
  await page.getByRole('link', { name: 'Change schedule' }).first().click();
  await expect(
    page.getByText(`This changes the meetings of this series, until ${longDate(addDays(split, -1))}.`),
  ).toBeVisible();
  await expect(page.getByText(`Later meetings follow a change made from ${longDate(split)}`)).toBeVisible();

  // From the second meeting on, at the church: the 5 PM part is free, the later 6:30 PM part is not.
  await page.getByRole('radio', { name: 'This and later meetings' }).check();
  await expect(page.getByText('This changes the meetings of this series')).toHaveCount(0);
  await page.getByLabel('Starting with the meeting on').fill(addDays(first, 7));
  await page.getByLabel('Venue').selectOption({ label: 'First Community Church' });
  await page.getByLabel('Room').selectOption('Fellowship Hall');
  await page.getByRole('button', { name: 'Save the change' }).click();
  const panel = page.getByRole('region', { name: 'This series clashes with other bookings on 1 date' });
  await expect(panel).toBeVisible();
  await expect(
    panel
      .getByRole('row')
      .filter({ hasText: shortDate(clash) })
      .filter({ hasText: 'Grove Avenue Thursday Connection' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Save and skip conflicting dates' }).click();
  await expect(pageStatus(page)).toContainText('Schedule changed. 1 conflicting date was cancelled (room conflict).');
  // Both parts now meet at the church and are offered a booking.
  await expect(page.getByRole('button', { name: 'Create a booking for First Community Church' })).toHaveCount(2);

  await page.goto(`./#/calendar?view=week&date=${clash}`);
  await expect(chip(page, clash)).toHaveAccessibleName(/Cancelled: Room conflict/);
  await page.goto(`./#/calendar?view=week&date=${addDays(clash, 7)}`);
  await expect(chip(page, addDays(clash, 7))).not.toHaveAccessibleName(/Cancelled/);
});

test('a series moved to another venue leaves its old booking behind: no clash there, no reminder', async ({ page }) => {
  await loadSampleData(page); // Downtown Tuesday Connection has the library's Oak Room every Tuesday at 6:30 PM
  await expect(
    page.getByText(/The agreement with Riverbend Public Library for Downtown Tuesday Connection/),
  ).toBeVisible();

  // The group moves to the church, for the whole series.
  await goTo(page, 'Groups');
  await page.getByRole('link', { name: 'Downtown Tuesday Connection' }).click();
  await page.getByRole('link', { name: 'Change schedule' }).first().click();
  await expect(page.getByRole('radio', { name: 'All meetings, past and future' })).toBeChecked();
  await page.getByLabel('Venue').selectOption({ label: 'First Community Church' });
  await page.getByLabel('Room').selectOption('Fellowship Hall');
  await page.getByRole('button', { name: 'Save the change' }).click();
  await expect(pageStatus(page)).toContainText('Schedule changed.');

  // Home no longer asks to renew the library's agreement for it: the group no longer meets there.
  await goTo(page, 'Home');
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  await expect(
    page.getByText(/The agreement with Riverbend Public Library for Downtown Tuesday Connection/),
  ).toHaveCount(0);

  // The library's page still lists the booking, and says it holds no room now.
  await goTo(page, 'Venues');
  await page.getByRole('link', { name: 'Riverbend Public Library' }).click();
  const bookings = page.getByRole('table', { name: 'Bookings at Riverbend Public Library' });
  await expect(bookings.getByRole('row').filter({ hasText: 'Downtown Tuesday Connection' })).toContainText(
    'The series now meets at another venue, so this booking holds no room here.',
  );
  await expectNoSeriousA11yViolations(page, 'on a venue page with a booking left behind');
  await page.screenshot({ path: test.info().outputPath('venue-booking-left-behind.png'), fullPage: true });

  // Another group takes the Oak Room on Tuesday evenings: the booking left behind does not clash.
  await addFirstTuesdayInOakRoom(page);
  await expect(pageStatus(page)).toContainText('Schedule added.');
  await expect(page.getByRole('region', { name: /This series clashes with other bookings/ })).toHaveCount(0);
});
