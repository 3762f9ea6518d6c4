// The review screen's words: records named the way coordinators know them, values shown plainly.
import { describe, expect, it } from 'vitest';
import {
  changeLines,
  describeRecord,
  fieldLabel,
  formatValue,
  senderName,
  whoChanged,
} from '../../../../src/renderer/src/domain/exchangeWords';
import { sampleTables } from './backupSample';

const tables = sampleTables();
const names = new Map([...tables.groups, ...tables.facilitators, ...tables.venues].map((r) => [r.id, r.name]));

describe('the review names records', () => {
  it('by name, or for a meeting record by its group and date', () => {
    const group = tables.groups[0];
    const meeting = tables.meetings.find((m) => m.groupId === group?.id);
    if (!group || !meeting) throw new Error('the sample has groups with meetings');
    expect(describeRecord('groups', group, names)).toBe(group.name);
    expect(describeRecord('meetings', { ...meeting, originalDate: '2026-10-06' }, names)).toBe(
      `${group.name}, Oct 6, 2026`,
    );
  });

  it('calls an unnamed sender "the other computer" rather than "This computer"', () => {
    expect(senderName('This computer')).toBe('the other computer');
    expect(senderName('  State office laptop ')).toBe('State office laptop');
  });

  it('says who changed a version: this computer, the sender, or another computer it knows', () => {
    const computers = {
      localDevice: 'here',
      sender: { deviceId: 'there', name: 'State office laptop' },
      known: new Map([['third', 'Northside desk']]),
    };
    expect(whoChanged('here', computers)).toBe('this computer');
    expect(whoChanged('there', computers)).toBe('State office laptop');
    expect(whoChanged('third', computers)).toBe('Northside desk');
    expect(whoChanged('stranger', computers)).toBe('another computer');
  });
});

describe('values in a conflict', () => {
  it('show names for ids, dollars for cents, dates as people say them, and (empty) for nothing', () => {
    const facilitator = tables.facilitators[0];
    if (!facilitator) throw new Error('the sample has facilitators');
    expect(formatValue('facilitatorIds', [facilitator.id], names)).toBe(facilitator.name);
    expect(formatValue('costCents', 2550, names)).toBe('$25.50');
    expect(formatValue('startsOn', '2026-10-06', names)).toBe('Oct 6, 2026');
    expect(formatValue('contactPhone', '', names)).toBe('(empty)');
    expect(formatValue('weekday', 2, names)).toBe('Tuesday');
    expect(formatValue('accessibility', { stepFree: true, parking: false, notes: 'Ramp at back' }, names)).toBe(
      'Step free; Notes: Ramp at back',
    );
  });

  it('label fields in the words of the forms', () => {
    expect(fieldLabel('contactPhone', 'groups')).toBe('Public contact phone');
    expect(fieldLabel('contactPhone', 'venues')).toBe('Contact phone');
    expect(fieldLabel('firstTime')).toBe('First-time attendees');
    expect(fieldLabel('acknowledgedOn')).toBe('Acknowledged on');
  });

  it('count changes in one line per kind, leaving out kinds that do not happen', () => {
    const lines = changeLines({
      groups: { add: 1, update: 2, delete: 0, restore: 0 },
      meetings: { add: 40, update: 0, delete: 1, restore: 0 },
    });
    expect(lines.map(({ label, words }) => `${label}: ${words}`)).toEqual([
      'Added: 1 group, 40 meeting records',
      'Updated: 2 groups',
      'Deleted: 1 meeting record',
    ]);
  });
});
