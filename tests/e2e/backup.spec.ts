import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { editingInAnotherWindow, holdBackups, releaseBackups } from './support/backups';
import { expectNoSeriousA11yViolations } from './support/axe';
import { goTo, loadSampleData, openApp } from './support/app';

const GROUP = 'Conexión en Español';
const NOT_OURS = "Couldn't read this file: it isn't a backup from Connection Coordinator. Nothing was changed.";

const keptBackups = (page: Page) =>
  page.getByRole('table', { name: 'Backups on this computer, newest first' }).getByRole('row');

async function deleteGroup(page: Page, name: string): Promise<void> {
  await goTo(page, 'Groups');
  await page.getByRole('link', { name }).click();
  await page.getByRole('button', { name: 'Delete group' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('link', { name })).toHaveCount(0);
}

async function groupNames(page: Page): Promise<string[]> {
  await goTo(page, 'Groups');
  await expect(page.getByRole('table')).toBeVisible();
  // The table can show before its rows are read (after a reload onto a restored database).
  await expect(page.getByRole('table').getByRole('link').first()).toBeVisible();
  return (await page.getByRole('table').getByRole('link').allTextContents()).sort();
}

test('back up, delete a group, restore it, then undo the restore', async ({ page }) => {
  await loadSampleData(page);
  const before = await groupNames(page);
  expect(before).toContain(GROUP);

  await goTo(page, 'Backup');
  await expect(page.getByText('No backup yet.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'on Backup before any backup');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backed up' })).toContainText('4 groups');
  // (An automatic backup may be listed too: one is made a few seconds after the app starts.)
  const mine = keptBackups(page).filter({ hasText: 'Backed up by you' });
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText('4 groups, 42 meeting records');
  await expect(page.getByRole('definition').filter({ hasText: 'just now' })).toBeVisible();

  await deleteGroup(page, GROUP);

  await goTo(page, 'Backup');
  await mine.getByRole('button', { name: /^Restore… the backup made/ }).click();
  const review = page.getByRole('region', { name: 'Restore this backup?' });
  await expect(review).toBeVisible();
  const groupsRow = review.getByRole('row', { name: /^Groups/ });
  await expect(groupsRow.getByRole('cell')).toHaveText(['4', '3']);
  await expectNoSeriousA11yViolations(page, 'on the restore review');
  // A second window on the same records: the restore switches to a new database, and it must step aside.
  const other = await page.context().newPage();
  await openApp(other, '/groups');
  await review.getByRole('button', { name: 'Restore this backup' }).click();

  const restored = page.getByRole('region', { name: 'Backup restored' });
  await expect(restored).toContainText('4 groups');
  // The safety backup of what was there before is kept, and listed.
  await expect(keptBackups(page).filter({ hasText: 'Just before a restore' })).toHaveCount(1);
  await expectNoSeriousA11yViolations(page, 'after a restore');
  expect(await groupNames(page)).toEqual(before);
  await expect(other.getByRole('alert')).toContainText('restored in another window. Reload this window');
  await other.reload();
  expect(await groupNames(other)).toEqual(before);
  await other.close();

  await goTo(page, 'Backup');
  await page.getByRole('button', { name: 'Undo restore' }).click();
  await expect(page.getByRole('region', { name: 'Restore undone' })).toContainText('back as they were');
  expect(await groupNames(page)).toEqual(before.filter((name) => name !== GROUP));

  // Still there after a reload: the records are stored, not just on the screen.
  await page.reload();
  expect(await groupNames(page)).toEqual(before.filter((name) => name !== GROUP));
});

test('a damaged or foreign file is refused in plain words and nothing changes', async ({ page }) => {
  await loadSampleData(page);
  const before = await groupNames(page);
  await goTo(page, 'Backup');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backed up' })).toBeVisible();

  // A real backup, downloaded, then cut short.
  const download = page.waitForEvent('download');
  await keptBackups(page)
    .filter({ hasText: 'Backed up by you' })
    .getByRole('button', { name: /^Download the backup made/ })
    .click();
  const whole = await readFile(await (await download).path());
  expect(whole.subarray(0, 60).toString()).toContain('"format":"connection-coordinator-backup"');

  const chooser = page.getByLabel('Backup file');
  await chooser.setInputFiles({
    name: 'cut-short.json',
    mimeType: 'application/json',
    buffer: whole.subarray(0, whole.length / 2),
  });
  const refused = page.getByRole('region', { name: 'Nothing was changed' });
  await expect(refused.getByRole('alert')).toContainText('it is incomplete or damaged. Nothing was changed.');
  await expectNoSeriousA11yViolations(page, 'on a refused file');

  await chooser.setInputFiles({
    name: 'groups.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('name,day\nDowntown,Tuesday\n'),
  });
  await expect(refused.getByRole('alert')).toContainText(NOT_OURS);
  await expect(refused.getByText('What exactly is wrong')).toHaveCount(0);

  await chooser.setInputFiles({
    name: 'photo.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"something else"}'),
  });
  await expect(refused.getByRole('alert')).toContainText(NOT_OURS);

  // A file shared by another coordinator: the refusal says where such a file is combined.
  await chooser.setInputFiles({
    name: 'shared-records-office.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"connection-coordinator-exchange","formatVersion":1,"records":{}}'),
  });
  await expect(refused.getByRole('alert')).toContainText(
    'This file holds records shared by another coordinator, not a backup. To combine it, use Backup → Share with other coordinators → Share or combine records. Nothing was changed.',
  );
  await expect(page.getByRole('link', { name: 'Share or combine records' })).toBeVisible();

  expect(await groupNames(page)).toEqual(before);
});

