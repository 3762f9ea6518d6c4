import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { goTo, loadSampleData, pageStatus } from './support/app';
import { todayInZone } from './support/dates';

const CSV_HEADER =
  'month,affiliate,group,program,meetings_scheduled,meetings_held,meetings_cancelled,meetings_unrecorded,attendance_total,first_time_total,average_attendance,facilitator_hours,in_kind_value';

const previousMonth = (today: string): string => {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
};

/** The month `count` months after (or before) the given one, 'YYYY-MM'. */
const addMonths = (month: string, count: number): string => {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + number - 1 + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

const monthName = (month: string): string =>
  new Date(`${month}-15T12:00:00Z`).toLocaleDateString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A table row's cells by column name, as the screen shows them. */
async function rowValues(table: Locator, row: Locator): Promise<Record<string, string>> {
  const headers = await table.locator('thead th').allInnerTexts();
  const cells = await row.locator('th, td').allInnerTexts();
  return Object.fromEntries(
    headers.map((header, index) => [header.replace(/\s+/g, ' ').trim(), cells[index]?.trim() ?? '']),
  );
}

const reportTable = (page: Page) => page.getByRole('table', { name: /^Meetings, attendance and support by group/ });
const groupRow = (page: Page, name: string) => reportTable(page).locator('tbody tr', { hasText: name });
const totalsRow = (page: Page) => reportTable(page).locator('tfoot tr');
const number = (text: string | undefined) => Number((text ?? '').replace(/[^\d.]/g, ''));

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('a meeting recorded on its page changes the month’s report, and the CSV says the same', async ({ page }) => {
  await loadSampleData(page);
  // The sample leaves its last two weeks of meetings for the coordinator to record.
  const toRecord = page.getByRole('link', { name: /^Record / }).first();
  const href = (await toRecord.getAttribute('href')) ?? '';
  const [, , scheduleId, originalDate] = href.replace(/^#/, '').split('/') as [string, string, string, string];
  const group = ((await toRecord.getAttribute('aria-label')) ?? '').replace(/^Record (.*) on .*$/, '$1');
  const month = originalDate.slice(0, 7);

  await page.goto(`./#/reports?from=${month}&to=${month}`);
  await expect(page.getByRole('heading', { name: `${monthName(month)}: NAMI Riverbend` })).toBeVisible();
  await expect(page.getByText(/past meetings? (is|are) not recorded yet/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'on the monthly summary');
  const before = await rowValues(reportTable(page), groupRow(page, group));
  const totalsBefore = await rowValues(reportTable(page), totalsRow(page));
  expect(number(before['Not recorded'])).toBeGreaterThan(0);

  await page.goto(`./#/meetings/${scheduleId}/${originalDate}`);
  await page.getByLabel('Attendance (total)').fill('9');
  await page.getByLabel('First-time attendees').fill('3');
  const facilitators = await page
    .getByRole('group', { name: 'Facilitators present' })
    .getByRole('checkbox', { checked: true })
    .count();
  await page.getByRole('button', { name: 'Save meeting record' }).click();
  await expect(pageStatus(page)).toContainText('Meeting recorded');

  await page.goto(`./#/reports?from=${month}&to=${month}`);
  await expect(reportTable(page)).toBeVisible();
  const after = await rowValues(reportTable(page), groupRow(page, group));
  expect(number(after.Held)).toBe(number(before.Held) + 1);
  expect(number(after['Not recorded'])).toBe(number(before['Not recorded']) - 1);
  expect(number(after.Scheduled)).toBe(number(before.Scheduled));
  expect(number(after.Attendance)).toBe(number(before.Attendance) + 9);
  expect(number(after['First-time'])).toBe(number(before['First-time']) + 3);
  expect(number(after['Facilitator hours'])).toBeCloseTo(number(before['Facilitator hours']) + 1.5 * facilitators, 5);
  const totals = await rowValues(reportTable(page), totalsRow(page));
  expect(number(totals.Held)).toBe(number(totalsBefore.Held) + 1);
  expect(number(totals.Attendance)).toBe(number(totalsBefore.Attendance) + 9);

  // The CSV holds exactly what the screen shows.
  const csv = await download(page, 'Save CSV…');
  expect(csv.name).toBe(`NAMI Riverbend - ${month}.csv`);
  expect(csv.text.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.text.slice(1).split('\r\n');
  expect(lines[0]).toBe(CSV_HEADER);
  expect(lines.at(-1)).toBe('');
  const rows = lines.slice(1, -1).map((line) => line.split(','));
  const groupLine = rows.find((cells) => cells[2] === group);
  const money = (text: string | undefined) => number(text).toFixed(2);
  expect(groupLine).toEqual([
    month,
    'NAMI Riverbend',
    group,
    'Connection',
    after.Scheduled,
    after.Held,
    after.Cancelled,
    after['Not recorded'].replace(/\D/g, ''),
    after.Attendance,
    after['First-time'],
    after['Average per meeting'],
    after['Facilitator hours'],
    money(after['In-kind value']),
  ]);
  const totalLine = rows.at(-1);
  expect(totalLine?.slice(0, 4)).toEqual([month, '', 'Total', '']);
  expect(totalLine?.[5]).toBe(totals.Held);
  expect(totalLine?.[8]).toBe(totals.Attendance);
  expect(totalLine?.[12]).toBe(money(totals['In-kind value']));
  // The totals row is the sum of the group rows.
  for (const column of [4, 5, 6, 7, 8, 9]) {
    const sum = rows.slice(0, -1).reduce((total, cells) => total + Number(cells[column]), 0);
    expect(Number(totalLine?.[column]), CSV_HEADER.split(',')[column]).toBe(sum);
  }
  // The chart's bar for the month counts the same meetings held.
  await expect(page.getByRole('img', { name: 'Meetings held' })).toBeVisible();
  const chartTable = page.getByRole('table', { name: /meetings held and attendance by month/ });
  const bar = await rowValues(chartTable, chartTable.locator('tbody tr', { hasText: monthName(month) }));
  expect([number(bar['Meetings held']), number(bar.Attendance)]).toEqual([
    number(totals.Held),
    number(totals.Attendance),
  ]);
});

test('the printable report fits Letter and A4 with its table, chart and attention list', async ({ page }, testInfo) => {
  await loadSampleData(page);
  const month = previousMonth(todayInZone());
  await goTo(page, 'Reports');
  await expect(page.getByRole('heading', { name: `${monthName(month)}: NAMI Riverbend` })).toBeVisible();
  await page.getByRole('link', { name: 'Print or save as PDF' }).click();
  await expect(page.getByRole('button', { name: 'Save as PDF…' })).toBeVisible();
  await expect(page.getByRole('heading', { name: `Monthly summary: ${monthName(month)}` })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Needs attention' })).toBeVisible();
  await expect(page.getByText('Grove Avenue Thursday Connection has 1 active facilitator')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'on the printable report');

  await page.emulateMedia({ media: 'print' });
  for (const format of ['Letter', 'A4'] as const) {
    const pdf = testInfo.outputPath(`report-${format}.pdf`);
    await page.pdf({ path: pdf, format, printBackground: true });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(
      format === 'Letter' ? /Page size:\s+612 x 792 pts/ : /Page size:\s+59[56](\.\d+)? x 84[12](\.\d+)? pts/,
    );
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeLessThanOrEqual(2);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const words of [
      'NAMI Riverbend',
      `Monthly summary: ${monthName(month)}`,
      'Downtown Tuesday Connection',
      'Conexión en Español',
      'Total (4 groups)',
      'Meetings held',
      'Attendance',
      'Needs attention',
    ]) {
      expect(text, `${format} PDF`).toContain(words);
    }
    // The toolbar and the app's navigation never print.
    expect(text).not.toContain('Save as PDF');
    expect(text).not.toContain('Settings');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, testInfo.outputPath(`report-${format}`)]);
  }
});

/** A second affiliate's summary for the same month, as its own copy would save it. */
function lakesideSummary(month: string): string {
  const counts = {
    meetingsScheduled: 9,
    meetingsHeld: 8,
    meetingsCancelled: 1,
    meetingsUnrecorded: 0,
    attendanceTotal: 57,
    firstTimeTotal: 6,
    facilitatorMinutes: 1440,
    inKindCents: 48000,
  };
  return JSON.stringify({
    kind: 'connection-coordinator.monthly-summary',
    version: 1,
    createdAt: '2026-11-02T15:00:00.000Z',
    organisation: 'NAMI Lakeside',
    affiliate: 'NAMI Lakeside',
    fromMonth: month,
    toMonth: month,
    months: [
      {
        month,
        groups: [{ group: 'Lakeside Monday Connection', affiliate: 'NAMI Lakeside', program: 'connection', counts }],
        totals: counts,
      },
    ],
  });
}

test('two affiliates’ summary files combine into one state table; bad files are refused', async ({
  page,
}, testInfo) => {
  await loadSampleData(page);
  const month = previousMonth(todayInZone());
  await goTo(page, 'Reports');
  await expect(reportTable(page)).toBeVisible();
  const riverbend = await rowValues(reportTable(page), totalsRow(page));
  const saved = await download(page, 'Save summary file…');
  expect(saved.name).toBe(`NAMI Riverbend - ${month} - summary.json`);
  await expect(page.getByRole('status').filter({ hasText: 'Summary file saved' })).toBeVisible();
  const riverbendFile = testInfo.outputPath(saved.name);
  writeFileSync(riverbendFile, saved.text);
  const lakesideFile = testInfo.outputPath('NAMI Lakeside summary.json');
  writeFileSync(lakesideFile, lakesideSummary(month));

  await page.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: 'State roll-up' }).click();
  await expect(page.getByRole('heading', { name: 'No summary files yet' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'on the empty roll-up');
  await page.getByLabel('Add summary files').setInputFiles([riverbendFile, lakesideFile]);
  await expect(page.getByText(`Added NAMI Riverbend: ${monthName(month)}.`)).toBeVisible();
  await expect(page.getByText(`Added NAMI Lakeside: ${monthName(month)}.`)).toBeVisible();

  const table = page.getByRole('table', { name: `State table, ${monthName(month)}` });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).getByRole('rowheader')).toContainText('NAMI Lakeside');
  await expect(rows.nth(1).getByRole('rowheader')).toContainText('NAMI Riverbend');
  const river = await rowValues(table, rows.nth(1));
  expect(river.Held).toBe(riverbend.Held);
  expect(river.Attendance).toBe(riverbend.Attendance);
  expect(river['In-kind value']).toBe(riverbend['In-kind value']);
  const state = await rowValues(table, table.locator('tfoot tr'));
  expect(state.Affiliate).toBe('State total (2 affiliates)');
  expect(number(state.Groups)).toBe(4 + 1);
  expect(number(state.Held)).toBe(number(riverbend.Held) + 8);
  expect(number(state.Scheduled)).toBe(number(riverbend.Scheduled) + 9);
  expect(number(state.Attendance)).toBe(number(riverbend.Attendance) + 57);
  expect(number(state['Facilitator hours'])).toBeCloseTo(number(riverbend['Facilitator hours']) + 24, 5);
  expect(number(state['In-kind value'])).toBeCloseTo(number(riverbend['In-kind value']) + 480, 2);
  await expectNoSeriousA11yViolations(page, 'on the state roll-up');
  // Every row's Remove button fits in the table's box at the default window size, with no scrolling.
  for (const row of await rows.all()) {
    const wrap = await table.locator('xpath=ancestor::div[contains(@class, "table-wrap")][1]').boundingBox();
    const remove = await row.getByRole('button', { name: /^Remove / }).boundingBox();
    expect(wrap).not.toBeNull();
    expect(remove).not.toBeNull();
    if (!wrap || !remove) continue;
    expect(remove.x).toBeGreaterThanOrEqual(wrap.x);
    expect(remove.y).toBeGreaterThanOrEqual(wrap.y);
    expect(remove.x + remove.width).toBeLessThanOrEqual(wrap.x + wrap.width);
    expect(remove.y + remove.height).toBeLessThanOrEqual(wrap.y + wrap.height);
  }
  await page.screenshot({ path: testInfo.outputPath('rollup.png'), fullPage: true });

  // A file from a newer version, or one that isn't a summary, changes nothing.
  const newer = testInfo.outputPath('newer.json');
  writeFileSync(newer, lakesideSummary(month).replace('"version":1', '"version":2'));
  const broken = testInfo.outputPath('broken.json');
  writeFileSync(broken, '{"kind": "connection-coordinator.monthly-summary", "version": 1, "months": [');
  await page.getByLabel('Add summary files').setInputFiles([newer, broken]);
  await expect(
    page.getByText(
      /Couldn't read “newer.json”: it was made by a newer Connection Coordinator \(summary format version 2;/,
    ),
  ).toContainText('Nothing was changed.');
  await expect(page.getByText(/Couldn't read “broken.json”: it isn't a monthly summary file/)).toContainText(
    'Nothing was changed.',
  );
  await expect(rows).toHaveCount(2);
  expect((await rowValues(table, table.locator('tfoot tr'))).Held).toBe(state.Held);

  // The roll-up is kept when the coordinator moves away and back; the state table saves as CSV.
  await goTo(page, 'Home');
  await page.goto('./#/reports/rollup');
  await expect(rows).toHaveCount(2);
  const csv = await download(page, 'Save state table as CSV…');
  const lines = csv.text.slice(1).split('\r\n');
  expect(lines[0]).toBe(CSV_HEADER);
  expect(lines[1]).toMatch(new RegExp(`^${month},NAMI Lakeside,All groups,,9,8,1,0,57,6,7\\.1,24\\.0,480\\.00$`));
  expect(lines[3]).toMatch(new RegExp(`^${month},,Total,,`));

  // Clearing asks first, and leaves an empty roll-up.
  await page.getByRole('button', { name: 'Clear the roll-up' }).click();
  const dialog = page.getByRole('dialog', { name: 'Clear the state roll-up?' });
  await expect(dialog).toContainText('The summary files themselves are not changed');
  // Two affiliates' figures for one month: one month, not two.
  await expect(dialog).toContainText('1 month from 2 affiliates');
  await dialog.getByRole('button', { name: 'Clear the roll-up' }).click();
  await expect(page.getByRole('heading', { name: 'No summary files yet' })).toBeVisible();
});

