import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { goTo, openApp } from './support/app';
import { addDays, nextWeekday, shortDate, todayInZone } from './support/dates';

const VENUE = 'Lakeside Library';
const FIRST = 'Maple Tuesday Connection';
const SECOND = 'Harbor Tuesday Connection';

async function addVenueWithTwoRooms(page: Page) {
  await goTo(page, 'Venues');
  await expect(page.getByText('No venues yet')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'on the empty venue list');
  await page.getByRole('link', { name: 'Add venue' }).click();
  await page.getByLabel('Venue name').fill(VENUE);
  await page.getByLabel('Address').fill('15 Shore Road\nLakeside, IL 61101');
  await page.getByLabel('Rooms').fill('Oak Room\nStudy Room B');
  await page.getByLabel('Capacity (people)').fill('24');
  await page.getByLabel('Contact name').fill('Rosa Jimenez');
  await page.getByLabel('Contact email').fill('rooms@lakesidelibrary.example.org');
  await page.getByLabel('Step-free entrance').check();
  await page.getByLabel('Accessible restroom').check();
  await page.getByLabel('Cost per meeting ($)').fill('0');
  await page.getByLabel('Fair rental value per meeting ($)').fill('75.00');
  await expectNoSeriousA11yViolations(page, 'on the venue form');
  await page.getByRole('button', { name: 'Save venue' }).click();
  await expect(page.getByRole('heading', { name: VENUE, level: 1 })).toBeVisible();
  await expect(page.getByRole('status').first()).toContainText(`${VENUE} was added`);
  await expect(page.getByText('Oak Room, Study Room B')).toBeVisible();
  await expect(page.getByText('Donated (fair rental value $75.00 a meeting)')).toBeVisible();
}

