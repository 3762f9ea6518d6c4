// The groups a person facilitates, and assigning them to another one.
import { useState, type FormEvent } from 'react';
import { Link } from '../../ui/router';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Facilitator } from '@shared/model';
import { db } from '../../db/database';
import { assignToGroup, groupsOf, unassignFromGroup } from '../../db/facilitators';
import { todayIso } from '../../domain/dates';
import { canBeAssigned } from '../../domain/pipeline';
import { SelectField } from '../../ui/fields';
import { StatusLine } from './StatusLine';
import { useAction } from './useAction';

export function FacilitatorGroups({ person }: { person: Facilitator }) {
  const data = useLiveQuery(async () => {
    const [mine, all] = await Promise.all([groupsOf(person.id), db.groups.orderBy('name').toArray()]);
    const open = all.filter(
      (group) => !group.deletedAt && group.status !== 'ended' && !group.facilitatorIds.includes(person.id),
    );
    return { mine, open };
  }, [person.id]);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | undefined>();
  const { status, busy, run } = useAction();
  if (!data) return null;

  async function onAssign(event: FormEvent) {
    event.preventDefault();
    const group = data?.open.find((candidate) => candidate.id === chosen);
    if (!group) return setError('Choose a group');
    setError(undefined);
    if (
      await run(async () => {
        await assignToGroup(person.id, group.id, todayIso());
        return `${person.name} now facilitates ${group.name}.`;
      })
    )
      setChosen('');
  }

  return (
    <section className="panel" aria-labelledby="person-groups">
      <h2 id="person-groups">Groups</h2>
      {data.mine.length === 0 ? (
        <p>{person.name} does not facilitate a group yet.</p>
      ) : (
        <ul className="todo-list">
          {data.mine.map((group) => (
            <li key={group.id}>
              <Link to={`/groups/${group.id}`}>{group.name}</Link>
              <button
                className="button"
                type="button"
                disabled={busy}
                aria-label={`Remove from ${group.name}`}
                onClick={() =>
                  void run(async () => {
                    await unassignFromGroup(person.id, group.id, todayIso());
                    return `${person.name} no longer facilitates ${group.name}.`;
                  })
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {canBeAssigned(person) ? (
        data.open.length > 0 && (
          <form className="inline-form" onSubmit={onAssign} noValidate>
            <SelectField
              label="Group to join"
              value={chosen}
              error={error}
              onChange={(e) => setChosen(e.target.value)}
              options={[
                { value: '', label: 'Choose a group' },
                ...data.open.map((g) => ({ value: g.id, label: g.name })),
              ]}
            />
            <button className="button primary" type="submit" disabled={busy}>
              Assign to group
            </button>
          </form>
        )
      ) : (
        <p className="muted">Only certified or active facilitators can be assigned to a group.</p>
      )}
      <StatusLine status={status} />
    </section>
  );
}
