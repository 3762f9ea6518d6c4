// Holding the browser mode's backups store from a page, so a safety backup taken in another window
// waits, with every write already stopped, until the page releases it (releaseBackups).
import type { Page } from '@playwright/test';

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
