// The other computers this copy has combined records from, and when: a reminder of who is in step.
import { useId } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { listPeers } from '../../db/exchangeState';
import { whenWritten } from '../../domain/backupWords';

export function PeersPanel() {
  const headingId = useId();
  const peers = useLiveQuery(listPeers);
  if (!peers || peers.length === 0) return null;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Computers you have combined records from</h2>
      <div className="table-wrap">
        <table className="data compact">
          <thead>
            <tr>
              <th scope="col">Computer</th>
              <th scope="col">Last combined</th>
            </tr>
          </thead>
          <tbody>
            {peers.map((peer) => (
              <tr key={peer.deviceId}>
                <td>{peer.name}</td>
                <td>{whenWritten(peer.lastMergedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
