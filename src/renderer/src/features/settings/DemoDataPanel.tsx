// Settings → "Large demo dataset": a state office's ten years of made-up records, for trying the app at scale.
import { useEffect, useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { isDatabaseEmpty } from '../../db/emptiness';
import { loadStateDataset, type LoadProgress } from '../../db/loadStateDataset';
import { forgetReloadNotice, peekReloadNotice, reloadOnNewDatabase } from '../../db/reloadNotice';
import { Notice } from '../../ui/Notice';
import { reasonOf } from '../../ui/forms';

// Made on first use, not as the app starts (the first Intl formatter loads the locale data).
let formatter: Intl.NumberFormat | undefined;
const number = { format: (value: number) => (formatter ??= new Intl.NumberFormat('en-US')).format(value) };

export function DemoDataPanel() {
  const empty = useLiveQuery(isDatabaseEmpty);
  const progressId = useId();
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  // The dataset is loaded into a new database and the app reloads onto it: the word of success comes back with it.
  const [outcome, setOutcome] = useState<{ kind: 'success' | 'problem'; text: string } | null>(() => {
    const loaded = peekReloadNotice('demo-dataset');
    return loaded ? { kind: 'success', text: loaded.text } : null;
  });
  useEffect(() => forgetReloadNotice('demo-dataset'), []);
  const busy = progress !== null;

  async function load() {
    setOutcome(null);
    setProgress({ done: 0, total: 0 });
    try {
      const { counts } = await loadStateDataset({ onProgress: setProgress });
      reloadOnNewDatabase({
        kind: 'demo-dataset',
        text: `Large demo dataset loaded: ${number.format(counts.groups ?? 0)} groups, ${number.format(counts.meetings ?? 0)} meeting records, ${number.format(counts.donations ?? 0)} gifts and ${number.format(counts.facilitators ?? 0)} facilitators.`,
      });
    } catch (error) {
      setOutcome({
        kind: 'problem',
        text: `The demo dataset could not be loaded: ${reasonOf(error)}`,
      });
      setProgress(null);
    }
  }

  return (
    <section className="panel" aria-labelledby="demo-data-heading">
      <h2 id="demo-data-heading">Large demo dataset</h2>
      <p>
        See how the app works at the size of a state office: 40 affiliates, 150 groups and ten years of meeting records,
        venues, gifts and facilitators, all made up. Loading takes a minute or two, and only works while this copy is
        empty.
      </p>
      {empty === false && !busy && !outcome && (
        <p className="muted">This copy already has groups, so the demo dataset can't be loaded here.</p>
      )}
      <div className="button-row">
        <button className="button" type="button" onClick={load} disabled={busy || empty !== true}>
          {busy ? 'Loading the large demo dataset…' : 'Load a large demo dataset'}
        </button>
      </div>
      {progress && (
        <div>
          <label htmlFor={progressId}>
            {progress.total > 0
              ? `Loading records: ${number.format(progress.done)} of about ${number.format(progress.total)}`
              : 'Getting ready…'}
          </label>
          <progress
            id={progressId}
            style={{ display: 'block', width: '100%', maxWidth: '30rem', height: '1.25rem' }}
            max={progress.total || undefined}
            value={progress.total > 0 ? progress.done : undefined}
          />
        </div>
      )}
      <div className="status-line" role="status">
        {outcome && <Notice kind={outcome.kind}>{outcome.text}</Notice>}
      </div>
    </section>
  );
}