/** Creates a group with a weekly Tuesday series at the venue's Oak Room; returns the group's id. */
async function addGroupMeetingAtVenue(
  page: Page,
  name: string,
  series: { startTime: string; startsOn: string; lastDate?: string },
): Promise<string> {
  await goTo(page, 'Groups');
  await page.getByRole('link', { name: 'Add group' }).first().click();
  await page.getByLabel('Group name').fill(name);
  await page.getByLabel('Language').fill('English');
  await page.getByRole('button', { name: 'Save group' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  const groupId = /#\/groups\/([^/?]+)/.exec(page.url())?.[1] ?? '';
  expect(groupId).not.toBe('');

  await page.getByRole('link', { name: 'Add a meeting schedule' }).click();
  await page.getByRole('radio', { name: 'Every week' }).check();
  await page.getByLabel('Day of the week').selectOption({ label: 'Tuesday' });
  await page.getByLabel('Start time').fill(series.startTime);
  await page.getByLabel('Venue').selectOption({ label: VENUE });
  await page.getByLabel('Room').selectOption({ label: 'Oak Room' });
  await page.getByLabel('First meeting on or after').fill(series.startsOn);
  if (series.lastDate) await page.getByLabel('Last date (optional)').fill(series.lastDate);
  await page.getByRole('button', { name: 'Save schedule' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  return groupId;
}

async function openVenue(page: Page) {
  await goTo(page, 'Venues');
  await page.getByRole('link', { name: VENUE }).click();
  await expect(page.getByRole('heading', { name: VENUE, level: 1 })).toBeVisible();
}

async function startBooking(page: Page, group: string, series: string) {
  await openVenue(page);
  await page.getByRole('link', { name: 'Add booking' }).click();
  await expect(page.getByRole('heading', { name: `Add a booking at ${VENUE}`, level: 1 })).toBeVisible();
  await page.getByLabel('Group', { exact: true }).selectOption({ label: group });
  await page.getByRole('radio', { name: 'Every meeting of a series' }).check();
  await page.getByLabel('Meeting series').selectOption({ label: series });
  await expect(page.getByLabel('Room')).toHaveValue('Oak Room');
}

test('a second group booked into a taken room: the clashing dates are listed, skipped and cancelled', async ({
  page,
}) => {
  const today = todayInZone();
  const firstTuesday = nextWeekday(addDays(today, 1), 2);
  const weeks = [0, 7, 14, 21].map((days) => addDays(firstTuesday, days));

  await openApp(page);
  await addVenueWithTwoRooms(page);
  await expectNoSeriousA11yViolations(page, 'on the venue page');

  // The first group meets for three Tuesdays, 6:30–8:00 PM; the second every Tuesday from 7:00 PM.
  await addGroupMeetingAtVenue(page, FIRST, { startTime: '18:30', startsOn: firstTuesday, lastDate: weeks[2] });
  const secondId = await addGroupMeetingAtVenue(page, SECOND, { startTime: '19:00', startsOn: firstTuesday });

  // Book the first group's weekly series: the room is free.
  await startBooking(page, FIRST, 'Every Tuesday, 6:30–8:00 PM');
  await page.getByLabel('Status').selectOption({ label: 'Confirmed' });
  await expectNoSeriousA11yViolations(page, 'on the booking form');
  await page.getByRole('button', { name: 'Save booking' }).click();
  await expect(page.getByRole('heading', { name: VENUE, level: 1 })).toBeVisible();
  await expect(page.getByRole('status').first()).toContainText('Booking saved.');
  await expect(page.getByRole('link', { name: new RegExp(`^Booking for ${FIRST}`) })).toBeVisible();

  // Book the second group at an overlapping time in the same room: three dates clash.
  await startBooking(page, SECOND, 'Every Tuesday, 7:00–8:30 PM');
  await page.getByRole('button', { name: 'Save booking' }).click();
  const panel = page.getByRole('region', { name: /This booking clashes with other bookings on 3 dates/ });
  await expect(panel).toBeVisible();
  const rows = panel.getByRole('table', { name: 'Conflicting dates' }).getByRole('row');
  await expect(rows).toHaveCount(4); // a header and three dates
  for (const [index, date] of weeks.slice(0, 3).entries()) {
    await expect(rows.nth(index + 1)).toContainText(shortDate(date));
    await expect(rows.nth(index + 1)).toContainText(`${FIRST}, 6:30–8:00 PM (Oak Room)`);
  }
  await expect(panel.getByRole('button', { name: 'Change the booking' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'on the conflict list');

  await panel.getByRole('button', { name: 'Save and skip conflicting dates' }).click();
  await expect(page.getByRole('heading', { name: VENUE, level: 1 })).toBeVisible();
  await expect(page.getByRole('status').first()).toContainText(
    '3 dates were marked cancelled because of a room conflict',
  );
  await expect(page.getByRole('link', { name: new RegExp(`^Booking for ${SECOND}`) })).toBeVisible();

  // On the second group's calendar the three dates are cancelled for the room conflict; the fourth is not.
  for (const date of weeks) {
    await page.goto(`./#/calendar?view=week&date=${date}&group=${secondId}`);
    const chip = page.getByRole('link', { name: new RegExp(`^${SECOND} ?, ${shortDate(date)} at`) });
    if (date === weeks[3]) await expect(chip).toHaveAccessibleName(/Upcoming/);
    else await expect(chip).toHaveAccessibleName(/Cancelled: Room conflict/);
  }

  // The second booking is only requested, with its first meeting within 14 days: Home says so.
  await goTo(page, 'Home');
  const toConfirm = page.getByRole('region', { name: 'Bookings to confirm' });
  await expect(toConfirm).toContainText(`${VENUE} has not yet confirmed ${SECOND}'s booking`);
  await expectNoSeriousA11yViolations(page, 'on Home with bookings to confirm');
});

test('the venue page keeps a contact log and counts its donated space', async ({ page }) => {
  await openApp(page);
  await addVenueWithTwoRooms(page);
  await expect(page.getByRole('region', { name: 'Donated space' })).toContainText(
    'Last 12 months: 0 meetings held, $0.00 of donated space.',
  );
  await page.getByLabel('Date of the call or email').fill('2026-02-10');
  await page.getByLabel('What was said').fill('Called Rosa: Tuesday evenings are free through June.');
  await page.getByRole('button', { name: 'Add to contact log' }).click();
  await expect(page.getByText('Note added to the contact log.')).toBeVisible();
  const log = page.getByRole('region', { name: 'Contact log' });
  await expect(log.getByRole('listitem')).toHaveCount(1);
  await expect(log.getByRole('listitem')).toContainText('Tuesday evenings are free through June.');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Contact log' }).getByRole('listitem')).toHaveCount(1);
  await expectNoSeriousA11yViolations(page, 'on the venue page with a contact log');
});

test('bad venue and booking input is refused next to the field, and nothing is saved', async ({ page }) => {
  await openApp(page);
  await goTo(page, 'Venues');
  await page.getByRole('link', { name: 'Add venue' }).click();
  await page.getByLabel('Venue name').fill('Grove Church');
  await page.getByLabel('Rooms').fill('Fellowship Hall');
  await page.getByLabel('Contact email').fill('office.grovechurch.example.org');
  await page.getByLabel('Cost per meeting ($)').fill('-25');
  await page.getByRole('button', { name: 'Save venue' }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing was saved');
  await expect(page.getByLabel('Contact email')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter an email address like name@example.org')).toHaveCount(2);
  await expect(page.getByLabel('Cost per meeting ($)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('The amount cannot be negative')).toHaveCount(2);
  await expectNoSeriousA11yViolations(page, 'on the venue form with errors');
  await goTo(page, 'Venues');
  await expect(page.getByText('No venues yet')).toBeVisible();

  // A good venue, then a one-date booking that ends before it starts.
  await addVenueWithTwoRooms(page);
  await addGroupMeetingAtVenue(page, FIRST, { startTime: '18:30', startsOn: nextWeekday(todayInZone(), 2) });
  await openVenue(page);
  await page.getByRole('link', { name: 'Add booking' }).click();
  await page.getByLabel('Group', { exact: true }).selectOption({ label: FIRST });
  await page.getByRole('radio', { name: 'One date only' }).check();
  await page.getByLabel('Date', { exact: true }).fill(addDays(todayInZone(), 10));
  await page.getByLabel('Start time').fill('19:30');
  await page.getByLabel('End time').fill('18:00');
  await page.getByRole('button', { name: 'Save booking' }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing was saved');
  await expect(page.getByLabel('End time')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('The end time must be after the start time')).toHaveCount(2);
  await expectNoSeriousA11yViolations(page, 'on the booking form with errors');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No bookings yet.')).toBeVisible();
});
