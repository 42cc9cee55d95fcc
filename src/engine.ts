/**
 * Flags for the JavaScript engine of hmip's own processes (the command and its readers). Not set
 * by the library: a program that imports the pipeline keeps its engine as it is.
 *
 * `--no-regexp-tier-up`: V8 first compiles a regular expression to bytecode and interprets it, and
 * compiles it again to machine code once it has run; the recognisers' patterns run on every
 * sentence, so each was compiled twice. Compiled once, straight to machine code, the pipeline's
 * first run on the 2020 report as text takes about 0.45 s of CPU instead of 0.7 s (medians of
 * interleaved runs, `node --no-regexp-tier-up` against plain `node`). Matching is the same.
 *
 * `--interrupt-budget=600000`: how much a function must run before V8 considers optimising it
 * (132 KB of bytecode by default). A command reads one document in a second or two, and at the
 * default V8 compiles, on its helper threads, hundreds of functions — pdf.js's and the pipeline's —
 * that then run only a few more times. At 600 KB a function is optimised only once it has proved
 * hot: `hmip extract` on the report PDF used about a quarter less CPU (medians of interleaved runs,
 * against 264 KB, 400 KB and 1 MB, which gave less), and a batch, where the same functions run
 * document after document, still optimises them after its first few documents.
 */
import { setFlagsFromString } from 'node:v8';

export const ENGINE_FLAGS: readonly string[] = ['--no-regexp-tier-up', '--interrupt-budget=600000'];

/** Sets the flags in this process: before any pattern has run, or a pattern already compiled keeps its way. */
export function applyEngineFlags(): void {
  for (const flag of ENGINE_FLAGS) setFlagsFromString(flag);
}
