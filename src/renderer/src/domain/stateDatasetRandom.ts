// A seeded random source for the state-scale dataset: the same seed always gives the same records,
// ids included, so benchmark runs and bug reports can be compared.

export interface Random {
  /** a number in [0, 1) */
  next(): number;
  /** a whole number from min to max, both included */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** picks by weight: [[item, weight], …] */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** a random UUID (version 4 layout), drawn from this source */
  uuid(): string;
}

/** mulberry32: tiny, fast and good enough for made-up data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const hex = (digits: number): string => {
    let out = '';
    for (let index = 0; index < digits; index += 1) out += Math.floor(next() * 16).toString(16);
    return out;
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('Nothing to pick from');
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted: <T>(items: readonly (readonly [T, number])[]): T => {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [item, weight] of items) {
        roll -= weight;
        if (roll < 0) return item;
      }
      const last = items[items.length - 1];
      if (!last) throw new Error('Nothing to pick from');
      return last[0];
    },
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(0, 3)]}${hex(3)}-${hex(12)}`,
  };
}

/** A separate stream per part of the dataset, so changing one part never reshuffles the others. */
export function streamFor(seed: number, part: string): Random {
  let hash = 2166136261 ^ seed;
  for (let index = 0; index < part.length; index += 1) {
    hash = Math.imul(hash ^ part.charCodeAt(index), 16777619);
  }
  return seededRandom(hash >>> 0);
}
