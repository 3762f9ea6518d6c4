// Every change in a person's pipeline, newest first, with its date and note.
import type { Facilitator } from '@shared/model';
import { PIPELINE_LABELS } from '../../domain/pipeline';
import { fullDateWords } from './dateWords';

export function FacilitatorHistory({ person }: { person: Facilitator }) {
  const entries = person.history.map((entry, index) => ({ ...entry, index })).reverse();
  return (
    <section className="panel" aria-labelledby="person-history">
      <h2 id="person-history">History</h2>
      <div className="table-wrap">
        <table className="data">
          <caption className="visually-hidden">Pipeline history of {person.name}, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Step</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.index}>
                <td className="nowrap">{fullDateWords(entry.on)}</td>
                <td>{PIPELINE_LABELS[entry.status]}</td>
                <td>{entry.note || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
