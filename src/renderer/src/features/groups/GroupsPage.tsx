// The list of groups: search and filters above a table; a row opens the group. A state has about 150
// groups: all are read (search covers every one), and only the rows near the view are rendered.
import { useCallback, useMemo, useState } from 'react';
import { Link, useLocation } from '../../ui/router';
import { GROUP_STATUSES, PROGRAMS } from '@shared/model';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { SelectField, TextField } from '../../ui/fields';
import { VirtualTable } from '../../ui/VirtualTable';
import { FACILITATORS_NEEDED } from '../../domain/facilitatorCoverage';
import { PROGRAM_SHORT, STATUS_LABELS } from '../../domain/labels';
import { clockTime, shortDate } from '../../domain/wording';
import { useGroupRows } from './useGroupRows';

export function GroupsPage() {
  const data = useGroupRows();
  const location = useLocation();
  const flash = (location.state as { message?: string } | null)?.message;
  const [search, setSearch] = useState('');
  const [affiliate, setAffiliate] = useState('');
  const [program, setProgram] = useState('');
  const [status, setStatus] = useState('');
  const [language, setLanguage] = useState('');

  const languages = useMemo(
    () => [...new Set((data?.rows ?? []).map((row) => row.group.language).filter(Boolean))].sort(),
    [data],
  );
  const rows = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return (data?.rows ?? []).filter(
      ({ group, venue, affiliate: affiliateName }) =>
        (!needle || `${group.name} ${venue} ${affiliateName}`.toLowerCase().includes(needle)) &&
        (!affiliate || group.affiliateId === affiliate) &&
        (!program || group.program === program) &&
        (!status || group.status === status) &&
        (!language || group.language === language),
    );
  }, [data, search, affiliate, program, status, language]);

  const getKey = useCallback((index: number) => rows[index]?.group.id ?? index, [rows]);
  const renderCells = (index: number) => {
    const row = rows[index];
    if (!row) return null;
    const { group, affiliate: affiliateName, next, venue, activeFacilitators } = row;
    return (
      <>
        <td>
          <Link to={`/groups/${group.id}`}>{group.name}</Link>
          {group.status !== 'active' && <span className="muted"> ({STATUS_LABELS[group.status]})</span>}
        </td>
        <td>{affiliateName || '—'}</td>
        <td>{next ? `${shortDate(next.date)}, ${clockTime(next.startTime)}` : '—'}</td>
        <td>{venue || '—'}</td>
        <td>
          {activeFacilitators} active
          {group.status === 'active' && activeFacilitators < FACILITATORS_NEEDED && (
            <>
              {' '}
              <span className="tag warning">⚠ Needs facilitators</span>
            </>
          )}
        </td>
      </>
    );
  };

  const addGroup = (
    <Link className="button primary" to="/groups/new">
      Add group
    </Link>
  );
  if (!data) return <PageHeader title="Groups" action={addGroup} />;
  return (
    <>
      <PageHeader title="Groups" action={addGroup} />
      <div role="status" className="status-line">
        {flash && <Notice kind="success">{flash}</Notice>}
      </div>
      {data.rows.length === 0 ? (
        <EmptyState title="No groups yet" action={addGroup}>
          <p>Groups are the heart of the app: each one has its facilitators, its meeting schedule and its venue.</p>
        </EmptyState>
      ) : (
        <>
          <div className="filters" role="search" aria-label="Find groups">
            <TextField label="Search groups" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
            <SelectField
              label="Affiliate"
              value={affiliate}
              onChange={(e) => setAffiliate(e.target.value)}
              options={[
                { value: '', label: 'All affiliates' },
                ...data.affiliates.map((a) => ({ value: a.id, label: a.name })),
              ]}
            />
            <SelectField
              label="Program"
              value={program}
              onChange={(e) => setProgram(e.target.value)}
              options={[
                { value: '', label: 'All programs' },
                ...PROGRAMS.map((p) => ({ value: p, label: PROGRAM_SHORT[p] })),
              ]}
            />
            <SelectField
              label="Status"
              value={status}
              onChange={(e) => setStatus(e.target.value)}
              options={[
                { value: '', label: 'Any status' },
                ...GROUP_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
              ]}
            />
            <SelectField
              label="Language"
              value={language}
              onChange={(e) => setLanguage(e.target.value)}
              options={[{ value: '', label: 'Any language' }, ...languages.map((l) => ({ value: l, label: l }))]}
            />
          </div>
          <p className="muted" aria-live="polite">
            Showing {rows.length.toLocaleString('en-US')} of {data.rows.length.toLocaleString('en-US')} groups.
          </p>
          <VirtualTable
            caption="Support groups"
            widths={['30%', '17%', '17%', '20%', '16%']}
            estimateRowHeight={65}
            count={rows.length}
            getKey={getKey}
            renderCells={renderCells}
            head={
              <>
                <th scope="col">Name</th>
                <th scope="col">Affiliate</th>
                <th scope="col">Next meeting</th>
                <th scope="col">Venue</th>
                <th scope="col">Facilitators</th>
              </>
            }
          />
        </>
      )}
    </>
  );
}
