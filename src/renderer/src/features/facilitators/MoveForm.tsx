// Moving a person to their next step by hand, with the date, a note and what they wait on next.
import { useState, type FormEvent } from 'react';
import { Link } from '../../ui/router';
import { z } from 'zod';
import { isoDate, type Facilitator, type PipelineStatus } from '@shared/model';
import { moveFacilitator } from '../../db/facilitators';
import { todayIso } from '../../domain/dates';
import { allowedMoves, PIPELINE_LABELS, USUALLY_WAITING_ON, WAITING_STEPS } from '../../domain/pipeline';
import { ErrorSummary, SelectField, TextField } from '../../ui/fields';
import { fieldErrorsOf, type FieldErrors } from '../../ui/forms';
import { StatusLine } from './StatusLine';
import { useAction } from './useAction';

const moveFormSchema = z.object({
  on: z
    .string()
    .min(1, 'Enter the date of this step')
    .pipe(isoDate)
    .refine((on) => on <= todayIso(), "The date of this step can't be after today"),
  note: z.string().trim().max(500, 'Keep the note under 500 characters'),
  waitingOn: z.string().trim().max(300, 'Keep this under 300 characters'),
});

/** Leaving the pipeline is never chosen for the coordinator: one click on Move must not decline someone. */
const EXITS: readonly PipelineStatus[] = ['declined', 'inactive'];
const firstForward = (moves: readonly PipelineStatus[]): PipelineStatus | '' =>
  moves.find((move) => !EXITS.includes(move)) ?? '';

export function MoveForm({ person }: { person: Facilitator }) {
  const moves = allowedMoves(person);
  const today = todayIso();
  const [to, setTo] = useState<PipelineStatus | ''>(firstForward(moves));
  const [on, setOn] = useState(today);
  const [note, setNote] = useState('');
  const [waitingOn, setWaitingOn] = useState(() => {
    const first = firstForward(moves);
    return first ? USUALLY_WAITING_ON[first] : '';
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const { status, busy, run } = useAction();
  const target = moves.includes(to as PipelineStatus) ? (to as PipelineStatus) : '';
  const forward = firstForward(moves) !== '';

  function choose(next: PipelineStatus | '') {
    setTo(next);
    setWaitingOn(next ? USUALLY_WAITING_ON[next] : '');
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = moveFormSchema.safeParse({ on, note, waitingOn });
    const found = parsed.success ? {} : fieldErrorsOf(parsed.error);
    if (!target) found.to = 'Choose the step to move them to';
    if (!parsed.success || !target) return setErrors(found);
    setErrors({});
    const done = await run(async () => {
      await moveFacilitator(person.id, { to: target, ...parsed.data });
      return `${person.name} moved to ${PIPELINE_LABELS[target]}.`;
    });
    if (done) {
      choose(
        firstForward(allowedMoves({ status: target, history: [...person.history, { status: target, on, note }] })),
      );
      setNote('');
    }
  }

  return (
    <section className="panel" aria-labelledby="pipeline-step">
      <h2 id="pipeline-step">{WAITING_STEPS.includes(person.status) && forward ? 'Next step' : 'Change step'}</h2>
      {person.status === 'approved' && (
        <p>
          {person.name} becomes trained when a training they attended is marked completed.{' '}
          <Link to="/facilitators/trainings">See trainings</Link>
        </p>
      )}
      {person.status === 'certified' && (
        <p>Assign {person.name} to a group below: they become active when they join.</p>
      )}
      {moves.length > 0 && (
        <form className="form" onSubmit={onSubmit} noValidate>
          <ErrorSummary errors={errors} />
          <div className="form-grid">
            <SelectField
              label="Move to"
              value={target}
              error={errors.to}
              onChange={(e) => choose(e.target.value as PipelineStatus | '')}
              options={[
                ...(forward ? [] : [{ value: '', label: 'Choose a step' }]),
                ...moves.map((value) => ({ value, label: PIPELINE_LABELS[value] })),
              ]}
            />
            <TextField
              label="Date of this step"
              type="date"
              max={today}
              value={on}
              error={errors.on}
              onChange={(e) => setOn(e.target.value)}
            />
            <TextField
              label="Note"
              wide
              value={note}
              error={errors.note}
              help="Optional: how it went, who they spoke to."
              onChange={(e) => setNote(e.target.value)}
            />
            <TextField
              label="Waiting on next"
              wide
              value={waitingOn}
              error={errors.waitingOn}
              onChange={(e) => setWaitingOn(e.target.value)}
            />
          </div>
          <div className="button-row">
            <button className="button primary" type="submit" disabled={busy}>
              Move
            </button>
          </div>
        </form>
      )}
      <StatusLine status={status} />
    </section>
  );
}
