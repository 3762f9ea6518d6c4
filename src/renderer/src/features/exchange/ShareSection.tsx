// "Share your records": everything or one affiliate's, optionally locked with a passphrase, saved as
// a file the coordinator hands on (a USB stick, an email).
import { useId, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { shareableAffiliates } from '../../db/exchangeScope';
import { MIN_PASSPHRASE_LENGTH } from '../../domain/backupCrypto';
import type { ExchangeScope } from '../../domain/exchangeFile';
import { CheckboxField, ErrorSummary, SelectField, TextField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { FailureNotice } from '../backup/FailureNotice';
import type { Failure } from '../backup/backupErrors';
import { describeExchangeFailure } from './exchangeErrors';
import { shareRecords } from './exchangeService';

type Errors = Partial<Record<'affiliate' | 'passphrase' | 'repeat', string>>;

export function ShareSection() {
  const headingId = useId();
  const affiliates = useLiveQuery(shareableAffiliates);
  const [what, setWhat] = useState<'all' | 'affiliate'>('all');
  const [affiliateId, setAffiliateId] = useState('');
  const [lock, setLock] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  const chosenAffiliate = affiliates?.find((affiliate) => affiliate.id === (affiliateId || affiliates[0]?.id));

  function check(): Errors {
    const found: Errors = {};
    if (what === 'affiliate' && !chosenAffiliate) found.affiliate = 'Choose the affiliate whose records to share.';
    if (lock && passphrase.length < MIN_PASSPHRASE_LENGTH) {
      found.passphrase = `Use a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`;
    } else if (lock && repeat !== passphrase) {
      found.repeat = 'The two passphrases are not the same. Type it again.';
    }
    return found;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    setFailure(null);
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const scope: ExchangeScope =
      what === 'affiliate' && chosenAffiliate
        ? { kind: 'affiliate', affiliateId: chosenAffiliate.id, affiliateName: chosenAffiliate.name }
        : { kind: 'all' };
    setBusy(true);
    try {
      const result = await shareRecords(scope, lock ? passphrase : null);
      if (result.saved) {
        setSaved(
          `Saved ${result.fileName ?? 'the file'}. Give it to the other coordinator${lock ? ', and tell them the passphrase another way (by phone or in person)' : ''}.`,
        );
      }
    } catch (error) {
      setFailure(describeExchangeFailure(error, 'share'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Share your records</h2>
      <p>
        Save a file with your records, deletions included, for another coordinator to combine with theirs. Your
        organisation details stay on this computer.
      </p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorSummary errors={errors as Record<string, string>} />
        <fieldset className="field">
          <legend>What to share</legend>
          <label className="checkbox">
            <input type="radio" name="share-what" checked={what === 'all'} onChange={() => setWhat('all')} />
            All records
          </label>
          <label className="checkbox">
            <input
              type="radio"
              name="share-what"
              checked={what === 'affiliate'}
              disabled={!affiliates || affiliates.length === 0}
              onChange={() => setWhat('affiliate')}
            />
            One affiliate’s records: its groups, schedules, meetings, bookings, gifts, and the venues, facilitators and
            donors they involve
          </label>
        </fieldset>
        {what === 'affiliate' && affiliates && (
          <SelectField
            label="Affiliate"
            value={chosenAffiliate?.id ?? ''}
            error={errors.affiliate}
            options={affiliates.map((affiliate) => ({ value: affiliate.id, label: affiliate.name }))}
            onChange={(event) => setAffiliateId(event.target.value)}
          />
        )}
        <CheckboxField
          label="Protect the file with a passphrase"
          checked={lock}
          onChange={(event) => setLock(event.target.checked)}
        />
        {lock && (
          <div className="form-grid">
            <TextField
              label="Passphrase"
              type="password"
              autoComplete="new-password"
              value={passphrase}
              error={errors.passphrase}
              help={`At least ${MIN_PASSPHRASE_LENGTH} characters. Without it, nobody can open the file, you included.`}
              onChange={(event) => setPassphrase(event.target.value)}
            />
            <TextField
              label="Type the passphrase again"
              type="password"
              autoComplete="new-password"
              value={repeat}
              error={errors.repeat}
              onChange={(event) => setRepeat(event.target.value)}
            />
          </div>
        )}
        <div className="button-row">
          <button className="button primary" type="submit" disabled={busy}>
            {busy ? 'Saving…' : 'Save file to share'}
          </button>
        </div>
        <div className="status-line" role="status">
          {saved && <Notice kind="success">{saved}</Notice>}
        </div>
        {failure && <FailureNotice failure={failure} />}
      </form>
    </section>
  );
}
