// Which report: the first and last month, and the whole organisation or one affiliate.
import type { Affiliate } from '@shared/model';
import { SelectField, TextField } from '../../ui/fields';
import { addMonths, isMonth, monthsBetween } from '../../domain/reportMonths';
import type { ReportChoice } from './reportParams';

export function ReportControls({
  choice,
  affiliates,
  organisation,
  onChange,
}: {
  choice: ReportChoice;
  affiliates: Affiliate[];
  organisation: string;
  onChange: (choice: ReportChoice) => void;
}) {
  const span =
    isMonth(choice.from) && isMonth(choice.to) ? Math.max(1, monthsBetween(choice.from, choice.to).length) : 1;
  const shift = (direction: 1 | -1) => {
    if (!isMonth(choice.from) || !isMonth(choice.to)) return;
    onChange({ ...choice, from: addMonths(choice.from, direction * span), to: addMonths(choice.to, direction * span) });
  };
  const word = span === 1 ? 'month' : `${span} months`;
  return (
    <div className="filters report-controls" role="group" aria-label="Choose the report">
      <TextField
        label="First month"
        type="month"
        value={choice.from}
        onChange={(event) => {
          const from = event.target.value;
          if (isMonth(from)) onChange({ ...choice, from, to: choice.to < from ? from : choice.to });
        }}
      />
      <TextField
        label="Last month"
        type="month"
        value={choice.to}
        onChange={(event) => {
          const to = event.target.value;
          if (isMonth(to)) onChange({ ...choice, to, from: choice.from > to ? to : choice.from });
        }}
      />
      <SelectField
        label="For"
        value={choice.affiliate}
        onChange={(event) => onChange({ ...choice, affiliate: event.target.value })}
        options={[
          { value: '', label: `${organisation || 'The whole organisation'} (all groups)` },
          ...affiliates.map((affiliate) => ({ value: affiliate.id, label: affiliate.name })),
        ]}
      />
      <div className="button-row">
        <button className="button" type="button" onClick={() => shift(-1)}>
          <span aria-hidden="true">←</span> Previous {word}
        </button>
        <button className="button" type="button" onClick={() => shift(1)}>
          Next {word} <span aria-hidden="true">→</span>
        </button>
      </div>
    </div>
  );
}
