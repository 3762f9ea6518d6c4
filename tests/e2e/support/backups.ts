// Holding the browser mode's backups store from a page, so a safety backup taken in another window
// waits, with every write already stopped, until the page releases it (releaseBackups).
import { expect, type Locator, type Page } from '@playwright/test';
import { goTo, loadSampleData, openApp } from './app';

/**
 * Keeps the backups store busy from this window (runs in the page) until `releaseBackups` is called.
 * The store must exist already: back up once first.
 */
function holdInPage(): Promise<void> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open('connection-coordinator-backups');
    opening.onerror = () => reject(opening.error);
    opening.onsuccess = () => {
      const held = opening.result.transaction(['entries', 'files'], 'readwrite');
      const page = window as unknown as { releaseBackups?: boolean };
      const again = () => {
        if (!page.releaseBackups) held.objectStore('entries').count().onsuccess = again;
      };
      again();
      resolve();
    };
  });
}

export const holdBackups = (page: Page): Promise<void> => page.evaluate(holdInPage);

export const releaseBackups = (page: Page): Promise<unknown> =>
  page.evaluate(() => ((window as unknown as { releaseBackups?: boolean }).releaseBackups = true));

/**
 * The example loaded and backed up once (so the backups store exists), and a second window of this copy
 * in the middle of editing `group`: returns that window and its phone field.
 */
export async function editingInAnotherWindow(page: Page, group: string): Promise<{ other: Page; phone: Locator }> {
  await loadSampleData(page);
  await goTo(page, 'Backup');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backed up' })).toBeVisible();
  const other = await page.context().newPage();
  await openApp(other, '/groups');
  await other.getByRole('link', { name: group, exact: true }).click();
  await other.getByRole('link', { name: 'Edit group' }).click();
  return { other, phone: other.getByLabel('Public contact phone', { exact: true }) };
}
