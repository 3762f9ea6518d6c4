// The room lists of the forms that place a meeting at a venue (series, booking, one moved meeting):
// the venue's rooms, "The whole venue (every room)", and the room already saved even when the venue
// no longer lists it, so an old booking or series can still be saved as it is.

/** The whole venue, stored as a blank room (''): it takes every room at that time. */
export const WHOLE_VENUE_LABEL = 'The whole venue (every room)';

/**
 * The select's value for the whole venue. Room names are trimmed lines, so none can start with a line
 * break: this never stands for a room.
 */
export const WHOLE_VENUE_OPTION = '\nwhole venue';

/** `null` is a room not chosen yet (the select shows "Choose a room"). */
export const toRoomOption = (room: string | null): string =>
  room === null ? '' : room === '' ? WHOLE_VENUE_OPTION : room;

export const fromRoomOption = (value: string): string | null =>
  value === '' ? null : value === WHOLE_VENUE_OPTION ? '' : value;

/** "Oak Room (no longer listed)": a saved room the venue's list no longer has. */
export const unlistedRoomLabel = (room: string): string => `${room} (no longer listed)`;

/**
 * The rooms to choose from, for a select whose value is `toRoomOption(current)`. `saved`: the room as
 * saved, offered even when the venue no longer lists it, so it can be chosen again after another.
 */
export function roomOptions(
  rooms: readonly string[],
  current: string | null,
  saved: string | null = current,
): { value: string; label: string }[] {
  const unlisted = [...new Set([saved, current])].filter(
    (room): room is string => room !== null && room !== '' && !rooms.includes(room),
  );
  return [
    ...(current === null ? [{ value: '', label: 'Choose a room' }] : []),
    ...rooms.map((room) => ({ value: room, label: room })),
    ...unlisted.map((room) => ({ value: room, label: unlistedRoomLabel(room) })),
    { value: WHOLE_VENUE_OPTION, label: WHOLE_VENUE_LABEL },
  ];
}

/** The venue's own spelling of a saved room that differs only in capitals, or the room as saved. */
export const listedSpelling = (rooms: readonly string[], room: string): string =>
  rooms.find((listed) => listed.toLowerCase() === room.trim().toLowerCase()) ?? room;
