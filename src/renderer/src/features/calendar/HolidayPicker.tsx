// A year's common US holidays, chosen with checkboxes and added as closures in one step.
import { useState } from 'react';
import { addHolidayClosures } from '../../db/closureOps';
import { usHolidays } from '../../domain/holidays';
import { longDate } from '../../domain/wording';
import { CheckboxField, SelectField } from '../../ui/fields';
import { todayIso } from '../../domain/dates';

export function HolidayPicker({ onSaved }: { onSaved: (message: string) => void }) {
  const thisYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const holidays = usHolidays(year);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(holidays.map((h) => h.date)));
  const changeYear = (value: number) => {
    setYear(value);
    setChosen(new Set(usHolidays(value).map((h) => h.date)));
  };
  async function add() {
    const added = await addHolidayClosures(
      year,
      holidays.filter((h) => chosen.has(h.date)),
    );
    onSaved(
      added === 0
        ? 'Those holidays were already closures; nothing was added.'
        : `Added ${added} holiday closure${added === 1 ? '' : 's'} for ${year}.`,
    );
  }
  return (
    <section className="panel" aria-labelledby="holidays">
      <h2 id="holidays">Add a year's US holidays</h2>
      <SelectField
        label="Year"
        value={String(year)}
        onChange={(e) => changeYear(Number(e.target.value))}
        options={[thisYear, thisYear + 1].map((y) => ({ value: String(y), label: String(y) }))}
      />
      <fieldset className="field">
        <legend>Holidays with no meetings</legend>
        <div className="holiday-list">
          {holidays.map((holiday) => (
            <CheckboxField
              key={holiday.date}
              label={`${holiday.name} (${longDate(holiday.date)})`}
              checked={chosen.has(holiday.date)}
              onChange={(e) => {
                const next = new Set(chosen);
                if (e.target.checked) next.add(holiday.date);
                else next.delete(holiday.date);
                setChosen(next);
              }}
            />
          ))}
        </div>
      </fieldset>
      <button className="button primary" type="button" onClick={() => void add()} disabled={chosen.size === 0}>
        Add {chosen.size} holiday{chosen.size === 1 ? '' : 's'} as closures
      </button>
    </section>
  );
}
