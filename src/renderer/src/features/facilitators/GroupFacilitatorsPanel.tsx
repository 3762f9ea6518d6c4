// A group's facilitators: who they are, whether the group has its pair, and assigning or removing people.
import { useState, type FormEvent } from 'react';
import { Link } from '../../ui/router';
import { useLiveQuery } from 'dexie-react-hooks';
import { assignToGroup, facilitatorsAt, facilitatorsOf, unassignFromGroup } from '../../db/facilitators';
import { getGroup } from '../../db/groups';
import { todayIso } from '../../domain/dates';
import { FACILITATORS_NEEDED } from '../../domain/facilitatorCoverage';
import { PIPELINE_LABELS } from '../../domain/pipeline';
import { Notice } from '../../ui/Notice';
import { SelectField } from '../../ui/fields';
import { StatusLine } from './StatusLine';
import { useAction } from './useAction';
import './facilitators.css';

export function GroupFacilitatorsPanel({ groupId }: { groupId: string }) {
  const data = useLiveQuery(async () => {
    const group = await getGroup(groupId);
    if (!group) return null;
    const [members, assignable] = await Promise.all([facilitatorsOf(group), facilitatorsAt(['certified', 'active'])]);
    return { group, members, candidates: assignable.filter((person) => !group.facilitatorIds.includes(person.id)) };
  }, [groupId]);
  const [chosen, setChosen] = useState('');
  const [chosenError, setChosenError] = useState<string | undefined>();
  const { status, busy, run } = useAction();

  if (!data) return null;
  const { group, members, candidates } = data;
  const activeCount = members.filter((person) => person.status === 'active').length;

  async function onAssign(event: FormEvent) {
    event.preventDefault();
    const person = candidates.find((candidate) => candidate.id === chosen);
    if (!person) {
      setChosenError('Choose a facilitator to assign');
      return;
    }
    setChosenError(undefined);
    const done = await run(async () => {
      await assignToGroup(person.id, group.id, todayIso());
      return `${person.name} now facilitates ${group.name}.`;
    });
    if (done) setChosen('');
  }

  return (
    <section className="panel" aria-labelledby="group-facilitators">
      <h2 id="group-facilitators">Facilitators</h2>
      {group.status === 'active' && activeCount < FACILITATORS_NEEDED && (
        <Notice kind="warning">
          Needs facilitators: this group has {activeCount === 0 ? 'no active facilitators' : 'one active facilitator'}.
          Every group is led by a pair.
        </Notice>
      )}
      {members.length === 0 ? (
        <p>No one facilitates this group yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <caption className="visually-hidden">Facilitators of {group.name}</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Step</th>
                <th scope="col">Phone</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.map((person) => (
                <tr key={person.id}>
                  <td>
                    <Link to={`/facilitators/${person.id}`}>{person.name}</Link>
                  </td>
                  <td>{PIPELINE_LABELS[person.status]}</td>
                  <td>{person.phone || '—'}</td>
                  <td>
                    <button
                      className="button"
                      type="button"
                      disabled={busy}
                      aria-label={`Remove ${person.name}`}
                      onClick={() =>
                        void run(async () => {
                          await unassignFromGroup(person.id, group.id, todayIso());
                          return `${person.name} no longer facilitates ${group.name}. They stay ${PIPELINE_LABELS[person.status].toLowerCase()}.`;
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
          No certified facilitators are free to join. People can join a group once they are certified:{' '}
          <Link to="/facilitators">see the pipeline</Link>.
        </p>
      ) : (
        <form className="inline-form" onSubmit={onAssign} noValidate>
          <SelectField
            label="Facilitator to assign"
            value={chosen}
            error={chosenError}
            help="Only certified and active facilitators can be assigned. A certified person becomes active."
            onChange={(event) => setChosen(event.target.value)}
            options={[
              { value: '', label: 'Choose a facilitator' },
              ...candidates.map((person) => ({
                value: person.id,
                label: `${person.name} (${PIPELINE_LABELS[person.status]})`,
              })),
            ]}
          />
          <button className="button primary" type="submit" disabled={busy}>
            Assign
          </button>
        </form>
      )}
      <StatusLine status={status} />
    </section>
  );
}
