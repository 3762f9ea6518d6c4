// The words shown for stored codes.
import type { Group } from '@shared/model';

export const PROGRAM_LABELS: Record<Group['program'], string> = {
  connection: 'Connection Recovery Support Group',
  'family-support': 'Family Support Group',
  other: 'Other',
};
export const PROGRAM_SHORT: Record<Group['program'], string> = {
  connection: 'Connection',
  'family-support': 'Family Support',
  other: 'Other',
};
export const STATUS_LABELS: Record<Group['status'], string> = { active: 'Active', paused: 'Paused', ended: 'Ended' };
export const FORMAT_LABELS: Record<Group['format'], string> = {
  'in-person': 'In person',
  virtual: 'Virtual',
  hybrid: 'Hybrid (in person and online)',
};
export const RULE_LABELS = { weekly: 'Every week', biweekly: 'Every other week', monthly: 'Once a month' } as const;
export const NTH_LABELS = { '1': 'First', '2': 'Second', '3': 'Third', '4': 'Fourth', '-1': 'Last' } as const;
