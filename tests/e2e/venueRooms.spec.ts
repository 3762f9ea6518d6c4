// The rooms of a venue: a series, a booking and a moved meeting each name their room (or the whole
// venue) on purpose, a room in use is not renamed away, and a move into a booked room is checked.
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { goTo, openApp, pageStatus } from './support/app';
import { addDays, nextWeekday, shortDate, todayInZone } from './support/dates';

const VENUE = 'Lakeside Library';
const MAPLE = 'Maple Tuesday Connection';
const HARBOR = 'Harbor Tuesday Connection';

async function addVenue(page: Page) {
  await goTo(page, 'Venues');
  await page.getByRole('link', { name: 'Add venue' }).click();
  await page.getByLabel('Venue name').fill(VENUE);
  await page.getByLabel('Rooms').fill('Oak Room\nStudy Room B');
  await page.getByRole('button', { name: 'Save venue' }).click();
  await expect(page.getByRole('heading', { name: VENUE, level: 1 })).toBeVisible();
}

async function addGroup(page: Page, name: string) {
  await goTo(page, 'Groups');
  await page.getByRole('link', { name: 'Add group' }).first().click();
  await page.getByLabel('Group name').fill(name);
  await page.getByRole('button', { name: 'Save group' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

async function openVenue(page: Page) {
  await goTo(page, 'Venues');
  await page.getByRole('link', { name: VENUE }).click();
  await expect(page.getByRole('heading', { name: VENUE, level: 1 })).toBeVisible();
}

async function bookOneDate(page: Page, group: string, date: string, room: string, status: string) {
  await openVenue(page);
  await page.getByRole('link', { name: 'Add booking' }).click();
  await page.getByLabel('Group', { exact: true }).selectOption({ label: group });
  await page.getByRole('radio', { name: 'One date only' }).check();
  await page.getByLabel('Date', { exact: true }).fill(date);
  await page.getByLabel('Start time').fill('18:30');
  await page.getByLabel('End time').fill('20:00');
  await page.getByLabel('Room').selectOption({ label: room });
  await page.getByLabel('Status').selectOption({ label: status });
  await page.getByRole('button', { name: 'Save booking' }).click();
  await expect(page.getByRole('status').first()).toContainText('Booking saved.');
}

test('a room in use is not renamed away; a booking in a room no longer listed can still be saved', async ({ page }) => {
  const date = addDays(todayInZone(), 10);
  await openApp(page);
  await addVenue(page);
  await addGroup(page, MAPLE);
  await bookOneDate(page, MAPLE, date, 'Oak Room', 'Requested');
  await bookOneDate(page, MAPLE, addDays(date, 7), 'Study Room B', 'Declined');

  // Renaming the Oak Room would leave the requested booking in a room the venue no longer has.
  await page.getByRole('link', { name: 'Edit venue' }).click();
  await page.getByLabel('Rooms').fill('Oak Hall\nStudy Room B');
  await page.getByRole('button', { name: 'Save venue' }).click();
  await expect(page.getByRole('alert')).toContainText(`Oak Room is booked for ${MAPLE}.`);
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
  await expect(page.getByLabel('Rooms')).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousA11yViolations(page, 'on the venue form refusing a room in use');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Oak Room, Study Room B')).toBeVisible();

  // The Study Room B is only in a declined booking: it can be renamed.
  await page.getByRole('link', { name: 'Edit venue' }).click();
  await page.getByLabel('Rooms').fill('Oak Room\nStudy Hall');
  await page.getByRole('button', { name: 'Save venue' }).click();
  await expect(page.getByRole('status').first()).toContainText('Venue saved.');
  await expect(page.getByText('Oak Room, Study Hall')).toBeVisible();

  // The declined booking still shows its own room, and saves as it is.
  await page.getByRole('link', { name: new RegExp(`^Booking for ${MAPLE}: .*${shortDate(addDays(date, 7))}`) }).click();
  const room = page.getByLabel('Room');
  await expect(room.locator('option:checked')).toHaveText('Study Room B (no longer listed)');
  await page.getByLabel('Notes').fill('They chose another evening.');
  await expectNoSeriousA11yViolations(page, 'on a booking in a room no longer listed');
  await page.getByRole('button', { name: 'Save booking' }).click();
  await expect(page.getByRole('status').first()).toContainText('Booking saved.');
});

test('a series chooses its room or the whole venue; the booking prompt asks; a move into a booked room is checked', async ({
  page,
}) => {
  const tuesday = nextWeekday(addDays(todayInZone(), 1), 2);
  await openApp(page);
  await addVenue(page);

  // Maple's series: no room is chosen for the coordinator.
  await addGroup(page, MAPLE);
  await page.getByRole('link', { name: 'Add a meeting schedule' }).click();
  await page.getByLabel('Day of the week').selectOption({ label: 'Tuesday' });
  await page.getByLabel('Start time').fill('18:30');
  await page.getByLabel('First meeting on or after').fill(tuesday);
  await page.getByLabel('Venue').selectOption({ label: VENUE });
  await expect(page.getByLabel('Room').locator('option:checked')).toHaveText('Choose a room');
  await page.getByRole('button', { name: 'Save schedule' }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing was saved');
  await expect(page.getByLabel('Room')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Choose the room the group meets in, or the whole venue')).toHaveCount(2);
  await expectNoSeriousA11yViolations(page, 'on the series form asking for a room');
  await page.getByLabel('Room').selectOption({ label: 'The whole venue (every room)' });
  await page.getByRole('button', { name: 'Save schedule' }).click();
  await expect(pageStatus(page)).toContainText('Schedule added.');

  // The prompt asks which room to book rather than booking the whole venue.
  const prompt = page.getByRole('region', { name: `Book the room at ${VENUE}?` });
  await expect(prompt.getByLabel('Room to book').locator('option:checked')).toHaveText('Choose a room');
  await prompt.getByRole('button', { name: `Create a booking for ${VENUE}` }).click();
  await expect(prompt.getByText('Choose the room to book, or the whole venue')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'on the booking prompt asking for a room');
  await prompt.getByLabel('Room to book').selectOption({ label: 'Oak Room' });
  await prompt.getByRole('button', { name: `Create a booking for ${VENUE}` }).click();
  await expect(page.getByText(`Booking requested at ${VENUE}.`)).toBeVisible();

  // Harbor meets in the Study Room B at the same time: no clash with Maple's Oak Room.
  await addGroup(page, HARBOR);
  await page.getByRole('link', { name: 'Add a meeting schedule' }).click();
  await page.getByLabel('Day of the week').selectOption({ label: 'Tuesday' });
  await page.getByLabel('Start time').fill('18:30');
  await page.getByLabel('First meeting on or after').fill(tuesday);
  await page.getByLabel('Venue').selectOption({ label: VENUE });
  await page.getByLabel('Room').selectOption({ label: 'Study Room B' });
  await page.getByRole('button', { name: 'Save schedule' }).click();
  await expect(pageStatus(page)).toContainText('Schedule added.');
  await page.getByRole('button', { name: `Create a booking for ${VENUE}` }).click();
  await expect(page.getByText(`Booking requested at ${VENUE}.`)).toBeVisible();

  await openVenue(page);
  const groupsHere = page.getByRole('table', { name: 'Groups meeting here' });
  await expect(groupsHere.getByRole('row').filter({ hasText: MAPLE })).toContainText('Oak Room');
  await expect(groupsHere.getByRole('row').filter({ hasText: HARBOR })).toContainText('Study Room B');

  // Moving Harbor's next meeting into the Oak Room at the same time clashes with Maple's booking.
  await page.goto(`./#/calendar?view=week&date=${tuesday}`);
  await page.getByRole('link', { name: new RegExp(`^${HARBOR}\\W+${shortDate(tuesday)} at`) }).click();
  await page.getByRole('button', { name: 'Move only this meeting' }).click();
  await page.getByLabel('New start time').fill('19:00');
  await page.getByLabel('Room').selectOption({ label: 'Oak Room' });
  await page.getByRole('button', { name: 'Move meeting' }).click();
  const panel = page.getByRole('region', { name: /This meeting clashes with other bookings on 1 date/ });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(`${MAPLE}, 6:30–8:00 PM (Oak Room)`);
  await expect(panel).toContainText('Nothing is saved until you choose what to do.');
  await expect(panel.getByRole('button', { name: 'Save and skip conflicting dates' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'on the move form with a clash');

  // Changed to after Maple's meeting ends, the move is free.
  await panel.getByRole('button', { name: 'Change the move' }).click();
  await expect(page.getByLabel('Room')).toHaveValue('Oak Room');
  await page.getByLabel('New start time').fill('20:00');
  await page.getByRole('button', { name: 'Move meeting' }).click();
  await expect(pageStatus(page)).toContainText('Meeting moved.');
});
