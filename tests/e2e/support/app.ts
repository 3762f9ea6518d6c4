// Shared steps for end-to-end tests: open the app, load the example, go to a screen.
import { expect, type Page } from '@playwright/test';

export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(`./#${path}`);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

export async function loadSampleData(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load sample data' })).toHaveCount(0);
  // The button goes as soon as it is pressed; the records are there once their transaction commits.
  await expect.poll(() => page.evaluate(sampleWritten), { timeout: 15_000 }).toBe(true);
}

/** Whether the database in use holds the sample's facilitators and its monthly figures (runs in the page). */
async function sampleWritten(): Promise<boolean> {
  const name = localStorage.getItem('connection-coordinator.database') ?? 'connection-coordinator';
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const count = (table: string) =>
      new Promise<number>((resolve, reject) => {
        const request = db.transaction(table).objectStore(table).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    return (await count('facilitators')) > 0 && (await count('monthlyStats')) > 0;
  } finally {
    db.close();
  }
}

export async function goTo(page: Page, screen: string): Promise<void> {
  const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: screen, exact: true });
  const href = await link.getAttribute('href');
  await link.click();
  // Wait for the new screen, not just any heading: the one before may still be showing.
  if (href) await expect(page).toHaveURL((url) => url.hash.replace(/\?.*$/, '') === href);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** The page's own status line (panels inside the page may have their own). */
export const pageStatus = (page: Page) => page.locator('main > [role="status"]');
