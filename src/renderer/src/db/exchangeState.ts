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

/**
 * The versions kept out of sight that a file to share carries, inside the caller's transaction over
 * `local` and meetings: never one whose id the meetings table holds (a restore may have brought that
 * record back), or the file would hold the id twice and the other coordinator refuse it.
 */
export async function hiddenMeetingsToShare(): Promise<Meeting[]> {
  const hidden = await hiddenMeetings();
  const stored = await db.meetings.bulkGet(hidden.map((meeting) => meeting.id));
  return hidden.filter((_, index) => stored[index] === undefined);
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

/**
 * For a restore's new database: drops the versions kept out of sight whose id is among the restored
 * meetings. The record is back in view; the version set aside would be a second record with its id.
 */
export const withoutHiddenShown =
  (shownIds: ReadonlySet<string>) =>
  (entries: LocalEntry[]): LocalEntry[] =>
    entries.filter((entry) => !(entry.key.startsWith(HIDDEN) && shownIds.has(entry.key.slice(HIDDEN.length))));

export async function restoreExchangeState(entries: readonly LocalEntry[]): Promise<void> {
  await db.transaction('rw', db.local, async () => {
    await startingWith(ALL_EXCHANGE).delete();
    await db.local.bulkPut([...entries]);
  });
}
