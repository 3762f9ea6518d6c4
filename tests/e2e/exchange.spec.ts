// Two coordinators, each with their own copy (two browser contexts: two separate IndexedDBs), share
// files and combine them: different groups edited on each side and one group edited on both.
import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { editingInAnotherWindow, holdBackups, releaseBackups } from './support/backups';
import { goTo, loadSampleData, openApp, pageStatus } from './support/app';
import { addDays, nextWeekday, shortDate, todayInZone } from './support/dates';

const COMMON = 'Downtown Tuesday Connection';
const OFFICE_ONLY = 'Grove Avenue Thursday Connection';
const LAPTOP_ONLY = 'Northside First Monday Connection';
const NOT_OURS = "Couldn't read this file: it isn't a file shared from Connection Coordinator. Nothing was changed.";

async function secondCoordinator(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const { baseURL, timezoneId, locale, viewport } = testInfo.project.use;
  const context = await browser.newContext({ baseURL, timezoneId, locale, viewport, acceptDownloads: true });
  return context.newPage();
}

async function openExchange(page: Page): Promise<void> {
  // Through Home, so the screen starts afresh even when it is already showing.
  await openApp(page, '/');
  await openApp(page, '/backup/exchange');
  await expect(page.getByRole('heading', { name: 'Share with other coordinators', level: 1 })).toBeVisible();
}

async function nameComputer(page: Page, name: string): Promise<void> {
  await page.getByLabel('Name of this computer').fill(name);
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Name saved.' })).toBeVisible();
}

