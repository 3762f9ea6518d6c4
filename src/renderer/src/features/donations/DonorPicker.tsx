// Chooses a donor by name without loading every donor: a search box appears when there are many.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { findDonors, getDonor, hasMoreDonorsThan } from '../../db/donors';
import { SelectField, TextField } from '../../ui/fields';

/** Up to this many donors are offered at once; beyond it, the coordinator types the start of a name. */
export const PICKER_LIMIT = 200;

export function DonorPicker({
  label,
  value,
  onChange,
  emptyLabel,
  error,
  help,
}: {
  label: string;
  value: string;
  onChange: (donorId: string) => void;
  /** what the empty choice says: "Choose a donor", "All donors" */
  emptyLabel: string;
  error?: string;
  help?: string;
}) {
  const [search, setSearch] = useState('');
  const many = useLiveQuery(() => hasMoreDonorsThan(PICKER_LIMIT)) ?? false;
  const found = useLiveQuery(() => findDonors(search, PICKER_LIMIT + 1), [search]);
  const selected = useLiveQuery(() => (value ? getDonor(value) : undefined), [value]);
  const shown = (found ?? []).slice(0, PICKER_LIMIT);
  const options = [
    { value: '', label: emptyLabel },
    ...(selected && !shown.some((donor) => donor.id === selected.id) ? [selected] : []),
    ...shown,
  ].map((option) => ('id' in option ? { value: option.id, label: option.name } : option));
  const needsSearch = many || search !== '';
  return (
    <>
      {needsSearch && (
        <TextField
          label={`Find ${label.toLowerCase()} by name`}
          type="search"
          value={search}
          help={
            (found?.length ?? 0) > PICKER_LIMIT
              ? `Showing the first ${PICKER_LIMIT}: type more of the name.`
              : 'Type the first letters of the name.'
          }
          onChange={(event) => setSearch(event.target.value)}
        />
      )}
      <SelectField
        label={label}
        value={value}
        error={error}
        help={help}
        options={options}
        onChange={(event) => onChange(event.target.value)}
      />
    </>
  );
}
