/**
 * A seeded pseudo-random number generator (mulberry32) and the few draws the mutators need. The
 * same seed gives the same sequence on every machine, so any fuzz case can be made again from
 * its seed and number alone.
 */

export type Rng = () => number;

/** mulberry32: 32 bits of state, fast, and plenty random for choosing mutations. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of case `index` of a run seeded `seed`: cases are independent of each other and of their order. */
export function caseSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A whole number in [0, n). */
export function int(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

/** A whole number in [min, max]. */
export function between(rng: Rng, min: number, max: number): number {
  return min + int(rng, max - min + 1);
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[int(rng, items.length)]!;
}

/** One of `items`, each as likely as its weight. */
export function weighted<T>(rng: Rng, items: readonly { weight: number; value: T }[]): T {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let draw = rng() * total;
  for (const item of items) {
    draw -= item.weight;
    if (draw < 0) return item.value;
  }
  return items[items.length - 1]!.value;
}
