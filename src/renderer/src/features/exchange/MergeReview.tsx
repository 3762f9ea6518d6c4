// The review before combining: who shared the file and when, what would change, and every record both
// coordinators changed since they last exchanged, with the choice of which version to keep.
import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDevice } from '../../db/device';
import { listPeers } from '../../db/exchangeState';
import { whenWritten } from '../../domain/backupWords';
import { changesNothing } from '../../domain/exchangePlan';
import { senderName, type Computers } from '../../domain/exchangeWords';
import type { Side } from '../../domain/merge';
import { Notice } from '../../ui/Notice';
import { ChangeList } from './ChangeList';
import { ConflictChoice } from './ConflictChoice';
import type { OpenedExchange } from './exchangeService';

export function MergeReview({
  opened,
  busy,
  onCombine,
  onCancel,
}: {
  opened: OpenedExchange;
  busy: boolean;
  onCombine: (choices: ReadonlyMap<string, Side>) => void;
  onCancel: () => void;
}) {
  const conflictsId = useId();
  const changesId = useId();
  const computers = useLiveQuery(async (): Promise<Computers> => {
    const [device, peers] = await Promise.all([getDevice(), listPeers()]);
    return {
      localDevice: device.id,
      sender: { deviceId: opened.file.header.from.deviceId, name: senderName(opened.file.header.from.name) },
      known: new Map(peers.map((peer) => [peer.deviceId, peer.name])),
    };
  }, [opened]);
  const [choices, setChoices] = useState<Map<string, Side>>(() => new Map());
  const { header } = opened.file;
  const { summary, plan, peer, names } = opened.preview;
  const nothing = changesNothing(summary);
  const sender = senderName(header.from.name);

  return (
    <>
      <section className="panel" aria-labelledby={changesId}>
        <h2 id={changesId}>From {sender.charAt(0).toUpperCase() + sender.slice(1)}</h2>
        <p>
          {header.scope.kind === 'all' ? 'All records' : `${header.scope.affiliateName}’s records`}, shared on{' '}
          {whenWritten(header.createdAt)} ({opened.fileName}).{' '}
          {peer
            ? `You last combined records from this computer on ${whenWritten(peer.lastMergedAt)}.`
            : 'This is the first time you combine records from this computer.'}
        </p>
        {nothing ? (
          <Notice kind="info">Your records already hold everything in this file. Nothing needs to change.</Notice>
        ) : (
          <ChangeList plan={plan} summary={summary} names={names} />
        )}
      </section>
      {summary.conflicts.length > 0 && computers && (
        <section className="panel" aria-labelledby={conflictsId}>
          <h2 id={conflictsId}>Changed on both computers ({summary.conflicts.length})</h2>
          <p>
            You and {sender} both changed {summary.conflicts.length === 1 ? 'this record' : 'these records'} since you
            last exchanged. The newer change is chosen for you; choose the other where it is the right one.
          </p>
          {summary.conflicts.map(({ id, table, conflict }) => (
            <ConflictChoice
              key={id}
              id={id}
              table={table}
              conflict={conflict}
              names={names}
              computers={computers}
              chosen={choices.get(id) ?? conflict.newer}
              onChoose={(side) => setChoices((current) => new Map(current).set(id, side))}
            />
          ))}
        </section>
      )}
      <div className="exchange-actions">
        {!nothing && (
          <p>
            Before combining, a safety backup of all your records is saved, and you can undo straight after. Your
            organisation details are not changed.
          </p>
        )}
        <div className="button-row">
          <button className="button primary" type="button" disabled={busy} onClick={() => onCombine(choices)}>
            {busy ? 'Combining…' : nothing ? 'Done' : 'Combine records'}
          </button>
          <button className="button" type="button" disabled={busy} onClick={onCancel}>
            Cancel
          </button>
        </div>
        <div className="status-line" role="status">
          {busy && !nothing && (
            <Notice kind="info">
              Saving a safety backup, then combining. With a whole state’s records this takes about a minute: keep this
              window open.
            </Notice>
          )}
        </div>
      </div>
    </>
  );
}
