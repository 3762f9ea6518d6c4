import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { goTo, loadSampleData, openApp, pageStatus } from './support/app';
import { addDays, nextWeekday, todayInZone } from './support/dates';

const GROUP = 'Downtown Tuesday Connection';
const PHONE = '(815) 555-0142';
const TABS = 10;

/** "December 8", as flyers write a date in a closure line. */
const monthDay = (iso: string, locale = 'en-US') => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' });
};

/** Closes the library on a Tuesday one to two weeks ahead, through the Closures screen. */
async function closeLibraryOnATuesday(page: Page): Promise<string> {
  const closed = addDays(nextWeekday(addDays(todayInZone(), 1), 2), 7);
  await page.goto('./#/calendar/closures');
  await page.getByLabel('First day').fill(closed);
  await page.getByLabel('Reason').fill('Library closed');
  await page.getByRole('button', { name: 'Add closure' }).click();
  await expect(page.getByRole('status')).toContainText('Closure added');
  return closed;
}

/** From the Flyers screen, the second click. */
async function openFlyer(page: Page, group = GROUP) {
  await page.getByRole('link', { name: `Open flyer for ${group}` }).click();
  await expect(page.getByRole('heading', { name: group, level: 2 })).toBeVisible();
  await waitUntilFitted(page);
}

/** Opens a flyer without insisting that it fits. */
async function openFlyerUnfitted(page: Page, group: string) {
  await page.getByRole('link', { name: `Open flyer for ${group}` }).click();
  await expect(page.getByRole('heading', { name: group, level: 2 })).toBeVisible();
  await expect(page.locator('.flyer-body[data-fitted="true"]')).toHaveCount(1);
}

/** Waits until every flyer's type is sized to its page, and checks that each one fitted. */
async function waitUntilFitted(page: Page) {
  await waitUntilMeasured(page);
  await expect(page.getByText(/doesn't fit on one page/)).toHaveCount(0);
}

/** Waits until every flyer's type is sized to its page, whether or not it fits. */
async function waitUntilMeasured(page: Page) {
  await expect(page.locator('.flyer-body[data-fitted="false"]')).toHaveCount(0);
  await expect(page.locator('.flyer-body[data-fitted="true"]').first()).toBeVisible();
}

/** Edits a group's fields by their labels (a select takes an option's label). */
async function editGroup(
  page: Page,
  group: string,
  fields: Record<string, string>,
  selects: Record<string, string> = {},
) {
  await page.goto('./#/groups');
  await page.getByRole('link', { name: group, exact: true }).click();
  await page.getByRole('link', { name: 'Edit group' }).click();
  for (const [label, option] of Object.entries(selects)) await page.getByLabel(label).selectOption({ label: option });
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label).fill(value);
  await page.getByRole('button', { name: 'Save group' }).click();
  const saved = fields['Group name'] ?? group;
  // Exact: the edit page's own heading, "Edit …", holds the group's name too.
  await expect(page.getByRole('heading', { name: saved, level: 1, exact: true })).toBeVisible();
}

/** Expects `inner` to lie wholly inside `outer` on the screen (a part cut off by the page reaches past it). */
async function expectInside(inner: Locator, outer: Locator, what: string) {
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
  if (!a || !b) throw new Error(`${what}: not drawn`);
  expect(a.height, `${what}: drawn`).toBeGreaterThan(0);
  expect(a.x, `${what}: left`).toBeGreaterThanOrEqual(b.x - 0.5);
  expect(a.y, `${what}: top`).toBeGreaterThanOrEqual(b.y - 0.5);
  expect(a.x + a.width, `${what}: right`).toBeLessThanOrEqual(b.x + b.width + 0.5);
  expect(a.y + a.height, `${what}: bottom`).toBeLessThanOrEqual(b.y + b.height + 0.5);
}

/**
 * For every tear-off tab, where the text of `part` (its lines as drawn, turned and all) reaches past the
 * tab's cut lines, in CSS pixels: none when all of it is on the tab.
 */
async function tabOverhang(page: Page, part: '.flyer-tab-text' | '.flyer-tab-reach'): Promise<string[]> {
  await expect(page.locator('.flyer-tab')).toHaveCount(TABS);
  return page.locator('.flyer-tab').evaluateAll(
    (tabs, selector) =>
      tabs.flatMap((tab, index) => {
        const text = tab.querySelector(selector);
        if (!text) return [`tab ${index + 1}: no text`];
        const range = document.createRange();
        range.selectNodeContents(text);
        const [t, r] = [tab.getBoundingClientRect(), range.getBoundingClientRect()];
        const over = Math.max(t.left - r.left, r.right - t.right, t.top - r.top, r.bottom - t.bottom);
        return over > 0.5 ? [`tab ${index + 1}: ${over.toFixed(1)} px past the cut line`] : [];
      }),
    part,
  );
}

interface Printed {
  text: string;
  pages: number;
  pageSize: string;
  /** grey levels, row by row, of the first page at 40 dpi */
  rows: Uint8Array[];
}

/** Prints the view to a PDF, keeps it and its PNG as artifacts, and reads them back as a reader would. */
async function printToPdf(page: Page, info: TestInfo, name: string, format: 'Letter' | 'A4'): Promise<Printed> {
  const pdfPath = info.outputPath(`${name}.pdf`);
  writeFileSync(pdfPath, await page.pdf({ format, printBackground: true }));
  execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdfPath, info.outputPath(name)]);
  execFileSync('pdftoppm', ['-gray', '-r', '40', '-singlefile', pdfPath, info.outputPath(`${name}-grey`)]);
  const info_ = execFileSync('pdfinfo', [pdfPath]).toString();
  return {
    text: execFileSync('pdftotext', [pdfPath, '-']).toString().replace(/\s+/g, ' '),
    pages: Number(/Pages:\s+(\d+)/.exec(info_)?.[1]),
    pageSize: /Page size:\s+([^\n]+)/.exec(info_)?.[1] ?? '',
    rows: greyRows(readFileSync(info.outputPath(`${name}-grey.pgm`))),
  };
}

