/**
 * Loading bundled CommonJS scripts through V8's code cache. Compiling JavaScript is a good part
 * of what a reader process spends before its first document: about 0.2 s of CPU for the pipeline
 * and pdf.js, each time a reader starts (each `hmip extract`, each restart in a batch). V8 can
 * save the bytecode of a script's functions once they have run, and start from it the next time
 * instead of parsing and compiling again; Node 20 offers that only to scripts compiled with
 * `vm.Script`, which is why the reader is bundled into scripts (scripts/bundle.mjs).
 *
 * The caches are made once, when hmip is built, and only read afterwards: an installed hmip never
 * writes beside itself. V8 checks that a cache fits the script, its own version and the engine's
 * flags, and compiles as usual when it does not; the build makes the caches again each time it
 * makes the bundles, so the two always come from one build.
 */
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { writeFileAtomic } from './emit/atomic.js';

/** Set by the build (scripts/bundle.mjs), never by hmip itself: the reader then writes its caches after each document. */
export const WRITE_CODE_CACHE_ENV = 'HMIP_WRITE_CODE_CACHE';

/** How a script's code was loaded: from its cache, compiled because V8 refused the cache, or compiled because there was none. */
export type CodeCacheState = 'used' | 'rejected' | 'absent';

interface Loaded {
  script: Script;
  exports: unknown;
  state: CodeCacheState;
}

const loaded = new Map<string, Loaded>();

/** Where the cache of the script `file` is kept. */
const cacheFileOf = (file: string) => `${file}.v8cache`;

/**
 * Runs the CommonJS script `file` as Node would, from its cache when V8 accepts it, and returns
 * its exports. What it requires as `./NAME.cjs`, a script beside it, is loaded the same way.
 */
export function runCachedScript(file: string): unknown {
  const known = loaded.get(file);
  if (known) return known.exports;
  // The build writes its scripts in ASCII (scripts/bundle.mjs), which reads as one byte a character, without decoding.
  const bytes = readFileSync(file);
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFileOf(file));
  } catch {
    cachedData = undefined;
  }
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const state: CodeCacheState = cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used';
  const module = { exports: {} as unknown, filename: file, id: file, loaded: false };
  const entry: Loaded = { script, exports: module.exports, state };
  loaded.set(file, entry);
  const plain = createRequire(file);
  const require = Object.assign((id: string) => (/^\.\/[^/\\]+\.cjs$/.test(id) ? runCachedScript(join(dirname(file), id)) : plain(id)), plain);
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, require, module, file, dirname(file));
  module.loaded = true;
  entry.exports = module.exports;
  return module.exports;
}

/** How the scripts loaded so far were loaded: 'used' only if every one started from its cache. */
export function codeCacheState(): CodeCacheState {
  const states = [...loaded.values()].map((entry) => entry.state);
  return states.includes('rejected') ? 'rejected' : states.includes('absent') || states.length === 0 ? 'absent' : 'used';
}

/** Writes the cache of every script loaded so far, as it is now: each function that has run is in it. */
export function saveCodeCaches(): void {
  for (const [file, { script }] of loaded) writeFileAtomic(cacheFileOf(file), script.createCachedData());
}
