// The exchange screen (Backup → Share with other coordinators): name this computer, share a file,
// and combine another coordinator's file after reviewing what it would change.
import { useEffect, useRef, useState } from 'react';
import { Link } from '../../ui/router';
import { PageHeader } from '../../ui/PageHeader';
import { Notice } from '../../ui/Notice';
import type { Side } from '../../domain/merge';
import type { PlanSummary } from '../../domain/exchangePlan';
import { changeLines, senderName } from '../../domain/exchangeWords';
import { FailureNotice } from '../backup/FailureNotice';
import type { Failure } from '../backup/backupErrors';
import { DeviceNamePanel } from './DeviceNamePanel';
import { MergeReview } from './MergeReview';
import { OpenSection } from './OpenSection';
import { PeersPanel } from './PeersPanel';
import { ShareSection } from './ShareSection';
import { describeExchangeFailure } from './exchangeErrors';
import { combine, undoCombine, type CombineOutcome, type OpenedExchange } from './exchangeService';
import { forgetReloadNotice, peekReloadNotice, reloadOnNewDatabase } from '../../db/reloadNotice';

type Stage =
  | { kind: 'start' }
  | { kind: 'review'; opened: OpenedExchange }
  | { kind: 'done'; opened: OpenedExchange; outcome: CombineOutcome; undone: boolean };

function DoneCounts({ summary }: { summary: PlanSummary }) {
  const lines = changeLines(summary.counts);
  if (lines.length === 0) return null;
  return (
    <ul className="exchange-summary">
      {lines.map(({ kind, label, words }) => (
        <li key={kind}>
          {label}: {words}
        </li>
      ))}
    </ul>
  );
}

/** What the merge did to series changed "this and later" on both computers (settleSplitLines). */
function SettledSeries({ ended, removed }: { ended: number; removed: number }) {
  if (ended === 0 && removed === 0) return null;
  return (
    <p>
      A meeting series was changed on both computers (“Change this and later meetings”).{' '}
      {ended > 0 &&
        `${ended === 1 ? 'One series now ends' : `${ended} series now end`} where the later change begins. `}
      {removed > 0 &&
        `${removed === 1 ? 'One series is removed' : `${removed} series are removed`}: the other computer's change starts the same day. `}
      Each meeting now shows once.
    </p>
  );
}

const TITLES: Record<Stage['kind'], string> = {
  start: 'Share with other coordinators',
  review: 'Review before combining',
  done: 'Records combined',
};

export function ExchangePage() {
  const [stage, setStage] = useState<Stage>({ kind: 'start' });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [undoneBeforeReload] = useState(() => peekReloadNotice('combine-undone') !== null);
  useEffect(() => forgetReloadNotice('combine-undone'), []);
  const first = useRef(true);

  useEffect(() => {
    // Each step replaces the page's content: move focus to its title so screen readers start there.
    if (first.current) {
      first.current = false;
      return;
    }
    document.querySelector<HTMLElement>('.page-header h1')?.focus();
  }, [stage.kind]);

  async function run(job: () => Promise<void>, doing: 'combine' | 'undo') {
    setBusy(true);
    setFailure(null);
    try {
      await job();
    } catch (error) {
      setFailure(describeExchangeFailure(error, doing));
    } finally {
      setBusy(false);
    }
  }

  const onCombine = (opened: OpenedExchange, choices: ReadonlyMap<string, Side>) =>
    run(async () => {
      const outcome = await combine(opened, choices);
      setStage({ kind: 'done', opened, outcome, undone: false });
    }, 'combine');

  const onUndo = (done: Extract<Stage, { kind: 'done' }>) =>
    run(async () => {
      // The records come back in a new database: the app starts again on it, and says so here.
      if (await undoCombine(done.outcome)) reloadOnNewDatabase({ kind: 'combine-undone' });
      else setStage({ ...done, undone: true });
    }, 'undo');

  return (
    <>
      <PageHeader title={TITLES[stage.kind]}>
        {stage.kind === 'start' && (
          <p>
            Coordinators who each keep their own copy can combine their work by passing a file, on a USB stick or by
            email. The app itself never sends anything over the internet. <Link to="/backup">Back to Backup</Link>
          </p>
        )}
      </PageHeader>
      {failure && <FailureNotice failure={failure} />}
      {undoneBeforeReload && stage.kind === 'start' && (
        <div role="status">
          <Notice kind="success">Your records are back as they were before combining.</Notice>
        </div>
      )}
      {stage.kind === 'start' && (
        <>
          <DeviceNamePanel />
          <ShareSection />
          <OpenSection
            onOpened={(opened) => {
              setFailure(null);
              setStage({ kind: 'review', opened });
            }}
          />
          <PeersPanel />
        </>
      )}
      {stage.kind === 'review' && (
        <MergeReview
          opened={stage.opened}
          busy={busy}
          onCombine={(choices) => void onCombine(stage.opened, choices)}
          onCancel={() => {
            setFailure(null);
            setStage({ kind: 'start' });
          }}
        />
      )}
      {stage.kind === 'done' && (
        <section className="panel" aria-label="Outcome">
          <div role="status">
            {stage.undone ? (
              <Notice kind="success">Your records are back as they were before combining.</Notice>
            ) : stage.outcome.safety ? (
              <Notice kind="success">
                <p>Records from {senderName(stage.opened.file.header.from.name)} are combined with yours.</p>
                <DoneCounts summary={stage.outcome.summary} />
                <SettledSeries ended={stage.outcome.endedSeries} removed={stage.outcome.removedSeries} />
                <p>A safety backup of your records from just before is kept on the Backup page.</p>
              </Notice>
            ) : (
              <Notice kind="success">
                Nothing needed to change: you are in step with {senderName(stage.opened.file.header.from.name)}.
              </Notice>
            )}
          </div>
          <div className="button-row">
            {stage.outcome.safety && !stage.undone && (
              <button className="button" type="button" disabled={busy} onClick={() => void onUndo(stage)}>
                {busy ? 'Undoing…' : 'Undo combining'}
              </button>
            )}
            <button
              className="button primary"
              type="button"
              disabled={busy}
              onClick={() => setStage({ kind: 'start' })}
            >
              Back to sharing
            </button>
          </div>
        </section>
      )}
    </>
  );
}