test('a range longer than a year is refused in words', async ({ page }) => {
  await loadSampleData(page);
  await page.goto('./#/reports?from=2024-01&to=2026-01');
  await expect(page.getByText('A report covers at most 12 months. Choose a shorter range.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'on a refused range');
});

test('the report’s controls work from the keyboard: stepping back keeps focus, a typed year is taken whole', async ({
  page,
}, testInfo) => {
  await loadSampleData(page);
  const month = previousMonth(todayInZone());
  await goTo(page, 'Reports');
  const heading = (from: string, to = from) =>
    page.getByRole('heading', {
      name: `${from === to ? monthName(from) : `${monthName(from)} – ${monthName(to)}`}: NAMI Riverbend`,
    });
  await expect(heading(month)).toBeVisible();
  const For = page.getByLabel('For', { exact: true });
  await For.selectOption({ label: 'NAMI Riverbend' });
  // The choice goes through the address: read the select once the address has it.
  await expect(page).toHaveURL(/affiliate=[^&]+/);
  await expect(For).not.toHaveValue('');
  const affiliateId = await For.inputValue();
  await expect(page).toHaveURL(new RegExp(`affiliate=${affiliateId}`));

  // Enter twice on "Previous month": two months back, and the button keeps the focus throughout.
  const previous = page.getByRole('button', { name: 'Previous month', exact: true });
  await previous.focus();
  await page.keyboard.press('Enter');
  await expect(heading(addMonths(month, -1))).toBeVisible();
  await expect(previous).toBeFocused();
  await page.keyboard.press('Enter');
  const shown = addMonths(month, -2);
  await expect(heading(shown)).toBeVisible();
  await expect(previous).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`from=${shown}&to=${shown}`));

  // A year typed digit by digit into "First month" is taken once it is whole, and the last month stays.
  const first = page.getByLabel('First month');
  const last = page.getByLabel('Last month');
  const yearBefore = String(Number(shown.slice(0, 4)) - 1);
  const monthBefore = `${yearBefore}-${shown.slice(5)}`;
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(yearBefore);
  await expect(first).toHaveValue(monthBefore);
  await expect(first).toBeFocused();
  await expect(last).toHaveValue(shown);
  await expect(page).toHaveURL(new RegExp(`from=${monthBefore}&to=${shown}`));
  // Thirteen months is too long: the reason shows below the controls, which keep the chosen affiliate.
  await expect(page.getByText('A report covers at most 12 months. Choose a shorter range.')).toBeVisible();
  await expect(For).toHaveValue(affiliateId);
  await expect(For.locator('option:checked')).toHaveText('NAMI Riverbend');
  await page.screenshot({ path: testInfo.outputPath('refused-range.png') });

  // The same year typed into "Last month" moves only the last month.
  await last.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(yearBefore);
  await expect(last).toHaveValue(monthBefore);
  await expect(first).toHaveValue(monthBefore);
  await expect(heading(monthBefore)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`from=${monthBefore}&to=${monthBefore}&affiliate=${affiliateId}`));
});
