import { describe, expect, it } from 'vitest';
import type { Facilitator, PipelineStatus } from '@shared/model';
import {
  allowedMoves,
  applyMove,
  canBeAssigned,
  daysAtStep,
  PipelineError,
  refusalOf,
  spanInWords,
  resumeStatus,
  statusSince,
  waitingTooLong,
  withNote,
} from '../../../../src/renderer/src/domain/pipeline';

type Person = Pick<Facilitator, 'name' | 'status' | 'history' | 'trainedOn' | 'certifiedOn'>;

const person = (status: PipelineStatus, on = '2026-01-05', extra: Partial<Person> = {}): Person => ({
  name: 'Dana Whitfield',
  status,
  history: [{ status, on, note: '' }],
  trainedOn: null,
  certifiedOn: null,
  ...extra,
});

describe('allowed moves', () => {
  it('take an applicant to screening or declined, never straight to certified', () => {
    expect(allowedMoves(person('applied'))).toEqual(['screening', 'declined', 'inactive']);
    expect(refusalOf(person('applied'), 'certified')).toBe("Dana Whitfield can't move from Applied to Certified.");
  });

  it('take screening to approved for training or declined', () => {
    expect(allowedMoves(person('screening'))).toEqual(['approved', 'declined', 'inactive']);
  });

  it('reach trained only by completing a training', () => {
    expect(allowedMoves(person('approved'))).not.toContain('trained');
    expect(refusalOf(person('approved'), 'trained')).toMatch(/training they attended is marked completed/);
    expect(refusalOf(person('approved'), 'trained', 'training')).toBeNull();
    expect(refusalOf(person('screening'), 'trained', 'training')).toMatch(/at Screening/);
  });

  it('reach active only by joining a group, from certified', () => {
    expect(allowedMoves(person('certified'))).toEqual(['inactive']);
    expect(refusalOf(person('certified'), 'active')).toMatch(/when they are assigned to a group/);
    expect(refusalOf(person('certified'), 'active', 'assignment')).toBeNull();
  });

  it('let anyone on the way take a break as inactive', () => {
    for (const status of ['applied', 'screening', 'approved', 'trained', 'certified', 'active'] as const) {
      expect(allowedMoves(person(status))).toContain('inactive');
    }
  });

  it('bring an inactive person back to the step they left', () => {
    const away: Person = {
      ...person('inactive'),
      history: [
        { status: 'applied', on: '2026-01-05', note: '' },
        { status: 'screening', on: '2026-01-20', note: '' },
        { status: 'inactive', on: '2026-02-01', note: 'Moving house' },
      ],
    };
    expect(resumeStatus(away)).toBe('screening');
    expect(allowedMoves(away)).toEqual(['screening', 'declined']);
    expect(refusalOf(away, 'certified')).toBe("Dana Whitfield can't move from Inactive to Certified.");
  });

  it('let a declined person apply again', () => {
    expect(allowedMoves(person('declined'))).toEqual(['applied']);
  });

  it('refuse assignment to anyone not yet certified', () => {
    for (const status of ['applied', 'screening', 'approved', 'trained', 'inactive', 'declined'] as const) {
      expect(canBeAssigned(person(status))).toBe(false);
      expect(refusalOf(person(status), 'active', 'assignment')).toMatch(/only certified or active facilitators/);
    }
    expect(canBeAssigned(person('certified'))).toBe(true);
    expect(canBeAssigned(person('active'))).toBe(true);
  });
});

