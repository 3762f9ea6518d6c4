// @vitest-environment happy-dom
// The two forms where one careless click used to do the wrong thing: moving someone approved for
// training (the form chose "Declined" for them), and recording a meeting (everyone on the group was
// ticked as present, people on a break or declined too; a meeting still to come could be recorded as held).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from '../../ui/memoryRouter';
import { MoveForm } from '../../../../../src/renderer/src/features/facilitators/MoveForm';
import { RecordMeetingForm } from '../../../../../src/renderer/src/features/meetings/RecordMeetingForm';
import { getFacilitator } from '../../../../../src/renderer/src/db/facilitators';
import type { Occurrence } from '../../../../../src/renderer/src/domain/occurrences';
import { OpenTrainees } from '../../../../../src/renderer/src/features/facilitators/OpenTrainees';
import { useAction } from '../../../../../src/renderer/src/features/facilitators/useAction';
import { planTraining } from '../../../../../src/renderer/src/db/trainings';
import { plusDays, todayIso } from '../../../../../src/renderer/src/domain/dates';
import { resetDatabase } from '../../db/resetDb';
import { personAt } from './facilitatorFixtures';

beforeEach(resetDatabase);
afterEach(cleanup);

describe('moving someone by hand', () => {
  it('chooses no step for someone approved for training, whose only moves leave the pipeline', async () => {
    const dana = await personAt('Dana Whitfield', 'approved');
    render(
      <MemoryRouter>
        <MoveForm person={dana} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { name: 'Change step' })).toBeTruthy();
    const select = screen.getByLabelText('Move to') as HTMLSelectElement;
    expect(select.value).toBe('');
    expect([...select.options].map((option) => option.text)).toEqual(['Choose a step', 'Declined', 'Inactive']);
    fireEvent.click(screen.getByRole('button', { name: 'Move' }));
    await waitFor(() => expect(screen.getAllByText('Choose the step to move them to').length).toBeGreaterThan(0));
    expect((await getFacilitator(dana.id))?.status).toBe('approved');
  });

  it('still offers the next step first to someone on their way', async () => {
    const omar = await personAt('Omar Haddad', 'screening');
    render(
      <MemoryRouter>
        <MoveForm person={omar} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { name: 'Next step' })).toBeTruthy();
    expect((screen.getByLabelText('Move to') as HTMLSelectElement).value).toBe('approved');
  });
});

describe('completing a training', () => {
  function Trainees(props: Omit<Parameters<typeof OpenTrainees>[0], 'action'>) {
    return <OpenTrainees {...props} action={useAction()} />;
  }
  const show = async (startDate: string, endDate: string) => {
    const training = await planTraining({ startDate, endDate, place: 'Riverbend Library', trainer: '' });
    const dana = await personAt('Dana Whitfield', 'approved');
    render(
      <MemoryRouter>
        <Trainees training={{ ...training, traineeIds: [dana.id] }} trainees={[dana]} candidates={[]} />
      </MemoryRouter>,
    );
  };

  it('is offered from the training’s last day, dated that day', async () => {
    const lastDay = plusDays(todayIso(), -3);
    await show(plusDays(lastDay, -1), lastDay);
    expect((screen.getByLabelText('Completed on') as HTMLInputElement).value).toBe(lastDay);
    expect(screen.getByRole('button', { name: 'Mark training completed' })).toBeTruthy();
  });

  it('is not offered before the training has ended: the page says from when', async () => {
    const today = todayIso();
    await show(today, plusDays(today, 1));
    expect(screen.queryByRole('button', { name: 'Mark training completed' })).toBeNull();
    expect(screen.getByText(/You can mark this training completed from its last day/)).toBeTruthy();
  });
});

const pastOccurrence = {
  key: 's|2026-11-03',
  scheduleId: 's',
  groupId: 'g',
  originalDate: '2026-11-03',
  date: '2026-11-03',
  startTime: '18:30',
  durationMinutes: 90,
  timeZone: 'America/Chicago',
  venueId: null,
  room: '',
  state: 'unrecorded',
  moved: false,
  cancelReason: null,
  closure: null,
  meeting: null,
} satisfies Occurrence;

describe('recording a meeting held', () => {
  it('ticks the group’s active facilitators as present, not someone on a break or declined', async () => {
    const people = [
      await personAt('Dana Whitfield', 'active'),
      await personAt('Omar Haddad', 'inactive'),
      await personAt('Sol Reyes', 'declined'),
    ];
    const occurrence = pastOccurrence;
    render(<RecordMeetingForm occurrence={occurrence} facilitators={people} onSaved={() => {}} />);
    const ticked = (name: string) => (screen.getByLabelText(name) as HTMLInputElement).checked;
    expect([ticked('Dana Whitfield'), ticked('Omar Haddad'), ticked('Sol Reyes')]).toEqual([true, false, false]);
  });

  it('offers only calling off a meeting still to come, and says from when it can be recorded', () => {
    const nextWeek = plusDays(todayIso(), 7);
    const occurrence = { ...pastOccurrence, key: `s|${nextWeek}`, originalDate: nextWeek, date: nextWeek };
    render(<RecordMeetingForm occurrence={occurrence} facilitators={[]} onSaved={() => {}} />);
    const held = screen.getByLabelText('The meeting was held') as HTMLInputElement;
    expect([held.disabled, held.checked]).toEqual([true, false]);
    expect((screen.getByLabelText('The meeting was cancelled') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/you can record how it went from that day/).id).toBe(held.getAttribute('aria-describedby'));
  });
});
