// After a training: who attended, where each person is now, and certifying those who are trained.
import { useState } from 'react';
import { Link } from '../../ui/router';
import type { Facilitator, Training } from '@shared/model';
import { moveFacilitator } from '../../db/facilitators';
import { todayIso } from '../../domain/dates';
import { PIPELINE_LABELS } from '../../domain/pipeline';
import { TextField } from '../../ui/fields';
import { fullDateWords } from './dateWords';
import type { useAction } from './useAction';

export function CompletedTrainees({
  training,
  trainees,
  action,
}: {
  training: Training;
  trainees: Facilitator[];
  action: ReturnType<typeof useAction>;
}) {
  const [certifiedOn, setCertifiedOn] = useState(todayIso());
  const [dateError, setDateError] = useState<string | undefined>();
  const { busy, run } = action;
  const anyToCertify = trainees.some((person) => person.status === 'trained');

  function certify(person: Facilitator) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(certifiedOn)) return setDateError('Enter the certification date');
    if (certifiedOn > todayIso()) return setDateError("The certification date can't be after today");
    setDateError(undefined);
    void run(async () => {
      await moveFacilitator(person.id, { to: 'certified', on: certifiedOn, note: 'Certified after training' });
      return `${person.name} is certified and can now be assigned to a group.`;
    });
  }

  return (
    <section className="panel" aria-labelledby="trainees">
      <h2 id="trainees">Trainees</h2>
      {anyToCertify && (
        <div className="narrow">
          <TextField
            label="Certification date"
            type="date"
            max={todayIso()}
            value={certifiedOn}
            error={dateError}
            help="The date recorded for each person you certify below."
            onChange={(e) => setCertifiedOn(e.target.value)}
          />
        </div>
      )}
      <div className="table-wrap">
        <table className="data">
          <caption className="visually-hidden">Trainees and certification</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Attended</th>
              <th scope="col">Step now</th>
              <th scope="col">Certified on</th>
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
                <td>{training.attendedIds.includes(person.id) ? 'Yes' : 'No'}</td>
                <td>{PIPELINE_LABELS[person.status]}</td>
                <td>{person.certifiedOn ? fullDateWords(person.certifiedOn) : 'Not yet'}</td>
                <td>
                  {person.status === 'trained' && (
                    <button
                      className="button"
                      type="button"
                      disabled={busy}
                      aria-label={`Certify ${person.name}`}
                      onClick={() => certify(person)}
                    >
                      Certify
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
