// The list of groups: who they are, where they belong, and whether they have their facilitators.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/EmptyState';
import { activeFacilitatorCount, FACILITATORS_NEEDED } from '../../domain/facilitatorCoverage';

const PROGRAM_NAMES = { connection: 'Connection', 'family-support': 'Family Support', other: 'Other' } as const;
const STATUS_NAMES = { active: 'Active', paused: 'Paused', ended: 'Ended' } as const;

export function GroupsPage() {
  const data = useLiveQuery(async () => {
    const [groups, affiliates, facilitators] = await Promise.all([
      db.groups
        .orderBy('name')
        .filter((group) => !group.deletedAt)
        .toArray(),
      db.affiliates.toArray(),
      db.facilitators.where('status').equals('active').toArray(),
    ]);
    return {
      groups,
      affiliateNames: new Map(affiliates.map((affiliate) => [affiliate.id, affiliate.name])),
      active: new Set(facilitators.filter((person) => !person.deletedAt).map((person) => person.id)),
    };
  });
  if (!data) return <PageHeader title="Groups" />;
  return (
    <>
      <PageHeader title="Groups" />
      {data.groups.length === 0 ? (
        <EmptyState title="No groups yet">
          <p>Groups are the heart of the app: each one has its facilitators, its meeting schedule and its venue.</p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <caption className="visually-hidden">Support groups</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Affiliate</th>
                <th scope="col">Program</th>
                <th scope="col">Status</th>
                <th scope="col">Facilitators</th>
              </tr>
            </thead>
            <tbody>
              {data.groups.map((group) => {
                const activeCount = activeFacilitatorCount(group, data.active);
                return (
                  <tr key={group.id}>
                    <td>{group.name}</td>
                    <td>{(group.affiliateId && data.affiliateNames.get(group.affiliateId)) || '—'}</td>
                    <td>{PROGRAM_NAMES[group.program]}</td>
                    <td>{STATUS_NAMES[group.status]}</td>
                    <td>
                      {activeCount}
                      {group.status === 'active' && activeCount < FACILITATORS_NEEDED && (
                        <>
                          {' '}
                          <span className="tag warning">⚠ Needs facilitators</span>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