describe('a move', () => {
  it('adds a dated history entry and keeps every earlier one', () => {
    const first = applyMove(person('applied', '2026-01-05'), { to: 'screening', on: '2026-01-12', note: 'Called her' });
    const second = applyMove({ name: 'Dana Whitfield', ...first }, { to: 'approved', on: '2026-02-01', note: '' });
    expect(second.status).toBe('approved');
    expect(second.history).toEqual([
      { status: 'applied', on: '2026-01-05', note: '' },
      { status: 'screening', on: '2026-01-12', note: 'Called her' },
      { status: 'approved', on: '2026-02-01', note: '' },
    ]);
    expect(second.waitingOn).toBe('A place in a training');
  });

  it('records the training and certification dates', () => {
    const trained = applyMove(person('approved'), { to: 'trained', on: '2026-03-08', note: '', via: 'training' });
    expect(trained.trainedOn).toBe('2026-03-08');
    const certified = applyMove(
      { name: 'Dana Whitfield', ...trained },
      { to: 'certified', on: '2026-03-20', note: '' },
    );
    expect(certified).toMatchObject({ trainedOn: '2026-03-08', certifiedOn: '2026-03-20', status: 'certified' });
  });

  it('is refused with a plain message when the table does not allow it, changing nothing', () => {
    const before = person('applied');
    const copy = structuredClone(before);
    expect(() => applyMove(before, { to: 'certified', on: '2026-02-01', note: '' })).toThrow(PipelineError);
    expect(() => applyMove(before, { to: 'certified', on: '2026-02-01', note: '' })).toThrow(
      "Dana Whitfield can't move from Applied to Certified.",
    );
    expect(before).toEqual(copy);
  });

  it('is refused when dated before the last change', () => {
    expect(() => applyMove(person('applied', '2026-01-05'), { to: 'screening', on: '2026-01-04', note: '' })).toThrow(
      "The date can't be before Dana Whitfield's last change, on January 5, 2026.",
    );
  });

  it('is refused when dated after today, so one mistyped year cannot stop every later step', () => {
    const applied = person('applied', '2026-01-05');
    expect(() => applyMove(applied, { to: 'screening', on: '2062-01-10', note: '' }, '2026-11-27')).toThrow(
      "A step can't be dated after today, November 27, 2026.",
    );
    expect(applyMove(applied, { to: 'screening', on: '2026-11-27', note: '' }, '2026-11-27').status).toBe('screening');
  });

  it('keeps the training and certification dates when someone comes back from a break', () => {
    const history = [
      { status: 'trained' as const, on: '2026-02-08', note: '' },
      { status: 'certified' as const, on: '2026-02-20', note: '' },
      { status: 'inactive' as const, on: '2026-03-01', note: 'A break' },
    ];
    const away = person('inactive', '2026-03-01', { history, trainedOn: '2026-02-08', certifiedOn: '2026-02-20' });
    const back = applyMove(away, { to: 'certified', on: '2026-06-01', note: 'Back' });
    expect(back).toMatchObject({ status: 'certified', trainedOn: '2026-02-08', certifiedOn: '2026-02-20' });
    const trainedAway = person('inactive', '2026-03-01', {
      history: [history[0]!, { status: 'inactive', on: '2026-03-01', note: '' }],
      trainedOn: '2026-02-08',
    });
    const trainedBack = applyMove(trainedAway, { to: 'trained', on: '2026-06-01', note: '' });
    expect(trainedBack).toMatchObject({ status: 'trained', trainedOn: '2026-02-08', certifiedOn: null });
  });

  it('takes the waiting-on note the coordinator wrote', () => {
    const moved = applyMove(person('applied'), {
      to: 'screening',
      on: '2026-01-12',
      note: '',
      waitingOn: ' Two references ',
    });
    expect(moved.waitingOn).toBe('Two references');
  });
});

describe('waiting', () => {
  const history = (entries: [PipelineStatus, string][]) => entries.map(([status, on]) => ({ status, on, note: '' }));

  it('counts days from reaching the step, not from later notes at the same step', () => {
    const active = {
      status: 'active' as const,
      history: history([
        ['certified', '2026-01-01'],
        ['active', '2026-01-10'],
      ]),
    };
    const noted = { ...active, ...withNote(active, '2026-03-01', 'Assigned to Grove Avenue') };
    expect(statusSince(noted)).toBe('2026-01-10');
    expect(daysAtStep(noted, '2026-01-20')).toBe(10);
  });

  it('lists people more than 30 days at one step, longest first, and not 30 days exactly', () => {
    const people = [
      { name: 'A', status: 'applied' as const, history: history([['applied', '2026-03-01']]) },
      {
        name: 'B',
        status: 'screening' as const,
        history: history([
          ['applied', '2026-01-01'],
          ['screening', '2026-02-01'],
        ]),
      },
      { name: 'D', status: 'active' as const, history: history([['active', '2025-01-01']]) },
      { name: 'E', status: 'trained' as const, history: history([['trained', '2026-02-20']]) },
    ];
    const today = '2026-03-22';
    expect(waitingTooLong(people, today).map(({ person: p, days }) => [p.name, days])).toEqual([['B', 49]]);
    expect(waitingTooLong(people, '2026-03-23').map(({ person: p }) => p.name)).toEqual(['B', 'E']);
  });
});

describe('dates in words', () => {
  it('say a training span the way people do', () => {
    expect(spanInWords('2026-11-26', '2026-11-27')).toBe('November 26 to 27, 2026');
    expect(spanInWords('2026-10-31', '2026-11-01')).toBe('October 31 to November 1, 2026');
    expect(spanInWords('2026-12-31', '2027-01-01')).toBe('December 31, 2026 to January 1, 2027');
    expect(spanInWords('2026-03-07', '2026-03-07')).toBe('March 7, 2026');
  });
});
