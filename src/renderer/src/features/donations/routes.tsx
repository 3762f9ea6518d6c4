// The donation screens' addresses: under /donations in the app, and their letters under /print.
import type { RouteObject } from 'react-router-dom';
import { DonationsPage } from './DonationsPage';
import { NewDonationPage } from './NewDonationPage';
import { DonationPage } from './DonationPage';
import { DonorsPage } from './DonorsPage';
import { NewDonorPage } from './NewDonorPage';
import { DonorPage } from './DonorPage';
import { ImportPage } from './ImportPage';
import { GiftLetterPage, YearLetterPage } from './LetterPages';

/** Children of the app shell's '/' route. */
export const donationRoutes: RouteObject[] = [
  { path: 'donations', element: <DonationsPage /> },
  { path: 'donations/new', element: <NewDonationPage /> },
  { path: 'donations/import', element: <ImportPage /> },
  { path: 'donations/donors', element: <DonorsPage /> },
  { path: 'donations/donors/new', element: <NewDonorPage /> },
  { path: 'donations/donors/:donorId', element: <DonorPage /> },
  { path: 'donations/:donationId', element: <DonationPage /> },
];

/** Children of the top-level '/print' route (outside the shell). */
export const donationPrintRoutes: RouteObject[] = [
  { path: 'letter/:donationId', element: <GiftLetterPage /> },
  { path: 'donor-letter/:donorId/:year', element: <YearLetterPage /> },
];
