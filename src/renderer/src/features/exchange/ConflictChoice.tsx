// One record both coordinators changed since they last exchanged: what differs, side by side, and the
// choice of which version to keep (the newer is chosen to start with).
import type { RecordOf, RecordTable } from '@shared/model';
import { whenWritten } from '../../domain/backupWords';
import { changedFields } from '../../domain/exchangeVersions';
import {
  describeRecord,
  fieldLabel,
  formatValue,
  nounFor,
  whoChanged,
  type Computers,
} from '../../domain/exchangeWords';
import type { MergeConflict, Side } from '../../domain/merge';

export function ConflictChoice({
  id,
  table,
  conflict,
  names,
  computers,
  chosen,
  onChoose,
}: {
  id: string;
  table: RecordTable;
  conflict: MergeConflict<RecordOf<RecordTable>>;
  names: ReadonlyMap<string, string>;
  computers: Computers;
  chosen: Side;
  onChoose: (side: Side) => void;
}) {
  const { local, incoming } = conflict;
  const fields = changedFields(local, incoming);
  const sender = computers.sender.name;
  const value = (record: RecordOf<RecordTable>, field: string) =>
    field === 'deleted'
      ? record.deletedAt === null
        ? 'No'
        : 'Yes'
      : formatValue(field, (record as Record<string, unknown>)[field], names);
  const changed = (record: RecordOf<RecordTable>, side: Side) =>
    `changed on ${whoChanged(record.changedBy, computers)}, ${whenWritten(record.updatedAt)}${conflict.newer === side ? ', the newer change' : ''}`;
  return (
    <fieldset className="exchange-conflict">
      <legend>
        {nounFor(table)}: {describeRecord(table, local.deletedAt === null ? local : incoming, names)}
      </legend>
      <div className="table-wrap">
        <table className="data compact">
          <thead>
            <tr>
              <th scope="col">What differs</th>
              <th scope="col">On this computer</th>
              <th scope="col">On {sender}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field}>
                <th scope="row">{fieldLabel(field, table)}</th>
                <td>{value(local, field)}</td>
                <td>{value(incoming, field)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <label className="checkbox">
        <input type="radio" name={id} checked={chosen === 'local'} onChange={() => onChoose('local')} />
        <span>
          Keep this computer’s version <span className="muted">({changed(local, 'local')})</span>
        </span>
      </label>
      <label className="checkbox">
        <input type="radio" name={id} checked={chosen === 'incoming'} onChange={() => onChoose('incoming')} />
        <span>
          Take {sender}’s version <span className="muted">({changed(incoming, 'incoming')})</span>
        </span>
      </label>
    </fieldset>
  );
}
