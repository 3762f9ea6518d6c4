// The locale warm-up makes the app's shared formatters once, so the first screen to need one does not.
import { afterEach, describe, expect, it, vi } from 'vitest';

type Maker = 'Collator' | 'NumberFormat' | 'DateTimeFormat';
const restores: (() => void)[] = [];

/** Counts the formatters of one kind made from now on (each call's arguments). */
function watch(kind: Maker): unknown[][] {
  const original = Intl[kind];
  const made: unknown[][] = [];
  const counting = new Proxy(original, {
    construct: (target, args) => (made.push(args), Reflect.construct(target, args)),
    apply: (target, self, args) => (made.push(args), Reflect.apply(target, self, args)),
  });
  Object.defineProperty(Intl, kind, { value: counting, configurable: true, writable: true });
  restores.push(() => Object.defineProperty(Intl, kind, { value: original, configurable: true, writable: true }));
  return made;
}

afterEach(() => {
  restores.splice(0).forEach((restore) => restore());
  vi.resetModules();
});

describe('compareText', () => {
  it('sorts names as a person would, whatever their case', async () => {
    const { compareText } = await import('../../../../src/renderer/src/domain/compareText');
    const names = ['zebra Group', 'Apple Group', 'apple group', 'Église', 'Banana'];
    expect([...names].sort(compareText)).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(['Zebra', 'apple'].sort(compareText)).toEqual(['apple', 'Zebra']);
  });
});

describe('countText', () => {
  it('groups whole numbers by thousands as en-US does, without a formatter', async () => {
    const numbers = watch('NumberFormat');
    const { countText } = await import('../../../../src/renderer/src/domain/reportFormat');
    const samples = [0, 7, 999, 1000, 1234, 99_999, 100_000, 1_234_567, -5, -1234, -1_000_000];
    for (const value of samples) expect(countText(value)).toBe(value.toLocaleString('en-US'));
    expect(numbers).toHaveLength(0);
  });

  it('rounds anything else with the formatter', async () => {
    const { countText } = await import('../../../../src/renderer/src/domain/reportFormat');
    expect(countText(1234.6)).toBe('1,235');
  });
});

describe('warmLocale', () => {
  it('makes the collator and number formatters that later calls reuse', async () => {
    const collators = watch('Collator');
    const numbers = watch('NumberFormat');
    const { warmLocale } = await import('../../../../src/renderer/src/warmLocale');
    const { compareText } = await import('../../../../src/renderer/src/domain/compareText');
    const { formatHours } = await import('../../../../src/renderer/src/domain/hours');

    warmLocale('America/Chicago');
    expect(collators).toHaveLength(1);
    expect(numbers).toHaveLength(1);

    expect(['b', 'a'].sort(compareText)).toEqual(['a', 'b']);
    expect(formatHours(90)).toBe('1.5 h');
    expect(collators).toHaveLength(1);
    expect(numbers).toHaveLength(1);
  });

  it('loads the time-zone data through the same path the organisation’s “today” takes', async () => {
    const zones = watch('DateTimeFormat');
    const { warmLocale } = await import('../../../../src/renderer/src/warmLocale');
    warmLocale('America/Denver');
    const zoneOf = (args: unknown[]) => (args[1] as Intl.DateTimeFormatOptions | undefined)?.timeZone;
    expect(zones.some((args) => zoneOf(args) === 'America/Denver')).toBe(true);
  });
});