/** The rows of a binary PGM (P5) image. */
function greyRows(pgm: Buffer): Uint8Array[] {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a PGM image');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  return Array.from({ length: height }, (_, row) => pixels.subarray(row * width, (row + 1) * width));
}

/** Whether any pixel in rows [fromFraction, toFraction) of the page's height is dark. */
function inkBetween(rows: Uint8Array[], fromFraction: number, toFraction: number): boolean {
  const from = Math.floor(rows.length * fromFraction);
  const to = Math.ceil(rows.length * toFraction);
  return rows.slice(from, to).some((row) => row.some((grey) => grey < 128));
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

test('a group flyer says when it meets, calls out a closure and prints on one page, Letter and A4', async ({
  page,
}, info) => {
  await loadSampleData(page);
  const closed = await closeLibraryOnATuesday(page);
  const closureLine = `No meeting on ${monthDay(closed)} (Library closed)`;

  // Two clicks from anywhere: Flyers, then the group's flyer.
  await goTo(page, 'Flyers');
  await expectNoSeriousA11yViolations(page, 'on Flyers');
  await page.screenshot({ path: info.outputPath('flyers-screen.png'), fullPage: true });
  await openFlyer(page);
  const flyer = page.getByRole('region', { name: GROUP });
  await expect(flyer.getByText('Every Tuesday, 6:30–8:00 PM')).toBeVisible();
  await expect(flyer.getByText(closureLine)).toBeVisible();
  await expect(flyer.getByRole('heading', { name: 'Next meetings' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'on the flyer');
  await page.screenshot({ path: info.outputPath('flyer-preview.png') });

  for (const layout of ['Standard page', 'With tear-off tabs', 'Large print'] as const) {
    await page.getByLabel('Layout').selectOption({ label: layout });
    for (const size of ['Letter', 'A4'] as const) {
      await page
        .getByLabel('Paper size')
        .selectOption({ label: size === 'A4' ? 'A4 (210 × 297 mm)' : 'Letter (8.5 × 11 in)' });
      await waitUntilFitted(page);
      // The sample flyer fits whole: nothing had to give way.
      await expect(page.getByText(/To fit on one page/)).toHaveCount(0);
      const name = `${layout.split(' ')[0]!.toLowerCase()}-${size.toLowerCase()}`;
      const pdf = await printToPdf(page, info, name, size);
      expect(pdf.pages, `${name}: pages`).toBe(1);
      expect(pdf.pageSize, `${name}: paper`).toMatch(size === 'A4' ? /^595\.\d+ x 84[12]\.\d+ pts/ : /^612 x 792 pts/);
      expect(pdf.text, `${name}: schedule`).toContain('Every Tuesday, 6:30–8:00 PM');
      expect(pdf.text, `${name}: closure`).toContain(closureLine);
      expect(pdf.text, `${name}: organisation`).toContain('NAMI Riverbend');
      // Nothing printed in the outermost sliver of the paper, where printers cannot reach.
      expect(inkBetween(pdf.rows, 0.99, 1), `${name}: bottom edge blank`).toBe(false);
      if (layout === 'With tear-off tabs') {
        // Ten tabs and the heading: the last tab made it onto the paper.
        expect(count(pdf.text, GROUP), `${name}: tabs`).toBeGreaterThanOrEqual(TABS + 1);
        expect(count(pdf.text, PHONE), `${name}: tab phones`).toBeGreaterThanOrEqual(TABS);
        expect(inkBetween(pdf.rows, 0.95, 0.985), `${name}: tabs reach the bottom`).toBe(true);
      } else {
        // The footer sits on the bottom margin: the page was not cut short.
        expect(inkBetween(pdf.rows, 0.9, 0.96), `${name}: footer at the bottom`).toBe(true);
      }
    }
  }
});

test('a Spanish large-print flyer with a QR code keeps the names as written', async ({ page }, info) => {
  await loadSampleData(page);
  const closed = await closeLibraryOnATuesday(page);
  await goTo(page, 'Flyers');
  await page.getByLabel('Layout').selectOption({ label: 'Large print' });
  await page.getByLabel('Language').selectOption({ label: 'Spanish (Español)' });
  await page.getByLabel('Add a QR code').check();
  await openFlyer(page);

  const flyer = page.getByRole('region', { name: GROUP });
  await expect(flyer.getByText('Todos los martes, 6:30–8:00 p. m.')).toBeVisible();
  await expect(flyer.getByText(`No hay reunión el ${monthDay(closed, 'es-ES')} (Library closed)`)).toBeVisible();
  await expect(flyer.getByRole('heading', { name: 'Próximas reuniones' })).toBeVisible();
  await expect(flyer.getByRole('img', { name: 'QR code for namiriverbend.example.org' })).toBeVisible();
  // Large print: the body text is at least 16 pt (16 pt = 21.33 CSS px).
  const bodySize = await flyer
    .locator('.flyer-welcome p')
    .first()
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(bodySize).toBeGreaterThanOrEqual(21.3);
  await expectNoSeriousA11yViolations(page, 'on the Spanish flyer');

  const pdf = await printToPdf(page, info, 'large-spanish-qr-letter', 'Letter');
  expect(pdf.pages).toBe(1);
  expect(pdf.text).toContain('Todos los martes, 6:30–8:00 p. m.');
  expect(pdf.text).toContain('Escanee para más información');
  expect(pdf.text).toContain('namiriverbend.example.org');

  // Back keeps the choices.
  await page.getByRole('link', { name: 'Back to flyers' }).click();
  await expect(page.getByRole('heading', { name: 'Flyers', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Language')).toHaveValue('es');
  await expect(page.getByLabel('Add a QR code')).toBeChecked();
});

test('every active group of an affiliate prints in one PDF, one flyer per page', async ({ page }, info) => {
  await loadSampleData(page);
  await goTo(page, 'Flyers');
  await page.getByLabel('Layout').selectOption({ label: 'With tear-off tabs' });
  await page.getByRole('link', { name: 'Open all flyers of NAMI Riverbend' }).click();
  await expect(page.getByRole('heading', { name: /Flyers for every active group of NAMI Riverbend/ })).toBeVisible();
  const names = [
    'Conexión en Español',
    'Downtown Tuesday Connection',
    'Grove Avenue Thursday Connection',
    'Northside First Monday Connection',
  ];
  for (const name of names) await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  await waitUntilFitted(page);
  // The Spanish-speaking group gets its flyer in Spanish, the others in English.
  await expect(page.getByRole('region', { name: 'Conexión en Español' })).toContainText('Todos los sábados');
  await expect(page.getByRole('region', { name: 'Northside First Monday Connection' })).toContainText(
    'First Monday of each month, 6:00–7:30 PM',
  );
  await expectNoSeriousA11yViolations(page, 'on the affiliate flyers');

  const pdf = await printToPdf(page, info, 'affiliate-tearoff-letter', 'Letter');
  expect(pdf.pages).toBe(4);
  for (const name of names) expect(count(pdf.text, name), name).toBeGreaterThanOrEqual(TABS + 1);
});

test("a hybrid group's flyer says how to join, its QR code leads there, and text too long for a page is flagged", async ({
  page,
}, info) => {
  const group = 'Grove Avenue Thursday Connection';
  await loadSampleData(page);
  await goTo(page, 'Groups');
  await page.getByRole('link', { name: group }).click();
  await page.getByRole('link', { name: 'Edit group' }).click();
  await page.getByLabel('Format').selectOption({ label: 'Hybrid (in person and online)' });
  await page.getByLabel('How to join online').fill('Join on Zoom: https://zoom.example.org/j/4455\nMeeting ID 4455');
  await page.getByLabel('Flyer welcome text').fill('Everyone is welcome here.\n\nCome early for coffee.');
  await page.getByRole('button', { name: 'Save group' }).click();
  // Exact: the edit page's own heading, "Edit …", holds the group's name too.
  await expect(page.getByRole('heading', { name: group, level: 1, exact: true })).toBeVisible();

  await goTo(page, 'Flyers');
  await page.getByLabel('Add a QR code').check();
  await openFlyer(page, group);
  const flyer = page.getByRole('region', { name: group });
  await expect(flyer.getByRole('heading', { name: 'How to join online' })).toBeVisible();
  await expect(flyer.getByText('Join on Zoom: https://zoom.example.org/j/4455')).toBeVisible();
  await expect(flyer.getByText('First Community Church')).toBeVisible();
  // The coordinator's own welcome replaces the standard one, paragraph by paragraph.
  await expect(flyer.getByText('Everyone is welcome here.')).toBeVisible();
  await expect(flyer.getByText('Come early for coffee.')).toBeVisible();
  await expect(flyer.getByText(/adults living with a mental health condition/)).toHaveCount(0);
  await expect(flyer.getByRole('img', { name: 'QR code for zoom.example.org/j/4455' })).toBeVisible();
  await expect(flyer.getByText('Scan to join online')).toBeVisible();
  const pdf = await printToPdf(page, info, 'hybrid-qr-letter', 'Letter');
  expect(pdf.pages).toBe(1);
  expect(pdf.text).toContain('zoom.example.org/j/4455');

  // A welcome far too long for one page gives way from its last paragraph, and the page says so.
  await editGroup(page, group, {
    'Flyer welcome text': Array(12).fill('We meet to share what helps. '.repeat(5)).join('\n\n'),
  });
  await page.goto('./#/flyers');
  await page.getByLabel('Layout').selectOption({ label: 'Large print' });
  await openFlyer(page, group);
  await expect(page.getByText(`To fit on one page, the flyer for ${group}`)).toContainText(
    /leaves out .*the last \d+ paragraphs of the welcome text\.$/,
  );
  await expect(flyer.getByText('We meet to share what helps.', { exact: false }).first()).toBeVisible();

  // Join details far too long for any page: what is cut off is named, and how to get in touch is not it.
  await editGroup(page, group, {
    'Flyer welcome text': '',
    'How to join online': Array.from(
      { length: 14 },
      (_, line) => `Step ${line + 1}: https://zoom.example.org/j/4455 then wait to be let in.`,
    )
      .join('\n')
      .slice(0, 1000),
  });
  await page.goto('./#/flyers');
  await page.getByLabel('Layout').selectOption({ label: 'Large print' });
  await page.getByLabel('Add a QR code').check();
  await openFlyerUnfitted(page, group);
  await expect(page.getByText(`The flyer for ${group} doesn't fit on one page`)).toContainText(
    "“How to join online” is cut off. Shorten “How to join online” (on the group's page) before printing.",
  );
  const body = flyer.locator('.flyer-body');
  await expectInside(flyer.getByRole('heading', { name: group, level: 2 }), body, 'name');
  await expectInside(flyer.getByText('First Community Church'), body, 'where');
  await expectInside(
    flyer.locator('section').filter({ has: page.getByRole('heading', { name: 'Questions? Get in touch' }) }),
    body,
    'contact',
  );
  await expectInside(flyer.getByRole('img', { name: 'QR code for zoom.example.org/j/4455' }), body, 'QR code');
  await expectInside(flyer.locator('.flyer-foot'), body, 'footer');
});

test('a large-print flyer with long join details keeps its contact details and QR code whole, and says what gave way and why', async ({
  page,
}, info) => {
  const group = 'Northside First Monday Connection';
  await loadSampleData(page);
  await editGroup(
    page,
    group,
    { 'How to join online': 'Join on Zoom: https://zoom.us/j/81234567890\nMeeting ID 812 3456 7890, passcode 445566' },
    { Format: 'Hybrid (in person and online)' },
  );
  await goTo(page, 'Flyers');
  await page.getByLabel('Layout').selectOption({ label: 'Large print' });
  await page.getByLabel('Add a QR code').check();
  await openFlyer(page, group);

  const flyer = page.getByRole('region', { name: group });
  const body = flyer.locator('.flyer-body');
  for (const [language, words] of [
    [
      'English',
      { when: 'First Monday of each month, 6:00–7:30 PM', contact: 'Questions? Get in touch', phone: 'Phone:' },
    ],
    [
      'Spanish (Español)',
      {
        when: 'El primer lunes de cada mes, 6:00–7:30 p. m.',
        contact: '¿Preguntas? Comuníquese con nosotros',
        phone: 'Teléfono:',
      },
    ],
  ] as const) {
    await page.getByLabel('Language').selectOption({ label: language });
    await waitUntilFitted(page);
    await expect(flyer.getByText(words.when)).toBeVisible();
    // Name, when, where, how to get in touch and the QR code are whole on the page; the footer too.
    await expectInside(flyer.getByRole('heading', { name: group, level: 2 }), body, `${language}: name`);
    await expectInside(flyer.getByText(words.when), body, `${language}: when`);
    await expectInside(flyer.getByText('Northside Health Center'), body, `${language}: where`);
    const contact = flyer.locator('section').filter({ has: page.getByRole('heading', { name: words.contact }) });
    await expectInside(contact, body, `${language}: contact`);
    await expect(contact).toContainText('namiriverbend.example.org');
    await expectInside(
      flyer.getByRole('img', { name: 'QR code for zoom.us/j/81234567890' }),
      body,
      `${language}: QR code`,
    );
    await expectInside(flyer.locator('.flyer-foot'), body, `${language}: footer`);
    // Still large print: never below 16 pt (21.33 CSS px).
    const size = await body.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(size, `${language}: type size`).toBeGreaterThanOrEqual(21.33);
    // What gave way is said, and what took the room is named.
    await expect(page.getByText(`To fit on one page, the flyer for ${group}`)).toContainText(
      "leaves out the welcome text. Shortening “How to join online” (on the group's page)",
    );

    const pdf = await printToPdf(page, info, `large-hybrid-${language === 'English' ? 'en' : 'es'}`, 'Letter');
    expect(pdf.pages, `${language}: pages`).toBe(1);
    expect(pdf.text, `${language}: phone`).toContain(`${words.phone} (815) 555-0142`);
    expect(pdf.text, `${language}: website`).toContain('namiriverbend.example.org');
    expect(pdf.text, `${language}: QR address`).toContain('zoom.us/j/81234567890');
    expect(pdf.text, `${language}: organisation`).toContain('NAMI Riverbend');
    expect(inkBetween(pdf.rows, 0.9, 0.96), `${language}: footer at the bottom`).toBe(true);
    expect(inkBetween(pdf.rows, 0.99, 1), `${language}: bottom edge blank`).toBe(false);
  }
});

test('tear-off tabs fit a long name and an email address inside their cut lines, and say when a name cannot fit', async ({
  page,
}, info) => {
  const long = 'Riverbend Public Library Tuesday Evening Connection Recovery Support Group for Young Adults';
  const email = 'connection.downtown@namiriverbend.example.org';
  await loadSampleData(page);
  await editGroup(page, GROUP, { 'Group name': long });
  await goTo(page, 'Flyers');
  await page.getByLabel('Layout').selectOption({ label: 'With tear-off tabs' });
  await openFlyer(page, long);
  expect(await tabOverhang(page, '.flyer-tab-text'), 'a 90-character name and the phone').toEqual([]);
  await expect(page.getByText(/too long for the tear-off tabs/)).toHaveCount(0);
  let pdf = await printToPdf(page, info, 'tabs-long-name', 'Letter');
  expect(pdf.pages).toBe(1);
  expect(count(pdf.text, PHONE), 'a phone number on every tab').toBeGreaterThanOrEqual(TABS);

  // No phone anywhere: the tabs carry the email address, broken after its @ rather than cut off.
  await page.goto('./#/settings');
  await page.getByLabel('Phone', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await editGroup(page, long, { 'Group name': GROUP, 'Public contact phone': '', 'Public contact email': email });
  await page.goto('./#/flyers');
  await page.getByLabel('Layout').selectOption({ label: 'With tear-off tabs' });
  await openFlyer(page, GROUP);
  expect(await tabOverhang(page, '.flyer-tab-text'), 'the email address').toEqual([]);
  pdf = await printToPdf(page, info, 'tabs-email', 'Letter');
  expect(pdf.pages).toBe(1);

  // A name too long for any tab keeps the email whole, and the page says the name is cut short.
  const longest = `${long}, Their Families, Partners and Friends, Meeting in the Oak Room Every Week`;
  await editGroup(page, GROUP, { 'Group name': longest });
  await page.goto('./#/flyers');
  await page.getByLabel('Layout').selectOption({ label: 'With tear-off tabs' });
  await openFlyer(page, longest);
  await expect(page.getByText(`The group name is too long for the tear-off tabs of ${longest}`)).toContainText(
    'the tabs show its first words and the email address',
  );
  expect(await tabOverhang(page, '.flyer-tab-reach'), 'the email address beside a cut name').toEqual([]);
});

test('a group with a series to come at another venue says from when under Where, in English and Spanish', async ({
  page,
}) => {
  // Downtown adds Wednesdays at the church, from five to six weeks ahead.
  const moves = nextWeekday(addDays(todayInZone(), 35), 3);
  await loadSampleData(page);
  await page.goto('./#/groups');
  await page.getByRole('link', { name: GROUP, exact: true }).click();
  await page.getByRole('link', { name: 'Add a meeting schedule' }).click();
  await page.getByRole('radio', { name: 'Every week' }).check();
  await page.getByLabel('Day of the week').selectOption({ label: 'Wednesday' });
  await page.getByLabel('Start time').fill('18:30');
  await page.getByLabel('Venue').selectOption({ label: 'First Community Church' });
  await page.getByLabel('Room').selectOption({ label: 'Fellowship Hall' });
  await page.getByLabel('First meeting on or after').fill(moves);
  await page.getByRole('button', { name: 'Save schedule' }).click();
  await expect(pageStatus(page)).toContainText('Schedule added.');

  await goTo(page, 'Flyers');
  await openFlyer(page);
  const flyer = page.getByRole('region', { name: GROUP });
  const where = flyer.locator('section').filter({ has: page.getByRole('heading', { name: 'Where' }) });
  await expect(where).toContainText('Riverbend Public Library, Oak Room');
  await expect(where).toContainText(`From ${monthDay(moves)}: First Community Church, Fellowship Hall`);
  await page.getByLabel('Language').selectOption({ label: 'Spanish (Español)' });
  await waitUntilFitted(page);
  await expect(flyer.locator('section').filter({ has: page.getByRole('heading', { name: 'Dónde' }) })).toContainText(
    `A partir del ${monthDay(moves, 'es-ES')}: First Community Church, Fellowship Hall`,
  );
});

test('an empty Flyers screen says what flyers are for', async ({ page }) => {
  await openApp(page, '/flyers');
  await expect(page.getByRole('heading', { name: 'No groups yet' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'on the empty Flyers screen');
});
