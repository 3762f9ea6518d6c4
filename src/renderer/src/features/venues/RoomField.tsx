// The room of a meeting at a venue: a list of the venue's rooms (with the whole venue, and the room
// already saved if the venue no longer lists it), or a text box where there is no venue or it lists no
// rooms. While the venues are read (a moment) it shows the chosen room as a list that cannot be changed
// yet, so a text box never turns into a list under the coordinator's hand.
import type { ReactNode } from 'react';
import type { Venue } from '@shared/model';
import { SelectField, TextField } from '../../ui/fields';
import { fromRoomOption, roomOptions, toRoomOption, WHOLE_VENUE_LABEL } from './roomChoices';

export function RoomField({
  venue,
  loading,
  value,
  error,
  help,
  onChange,
}: {
  /** the chosen venue (undefined for none) */
  venue: Venue | undefined;
  /** a venue is chosen but the venues are not read yet */
  loading: boolean;
  /** null: not chosen yet */
  value: string | null;
  error?: string;
  help?: ReactNode;
  onChange: (room: string | null) => void;
}) {
  if (loading) {
    const label = value === null ? 'Choose a room' : value === '' ? WHOLE_VENUE_LABEL : value;
    return (
      <SelectField
        label="Room"
        value={toRoomOption(value)}
        disabled
        options={[{ value: toRoomOption(value), label }]}
        onChange={() => undefined}
      />
    );
  }
  if (venue && venue.rooms.length > 0) {
    return (
      <SelectField
        label="Room"
        value={toRoomOption(value)}
        error={error}
        help={help}
        options={roomOptions(venue.rooms, value)}
        onChange={(event) => onChange(fromRoomOption(event.target.value))}
      />
    );
  }
  return (
    <TextField label="Room" value={value ?? ''} error={error} onChange={(event) => onChange(event.target.value)} />
  );
}

/** The room to start from once a venue is chosen: to be chosen where it lists rooms, none otherwise. */
export const roomForVenue = (venue: Venue | undefined): string | null => (venue && venue.rooms.length > 0 ? null : '');