/** Saves a file with every record through the download, and returns where it landed. */
async function shareAll(page: Page, passphrase?: string): Promise<string> {
  await openExchange(page);
  await page.getByLabel('Protect the file with a passphrase').setChecked(passphrase !== undefined);
  if (passphrase) {
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByLabel('Type the passphrase again').fill(passphrase);
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save file to share' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(passphrase ? /^shared-records-.*\.ccshare$/ : /^shared-records-.*\.json$/);
  await expect(page.getByRole('status').filter({ hasText: 'Give it to the other coordinator' })).toBeVisible();
  return file.path();
}

async function chooseFile(page: Page, path: string): Promise<void> {
  await openExchange(page);
  await page.getByLabel('File from another coordinator').setInputFiles(path);
}

async function editGroup(page: Page, group: string, label: string, value: string): Promise<void> {
  await goTo(page, 'Groups');
  await page.getByRole('link', { name: group, exact: true }).click();
  await page.getByRole('link', { name: 'Edit group' }).click();
  const field = page.getByLabel(label, { exact: true });
  if ((await field.evaluate((element) => element.tagName)) === 'SELECT') await field.selectOption(value);
  else await field.fill(value);
  await page.getByRole('button', { name: 'Save group' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Group saved.' })).toBeVisible();
}

/** The Groups table as a coordinator reads it, row by row. */
async function groupRows(page: Page): Promise<string[]> {
  await goTo(page, 'Groups');
  await expect(page.getByRole('table')).toBeVisible();
  return page.getByRole('table').getByRole('row').allInnerTexts();
}

/** The phone part of a group's public contact, as its page shows it. */
async function publicPhone(page: Page, group: string): Promise<string> {
  await goTo(page, 'Groups');
  await page.getByRole('link', { name: group, exact: true }).click();
  const contact = await page.getByRole('definition').filter({ hasText: '(555)' }).innerText();
  return contact.split(',')[0]?.trim() ?? '';
}

test('two coordinators exchange files, choose in a conflict, and end with the same records', async ({
  page: office,
  browser,
}, testInfo) => {
  const laptop = await secondCoordinator(browser, testInfo);

  // The state office has the records; the affiliate's laptop starts empty and takes them all.
  await loadSampleData(office);
  await goTo(office, 'Backup');
  await office.getByRole('link', { name: 'Share or combine records' }).click();
  await expect(office.getByRole('heading', { name: 'Share with other coordinators', level: 1 })).toBeVisible();
  await nameComputer(office, 'State office laptop');
  await expectNoSeriousA11yViolations(office, 'on the exchange screen');
  const first = await shareAll(office);

  await openExchange(laptop);
  await nameComputer(laptop, 'Riverbend laptop');
  await chooseFile(laptop, first);
  await expect(laptop.getByRole('heading', { name: 'Review before combining', level: 1 })).toBeVisible();
  await expect(laptop.getByRole('heading', { name: 'From State office laptop' })).toBeVisible();
  await expect(laptop.getByText('This is the first time you combine records from this computer.')).toBeVisible();
  await expect(laptop.getByRole('listitem').filter({ hasText: 'Added:' })).toContainText('4 groups');
  await expectNoSeriousA11yViolations(laptop, 'on the review of a first exchange');
  await laptop.getByRole('button', { name: 'Combine records' }).click();
  await expect(laptop.getByRole('heading', { name: 'Records combined', level: 1 })).toBeVisible();
  await expect(laptop.getByRole('status').filter({ hasText: 'are combined with yours' })).toContainText(
    'State office laptop',
  );
  await expectNoSeriousA11yViolations(laptop, 'after combining');
  expect(await groupRows(laptop)).toEqual(await groupRows(office));

  // Each edits a group of their own, and both change the same group's phone: the laptop last.
  await editGroup(office, OFFICE_ONLY, 'Status', 'paused');
  await editGroup(office, COMMON, 'Public contact phone', '(555) 010-1111');
  await editGroup(laptop, LAPTOP_ONLY, 'Language', 'Spanish');
  await editGroup(laptop, COMMON, 'Public contact phone', '(555) 010-2222');

  // The office's file reaches the laptop: the common group is shown as changed on both.
  const second = await shareAll(office);
  await chooseFile(laptop, second);
  await expect(laptop.getByRole('listitem').filter({ hasText: 'Updated:' })).toContainText('1 group');
  const both = laptop.getByRole('region', { name: 'Changed on both computers (1)' });
  await expect(both).toBeVisible();
  const conflict = both.getByRole('group', { name: `Group: ${COMMON}` });
  await expect(conflict.getByRole('row', { name: /^Public contact phone/ }).getByRole('cell')).toHaveText([
    '(555) 010-2222',
    '(555) 010-1111',
  ]);
  // The newer change (the laptop's own) is chosen to start with; the coordinator takes the office's.
  await expect(conflict.getByRole('radio', { name: /^Keep this computer’s version/ })).toBeChecked();
  await expect(conflict.getByRole('radio', { name: /^Keep this computer’s version/ })).toHaveAccessibleName(
    /the newer change/,
  );
  await expectNoSeriousA11yViolations(laptop, 'on the review with a conflict');
  await conflict.getByRole('radio', { name: /^Take State office laptop’s version/ }).check();
  await laptop.getByRole('button', { name: 'Combine records' }).click();
  await expect(laptop.getByRole('heading', { name: 'Records combined', level: 1 })).toBeVisible();
  expect(await publicPhone(laptop, COMMON)).toBe('(555) 010-1111');

  // The laptop's file goes back to the office: nothing left to choose, and the laptop's edit arrives.
  const third = await shareAll(laptop);
  await chooseFile(office, third);
  await expect(office.getByRole('heading', { name: 'From Riverbend laptop' })).toBeVisible();
  await expect(office.getByRole('region', { name: /Changed on both computers/ })).toHaveCount(0);
  await expect(office.getByRole('listitem').filter({ hasText: 'Updated:' })).toContainText('1 group');
  await office.getByRole('button', { name: 'Combine records' }).click();
  await expect(office.getByRole('heading', { name: 'Records combined', level: 1 })).toBeVisible();

  // Both end with the same records, with the choice made.
  const officeRows = await groupRows(office);
  expect(await groupRows(laptop)).toEqual(officeRows);
  expect(officeRows.find((row) => row.includes(OFFICE_ONLY))).toContain('Paused');
  expect(await publicPhone(office, COMMON)).toBe('(555) 010-1111');
  await goTo(office, 'Groups');
  await office.getByRole('link', { name: LAPTOP_ONLY, exact: true }).click();
  await expect(office.getByRole('definition').filter({ hasText: 'Spanish' })).toBeVisible();

  // In step: the office's next file changes nothing on the laptop.
  const fourth = await shareAll(office);
  await chooseFile(laptop, fourth);
  await expect(
    laptop.getByText('Your records already hold everything in this file. Nothing needs to change.'),
  ).toBeVisible();
  await laptop.getByRole('button', { name: 'Done' }).click();
  await expect(laptop.getByRole('status').filter({ hasText: 'Nothing needed to change' })).toBeVisible();
  await laptop.context().close();
});

test('a foreign, damaged or locked file is handled in plain words, and combining can be undone', async ({
  page,
  browser,
}, testInfo) => {
  const other = await secondCoordinator(browser, testInfo);
  await loadSampleData(other);
  await openExchange(other);
  await nameComputer(other, 'State office laptop');
  const locked = await shareAll(other, 'river bend 2026');
  const plain = await shareAll(other);

  await loadSampleData(page);
  const before = await groupRows(page);
  await openExchange(page);
  const field = page.getByLabel('File from another coordinator');
  await field.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Bring chairs') });
  await expect(page.getByRole('alert')).toContainText(NOT_OURS);
  await expectNoSeriousA11yViolations(page, 'with a refused file');

  const whole = await readFile(plain);
  await field.setInputFiles({
    name: 'shared-records-cut.json',
    mimeType: 'application/json',
    buffer: whole.subarray(0, Math.floor(whole.length / 2)),
  });
  await expect(page.getByRole('alert')).toContainText('incomplete or damaged');
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.');

  // A locked file asks for its passphrase, refuses a wrong one, and opens with the right one.
  await field.setInputFiles(locked);
  await page.getByLabel('Passphrase for this file').fill('wrong passphrase');
  await page.getByRole('button', { name: 'Open file' }).click();
  await expect(page.getByText("That passphrase doesn't open this file.")).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'asking for a passphrase');
  await page.getByLabel('Passphrase for this file').fill('river bend 2026');
  await page.getByRole('button', { name: 'Open file' }).click();
  await expect(page.getByRole('heading', { name: 'From State office laptop' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Share with other coordinators', level: 1 })).toBeVisible();
  expect(await groupRows(page)).toEqual(before);

  // Combining takes a safety backup first, so it can be undone straight after.
  await chooseFile(page, plain);
  await page.getByRole('button', { name: 'Combine records' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'are combined with yours' })).toContainText(
    'Added: 1 affiliate, 4 groups',
  );
  await page.getByRole('button', { name: 'Undo combining' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'back as they were before combining' })).toBeVisible();
  expect(await groupRows(page)).toEqual(before);
  // Closed last: the downloads go with their context.
  await other.context().close();
});

test('while records are combined no window can save, and each says why', async ({ page, browser }, testInfo) => {
  const office = await secondCoordinator(browser, testInfo);
  await loadSampleData(office);
  await openExchange(office);
  await nameComputer(office, 'State office laptop');
  const plain = await shareAll(office);

  // A second window of this copy, in the middle of editing a group.
  const { other, phone } = await editingInAnotherWindow(page, COMMON);

  await chooseFile(page, plain);
  // The safety backup waits for the other window's hold on the backups, with every write already stopped.
  await holdBackups(other);
  await page.getByRole('button', { name: 'Combine records' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: "Another coordinator's records are being combined. Until that finishes" }),
  ).toBeVisible();
  await expect(page.locator('nav[aria-label="Main"]')).toHaveAttribute('inert', '');
  await expect(
    other.getByRole('status').filter({ hasText: 'being combined in another window. Until that finishes' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(other, 'while records are combined in another window');
  await phone.fill('(555) 010-4242');
  await other.getByRole('button', { name: 'Save group' }).click();
  await expect(other.getByRole('alert').filter({ hasText: 'could not be saved' })).toHaveText(
    "The group could not be saved: Another coordinator's records are being combined. Wait for it to finish; nothing was saved.",
  );

  await releaseBackups(other);
  await expect(page.getByRole('heading', { name: 'Records combined', level: 1 })).toBeVisible();
  await expect(page.locator('nav[aria-label="Main"]')).not.toHaveAttribute('inert');
  await expect(other.getByRole('status').filter({ hasText: 'being combined' })).toHaveCount(0);
  // Once combined, the same form saves.
  await other.getByRole('button', { name: 'Save group' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Group saved.' })).toBeVisible();
  // (Both copies began with the example, under different ids: the combined records hold two such groups.)
  await expect(other.getByRole('definition').filter({ hasText: '(555) 010-4242' })).toBeVisible();
  await other.close();
  await office.context().close();
});

/** The calendar's link for a meeting of a group on a date (its name states time and state). */
const chip = (page: Page, group: string, date: string) =>
  page.getByRole('link', { name: new RegExp(`^${group}\\W+${shortDate(date)} at`) });

/** Chooses a shared file and combines it, taking the newer side of anything changed on both. */
async function combine(page: Page, path: string): Promise<void> {
  await chooseFile(page, path);
  await page.getByRole('button', { name: 'Combine records' }).click();
  await expect(page.getByRole('heading', { name: 'Records combined', level: 1 })).toBeVisible();
}

/** The week of `from`: the meeting moved to `to` shows once, there, and nothing on its own date. */
async function expectMovedOnce(page: Page, from: string, to: string): Promise<void> {
  await page.goto(`./#/calendar?view=week&date=${from}`);
  await expect(chip(page, COMMON, to)).toHaveAccessibleName(new RegExp(`Moved from ${shortDate(from)}`));
  await expect(chip(page, COMMON, from)).toHaveCount(0);
}

/** The office loads the example and shares it; the laptop, named, combines it: both in step. */
async function inStep(office: Page, laptop: Page): Promise<void> {
  await loadSampleData(office);
  await openExchange(office);
  await nameComputer(office, 'State office laptop');
  const first = await shareAll(office);
  await openExchange(laptop);
  await nameComputer(laptop, 'Riverbend laptop');
  await combine(laptop, first);
}

/** Changes the group's meetings from `date` on to another start time. */
async function changeFrom(page: Page, date: string, time: string, words: string): Promise<void> {
  await page.goto(`./#/calendar?view=week&date=${date}`);
  await chip(page, COMMON, date).click();
  await page.getByRole('link', { name: 'Change this and later meetings' }).click();
  await expect(page.getByLabel('Starting with the meeting on')).toHaveValue(date);
  await page.getByLabel('Start time').fill(time);
  await page.getByRole('button', { name: 'Save the change' }).click();
  await expect(page.getByText(words)).toBeVisible();
}

test('a meeting moved on one computer follows a "this and later" change made on the other', async ({
  page: office,
  browser,
}, testInfo) => {
  const laptop = await secondCoordinator(browser, testInfo);
  const nextTuesday = nextWeekday(addDays(todayInZone(), 1), 2);
  const later = addDays(nextTuesday, 14);
  const wednesday = addDays(later, 1);

  await inStep(office, laptop);

  // The laptop moves one Tuesday, two weeks on, to the Wednesday after.
  await laptop.goto(`./#/calendar?view=week&date=${later}`);
  await chip(laptop, COMMON, later).click();
  await laptop.getByRole('button', { name: 'Move only this meeting' }).click();
  await laptop.getByLabel('New date').fill(wednesday);
  await laptop.getByRole('button', { name: 'Move meeting' }).click();
  await expect(pageStatus(laptop)).toContainText('Meeting moved');

  // Meanwhile the office moves the group to 7 PM from next Tuesday on.
  await changeFrom(office, nextTuesday, '19:00', 'Every Tuesday, 7:00–8:30 PM');

  // The office's file reaches the laptop: the moved meeting now belongs to the 7 PM series, so that
  // week shows it once, on the Wednesday, and no Tuesday meeting beside it.
  await combine(laptop, await shareAll(office));
  await expectMovedOnce(laptop, later, wednesday);
  await laptop.goto(`./#/calendar?view=week&date=${nextTuesday}`);
  await expect(chip(laptop, COMMON, nextTuesday)).toHaveAccessibleName(/at 7:00/);

  // Back to the office: the same week there.
  await combine(office, await shareAll(laptop));
  await expectMovedOnce(office, later, wednesday);
  await laptop.context().close();
});

test('a series changed "this and later" on both computers, from different weeks, meets once a week after combining', async ({
  page: office,
  browser,
}, testInfo) => {
  const laptop = await secondCoordinator(browser, testInfo);
  const nextTuesday = nextWeekday(addDays(todayInZone(), 1), 2);
  const between = addDays(nextTuesday, 7);
  const fromLaptop = addDays(nextTuesday, 21);
  const after = addDays(nextTuesday, 28);

  await inStep(office, laptop);

  // Neither has heard of the other's change: the office moves to 7 PM from next Tuesday, the laptop to
  // 6 PM three weeks on.
  await changeFrom(office, nextTuesday, '19:00', 'Every Tuesday, 7:00–8:30 PM');
  await changeFrom(laptop, fromLaptop, '18:00', 'Every Tuesday, 6:00–7:30 PM');

  /** One meeting in each week: 7 PM until the laptop's change, 6 PM from then on. */
  async function expectOncePerWeek(page: Page): Promise<void> {
    for (const [date, time] of [
      [between, /at 7:00/],
      [after, /at 6:00/],
    ] as const) {
      await page.goto(`./#/calendar?view=week&date=${date}`);
      await expect(chip(page, COMMON, date)).toHaveCount(1);
      await expect(chip(page, COMMON, date)).toHaveAccessibleName(time);
    }
  }
  await combine(laptop, await shareAll(office));
  await expect(laptop.getByRole('status').filter({ hasText: 'are combined with yours' })).toContainText(
    'A meeting series was changed on both computers (“Change this and later meetings”). 2 series now end where the later change begins. Each meeting now shows once.',
  );
  await expectNoSeriousA11yViolations(laptop, 'after combining two changes of one series');
  await expectOncePerWeek(laptop);
  await combine(office, await shareAll(laptop));
  await expectOncePerWeek(office);
  await laptop.context().close();
});

test('a series changed "this and later" on both computers from the same week keeps one of the two', async ({
  page: office,
  browser,
}, testInfo) => {
  const laptop = await secondCoordinator(browser, testInfo);
  const nextTuesday = nextWeekday(addDays(todayInZone(), 1), 2);
  const later = addDays(nextTuesday, 14);
  await inStep(office, laptop);

  // Both hear the group moves from next Tuesday on, and each makes the change (at different times).
  await changeFrom(office, nextTuesday, '19:00', 'Every Tuesday, 7:00–8:30 PM');
  await changeFrom(laptop, nextTuesday, '18:00', 'Every Tuesday, 6:00–7:30 PM');

  await combine(laptop, await shareAll(office));
  await expect(laptop.getByRole('status').filter({ hasText: 'are combined with yours' })).toContainText(
    "One series is removed: the other computer's change starts the same day. Each meeting now shows once.",
  );
  await laptop.goto(`./#/calendar?view=week&date=${later}`);
  await expect(chip(laptop, COMMON, later)).toHaveCount(1);
  const kept = await chip(laptop, COMMON, later).innerText();
  expect(kept).toMatch(/[67]:00/);
  await combine(office, await shareAll(laptop));
  await office.goto(`./#/calendar?view=week&date=${later}`);
  await expect(chip(office, COMMON, later)).toHaveCount(1);
  // The same series on both: the one seriesHolding gives the dates to.
  expect(await chip(office, COMMON, later).innerText()).toBe(kept);
  await laptop.context().close();
});
