// The pipeline as a list: search and filters above a table; a row opens the person. Search and filters
// cover everyone read; only the rows near the view are rendered (a state has about 600 people).
import { useCallback, useMemo, useState } from 'react';
import { Link } from '../../ui/router';
import { PIPELINE_STATUSES, type Affiliate } from '@shared/model';
import { PIPELINE_LABELS } from '../../domain/pipeline';
import { SelectField, TextField } from '../../ui/fields';
import { VirtualTable } from '../../ui/VirtualTable';
import { dateWords } from './dateWords';
import type { FacilitatorRow } from './useFacilitatorRows';

export function FacilitatorList({ rows, affiliates }: { rows: FacilitatorRow[]; affiliates: Affiliate[] }) {
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState('');
  const [affiliate, setAffiliate] = useState('');
  const [language, setLanguage] = useState('');

  const languages = useMemo(() => [...new Set(rows.flatMap((row) => row.person.languages))].sort(), [rows]);
  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return rows.filter(
      ({ person, groups }) =>
        (!needle ||
          `${person.name} ${person.email} ${person.phone} ${groups.join(' ')}`.toLowerCase().includes(needle)) &&
        (!status || person.status === status) &&
        (!affiliate || person.affiliateId === affiliate) &&
        (!language || person.languages.includes(language)),
    );
  }, [rows, search, status, affiliate, language]);

  const getKey = useCallback((index: number) => shown[index]?.person.id ?? index, [shown]);
  const renderCells = (index: number) => {
    const row = shown[index];
    if (!row) return null;
    const { person, since, groups } = row;
    return (
      <>
        <td>
          <Link to={`/facilitators/${person.id}`}>{person.name}</Link>
        </td>
        <td>{PIPELINE_LABELS[person.status]}</td>
        <td>{since ? dateWords(since) : '—'}</td>
        <td>{person.waitingOn || '—'}</td>
        <td>{groups.join(', ') || '—'}</td>
        <td>{person.phone || '—'}</td>
      </>
    );
  };

  return (
    <>
      <div className="filters" role="search" aria-label="Find facilitators">
        <TextField
          label="Search facilitators"
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <SelectField
          label="Step"
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          options={[
            { value: '', label: 'Every step' },
            ...PIPELINE_STATUSES.map((value) => ({ value, label: PIPELINE_LABELS[value] })),
          ]}
        />
        <SelectField
          label="Affiliate"
          value={affiliate}
          onChange={(e) => setAffiliate(e.target.value)}
          options={[{ value: '', label: 'All affiliates' }, ...affiliates.map((a) => ({ value: a.id, label: a.name }))]}
        />
        <SelectField
          label="Language"
          value={language}
          onChange={(e) => setLanguage(e.target.value)}
          options={[{ value: '', label: 'Any language' }, ...languages.map((l) => ({ value: l, label: l }))]}
        />
      </div>
      <p className="muted" aria-live="polite">
        Showing {shown.length.toLocaleString('en-US')} of {rows.length.toLocaleString('en-US')} people.
      </p>
      <VirtualTable
        caption="Facilitators and applicants"
        widths={['18%', '13%', '13%', '18%', '23%', '15%']}
        estimateRowHeight={55}
        count={shown.length}
        getKey={getKey}
        renderCells={renderCells}
        head={
          <>
            <th scope="col">Name</th>
            <th scope="col">Step</th>
            <th scope="col">Since</th>
            <th scope="col">Waiting on</th>
            <th scope="col">Groups</th>
            <th scope="col">Phone</th>
          </>
        }
      />
    </>
  );
}
