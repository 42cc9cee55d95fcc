/**
 * `npm run fuzz` (node dist/src/fuzz/main.js): mutates the corpus documents and runs each case
 * through the batch pool of reader processes, then prints how many cases ended in each outcome
 * and the wall time. A failed case (crash, hang, a document the schema rejects) is saved as a regression
 * fixture under test/fixtures/fuzz; `--replay` runs those fixtures instead.
 *
 *   --cases N       cases to run (1000)          --seed N       seed of the run (8)
 *   --start N       number of the first case (0)  --jobs N       reader processes (all cores)
 *   --timeout S     seconds per case (30)         --memory-mb N  memory per reader (1024)
 *   --fixtures DIR  where fixtures are kept       --no-save      do not save failed cases
 *   --replay        run the saved fixtures        --update       with --replay: mark fixtures that pass as fixed
 *   --json          print a JSON summary on stdout (for the test suite)
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS } from '../ingest.js';
import { makeCase, type FuzzCase } from './cases.js';
import { loadFixtures, saveFixture, type Fixture } from './fixtures.js';
import { FAILURES, isFailure, runCases, type CaseResult, type Outcome, type RunOptions, type RunSummary } from './run.js';
import { loadSeeds } from './seeds.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const USAGE = `node dist/src/fuzz/main.js [options]   (npm run fuzz: 10,000 cases, seed 8)

Mutates the corpus documents and runs each case through the batch pool of reader processes; prints
the count per outcome and the wall time. A failed case is kept under test/fixtures/fuzz.

  --cases N       cases to run (1000)           --seed N       seed of the run (8)
  --start N       number of the first case (0)  --jobs N       reader processes (all cores)
  --timeout S     seconds per case (30)         --memory-mb N  memory per reader (1024, at least 256)
  --fixtures DIR  where fixtures are kept       --no-save      do not save failed cases
  --replay        run the saved fixtures        --update       with --replay: mark fixtures that pass as fixed
  --json          print a JSON summary on stdout (for the test suite)
  -h, --help      this text
`;

function parseLine() {
  try {
    return parseArgs({
      options: {
        cases: { type: 'string', default: '1000' },
        seed: { type: 'string', default: '8' },
        start: { type: 'string', default: '0' },
        jobs: { type: 'string', default: String(availableParallelism()) },
        timeout: { type: 'string', default: '30' },
        'memory-mb': { type: 'string', default: '1024' },
        fixtures: { type: 'string', default: join(ROOT, 'test', 'fixtures', 'fuzz') },
        'no-save': { type: 'boolean', default: false },
        replay: { type: 'boolean', default: false },
        update: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    // parseArgs says what is wrong in a sentence of its own ("Unknown option '--x'"); no stack trace.
    process.stderr.write(`fuzz: ${(error as Error).message.split('\n')[0]!.replace(/\.?$/, '.')}\nRun "node dist/src/fuzz/main.js --help" for the options.\n`);
    process.exit(2);
  }
}

const args = parseLine();
if (args.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

function whole(name: keyof typeof args, min: number): number {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < min) {
    process.stderr.write(`fuzz: --${name} must be a whole number of at least ${min}\n`);
    process.exit(2);
  }
  return value;
}

const options: RunOptions = {
  jobs: whole('jobs', 1),
  timeoutMs: whole('timeout', 1) * 1000,
  memoryMb: whole('memory-mb', 256),
  limits: DEFAULT_LIMITS,
};

/** Outcome counts, failures always listed (a zero there is the result that matters). */
function table(summary: RunSummary): string {
  const rows = Object.entries(summary.counts)
    .filter(([outcome]) => !isFailure(outcome as Outcome))
    .sort((a, b) => b[1] - a[1]);
  for (const failure of FAILURES) rows.push([failure, summary.counts[failure] ?? 0]);
  return rows.map(([outcome, count]) => `  ${outcome.padEnd(20)}${String(count).padStart(7)}`).join('\n');
}

function progress(done: number, total: number, failed: number, started: number): void {
  if (done % 250 === 0 || done === total) {
    process.stderr.write(`fuzz: ${done}/${total} cases, ${failed} failed, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  }
}

async function fuzz(): Promise<number> {
  const seed = whole('seed', 0);
  const count = whole('cases', 1);
  const start = whole('start', 0);
  const seeds = loadSeeds(ROOT);
  const started = performance.now();
  const failures: CaseResult<FuzzCase>[] = [];
  let slowest: CaseResult<FuzzCase> | null = null;
  let done = 0;
  function* cases(): Generator<FuzzCase> {
    for (let i = start; i < start + count; i++) yield makeCase(seeds, seed, i);
  }
  const summary = await runCases(cases(), options, (result) => {
    done++;
    if (!slowest || result.ms > slowest.ms) slowest = result;
    if (isFailure(result.outcome)) {
      failures.push(result);
      const kept = args['no-save'] ? null : saveFixture(args.fixtures!, result.case, result);
      process.stderr.write(`fuzz: case ${result.case.index} (${result.case.from}, ${result.case.mutators.join(' + ')}): ${result.outcome}: ${result.message}${kept ? `\n  kept as ${kept}` : ''}\n`);
    }
    progress(done, count, failures.length, started);
  });
  const worst = slowest as CaseResult<FuzzCase> | null;
  process.stderr.write(
    `\nfuzz: seed ${seed}, cases ${start}–${start + count - 1}, ${options.jobs} reader${options.jobs === 1 ? '' : 's'}, ${summary.seconds.toFixed(1)} s\n${table(summary)}\n` +
      (worst ? `  slowest case: ${worst.case.index} (${worst.case.from}, ${worst.case.mutators.join(' + ')}), ${(worst.ms / 1000).toFixed(1)} s\n` : ''),
  );
  if (args.json) {
    const failed = failures.map((f) => ({ index: f.case.index, from: f.case.from, mutators: f.case.mutators, outcome: f.outcome, message: f.message }));
    process.stdout.write(`${JSON.stringify({ mode: 'fuzz', seed, start, cases: summary.cases, seconds: summary.seconds, counts: summary.counts, failures: failed })}\n`);
  }
  return failures.length > 0 ? 1 : 0;
}

async function replay(): Promise<number> {
  const fixtures = loadFixtures(args.fixtures!);
  const regressions: CaseResult<Fixture>[] = [];
  const open: CaseResult<Fixture>[] = [];
  const summary = await runCases(fixtures, options, (result) => {
    const { note } = result.case;
    const failed = isFailure(result.outcome);
    if (failed && note.status === 'open') open.push(result);
    else if (failed) regressions.push(result);
    else if (note.status === 'open' && args.update) writeFileSync(result.case.notePath, `${JSON.stringify({ ...note, status: 'fixed' }, null, 2)}\n`);
    if (failed) process.stderr.write(`fuzz: fixture ${result.case.path} (${note.status}): ${result.outcome}: ${result.message}\n`);
  });
  process.stderr.write(`\nfuzz: ${fixtures.length} regression fixtures, ${summary.seconds.toFixed(1)} s\n${table(summary)}\n  still open: ${open.length}\n`);
  if (args.json) {
    const list = (results: CaseResult<Fixture>[]) => results.map((r) => ({ path: r.case.path, outcome: r.outcome, message: r.message }));
    process.stdout.write(`${JSON.stringify({ mode: 'replay', fixtures: fixtures.length, seconds: summary.seconds, counts: summary.counts, regressions: list(regressions), open: list(open) })}\n`);
  }
  return regressions.length > 0 ? 1 : 0;
}

process.exitCode = await (args.replay ? replay() : fuzz());
