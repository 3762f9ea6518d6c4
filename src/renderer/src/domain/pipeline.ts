// The facilitator pipeline: which moves are allowed, how a move is written into a person's history,
// and how long someone has been waiting at a step.
import type { Facilitator, PipelineStatus } from '@shared/model';
import { format } from 'date-fns';
import { daysBetween, toDate, todayIso } from './dates';

export const PIPELINE_LABELS: Record<PipelineStatus, string> = {
  applied: 'Applied',
  screening: 'Screening',
  approved: 'Approved for training',
  trained: 'Trained',
  certified: 'Certified',
  active: 'Active',
  inactive: 'Inactive',
  declined: 'Declined',
};

/** What a person at each step usually waits on; the coordinator can write something else. */
export const USUALLY_WAITING_ON: Record<PipelineStatus, string> = {
  applied: 'A screening conversation',
  screening: 'References and the screening decision',
  approved: 'A place in a training',
  trained: 'Certification',
  certified: 'A group to join',
  active: '',
  inactive: '',
  declined: '',
};

/** How a move happens: by hand on the person's page, by completing a training, or by joining a group. */
export type MoveVia = 'manual' | 'training' | 'assignment';

/**
 * The transition table. "trained" is only reached by completing a training and "active" only by
 * joining a group, so the dates on record always come from what really happened.
 */
const MOVES: Record<PipelineStatus, readonly { to: PipelineStatus; via: MoveVia }[]> = {
  applied: [
    { to: 'screening', via: 'manual' },
    { to: 'declined', via: 'manual' },
    { to: 'inactive', via: 'manual' },
  ],
  screening: [
    { to: 'approved', via: 'manual' },
    { to: 'declined', via: 'manual' },
    { to: 'inactive', via: 'manual' },
  ],
  approved: [
    { to: 'trained', via: 'training' },
    { to: 'declined', via: 'manual' },
    { to: 'inactive', via: 'manual' },
  ],
  trained: [
    { to: 'certified', via: 'manual' },
    { to: 'inactive', via: 'manual' },
  ],
  certified: [
    { to: 'active', via: 'assignment' },
    { to: 'inactive', via: 'manual' },
  ],
  active: [{ to: 'inactive', via: 'manual' }],
  // Coming back from a break is handled by resumeStatus(); only "declined" is listed here.
  inactive: [{ to: 'declined', via: 'manual' }],
  declined: [{ to: 'applied', via: 'manual' }],
};

export class PipelineError extends Error {}

/** "January 5, 2026" */
export const dateInWords = (isoDate: string): string => format(toDate(isoDate), 'MMMM d, yyyy');

/** "November 26 to 27, 2026", "October 31 to November 1, 2026", or one day. */
export function spanInWords(start: string, end: string): string {
  if (start === end) return dateInWords(start);
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const sameMonth = sameYear && start.slice(0, 7) === end.slice(0, 7);
  if (sameMonth) return `${format(toDate(start), 'MMMM d')} to ${format(toDate(end), 'd, yyyy')}`;
  if (sameYear) return `${format(toDate(start), 'MMMM d')} to ${dateInWords(end)}`;
  return `${dateInWords(start)} to ${dateInWords(end)}`;
}

type PipelinePerson = Pick<Facilitator, 'name' | 'status' | 'history'>;

/** Where someone returns after a break: the last step they were at before becoming inactive. */
export function resumeStatus(person: Pick<Facilitator, 'status' | 'history'>): PipelineStatus | null {
  if (person.status !== 'inactive') return null;
  for (let index = person.history.length - 1; index >= 0; index -= 1) {
    const entry = person.history[index];
    if (entry && entry.status !== 'inactive' && entry.status !== 'declined') return entry.status;
  }
  return 'applied';
}

/** Every step a person can be moved to from where they are, by the given means. */
export function allowedMoves(
  person: Pick<Facilitator, 'status' | 'history'>,
  via: MoveVia = 'manual',
): PipelineStatus[] {
  const listed = MOVES[person.status].filter((move) => move.via === via).map((move) => move.to);
  const back = via === 'manual' ? resumeStatus(person) : null;
  return back ? [back, ...listed] : listed;
}

