// The venue screens' addresses, children of the app shell's '/' route.
import type { RouteObject } from 'react-router-dom';
import { VenuesPage } from './VenuesPage';
import { EditVenuePage, NewVenuePage } from './VenueEditPages';
import { VenuePage } from './VenuePage';
import { BookingPage } from './BookingPage';

export const venueRoutes: RouteObject[] = [
  { path: 'venues', element: <VenuesPage /> },
  { path: 'venues/new', element: <NewVenuePage /> },
  { path: 'venues/:venueId', element: <VenuePage /> },
  { path: 'venues/:venueId/edit', element: <EditVenuePage /> },
  { path: 'venues/:venueId/bookings/new', element: <BookingPage /> },
  { path: 'venues/:venueId/bookings/:bookingId', element: <BookingPage /> },
];
