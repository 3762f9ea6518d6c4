// A venue's contact log: dated notes of calls and emails with its host, newest first.
import { useState, type FormEvent } from 'react';
import type { ContactLogEntry, Venue } from '@shared/model';
import { isoDate } from '@shared/model';
import { addContactLogEntry, removeContactLogEntry } from '../../db/venues';
import { todayIso } from '../../domain/dates';
import { shortDate } from '../../domain/wording';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { TextArea, TextField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { nothingChanged, reasonOf } from '../../ui/forms';

const yearOf = (date: string) => date.slice(0, 4);

export function ContactLog({ venue }: { venue: Venue }) {
  const [date, setDate] = useState(todayIso());
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ date?: string; note?: string }>({});
  const [status, setStatus] = useState<{ kind: 'success' | 'problem'; text: string } | null>(null);
  const [removing, setRemoving] = useState<ContactLogEntry | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found: typeof errors = {};
    if (!isoDate.safeParse(date).success) found.date = 'Enter the date of the call or email';
    if (note.trim() === '') found.note = 'Write what was said or agreed';
    else if (note.trim().length > 2000) found.note = 'Keep the note under 2,000 characters';
    setErrors(found);
    if (found.date || found.note) {
      setStatus(null);
      return;
    }
    try {
      await addContactLogEntry(venue.id, { date, note });
      setNote('');
      setStatus({ kind: 'success', text: 'Note added to the contact log.' });
    } catch (error) {
      setStatus({
        kind: 'problem',
        text: nothingChanged(`The note could not be added: ${reasonOf(error)}`),
      });
    }
  }

  const thisYear = yearOf(todayIso());
  return (
    <section className="panel" aria-labelledby="contact-log">
      <h2 id="contact-log">Contact log</h2>
      <p className="field-help">
        Calls and emails with {venue.contactName || 'the venue'}, so anyone can pick up where you left off.
      </p>
      <form className="form contact-log-form" onSubmit={onSubmit} noValidate>
        <div className="form-grid">
          <TextField
            label="Date of the call or email"
            type="date"
            value={date}
            error={errors.date}
            onChange={(e) => setDate(e.target.value)}
          />
          <TextArea
            label="What was said"
            wide
            rows={2}
            value={note}
            error={errors.note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <div className="button-row">
          <button className="button" type="submit">
            Add to contact log
          </button>
        </div>
        <div className="status-line" role="status">
          {status && <Notice kind={status.kind}>{status.text}</Notice>}
        </div>
      </form>
      {venue.contactLog.length === 0 ? (
        <p className="muted">No calls or emails noted yet.</p>
      ) : (
        <ul className="contact-log">
          {venue.contactLog.map((entry) => {
            const when =
              yearOf(entry.date) === thisYear
                ? shortDate(entry.date)
                : `${shortDate(entry.date)}, ${yearOf(entry.date)}`;
            return (
              <li key={entry.id}>
                <strong>{when}</strong>
                <span className="contact-log-note">{entry.note}</span>
                <button
                  className="link-button"
                  type="button"
                  aria-label={`Remove the note of ${when}`}
                  onClick={() => setRemoving(entry)}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ConfirmDialog
        open={removing !== null}
        title="Remove this note?"
        confirmLabel="Remove note"
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing) return;
          const entry = removing;
          setRemoving(null);
          await removeContactLogEntry(venue.id, entry.id);
          setStatus({ kind: 'success', text: 'Note removed from the contact log.' });
        }}
      >
        <p>
          The note of {removing ? shortDate(removing.date) : ''} (“{removing?.note.slice(0, 80)}”) will be removed from
          the contact log.
        </p>
      </ConfirmDialog>
    </section>
  );
}
