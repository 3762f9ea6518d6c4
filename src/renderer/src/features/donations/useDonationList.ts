// The gifts the list's filters select, with their donors, read through an index.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Donation, Donor } from '@shared/model';
import { findDonations } from '../../db/donations';
import { donorsByIds } from '../../db/donors';
import { matches, type ListFilters } from './listFilters';

export interface DonationList {
  gifts: Donation[];
  donors: Map<string, Donor>;
}

export function useDonationList(filters: ListFilters): DonationList | undefined {
  return useLiveQuery(async () => {
    const found = await findDonations({
      from: filters.from,
      to: filters.to,
      donorId: filters.donorId || undefined,
      groupId: filters.groupId || undefined,
    });
    const gifts = found.filter((gift) => matches(gift, filters));
    return { gifts, donors: await donorsByIds(gifts.map((gift) => gift.donorId)) };
  }, [filters.from, filters.to, filters.donorId, filters.groupId, filters.category, filters.acknowledged]);
}
