// The filters above the list of gifts: dates, category, donor, group, acknowledged or not.
import { SelectField, TextField } from '../../ui/fields';
import { CATEGORY_OPTIONS } from './donationForm';
import { DonorPicker } from './DonorPicker';
import type { ListFilters } from './listFilters';
import type { DonationRefs } from './useDonationRefs';

export function DonationFilters({
  filters,
  refs,
  onChange,
}: {
  filters: ListFilters;
  refs: DonationRefs;
  onChange: (filters: ListFilters) => void;
}) {
  const set =
    <K extends keyof ListFilters>(key: K) =>
    (value: ListFilters[K]) =>
      onChange({ ...filters, [key]: value });
  return (
    <form className="filters" aria-label="Filter gifts" onSubmit={(event) => event.preventDefault()}>
      <TextField
        label="From"
        type="date"
        value={filters.from}
        onChange={(e) => e.target.value && set('from')(e.target.value)}
      />
      <TextField
        label="To"
        type="date"
        value={filters.to}
        onChange={(e) => e.target.value && set('to')(e.target.value)}
      />
      <SelectField
        label="Category"
        value={filters.category}
        options={[{ value: '', label: 'All categories' }, ...CATEGORY_OPTIONS]}
        onChange={(e) => set('category')(e.target.value as ListFilters['category'])}
      />
      <DonorPicker label="Donor" emptyLabel="All donors" value={filters.donorId} onChange={set('donorId')} />
      <SelectField
        label="Group"
        value={filters.groupId}
        options={[
          { value: '', label: 'All groups' },
          ...refs.groups.map(({ id, name }) => ({ value: id, label: name })),
        ]}
        onChange={(e) => set('groupId')(e.target.value)}
      />
      <SelectField
        label="Acknowledged"
        value={filters.acknowledged}
        options={[
          { value: '', label: 'All gifts' },
          { value: 'no', label: 'Not yet acknowledged' },
          { value: 'yes', label: 'Acknowledged' },
        ]}
        onChange={(e) => set('acknowledged')(e.target.value as ListFilters['acknowledged'])}
      />
    </form>
  );
}
