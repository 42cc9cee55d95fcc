/**
 * Regression fixtures: every fuzz case that ever failed is kept under test/fixtures/fuzz as its
 * mutated bytes, gzipped (`<seed>-<index>-<seed document>.gz`: a megabyte of repeated line packs
 * into a few kilobytes), beside a JSON note of how it was made and how it failed; `npm test`
 * replays them all.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { FuzzCase } from './cases.js';
import type { Outcome } from './run.js';

export interface FixtureNote {
  seed: number;
  index: number;
  /** The seed document that was mutated. */
  from: string;
  mutators: string[];
  /** How the case failed when it was found. */
  outcome: Outcome;
  message: string | null;
  stack: string | null;
  found: string;
  /**
   * "open" when saved, "fixed" once hmip handles the case (`--replay --update` marks it). The
   * replay lists an open case that still fails apart from the regressions; `npm test` fails on
   * either.
   */
  status: 'open' | 'fixed';
}

export interface Fixture {
  /** The name the case is processed under: the fixture's path without ".gz", so the seed document's extension counts. */
  path: string;
  bytes: Uint8Array;
  note: FixtureNote;
  notePath: string;
}

function fileName(fuzzCase: Pick<FuzzCase, 'seed' | 'index' | 'from'>): string {
  return `${fuzzCase.seed}-${fuzzCase.index}-${fuzzCase.from}`;
}

/** Saves a failed case (once: a case already kept is left as it is). Returns the file written. */
export function saveFixture(dir: string, fuzzCase: FuzzCase, failure: { outcome: Outcome; message: string | null; stack: string | null }): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, fileName(fuzzCase));
  if (existsSync(`${path}.json`)) return path;
  writeFileSync(`${path}.gz`, gzipSync(fuzzCase.bytes, { level: 9 }));
  const note: FixtureNote = {
    seed: fuzzCase.seed,
    index: fuzzCase.index,
    from: fuzzCase.from,
    mutators: fuzzCase.mutators,
    outcome: failure.outcome,
    message: failure.message,
    stack: failure.stack,
    found: new Date().toISOString().slice(0, 10),
    status: 'open',
  };
  writeFileSync(`${path}.json`, `${JSON.stringify(note, null, 2)}\n`);
  return path;
}

/** Every fixture under `dir`, in name order. */
export function loadFixtures(dir: string): Fixture[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.json') && names.includes(`${name.slice(0, -'.json'.length)}.gz`))
    .map((name) => {
      const path = join(dir, name.slice(0, -'.json'.length));
      const notePath = join(dir, name);
      return { path, bytes: new Uint8Array(gunzipSync(readFileSync(`${path}.gz`))), note: JSON.parse(readFileSync(notePath, 'utf8')) as FixtureNote, notePath };
    });
}
