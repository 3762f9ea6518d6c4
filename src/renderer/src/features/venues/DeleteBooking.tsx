// Deleting a booking, behind a confirmation; declining keeps a record instead.
import { useState } from 'react';
import { useNavigate } from '../../ui/router';
import type { Booking } from '@shared/model';
import { deleteBooking } from '../../db/bookings';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

export function DeleteBooking({ booking }: { booking: Booking }) {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  return (
    <section className="panel venue-danger-zone" aria-labelledby="booking-delete">
      <h2 id="booking-delete">Delete booking</h2>
      <p className="field-help">To keep a record that the host said no, set the status to Declined instead.</p>
      <div className="button-row">
        <button className="button danger" type="button" onClick={() => setOpen(true)}>
          Delete booking
        </button>
      </div>
      <ConfirmDialog
        open={open}
        title="Delete this booking?"
        confirmLabel="Delete booking"
        danger
        onCancel={() => setOpen(false)}
        onConfirm={async () => {
          setOpen(false);
          await deleteBooking(booking.id);
          navigate(`/venues/${booking.venueId}`, { state: { message: 'Booking deleted.' } });
        }}
      >
        <p>The booking and its status history will no longer appear on the venue's page. The group's meetings stay.</p>
      </ConfirmDialog>
    </section>
  );
}
