// "Name of this computer": the name other coordinators see on the files this copy shares.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { getDevice, renameDevice } from '../../db/device';
import { DEVICE_NAME_MAX } from '../../domain/exchangeFile';
import { ErrorSummary, TextField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';

export function DeviceNamePanel() {
  const headingId = useId();
  const [name, setName] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState<{ kind: 'success' | 'problem'; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    getDevice().then(
      (device) => live && setName(device.name),
      (failure: Error) =>
        live && setStatus({ kind: 'problem', text: `The name could not be read: ${failure.message}` }),
    );
    return () => {
      live = false;
    };
  }, []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const wanted = (name ?? '').trim();
    if (!wanted) {
      setError('Give this computer a name, like “State office laptop”.');
      setStatus(null);
      return;
    }
    if (wanted.length > DEVICE_NAME_MAX) {
      setError(`Use at most ${DEVICE_NAME_MAX} characters.`);
      setStatus(null);
      return;
    }
    setError(undefined);
    try {
      const device = await renameDevice(wanted);
      setName(device.name);
      setStatus({ kind: 'success', text: 'Name saved.' });
    } catch (failure) {
      const reason = failure instanceof Error ? failure.message : String(failure);
      setStatus({ kind: 'problem', text: `The name could not be saved (${reason}). The old name is kept.` });
    }
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>This computer</h2>
      <form className="form exchange-device-form" onSubmit={onSubmit} noValidate>
        <ErrorSummary errors={error ? { name: error } : {}} />
        <TextField
          label="Name of this computer"
          value={name ?? ''}
          disabled={name === null}
          error={error}
          maxLength={DEVICE_NAME_MAX}
          help="Other coordinators see this name on the records you share, for example “State office laptop”."
          onChange={(event) => {
            setName(event.target.value);
            setStatus(null);
          }}
        />
        <div className="button-row">
          <button className="button" type="submit" disabled={name === null}>
            Save name
          </button>
        </div>
        <div className="status-line" role="status">
          {status && <Notice kind={status.kind}>{status.text}</Notice>}
        </div>
      </form>
    </section>
  );
}
