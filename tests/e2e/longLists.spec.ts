// Long lists render only the rows near the view, yet every row stays reachable: by scrolling, by
// keyboard, by search and in print. Hundreds of made-up records are added to the sample to see it.
import { execFileSync } from 'node:child_process';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { goTo, loadSampleData } from './support/app';
import { addManyRecords } from './support/manyRecords';

/** More rows than this in the DOM would mean the list is not windowed (the view holds about 15). */
const WINDOW = 80;

const bodyRows = (table: Locator) => table.locator('tbody').getByRole('row');

async function shownCount(page: Page, pattern: RegExp): Promise<number> {
  const text = (await page.getByText(pattern).textContent()) ?? '';
  return Number(/of ([\d,]+)/.exec(text)?.[1]?.replace(/,/g, '') ?? /([\d,]+)/.exec(text)?.[1]?.replace(/,/g, ''));
}

/** Scrolls until the page's end is in view, as End pressed again would: rows measured on the way move it. */
async function scrollToBottom(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(async () => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        await new Promise((resolve) => setTimeout(resolve, 300));
        return Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight;
      }),
    )
    .toBe(true);
}

/** The page printed to PDF (Chromium fires beforeprint and afterprint around it), as text. */
async function printedText(page: Page): Promise<string> {
  const path = test.info().outputPath('printed.pdf');
  await page.pdf({ path });
  return execFileSync('pdftotext', [path, '-']).toString().replace(/\s+/g, ' ');
}

