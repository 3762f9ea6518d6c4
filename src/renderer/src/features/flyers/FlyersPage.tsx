// The Flyers screen: choose how flyers look, then open one group's flyer, or all of an affiliate's.
import { useState } from 'react';
import { Link } from '../../ui/router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/fields';
import { FlyerChoiceFields } from './FlyerChoiceFields';
import { choicesQuery } from './flyerOptions';
import { useFlyerChoices } from './useFlyerChoices';

const STATUS_NAMES = { active: 'Active', paused: 'Paused', ended: 'Ended' } as const;

export function FlyersPage() {
  const [choices, setChoices] = useFlyerChoices();
  const query = choicesQuery(choices);
  const [search, setSearch] = useState('');
  const data = useLiveQuery(async () => {
    const [groups, affiliates] = await Promise.all([
      db.groups
        .orderBy('name')
        .filter((group) => group.deletedAt === null)
        .toArray(),
      db.affiliates.orderBy('name').toArray(),
    ]);
    const activeCount = new Map<string, number>();
    for (const group of groups) {
      if (group.status === 'active' && group.affiliateId) {
        activeCount.set(group.affiliateId, (activeCount.get(group.affiliateId) ?? 0) + 1);
      }
    }
    return {
      groups,
      affiliateNames: new Map(affiliates.map((affiliate) => [affiliate.id, affiliate.name])),
      affiliates: affiliates
        .filter((affiliate) => affiliate.deletedAt === null)
        .map((affiliate) => ({ ...affiliate, active: activeCount.get(affiliate.id) ?? 0 })),
    };
  });

  const header = (
    <PageHeader title="Flyers">
      <p>
        Print a flyer for any group, for library and clinic notice boards. Choose how it looks, then open it: what you
        see is what prints.
      </p>
    </PageHeader>
  );
  if (!data) return header;
  if (data.groups.length === 0) {
    return (
      <>
        {header}
        <EmptyState
          title="No groups yet"
          action={
            <Link className="button primary" to="/groups">
              Go to Groups
            </Link>
          }
        >
          <p>A flyer tells people when and where a group meets. Add a group and its schedule first.</p>
        </EmptyState>
      </>
    );
  }

  const needle = search.trim().toLowerCase();
  const shown = needle ? data.groups.filter((group) => group.name.toLowerCase().includes(needle)) : data.groups;

  return (
    <>
      {header}
      <section className="panel" aria-labelledby="flyer-choices-heading">
        <h2 id="flyer-choices-heading">How the flyers look</h2>
        <FlyerChoiceFields choices={choices} onChange={setChoices} />
        <p className="field-help">
          Tear-off tabs carry the group's name and phone number. Large print sets the text at 16 points or more. The QR
          code leads to your website, or to the join link of an online group.
        </p>
      </section>

      <h2>One group's flyer</h2>
      <div className="filters">
        <TextField label="Find a group" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </div>
      <div className="table-wrap">
        <table className="data">
          <caption className="visually-hidden">Groups and their flyers</caption>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Affiliate</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Flyer</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((group) => (
              <tr key={group.id}>
                <td>{group.name}</td>
                <td>{(group.affiliateId && data.affiliateNames.get(group.affiliateId)) || '—'}</td>
                <td>{STATUS_NAMES[group.status]}</td>
                <td>
                  <Link className="button" to={`/print/flyer/${group.id}?${query}`}>
                    Open flyer<span className="visually-hidden"> for {group.name}</span>
                  </Link>
                </td>
              </tr>
            ))}
            {shown.length === 0 && (
              <tr>
                <td colSpan={4}>No group's name contains “{search.trim()}”.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>

      {data.affiliates.length > 0 && (
        <section className="flyer-batches" aria-labelledby="flyer-batch-heading">
          <h2 id="flyer-batch-heading">All active groups of an affiliate in one PDF</h2>
          <p className="muted">One flyer per page, ready to print or save as a single PDF.</p>
          <ul className="todo-list">
            {data.affiliates.map((affiliate) => (
              <li key={affiliate.id}>
                <span>
                  <strong>{affiliate.name}</strong> — {affiliate.active} active{' '}
                  {affiliate.active === 1 ? 'group' : 'groups'}
                </span>
                {affiliate.active > 0 && (
                  <Link className="button" to={`/print/flyers/affiliate/${affiliate.id}?${query}`}>
                    Open all flyers<span className="visually-hidden"> of {affiliate.name}</span>
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
