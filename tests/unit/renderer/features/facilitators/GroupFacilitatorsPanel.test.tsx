// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from '../../ui/memoryRouter';
import type { Group, NewRecord } from '@shared/model';
import { GroupFacilitatorsPanel } from '../../../../../src/renderer/src/features/facilitators/GroupFacilitatorsPanel';
import { addApplicant, assignToGroup, getFacilitator } from '../../../../../src/renderer/src/db/facilitators';
import { createGroup, getGroup } from '../../../../../src/renderer/src/db/groups';
import { resetDatabase } from '../../db/resetDb';
import { personAt } from './facilitatorFixtures';

beforeEach(resetDatabase);
afterEach(cleanup);

const groupFields: NewRecord<Group> = {
  name: 'Grove Avenue Thursday Connection',
  program: 'connection',
  affiliateId: null,
  language: 'English',
  format: 'in-person',
  status: 'active',
  facilitatorIds: [],
  contactPhone: '',
  contactEmail: '',
  flyerText: '',
  accessibilityNotes: '',
  joinInfo: '',
  notes: '',
};

const show = (groupId: string) =>
  render(
    <MemoryRouter>
      <GroupFacilitatorsPanel groupId={groupId} />
    </MemoryRouter>,
  );

describe('the group facilitators panel', () => {
  it('offers only certified or active people, assigns them, and drops the warning at two', async () => {
    const group = await createGroup(groupFields);
    const dana = await personAt('Dana Whitfield', 'certified');
    const omar = await personAt('Omar Haddad', 'certified');
    await personAt('Renee Park', 'screening');
    await addApplicant({
      name: 'Morgan Price',
      phone: '',
      email: '',
      affiliateId: null,
      languages: [],
      notes: '',
      appliedOn: '2026-01-05',
    });
    show(group.id);

    const panel = await screen.findByRole('region', { name: 'Facilitators' });
    expect(within(panel).getByText(/Needs facilitators: this group has no active facilitators/)).toBeTruthy();
    const select = within(panel).getByLabelText('Facilitator to assign');
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choose a facilitator', 'Dana Whitfield (Certified)', 'Omar Haddad (Certified)']);

    for (const person of [dana, omar]) {
      fireEvent.change(within(panel).getByLabelText('Facilitator to assign'), { target: { value: person.id } });
      fireEvent.click(within(panel).getByRole('button', { name: 'Assign' }));
      await within(panel).findByText(`${person.name} now facilitates Grove Avenue Thursday Connection.`);
    }
    await waitFor(() => expect(within(panel).queryByText(/Needs facilitators/)).toBeNull());
    expect((await getGroup(group.id))?.facilitatorIds).toEqual([dana.id, omar.id]);
    expect((await getFacilitator(dana.id))?.status).toBe('active');
    expect(within(panel).getByRole('row', { name: /Dana Whitfield/ }).textContent).toContain('Active');
  });

  it('asks for a choice instead of assigning nobody', async () => {
    const group = await createGroup(groupFields);
    await personAt('Dana Whitfield', 'certified');
    show(group.id);
    const panel = await screen.findByRole('region', { name: 'Facilitators' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Assign' }));
    expect(await within(panel).findByText('Choose a facilitator to assign')).toBeTruthy();
    expect((await getGroup(group.id))?.facilitatorIds).toEqual([]);
  });

  it('removes a person by name and keeps them active', async () => {
    const group = await createGroup(groupFields);
    const dana = await personAt('Dana Whitfield', 'certified');
    await assignToGroup(dana.id, group.id, '2026-02-01');
    show(group.id);
    const panel = await screen.findByRole('region', { name: 'Facilitators' });
    fireEvent.click(await within(panel).findByRole('button', { name: 'Remove Dana Whitfield' }));
    await within(panel).findByText(
      'Dana Whitfield no longer facilitates Grove Avenue Thursday Connection. They stay active.',
    );
    expect((await getGroup(group.id))?.facilitatorIds).toEqual([]);
    expect((await getFacilitator(dana.id))?.status).toBe('active');
    expect(await within(panel).findByText('No one facilitates this group yet.')).toBeTruthy();
  });
});