test('the facilitator list keeps 600 people reachable by scrolling, Tab, search and print', async ({ page }) => {
  test.setTimeout(120_000);
  await loadSampleData(page);
  await addManyRecords(page, { facilitators: 600 });
  await goTo(page, 'Facilitators');
  await page.getByRole('button', { name: 'List' }).click();
  const table = page.getByRole('table', { name: 'Facilitators and applicants' });
  const total = await shownCount(page, /^Showing [\d,]+ of [\d,]+ people\.$/);
  expect(total).toBeGreaterThanOrEqual(600);

  // A table for assistive technology: all rows counted, each rendered row placed, the header row 1.
  await expect(table).toHaveAttribute('aria-rowcount', String(total + 1));
  await expect(table.getByRole('row').first()).toHaveAttribute('aria-rowindex', '1');
  await expect(bodyRows(table).first()).toHaveAttribute('aria-rowindex', '2');
  expect(await bodyRows(table).count()).toBeLessThan(WINDOW);
  await expect(table.getByRole('link', { name: 'Volunteer 0550' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'on a long facilitator list');

  // Scrolling to the end brings the last rows, and lets the first ones go.
  await scrollToBottom(page);
  await expect(bodyRows(table).last()).toHaveAttribute('aria-rowindex', String(total + 1));
  await expect(bodyRows(table).last()).toBeInViewport();
  await expect(table.locator('tr[aria-rowindex="2"]')).toHaveCount(0);
  expect(await bodyRows(table).count()).toBeLessThan(WINDOW);
  await expectNoSeriousA11yViolations(page, 'at the end of a long facilitator list');

  // Tab walks on from row to row far past the first screen: each row has one link.
  await page.evaluate(() => window.scrollTo(0, 0));
  // The first row's link, once the list has drawn the top again (until then the first link in the page
  // can still be one of the last rows).
  const firstRow = table.locator('tr[aria-rowindex="2"]');
  await expect(firstRow).toHaveCount(1);
  await firstRow.getByRole('link').focus();
  const steps = 150;
  const focusedRow = page.locator(':focus').locator('xpath=ancestor::tr');
  for (let i = 1; i <= steps; i++) {
    await page.keyboard.press('Tab');
    // Each Tab lands on the next row's link, whether or not that row was drawn before the key.
    await expect(focusedRow).toHaveAttribute('aria-rowindex', String(2 + i));
  }
  const focused = page.locator(':focus');
  await expect(focused).toBeInViewport();
  await expect(focused.locator('xpath=ancestor::tr')).toHaveAttribute('aria-rowindex', String(2 + steps));
  expect(await bodyRows(table).count()).toBeLessThan(WINDOW);
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator(':focus').locator('xpath=ancestor::tr')).toHaveAttribute(
    'aria-rowindex',
    String(1 + steps),
  );

  // Scrolling away with the mouse keeps the focused row: Tab goes on from it, not from the page's top.
  await scrollToBottom(page);
  await page.keyboard.press('Tab');
  await expect(focused.locator('xpath=ancestor::tr')).toHaveAttribute('aria-rowindex', String(2 + steps));
  await expect(focused).toBeInViewport();

  // Search covers every row, not only the rendered ones.
  await page.getByLabel('Search facilitators').fill('Volunteer 0550');
  await expect(page.getByText('Showing 1 of')).toBeVisible();
  await expect(bodyRows(table)).toHaveCount(1);
  await expect(table.getByRole('link', { name: 'Volunteer 0550' })).toBeVisible();
  await page.getByLabel('Search facilitators').fill('');

  // Printing prints every row, not only those on screen; the screen goes back to a window afterwards.
  await page.evaluate(() => window.scrollTo(0, 0));
  const printed = await printedText(page);
  // (pdftotext may take a name wrapped on paper apart, so the rows are counted by their first word.)
  expect(printed.match(/\bVolunteer\b/g)).toHaveLength(600);
  for (const number of ['0001', '0300', '0600']) expect(printed).toContain(number);
  await expect.poll(() => bodyRows(table).count()).toBeLessThan(WINDOW);
});

test('the board keeps each long column to the cards in view', async ({ page }) => {
  await loadSampleData(page);
  await addManyRecords(page, { facilitators: 600 });
  await goTo(page, 'Facilitators');
  // The copies share one step: its column is the one holding the first of them.
  const heading = page.getByRole('region').filter({ has: page.getByRole('link', { name: 'Volunteer 0001' }) });
  await expect(heading.getByRole('heading')).toHaveText(/\((6\d\d)\)$/);
  const name = (await heading.getByRole('heading').textContent()) ?? '';
  const column = page.getByRole('region', { name, exact: true });
  const cards = column.getByRole('listitem');
  expect(await cards.count()).toBeLessThan(WINDOW);
  await expect(column.getByRole('link', { name: 'Volunteer 0600' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'on a board with a long column');

  // The column's end comes into view with its last cards (scrolled to again while cards measured on
  // the way move it, as a person would scroll on).
  const last = column.getByRole('link', { name: 'Volunteer 0600' });
  await expect
    .poll(() =>
      column.evaluate(async (element) => {
        window.scrollTo(0, element.getBoundingClientRect().bottom + window.scrollY - window.innerHeight);
        await new Promise((resolve) => setTimeout(resolve, 300));
        const link = [...element.querySelectorAll('a')].find((a) => a.textContent === 'Volunteer 0600');
        const box = link?.getBoundingClientRect();
        return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
      }),
    )
    .toBe(true);
  await expect(last).toBeInViewport();
  expect(await cards.count()).toBeLessThan(WINDOW);
  await expect(column.getByRole('link', { name: 'Volunteer 0001' })).toHaveCount(0);
});

test('gifts and donors: long tables that count every row, read as they scroll, and find by search', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await loadSampleData(page);
  await addManyRecords(page, { donors: 400 });

  // This year's gifts: 800 added to the sample's.
  await goTo(page, 'Donations');
  const gifts = page.getByRole('table', { name: 'Gifts matching the filters' });
  const giftCount = await shownCount(page, /^Showing [\d,]+ gifts, newest first\.$/);
  expect(giftCount).toBeGreaterThanOrEqual(800);
  await expect(gifts).toHaveAttribute('aria-rowcount', String(giftCount + 1));
  expect(await bodyRows(gifts).count()).toBeLessThan(WINDOW);
  await expectNoSeriousA11yViolations(page, 'on a long list of gifts');
  await scrollToBottom(page);
  await expect(bodyRows(gifts).last()).toHaveAttribute('aria-rowindex', String(giftCount + 1));
  await expect(bodyRows(gifts).last()).toBeInViewport();
  // A filter narrows every gift, not only those rendered: a January gift of Test Donor 0006.
  await page.getByLabel('Find donor by name').fill('Test Donor 0006');
  await page.getByLabel('Donor', { exact: true }).selectOption({ label: 'Test Donor 0006' });
  await expect(page.getByText('Showing 2 gifts, newest first.')).toBeVisible();
  await expect(gifts.getByRole('link', { name: 'Gift 0006-a' })).toBeVisible();

  // Donors: all are counted, the first page is read, and later ones are read as the view comes.
  await page.getByRole('link', { name: 'Donors', exact: true }).click();
  const donors = page.getByRole('table', { name: 'Donors' });
  const donorCount = await shownCount(page, /^Showing [\d,]+ donors\.$/);
  expect(donorCount).toBeGreaterThanOrEqual(400);
  await expect(donors).toHaveAttribute('aria-rowcount', String(donorCount + 1));
  await expect(donors.getByRole('link', { name: 'Test Donor 0390' })).toHaveCount(0);
  await scrollToBottom(page);
  await expect(bodyRows(donors).last()).toHaveAttribute('aria-rowindex', String(donorCount + 1));
  await expect(bodyRows(donors).last().getByRole('link')).toBeInViewport();
  expect(await bodyRows(donors).count()).toBeLessThan(WINDOW);
  await expectNoSeriousA11yViolations(page, 'at the end of a long list of donors');

  // The search reads the name index: a donor far down is found by the first letters of the name.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByLabel('Find a donor').fill('test donor 039');
  await expect(page.getByText('Showing 10 donors whose names start with')).toBeVisible();
  await expect(donors.getByRole('link', { name: 'Test Donor 0390' })).toBeVisible();
});

test('the groups table keeps 150 groups reachable, and search finds one far down', async ({ page }) => {
  await loadSampleData(page);
  await addManyRecords(page, { groups: 150 });
  await goTo(page, 'Groups');
  const table = page.getByRole('table', { name: 'Support groups' });
  const total = await shownCount(page, /^Showing [\d,]+ of [\d,]+ groups\.$/);
  expect(total).toBeGreaterThanOrEqual(150);
  await expect(table).toHaveAttribute('aria-rowcount', String(total + 1));
  expect(await bodyRows(table).count()).toBeLessThan(WINDOW);
  await expect(table.getByRole('link', { name: 'Test Group 0140' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'on a long list of groups');

  await page.getByLabel('Search groups').fill('Test Group 0140');
  await expect(page.getByText(`Showing 1 of ${total} groups.`)).toBeVisible();
  await expect(table.getByRole('link', { name: 'Test Group 0140' })).toBeVisible();
});
