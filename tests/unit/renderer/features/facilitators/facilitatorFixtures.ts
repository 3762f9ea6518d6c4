// A person already at a step, as if they had come through the pipeline, for the facilitator component tests.
import type { Facilitator, PipelineStatus } from '@shared/model';
import { createRecord } from '../../../../../src/renderer/src/db/records';

export const personAt = (name: string, status: PipelineStatus): Promise<Facilitator> =>
  createRecord('facilitators', {
    name,
    phone: '',
    email: '',
    affiliateId: null,
    languages: [],
    notes: '',
    status,
    history: [{ status, on: '2026-01-05', note: '' }],
    waitingOn: '',
    trainedOn: status === 'certified' ? '2026-01-05' : null,
    certifiedOn: status === 'certified' ? '2026-01-05' : null,
  });
