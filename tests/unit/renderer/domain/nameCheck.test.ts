import { describe, expect, it } from 'vitest';
import { possibleNames } from '../../../../src/renderer/src/domain/nameCheck';

describe('possibleNames', () => {
  it('flags a first and last name', () => {
    expect(possibleNames('Talked with Maria Lopez after')).toEqual(['Maria Lopez']);
  });

  it('flags an honorific with a surname', () => {
    expect(possibleNames('Mr. Jones came')).toEqual(['Mr. Jones']);
    expect(possibleNames('La Sra. García trajo café')).toEqual(['Sra. García']);
    expect(possibleNames('Dr Patel dropped by')).toEqual(['Dr Patel']);
  });

  it('flags a known first name on its own and a surname before a verb of speaking', () => {
    expect(possibleNames('John said the room was cold')).toEqual(['John']);
    expect(possibleNames('Afterwards, Kowalski told us about the bus')).toEqual(['Kowalski']);
  });

  it('stays quiet on ordinary notes', () => {
    expect(possibleNames('Grove Avenue church hall was warm')).toEqual([]);
    expect(possibleNames('Discussed sleep and routines')).toEqual([]);
    expect(possibleNames('Good discussion about sleep; 2 new people')).toEqual([]);
    expect(possibleNames('Everyone shared. Facilitators said the Library closes at 8.')).toEqual([]);
    expect(possibleNames('Frank talk about hope and grace. Christian music next door.')).toEqual([]);
    expect(possibleNames('')).toEqual([]);
  });

  it('does not find a name inside a longer word', () => {
    expect(possibleNames('Coffee from McDonalds')).toEqual([]);
  });

  it('lists each name once, in order', () => {
    expect(possibleNames('Ana Ruiz came. Later Mrs. Smith and Ana Ruiz left.')).toEqual(['Ana Ruiz', 'Mrs. Smith']);
  });
});