/** Why a move is refused, in words a coordinator understands, or null when it is allowed. */
export function refusalOf(person: PipelinePerson, to: PipelineStatus, via: MoveVia = 'manual'): string | null {
  if (allowedMoves(person, via).includes(to)) return null;
  const from = PIPELINE_LABELS[person.status];
  if (person.status === to) return `${person.name} is already at ${from}.`;
  if (to === 'trained' && via !== 'training') {
    return `${person.name} becomes trained when a training they attended is marked completed.`;
  }
  if (to === 'active' && via !== 'assignment') {
    return `${person.name} becomes active when they are assigned to a group.`;
  }
  if (via === 'assignment') {
    return `${person.name} can't be assigned to a group yet: only certified or active facilitators can. They are at ${from}.`;
  }
  if (via === 'training') return `${person.name} is at ${from}, so this training does not change their step.`;
  return `${person.name} can't move from ${from} to ${PIPELINE_LABELS[to]}.`;
}

export interface Move {
  to: PipelineStatus;
  on: string;
  note: string;
  via?: MoveVia;
  /** what they wait on next; the usual thing for the new step when left out */
  waitingOn?: string;
}

/**
 * Refuses a step dated after today: every later step must come after it, so one mistyped year would
 * stop the person from moving at all (or joining a group, which is dated today) until that date.
 */
export function refuseFutureDate(on: string, today: string, what = 'A step'): void {
  if (on > today) throw new PipelineError(`${what} can't be dated after today, ${dateInWords(today)}.`);
}

/** The changes a move makes to a person, with a dated history entry; throws PipelineError when refused. */
export function applyMove(
  person: PipelinePerson & Pick<Facilitator, 'trainedOn' | 'certifiedOn'>,
  move: Move,
  today: string = todayIso(),
): Pick<Facilitator, 'status' | 'history' | 'waitingOn' | 'trainedOn' | 'certifiedOn'> {
  const via = move.via ?? 'manual';
  const refusal = refusalOf(person, move.to, via);
  if (refusal) throw new PipelineError(refusal);
  const last = person.history.at(-1);
  if (last && move.on < last.on) {
    throw new PipelineError(`The date can't be before ${person.name}'s last change, on ${dateInWords(last.on)}.`);
  }
  refuseFutureDate(move.on, today);
  return {
    status: move.to,
    history: [...person.history, { status: move.to, on: move.on, note: move.note.trim() }],
    waitingOn: (move.waitingOn ?? USUALLY_WAITING_ON[move.to]).trim(),
    // Coming back from a break to Trained or Certified keeps the dates they were trained and certified.
    trainedOn: move.to === 'trained' && via === 'training' ? move.on : person.trainedOn,
    certifiedOn: move.to === 'certified' && person.status === 'trained' ? move.on : person.certifiedOn,
  };
}

/** A dated note that keeps the step (joining or leaving a group), so the history tells the whole story. */
export function withNote(person: Pick<Facilitator, 'status' | 'history'>, on: string, note: string) {
  return { history: [...person.history, { status: person.status, on, note }] };
}

/** The date the person reached the step they are at now (notes at the same step do not reset it). */
export function statusSince(person: Pick<Facilitator, 'status' | 'history'>): string | null {
  let since: string | null = null;
  for (let index = person.history.length - 1; index >= 0; index -= 1) {
    const entry = person.history[index];
    if (!entry || entry.status !== person.status) break;
    since = entry.on;
  }
  return since;
}

export function daysAtStep(person: Pick<Facilitator, 'status' | 'history'>, today: string): number | null {
  const since = statusSince(person);
  return since === null ? null : daysBetween(since, today);
}

/** Steps where a person is waiting on the coordinator (or the process) to move them on. */
export const WAITING_STEPS: readonly PipelineStatus[] = ['applied', 'screening', 'approved', 'trained'];
export const LONG_WAIT_DAYS = 30;

/** People waiting more than 30 days at one step, longest wait first. */
export function waitingTooLong<T extends Pick<Facilitator, 'status' | 'history'>>(
  people: readonly T[],
  today: string,
): { person: T; days: number }[] {
  return people
    .filter((person) => WAITING_STEPS.includes(person.status))
    .map((person) => ({ person, days: daysAtStep(person, today) ?? 0 }))
    .filter(({ days }) => days > LONG_WAIT_DAYS)
    .sort((a, b) => b.days - a.days);
}

/** Only certified or active facilitators can be assigned to a group. */
export const canBeAssigned = (person: Pick<Facilitator, 'status'>): boolean =>
  person.status === 'certified' || person.status === 'active';
