// Home at a new start: the to-do list kept from the last one is drawn at once, then the list read from
// the database; any change to what Home reads forgets the kept list, so it never shows one out of date.
import { expect, test, type Page } from '@playwright/test';
import { loadSampleData, pageStatus } from './support/app';

const keptLists = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('connection-coordinator.home:'))
      .map((key) => localStorage.getItem(key) ?? ''),
  );

const homeMarks = async (page: Page) => {
  await page.waitForFunction(() => performance.getEntriesByName('home-live-painted').length > 0);
  return page.evaluate(() => ({
    painted: performance.getEntriesByName('home-painted').map((mark) => mark.startTime),
    live: performance.getEntriesByName('home-live-painted')[0]?.startTime ?? NaN,
  }));
};

test('Home shows the list kept from the last start at once, and never one older than a change', async ({ page }) => {
  await loadSampleData(page);
  const toRecord = page.getByRole('link', { name: /^Record / }).first();
  const href = (await toRecord.getAttribute('href')) ?? '';
  expect(href).toMatch(/^#\/meetings\//);
  await expect.poll(async () => (await keptLists(page)).length).toBe(1);

  // A new start: the kept list first, then the same list read from the database.
  await page.reload();
  await expect(page.locator(`a[href="${href}"]`)).toBeVisible();
  const marks = await homeMarks(page);
  expect(marks.painted).toHaveLength(2);
  expect(marks.painted[0]).toBeLessThan(marks.live);
  await expect(page.locator(`a[href="${href}"]`)).toBeVisible();

  // Recording the meeting forgets the kept list at once.
  await page.goto(`./${href}`);
  await page.getByLabel('Attendance (total)').fill('8');
  await page.getByLabel('First-time attendees').fill('1');
  await page.getByRole('button', { name: 'Save meeting record' }).click();
  await expect(pageStatus(page)).toContainText('Meeting recorded');
  expect(await keptLists(page)).toEqual([]);

  // A start now reads Home from the database before drawing it: no kept list to show.
  await page.goto('about:blank');
  await page.goto('./#/');
  const after = await homeMarks(page);
  expect(after.painted).toHaveLength(1);
  await expect(page.getByRole('heading', { name: 'Meetings to record' })).toBeVisible();
  await expect(page.locator(`a[href="${href}"]`)).toHaveCount(0);
  // And the list kept for the start after that is the new one.
  await expect.poll(async () => (await keptLists(page)).length).toBe(1);
  expect((await keptLists(page))[0]).not.toContain(href.slice(1));
});
