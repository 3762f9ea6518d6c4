import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { goTo, loadSampleData } from './support/app';
import { addDays, todayInZone } from './support/dates';

const shots = process.env.SHOTS_DIR;
async function look(page: Page, name: string): Promise<void> {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

async function addApplicant(page: Page, name: string, phone: string): Promise<void> {
  await goTo(page, 'Facilitators');
  await page.getByRole('link', { name: 'Add applicant' }).click();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Phone').fill(phone);
  await page.getByLabel('Languages').fill('English, Spanish');
  await look(page, 'add-applicant');
  await expectNoSeriousA11yViolations(page, 'on Add applicant');
  await page.getByRole('button', { name: 'Save applicant' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page.getByRole('status').first()).toContainText(`${name} was added as an applicant.`);
}

async function moveTo(page: Page, name: string, step: string): Promise<void> {
  await goTo(page, 'Facilitators');
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByLabel('Move to').selectOption({ label: step });
  await page.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(page.getByText(`${name} moved to ${step}.`)).toBeVisible();
}

const board = (page: Page, step: string) => page.getByRole('region', { name: new RegExp(`^${step} \\(`) });

test('two applicants move through screening and a training to certified, and join a group', async ({ page }) => {
  await loadSampleData(page);
  await addApplicant(page, 'Dana Whitfield', '(815) 555-0110');
  await addApplicant(page, 'Omar Haddad', '(815) 555-0111');

  await goTo(page, 'Facilitators');
  await expect(board(page, 'Applied').getByRole('link', { name: 'Dana Whitfield' })).toBeVisible();
  await expect(board(page, 'Applied').getByRole('link', { name: 'Omar Haddad' })).toBeVisible();
  await look(page, 'board');
  await expectNoSeriousA11yViolations(page, 'on the pipeline board');

  for (const name of ['Dana Whitfield', 'Omar Haddad']) {
    await moveTo(page, name, 'Screening');
    await moveTo(page, name, 'Approved for training');
  }
  // Moves the table does not allow are not offered: an approved person is trained only by a training.
  await expect(page.getByLabel('Move to').getByRole('option')).toHaveText(['Choose a step', 'Declined', 'Inactive']);
  await expect(page.getByLabel('Move to')).toHaveValue('');
  await expect(page.getByRole('heading', { name: 'Change step' })).toBeVisible();
  await look(page, 'facilitator');
  await expectNoSeriousA11yViolations(page, 'on a facilitator');

  // The list, filtered to one step.
  await goTo(page, 'Facilitators');
  await page.getByRole('button', { name: 'List' }).click();
  await page.getByLabel('Step').selectOption({ label: 'Approved for training' });
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);
  await look(page, 'list');
  await expectNoSeriousA11yViolations(page, 'on the facilitator list');

  // A training: plan it, enroll both, tick attendance, complete it.
  await page.getByRole('link', { name: 'Trainings' }).click();
  await expect(page.getByRole('heading', { name: 'Trainings', level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'on Trainings (empty)');
  await page.getByRole('link', { name: 'Plan a training' }).first().click();
  // A training that ends today: it can be marked completed from its last day, not before.
  const lastDay = todayInZone();
  await page.getByLabel('First day').fill(addDays(lastDay, -1));
  await page.getByLabel('Last day').fill(lastDay);
  await page.getByLabel('Place').fill('Riverbend Public Library, Meeting Room A');
  await page.getByLabel('Trainer').fill('Kim Adler');
  await expectNoSeriousA11yViolations(page, 'on Plan a training');
  await page.getByRole('button', { name: 'Save training' }).click();
  await expect(page.getByText('Training saved. Now enroll trainees.')).toBeVisible();
  for (const name of ['Dana Whitfield', 'Omar Haddad']) {
    await page.getByLabel('Person to enroll').selectOption({ label: name });
    await page.getByRole('button', { name: 'Enroll' }).click();
    await expect(page.getByText(`${name} is enrolled.`)).toBeVisible();
    const attended = page.getByRole('checkbox', { name: `${name} attended` });
    await attended.click();
    await expect(attended).toBeChecked();
    await expect(page.getByText(`${name} attended.`)).toBeVisible();
  }
  await look(page, 'training-open');
  await expectNoSeriousA11yViolations(page, 'on a training before completion');
  await page.getByRole('button', { name: 'Mark training completed' }).click();
  await expect(page.getByText('Training completed. 2 people moved to Trained.')).toBeVisible();

  // Certify each; the certification date is recorded for each person.
  for (const name of ['Dana Whitfield', 'Omar Haddad']) {
    await page.getByRole('button', { name: `Certify ${name}` }).click();
    await expect(page.getByText(`${name} is certified and can now be assigned to a group.`)).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Certified');
  }
  await expect(
    page
      .getByRole('row', { name: /Dana Whitfield/ })
      .getByRole('cell')
      .nth(3),
  ).not.toHaveText('Not yet');
  await look(page, 'training-completed');
  await expectNoSeriousA11yViolations(page, 'on a completed training');

  // Home reminds about certified people without a group.
  await goTo(page, 'Home');
  const unassigned = page.getByRole('region', { name: 'Certified, not yet assigned' });
  await expect(unassigned).toContainText('Dana Whitfield');
  await expect(unassigned).toContainText('Omar Haddad');
  await expect(page.getByRole('region', { name: 'Applicants waiting' })).toContainText('Renee Park');
  await look(page, 'home');
  await expectNoSeriousA11yViolations(page, 'on Home');

  // The group has one active facilitator, who steps down; then both new facilitators join on the group's page.
  const groveRow = (page: Page) => page.getByRole('row', { name: /Grove Avenue Thursday Connection/ });
  await goTo(page, 'Groups');
  await expect(groveRow(page)).toContainText('1 active');
  await expect(groveRow(page)).toContainText('Needs facilitators');
  await groveRow(page).getByRole('link', { name: 'Grove Avenue Thursday Connection' }).click();
  const panel = page.getByRole('region', { name: 'Facilitators' });
  await panel.getByRole('button', { name: 'Remove Terry Holt' }).click();
  await expect(panel.getByText('Terry Holt no longer facilitates Grove Avenue Thursday Connection.')).toBeVisible();
  await expect(panel).toContainText('Needs facilitators: this group has no active facilitators.');
  // Only certified or active people are offered: Renee (screening) and Morgan (applied) are not.
  const choices = panel.getByLabel('Facilitator to assign').getByRole('option');
  await expect(choices).toContainText(['Dana Whitfield (Certified)', 'Omar Haddad (Certified)']);
  await expect(choices.filter({ hasText: /Renee Park|Morgan Price/ })).toHaveCount(0);
  for (const name of ['Dana Whitfield', 'Omar Haddad']) {
    await panel.getByLabel('Facilitator to assign').selectOption({ label: `${name} (Certified)` });
    await panel.getByRole('button', { name: 'Assign' }).click();
    await expect(panel.getByText(`${name} now facilitates Grove Avenue Thursday Connection.`)).toBeVisible();
    await expect(panel.getByRole('row', { name: new RegExp(name) })).toContainText('Active');
  }
  await expect(panel.getByText(/Needs facilitators/)).toHaveCount(0);
  await look(page, 'group');
  await expectNoSeriousA11yViolations(page, 'on the group');

  await goTo(page, 'Groups');
  await expect(groveRow(page)).toContainText('2 active');
  await expect(groveRow(page)).not.toContainText('Needs facilitators');

  // On a person's page too, someone not yet certified cannot be assigned.
  await goTo(page, 'Facilitators');
  await page.getByRole('link', { name: 'Renee Park' }).click();
  await expect(page.getByLabel('Group to join')).toHaveCount(0);
  await expect(page.getByText('Only certified or active facilitators can be assigned to a group.')).toBeVisible();

  // The person's page lists the group and the dated history.
  await goTo(page, 'Facilitators');
  await expect(board(page, 'Active').getByRole('link', { name: 'Dana Whitfield' })).toBeVisible();
  await page.getByRole('link', { name: 'Dana Whitfield' }).click();
  await expect(page.getByRole('region', { name: 'Groups' })).toContainText('Grove Avenue Thursday Connection');
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('row')).toHaveCount(7);
  await expect(history).toContainText('Assigned to Grove Avenue Thursday Connection');

  // A meeting held with both present counts its 90 minutes for each of them.
  await goTo(page, 'Groups');
  await groveRow(page).getByRole('link', { name: 'Grove Avenue Thursday Connection' }).click();
  await page
    .getByRole('link', { name: /^Record Grove Avenue Thursday Connection/ })
    .first()
    .click();
  await page.getByLabel('Attendance (total)').fill('7');
  await page.getByLabel('First-time attendees').fill('1');
  const present = page.getByRole('group', { name: 'Facilitators present' });
  await expect(present.getByRole('checkbox', { name: 'Dana Whitfield' })).toBeChecked();
  await expect(present.getByRole('checkbox', { name: 'Omar Haddad' })).toBeChecked();
  await page.getByRole('button', { name: 'Save meeting record' }).click();
  await expect(page.getByText('Meeting recorded')).toBeVisible();

  for (const name of ['Dana Whitfield', 'Omar Haddad']) {
    await goTo(page, 'Facilitators');
    await page.getByRole('link', { name, exact: true }).click();
    const hours = page.getByRole('region', { name: 'Volunteer hours' });
    await expect(hours.getByRole('row')).toHaveCount(2); // a header and one month
    await expect(hours.getByRole('row').nth(1)).toHaveText(/\w+ \d{4}\s*1\s*1\.5 h/);
  }
  await look(page, 'facilitator-hours');
  await expectNoSeriousA11yViolations(page, 'on a facilitator with hours');
});
