// What this copy remembers about exchanging with other coordinators, kept in the `local` table (never
// backed up, never shared): per other computer, its name and how far this copy has merged its
// records; and the meeting versions kept out of sight because another record speaks for their meeting.
import type { Meeting } from '@shared/model';
import { db, type LocalEntry } from './database';

const PEER = 'exchange:peer:';
const HIDDEN = 'exchange:hidden-meeting:';
const ALL_EXCHANGE = 'exchange:';

export interface Peer {
  deviceId: string;
  /** the name the other coordinator gave their computer, as their latest file said */
  name: string;
  /** per scope ('all', 'affiliate:<id>'), the newest change of theirs merged here */
  received: Record<string, string>;
  /** when this copy last merged one of their files */
  lastMergedAt: string;
}

const startingWith = (prefix: string) => db.local.where('key').startsWith(prefix);

export async function listPeers(): Promise<Peer[]> {
  const entries = await startingWith(PEER).toArray();
  return entries.map((entry) => entry.value as Peer).sort((a, b) => (a.lastMergedAt > b.lastMergedAt ? -1 : 1));
}

export async function getPeer(deviceId: string): Promise<Peer | undefined> {
  return (await db.local.get(PEER + deviceId))?.value as Peer | undefined;
}

/** Inside the caller's transaction over `local`. */
export async function putPeer(peer: Peer): Promise<void> {
  await db.local.put({ key: PEER + peer.deviceId, value: peer });
}

export async function hiddenMeetings(): Promise<Meeting[]> {
  return (await startingWith(HIDDEN).toArray()).map((entry) => entry.value as Meeting);
}

/** Inside the caller's transaction over `local`. */
export async function hideMeetings(meetings: readonly Meeting[]): Promise<void> {
  await db.local.bulkPut(meetings.map((meeting) => ({ key: HIDDEN + meeting.id, value: meeting })));
}

/** Inside the caller's transaction over `local`. */
export async function unhideMeetings(ids: readonly string[]): Promise<void> {
  await db.local.bulkDelete(ids.map((id) => HIDDEN + id));
}

/** Everything above, so undoing a merge can put it back as it was. */
export async function snapshotExchangeState(): Promise<LocalEntry[]> {
  return startingWith(ALL_EXCHANGE).toArray();
}

/** The same for a new database being filled (undoing a merge restores a backup into one). */
export const withExchangeState =
  (entries: readonly LocalEntry[]) =>
  (copied: LocalEntry[]): LocalEntry[] => [
    ...copied.filter((entry) => !entry.key.startsWith(ALL_EXCHANGE)),
    ...entries,
  ];

export async function restoreExchangeState(entries: readonly LocalEntry[]): Promise<void> {
  await db.transaction('rw', db.local, async () => {
    await startingWith(ALL_EXCHANGE).delete();
    await db.local.bulkPut([...entries]);
  });
}
