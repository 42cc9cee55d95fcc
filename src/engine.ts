/**
 * Flags for the JavaScript engine of hmip's own processes (the command and its readers). Not set
 * by the library: a program that imports the pipeline keeps its engine as it is.
 *
 * `--no-regexp-tier-up`: V8 first compiles a regular expression to bytecode and interprets it, and
 * compiles it again to machine code once it has run; the recognisers' patterns run on every
 * sentence, so each was compiled twice. Compiled once, straight to machine code, the pipeline's
 * first run on the 2020 report as text takes about 0.45 s of CPU instead of 0.7 s (medians of
 * interleaved runs, `node --no-regexp-tier-up` against plain `node`). Matching is the same.
 */
import { setFlagsFromString } from 'node:v8';

export const ENGINE_FLAGS: readonly string[] = ['--no-regexp-tier-up'];

/** Sets the flags in this process: before any pattern has run, or a pattern already compiled keeps its way. */
export function applyEngineFlags(): void {
  for (const flag of ENGINE_FLAGS) setFlagsFromString(flag);
}
