// Which report: the first and last month, and the whole organisation or one affiliate.
import { useState } from 'react';
import type { Affiliate } from '@shared/model';
import { SelectField, TextField } from '../../ui/fields';
import { addMonths, isReportMonth, monthsBetween } from '../../domain/reportMonths';
import type { ReportChoice } from './reportParams';

/**
 * A month input that passes a month on only once it is whole: typing a year, the browser reports
 * 0002, 0020 and 0202 on the way to 2025. What is left half-typed goes back to the chosen month on leaving.
 */
function MonthField({
  label,
  value,
  onPick,
  onLeave,
}: {
  label: string;
  value: string;
  onPick: (month: string) => void;
  onLeave: (month: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  // A month chosen elsewhere (the buttons, the address) replaces whatever is being typed.
  const [chosen, setChosen] = useState(value);
  if (value !== chosen) {
    setChosen(value);
    setDraft(value);
  }
  return (
    <TextField
      label={label}
      type="month"
      value={draft}
      onChange={(event) => {
        const month = event.target.value;
        setDraft(month);
        if (isReportMonth(month) && month !== value) onPick(month);
      }}
      onBlur={() => {
        setDraft(value);
        onLeave(isReportMonth(draft) ? draft : value);
      }}
    />
  );
}

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
  const whole = isReportMonth(choice.from) && isReportMonth(choice.to);
  const span = whole ? Math.max(1, monthsBetween(choice.from, choice.to).length) : 1;
  const shift = (direction: 1 | -1) => {
    if (!whole) return;
    onChange({ ...choice, from: addMonths(choice.from, direction * span), to: addMonths(choice.to, direction * span) });
  };
  // The other month follows one moved past it only once the coordinator leaves the field: while a month
  // is typed, its passing values (January on the way to November) must not move the other.
  const keepOrder = (next: ReportChoice, follow: 'from' | 'to') => {
    if (!isReportMonth(next.from) || !isReportMonth(next.to) || next.from <= next.to) return;
    onChange(follow === 'to' ? { ...next, to: next.from } : { ...next, from: next.to });
  };
  const word = span === 1 ? 'month' : `${span} months`;
  return (
    <div className="filters report-controls" role="group" aria-label="Choose the report">
      <MonthField
        label="First month"
        value={choice.from}
        onPick={(from) => onChange({ ...choice, from })}
        onLeave={(from) => keepOrder({ ...choice, from }, 'to')}
      />
      <MonthField
        label="Last month"
        value={choice.to}
        onPick={(to) => onChange({ ...choice, to })}
        onLeave={(to) => keepOrder({ ...choice, to }, 'from')}
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
