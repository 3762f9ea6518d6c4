// The list's filters live in the address (#/donations?from=…&to=…), so Back returns to the same view.
import { DONATION_CATEGORIES, type Donation } from '@shared/model';

export interface ListFilters {
  from: string;
  to: string;
  category: Donation['category'] | '';
  donorId: string;
  groupId: string;
  acknowledged: 'yes' | 'no' | '';
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function filtersFrom(params: URLSearchParams, today: string): ListFilters {
  const year = today.slice(0, 4);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const category = DONATION_CATEGORIES.find((known) => known === params.get('category')) ?? '';
  const acknowledged = params.get('ack');
  return {
    // By default, this calendar year: the list never reads every gift ever given.
    from: DATE.test(from) ? from : `${year}-01-01`,
    to: DATE.test(to) ? to : `${year}-12-31`,
    category,
    donorId: params.get('donor') ?? '',
    groupId: params.get('group') ?? '',
    acknowledged: acknowledged === 'yes' || acknowledged === 'no' ? acknowledged : '',
  };
}

export function paramsOf(filters: ListFilters): Record<string, string> {
  const params: Record<string, string> = { from: filters.from, to: filters.to };
  if (filters.category) params.category = filters.category;
  if (filters.donorId) params.donor = filters.donorId;
  if (filters.groupId) params.group = filters.groupId;
  if (filters.acknowledged) params.ack = filters.acknowledged;
  return params;
}

export function matches(gift: Pick<Donation, 'category' | 'acknowledgedOn'>, filters: ListFilters): boolean {
  if (filters.category && gift.category !== filters.category) return false;
  if (filters.acknowledged === 'yes' && gift.acknowledgedOn === null) return false;
  if (filters.acknowledged === 'no' && gift.acknowledgedOn !== null) return false;
  return true;
}
