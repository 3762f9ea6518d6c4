// The end of every failure message: "Nothing was changed." once, after exactly one full stop.
import { describe, expect, it } from 'vitest';
import { nothingChanged } from '../../../../src/renderer/src/ui/forms';

describe('nothingChanged', () => {
  it('adds one full stop and the sentence, whatever the reason ends with', () => {
    expect(nothingChanged('The venue could not be saved: the disk is full')).toBe(
      'The venue could not be saved: the disk is full. Nothing was changed.',
    );
    expect(nothingChanged('The venue could not be saved: Oak Room is booked. ')).toBe(
      'The venue could not be saved: Oak Room is booked. Nothing was changed.',
    );
    expect(nothingChanged('Is the file open elsewhere?')).toBe('Is the file open elsewhere? Nothing was changed.');
  });

  it('does not say it twice when the reason already does', () => {
    expect(
      nothingChanged('The record could not be saved: A restore is running. Wait for it to finish; nothing was saved.'),
    ).toBe('The record could not be saved: A restore is running. Wait for it to finish; nothing was saved.');
    expect(nothingChanged('Oak Room is booked for Riverside. Nothing was changed.')).toBe(
      'Oak Room is booked for Riverside. Nothing was changed.',
    );
  });
});
