// Step 1 of an import: which column of the file holds which field, guessed from the column names.
import { IMPORT_FIELDS, type ColumnMapping } from '../../domain/donationImport';
import { SelectField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';

export function ColumnMapper({
  fileName,
  headers,
  mapping,
  problems,
  onChange,
}: {
  fileName: string;
  headers: string[];
  mapping: ColumnMapping;
  problems: string[];
  onChange: (mapping: ColumnMapping) => void;
}) {
  const options = [
    { value: '', label: 'Not in this file' },
    ...headers.map((header, index) => ({ value: String(index), label: header })),
  ];
  return (
    <section aria-labelledby="columns-heading" className="section">
      <h2 id="columns-heading">1. Match the columns of “{fileName}”</h2>
      <p className="muted">The columns were matched by their names. Change any that are wrong.</p>
      <div className="form-grid mapping-grid">
        {IMPORT_FIELDS.map((field) => (
          <SelectField
            key={field.key}
            label={field.label}
            help={'help' in field ? field.help : undefined}
            value={mapping[field.key] === undefined ? '' : String(mapping[field.key])}
            options={options}
            onChange={(event) => {
              const next = { ...mapping };
              if (event.target.value === '') delete next[field.key];
              else next[field.key] = Number(event.target.value);
              onChange(next);
            }}
          />
        ))}
      </div>
      {problems.length > 0 && (
        <Notice kind="warning">
          <ul className="plain-list">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Notice>
      )}
    </section>
  );
}
