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
}

export async function goTo(page: Page, screen: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: screen, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** The page's own status line (panels inside the page may have their own). */
export const pageStatus = (page: Page) => page.locator('main > [role="status"]');
