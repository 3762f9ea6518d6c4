// What the group form accepts, and how a stored group becomes form values.
import { z } from 'zod';
import { GROUP_FORMATS, GROUP_STATUSES, PROGRAMS, type Group, type NewRecord } from '@shared/model';
import { looksLikeEmail } from '../../ui/forms';

export const groupFormSchema = z.object({
  name: z.string().trim().min(1, 'Give the group a name').max(200, 'Keep the name under 200 characters'),
  program: z.enum(PROGRAMS),
  affiliateId: z.string().transform((value) => value || null),
  language: z.string().trim().min(1, 'Say which language the group meets in').max(60),
  format: z.enum(GROUP_FORMATS),
  status: z.enum(GROUP_STATUSES),
  contactPhone: z.string().trim().max(40),
  contactEmail: z.string().trim().max(200).refine(looksLikeEmail, 'Enter an email address like name@example.org'),
  accessibilityNotes: z.string().trim().max(1000),
  joinInfo: z.string().trim().max(1000),
  flyerText: z.string().trim().max(2000),
  notes: z.string().trim().max(4000),
});

export type GroupFormValues = z.input<typeof groupFormSchema>;

export function emptyGroupForm(): GroupFormValues {
  return {
    name: '',
    program: 'connection',
    affiliateId: '',
    language: 'English',
    format: 'in-person',
    status: 'active',
    contactPhone: '',
    contactEmail: '',
    accessibilityNotes: '',
    joinInfo: '',
    flyerText: '',
    notes: '',
  };
}

export function groupToForm(group: Group): GroupFormValues {
  return { ...group, affiliateId: group.affiliateId ?? '' };
}

export function formToGroup(values: z.output<typeof groupFormSchema>, facilitatorIds: string[]): NewRecord<Group> {
  return { ...values, facilitatorIds };
}