test('a copy protected with a passphrase opens only with that passphrase', async ({ page }) => {
  await loadSampleData(page);
  await goTo(page, 'Backup');
  await page.getByLabel('Protect this copy with a passphrase').check();
  await page.getByLabel('Passphrase', { exact: true }).fill('short');
  await page.getByLabel('Type the passphrase again').fill('different');
  await page.getByRole('button', { name: 'Save a copy as…' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was saved' })).toBeVisible();
  await expect(page.getByText('Use at least 8 characters for the passphrase')).toHaveCount(2);

  await page.getByLabel('Passphrase', { exact: true }).fill('blue heron at dawn');
  await page.getByLabel('Type the passphrase again').fill('blue heron at dawn');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy as…' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^connection-coordinator-\d{4}-\d{2}-\d{2}\.ccbackup$/);
  const locked = await readFile(await saved.path());
  expect(locked.includes(Buffer.from('Conexión'))).toBe(false);

  await page
    .getByLabel('Backup file')
    .setInputFiles({ name: saved.suggestedFilename(), mimeType: 'application/octet-stream', buffer: locked });
  const ask = page.getByRole('region', { name: 'This file has a passphrase' });
  await ask.getByLabel('Passphrase').fill('blue heron at dusk');
  await ask.getByRole('button', { name: 'Open file' }).click();
  await expect(ask.getByText("That passphrase doesn't open this file.")).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'when asking for a passphrase');
  await ask.getByLabel('Passphrase').fill('blue heron at dawn');
  await ask.getByRole('button', { name: 'Open file' }).click();
  const review = page.getByRole('region', { name: 'Restore this backup?' });
  await expect(review.getByRole('row', { name: /^Groups/ }).getByRole('cell')).toHaveText(['4', '4']);
  await review.getByRole('button', { name: 'Cancel' }).click();
  await expect(review).toBeHidden();
});

test('the Backup screen shows storage health', async ({ page }) => {
  await loadSampleData(page);
  await goTo(page, 'Backup');
  const health = page.getByRole('region', { name: 'Storage health' });
  await expect(health.getByRole('definition').nth(2)).toContainText(/Using .+\. About .+ more can be stored\./);
  await expect(health.getByRole('term')).toHaveText(['Last backup', 'Storage kept safe', 'Space']);
});

test('while a restore runs no window can save, and each says why', async ({ page }) => {
  // A second window, in the middle of editing a group.
  const { other, phone } = await editingInAnotherWindow(page, GROUP);
  const phoneBefore = await phone.inputValue();

  await keptBackups(page)
    .filter({ hasText: 'Backed up by you' })
    .getByRole('button', { name: /^Restore… the backup made/ })
    .click();
  const review = page.getByRole('region', { name: 'Restore this backup?' });
  await expect(review).toBeVisible();
  await holdBackups(other);
  await review.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'A restore is running. Until it finishes' })).toBeVisible();
  // The restore's progress stays in view: the navigation waits.
  await expect(page.locator('nav[aria-label="Main"]')).toHaveAttribute('inert', '');
  await expect(
    other.getByRole('status').filter({ hasText: 'A restore is running in another window. Until it finishes' }),
  ).toBeVisible();
  await phone.fill('(555) 010-9999');
  await other.getByRole('button', { name: 'Save group' }).click();
  await expect(other.getByRole('alert').filter({ hasText: 'could not be saved' })).toHaveText(
    'The group could not be saved: A restore is running. Wait for it to finish; nothing was saved.',
  );

  await releaseBackups(other);
  await expect(page.getByRole('region', { name: 'Backup restored' })).toBeVisible();
  await expect(page.locator('nav[aria-label="Main"]')).not.toHaveAttribute('inert');
  await expect(other.getByRole('alert').filter({ hasText: 'restored in another window' })).toBeVisible();
  // Reloaded, the same form shows the restored group: the number typed during the restore was never kept.
  await other.reload();
  await expect(other.getByLabel('Public contact phone', { exact: true })).toHaveValue(phoneBefore);
  await other.close();
});
