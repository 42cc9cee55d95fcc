/**
 * Fuzz cases: case `index` of a run seeded `seed` is a seed document drawn by weight and one to
 * three mutators applied to it, all chosen by a PRNG seeded from (seed, index) alone — so a case
 * can be made again, byte for byte, from those two numbers.
 */
import { mutatorsFor, type Mutator } from './mutators.js';
import { caseSeed, int, mulberry32, pick, weighted } from './prng.js';
import type { Seed } from './seeds.js';

export interface FuzzCase {
  seed: number;
  index: number;
  /** Name of the seed document. */
  from: string;
  mutators: string[];
  bytes: Uint8Array;
  /** The name the case is processed under: its number and the seed's name (the extension matters). */
  path: string;
}

/** Bytes beyond this are cut after each mutation, so that stacked mutations cannot grow without end. */
const MAX_CASE_BYTES = 4 * 1024 * 1024;

export function makeCase(seeds: readonly Seed[], seed: number, index: number): FuzzCase {
  const rng = mulberry32(caseSeed(seed, index));
  const source = weighted(rng, seeds.map((s) => ({ weight: s.weight, value: s })));
  const donors = seeds.filter((s) => s !== source).map((s) => s.bytes);
  const count = pick(rng, [1, 1, 1, 1, 2, 2, 3]);
  const available = mutatorsFor(source.format);
  const applied: Mutator[] = [];
  let bytes = source.bytes;
  for (let i = 0; i < count; i++) {
    const mutator = available[int(rng, available.length)]!;
    bytes = mutator.mutate(bytes, rng, donors);
    if (bytes.length > MAX_CASE_BYTES) bytes = bytes.slice(0, MAX_CASE_BYTES);
    applied.push(mutator);
  }
  return { seed, index, from: source.name, mutators: applied.map((m) => m.name), bytes, path: `${index}-${source.name}` };
}
