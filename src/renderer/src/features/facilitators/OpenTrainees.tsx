// Before a training is completed: enroll people, tick who attended, and mark it completed.
import { useState, type FormEvent } from 'react';
import { Link } from '../../ui/router';
import type { Facilitator, Training } from '@shared/model';
import { completeTraining, enrollTrainee, removeTrainee, setAttended } from '../../db/trainings';
import { todayIso } from '../../domain/dates';
import { dateInWords, PIPELINE_LABELS } from '../../domain/pipeline';
import { SelectField, TextField } from '../../ui/fields';
import type { useAction } from './useAction';

export function OpenTrainees({
  training,
  trainees,
  candidates,
  action,
}: {
  training: Training;
  trainees: Facilitator[];
  candidates: Facilitator[];
  action: ReturnType<typeof useAction>;
}) {
  const [chosen, setChosen] = useState('');
  const [chosenError, setChosenError] = useState<string | undefined>();
  const today = todayIso();
  // The last day, the usual answer: the form is only offered once that day has come.
  const [completedOn, setCompletedOn] = useState(training.endDate);
  const { setStatus, busy, run } = action;

  async function onEnroll(event: FormEvent) {
    event.preventDefault();
    const person = candidates.find((candidate) => candidate.id === chosen);
    if (!person) return setChosenError('Choose a person to enroll');
    setChosenError(undefined);
    if (
      await run(async () => {
        await enrollTrainee(training.id, person.id);
        return `${person.name} is enrolled.`;
      })
    )
      setChosen('');
  }

  async function onComplete(event: FormEvent) {
    event.preventDefault();
    if (training.attendedIds.length === 0) {
      setStatus({
        kind: 'problem',
        text: 'Tick who attended before marking the training completed. Nothing was changed.',
      });
      return;
    }
    await run(async () => {
      const result = await completeTraining(training.id, training.attendedIds, completedOn);
      const moved = result.trained.length;
      const kept = result.unchanged.map((person) => `${person.name} stays at ${PIPELINE_LABELS[person.status]}.`);
      return [`Training completed. ${moved} ${moved === 1 ? 'person' : 'people'} moved to Trained.`, ...kept].join(' ');
    });
  }

  return (
    <section className="panel" aria-labelledby="trainees">
      <h2 id="trainees">Trainees</h2>
      {trainees.length === 0 ? (
        <p>No one is enrolled yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <caption className="visually-hidden">Trainees and attendance</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Step</th>
                <th scope="col">Attended</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {trainees.map((person) => (
                <tr key={person.id}>
                  <td>
                    <Link to={`/facilitators/${person.id}`}>{person.name}</Link>
                  </td>
                  <td>{PIPELINE_LABELS[person.status]}</td>
                  <td>
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        checked={training.attendedIds.includes(person.id)}
                        disabled={busy}
                        onChange={(e) => {
                          const attended = e.target.checked;
                          void run(async () => {
                            await setAttended(training.id, person.id, attended);
                            return attended ? `${person.name} attended.` : `${person.name} did not attend.`;
                          });
                        }}
                      />
                      <span className="visually-hidden">{person.name} </span>attended
                    </label>
                  </td>
                  <td>
                    <button
                      className="button"
                      type="button"
                      disabled={busy}
                      aria-label={`Remove ${person.name}`}
                      onClick={() =>
                        void run(async () => {
                          await removeTrainee(training.id, person.id);
                          return `${person.name} is no longer enrolled. They stay approved for training.`;
                        })
                      }
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {candidates.length === 0 ? (
        <p className="muted">
          No one else is approved for training. Approve people from their page in{' '}
          <Link to="/facilitators">Facilitators</Link>.
        </p>
      ) : (
        <form className="inline-form" onSubmit={onEnroll} noValidate>
          <SelectField
            label="Person to enroll"
            value={chosen}
            error={chosenError}
            help="Only people approved for training can be enrolled."
            onChange={(e) => setChosen(e.target.value)}
            options={[
              { value: '', label: 'Choose a person' },
              ...candidates.map((p) => ({ value: p.id, label: p.name })),
            ]}
          />
          <button className="button" type="submit" disabled={busy}>
            Enroll
          </button>
        </form>
      )}
      {trainees.length > 0 && today < training.endDate && (
        <p className="muted">
          You can mark this training completed from its last day, {dateInWords(training.endDate)}: those ticked as
          attended then move to Trained.
        </p>
      )}
      {trainees.length > 0 && today >= training.endDate && (
        <form className="inline-form" onSubmit={onComplete} noValidate aria-labelledby="complete-heading">
          <h3 id="complete-heading" className="visually-hidden">
            Complete the training
          </h3>
          <TextField
            label="Completed on"
            type="date"
            min={training.endDate}
            max={today}
            value={completedOn}
            help="Those ticked as attended move to Trained on this date."
            onChange={(e) => setCompletedOn(e.target.value)}
          />
          <button className="button primary" type="submit" disabled={busy}>
            Mark training completed
          </button>
        </form>
      )}
    </section>
  );
}
