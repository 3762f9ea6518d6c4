import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { goTo, loadSampleData, openApp } from './support/app';

test('settings are saved and kept after a reload', async ({ page }) => {
  await openApp(page, '/settings');
  await page.getByLabel('Organisation name').fill('NAMI Prairie Valley');
  await page.getByLabel('Mailing address').fill('12 Oak Street\nSpringfield, IL 62701');
  await page.getByLabel('Phone', { exact: true }).fill('(217) 555-0101');
  await page.getByLabel('Email').fill('groups@prairievalley.example.org');
  await page.getByLabel('Website').fill('https://prairievalley.example.org');
  await page.getByLabel('State office phone').fill('(217) 555-0199');
  await page.getByLabel('Time zone').selectOption('America/Chicago');
  await page.getByLabel('Default meeting length (minutes)').fill('90');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved' })).toBeVisible();
  // The navigation shows the organisation at once.
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('NAMI Prairie Valley');

  await page.reload();
  await expect(page.getByLabel('Organisation name')).toHaveValue('NAMI Prairie Valley');
  await expect(page.getByLabel('Mailing address')).toHaveValue('12 Oak Street\nSpringfield, IL 62701');
  await expect(page.getByLabel('Email')).toHaveValue('groups@prairievalley.example.org');
  await expect(page.getByLabel('Website')).toHaveValue('https://prairievalley.example.org');
  await expect(page.getByLabel('State office phone')).toHaveValue('(217) 555-0199');
  await expect(page.getByLabel('Default meeting length (minutes)')).toHaveValue('90');
});

test('bad settings are refused next to the field and nothing is saved', async ({ page }) => {
  await openApp(page, '/settings');
  await page.getByLabel('Organisation name').fill('NAMI Prairie Valley');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved' })).toBeVisible();

  await page.getByLabel('Organisation name').fill('Changed name');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Default meeting length (minutes)').fill('5');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing was saved');
  await expect(page.getByText('Enter an email address like name@example.org')).toHaveCount(2);
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');

  await page.reload();
  await expect(page.getByLabel('Organisation name')).toHaveValue('NAMI Prairie Valley');
});

test('sample data fills an empty database with four groups', async ({ page }) => {
  await loadSampleData(page);
  await goTo(page, 'Groups');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(5); // a header and four groups
  for (const name of [
    'Downtown Tuesday Connection',
    'Grove Avenue Thursday Connection',
    'Conexión en Español',
    'Northside First Monday Connection',
  ]) {
    await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
  }
  await page.reload();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(5);
});

test('every screen has a heading and no serious accessibility violations', async ({ page }) => {
  await openApp(page);
  await expectNoSeriousA11yViolations(page, 'on the empty Home');
  await loadSampleData(page);
  for (const screen of [
    'Home',
    'Calendar',
    'Groups',
    'Venues',
    'Donations',
    'Facilitators',
    'Flyers',
    'Reports',
    'Backup',
    'Settings',
  ]) {
    await goTo(page, screen);
    await expect(page.getByRole('link', { name: screen, exact: true })).toHaveAttribute('aria-current', 'page');
    await expectNoSeriousA11yViolations(page, `on ${screen}`);
  }
});

test('the renderer has no require, no process and only the browser platform outside Electron', async ({ page }) => {
  await openApp(page);
  const globals = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    api: typeof window.api,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', api: 'undefined' });
});

test('the page refuses remote scripts through its content security policy', async ({ page }) => {
  await openApp(page);
  const blocked = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.src = 'https://example.com/remote.js';
    return new Promise<boolean>((resolve) => {
      document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
      script.onload = () => resolve(false);
      document.head.append(script);
    });
  });
  expect(blocked).toBe(true);
  // Code the page itself would compile from strings (inline scripts, string timers) is refused.
  const ran = await page.evaluate(async () => {
    const flags = window as unknown as { inlineRan?: boolean; stringTimerRan?: boolean };
    const inline = document.createElement('script');
    inline.textContent = 'window.inlineRan = true';
    document.head.append(inline);
    (setTimeout as unknown as (code: string, ms: number) => void)('window.stringTimerRan = true', 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { inline: flags.inlineRan === true, stringTimer: flags.stringTimerRan === true };
  });
  expect(ran).toEqual({ inline: false, stringTimer: false });
});

test('the keyboard reaches the navigation and a skip link', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the page' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Home', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Groups', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Groups', level: 1 })).toBeVisible();
});

test('an upgrade from another window closes this one with a clear message', async ({ page, context }) => {
  await openApp(page, '/settings');
  await expect(page.getByLabel('Organisation name')).toBeVisible();
  const other = await context.newPage();
  await other.goto('./#/');
  // Another window opens the same database at a newer version, as a newer release would.
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('connection-coordinator', 1000);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
  await expect(page.getByRole('alert')).toContainText('updated in another window');
  await expect(page.getByRole('alert')).toContainText('Everything you saved is kept');
});
