// The venue screens' addresses, children of the app shell's '/' route.
import type { RouteObject } from '../../ui/router';
import { screen } from '../../screens';

export const venueRoutes: RouteObject[] = [
  {
    path: 'venues',
    lazy: screen(() => import('./VenuesPage'), 'VenuesPage'),
  },
  {
    path: 'venues/new',
    lazy: screen(() => import('./VenueEditPages'), 'NewVenuePage'),
  },
  {
    path: 'venues/:venueId',
    lazy: screen(() => import('./VenuePage'), 'VenuePage'),
  },
  {
    path: 'venues/:venueId/edit',
    lazy: screen(() => import('./VenueEditPages'), 'EditVenuePage'),
  },
  {
    path: 'venues/:venueId/bookings/new',
    lazy: screen(() => import('./BookingPage'), 'BookingPage'),
  },
  {
    path: 'venues/:venueId/bookings/:bookingId',
    lazy: screen(() => import('./BookingPage'), 'BookingPage'),
  },
];
