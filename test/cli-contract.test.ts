/**
 * The command line's contract, one test per way it was found broken: a usage error stops before
 * anything runs (one sentence, the usage line, exit 2, nothing on stdout, no folder made); a file
 * system problem is one sentence naming the path and the reason (exit 3, no stack trace); "-" is
 * standard input; -o/--output, -f, -j; JSON Lines in and out; verify --strict; help with
 * examples; names printed safely; Ctrl-C in a batch keeps finished work for the next run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { cli, CORPUS, ROOT, SEEDS, tempDir, unprivileged } from './helpers.js';

const RELEASE = SEEDS.release2020;
const REPORT = SEEDS.report;
const STACK = /\n\s+at /;

const HINTS: Record<string, string> = {
  extract: 'Usage: hmip extract FILE... [-f json|jsonl|md] [-o FILE | --out DIR] [--strict]\nRun "hmip extract --help" for the options and examples.\n',
  batch: 'Usage: hmip batch PATH... -o DIR [-j N] [--force] [--quiet]\nRun "hmip batch --help" for the options and examples.\n',
  verify: 'Usage: hmip verify RELEASE --report REPORT [-f table|json|html] [-o FILE] [--strict]\nRun "hmip verify --help" for the options and examples.\n',
};

/** A temporary folder that everyone may read and enter (the tests run hmip as another user too). */
function openDir(prefix: string): string {
  const dir = tempDir(prefix);
  chmodSync(dir, 0o755);
  return dir;
}

describe('a usage error stops before anything runs', () => {
  const dir = openDir('hmip-usage-');
  const never = join(dir, 'never-made');
  const cases: [string, string[], string][] = [
    ['an unknown option', ['extract', RELEASE, '--bogus', '--out', never], '--bogus is not an option of hmip extract'],
    ['a format extract does not write', ['extract', RELEASE, '--format', 'xml'], '--format must be json, jsonl or md, not "xml"'],
    ['a format verify does not write', ['verify', RELEASE, '--report', REPORT, '--format', 'csv'], '--format must be table, json or html, not "csv"'],
    ['batch with no paths', ['batch', '--out', never], 'name at least one file or folder to read'],
    ['verify without --report', ['verify', RELEASE], '--report is required'],
    ['batch without --out', ['batch', CORPUS], '--out is required'],
    ['--jobs that is not a number', ['batch', CORPUS, '--out', never, '--jobs', 'two'], '-j/--jobs must be a whole number of at least 1'],
    ['several files and one JSON document', ['extract', RELEASE, REPORT], '2 files make 2 documents: use -f jsonl for one JSON document a line, or --out DIR for a file each'],
    ['--out with -o', ['extract', RELEASE, '--out', never, '-o', join(dir, 'x.json')], '--out DIR (one file per document) and -o/--output FILE (one file for all) cannot be given together'],
    ['standard input twice', ['extract', '-', '-'], 'standard input ("-") can be read only once'],
    ['a bad limit', ['extract', RELEASE, '--out', never, '--timeout', '-1'], '--timeout must be a number of seconds from 0 to 31,536,000 (a year)'],
    ['a word verify does not take', ['verify', RELEASE, 'stray', '--report', REPORT], 'hmip verify does not take "stray" here'],
  ];
  for (const [what, args, sentence] of cases) {
    it(`${what}: exit 2, the sentence and the usage line, nothing on stdout, no folder made`, () => {
      const result = cli(args);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`hmip: ${sentence}.\n${HINTS[args[0]!]}`);
      expect(existsSync(never)).toBe(false);
    });
  }

  it('an unknown command names the commands', () => {
    const result = cli(['frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('hmip: frobnicate is not a command: name one of extract, batch, verify, check or schema.\nRun "hmip --help" for the commands.\n');
  });
});

describe('an output that cannot be written: one sentence naming it, exit 3, nothing written', () => {
  const dir = openDir('hmip-out-');
  const afile = join(dir, 'afile');
  writeFileSync(afile, 'in the way');

  const cases: [string, string[], string][] = [
    ['--out naming a file', ['extract', RELEASE, '--out', afile], `${afile} cannot be written: it is a file, not a folder.`],
    ['--out under a file', ['batch', RELEASE, '--out', join(afile, 'sub')], `${join(afile, 'sub')} cannot be written: ${afile} is a file, not a folder.`],
    ['-o naming a folder', ['extract', RELEASE, '-o', dir], `${dir} cannot be written: it is a folder (--out DIR writes one file per document into a folder).`],
    ['-o in a folder that does not exist', ['verify', RELEASE, '--report', REPORT, '-o', join(dir, 'missing', 'check.html')], `${join(dir, 'missing', 'check.html')} cannot be written: its folder ${join(dir, 'missing')} does not exist.`],
    ['--out in /proc', ['extract', RELEASE, '--out', '/proc/hmip-out'], '/proc/hmip-out cannot be written: nothing can be made in /proc.'],
  ];
  for (const [what, args, sentence] of cases) {
    it(what, () => {
      const result = cli(args);
      expect(result.status).toBe(3);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`hmip: ${sentence}\n`);
    });
  }

  it('--out in /sys, where not even root may make a folder', () => {
    for (const command of [['extract', RELEASE], ['batch', RELEASE]]) {
      const result = cli([...command, '--out', '/sys/hmip-out']);
      expect(result.status).toBe(3);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^hmip: \/sys\/hmip-out cannot be written: (?:the operation is not permitted there|permission denied)\.\n$/);
    }
  });

  it('a read-only --out, as a user who cannot write it: extract and batch say so, before reading anything', () => {
    const as = unprivileged();
    const ro = join(dir, 'read-only');
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    const input = join(dir, 'release.txt');
    copyFileSync(RELEASE, input);
    chmodSync(input, 0o644);
    for (const [command, out] of [['extract', ro], ['batch', join(ro, 'dataset')]] as const) {
      const result = cli([command, input, '--out', out], { as });
      expect(result.status, result.stderr).toBe(3);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`hmip: ${out} cannot be written: permission denied.\n`);
    }
    expect(readdirSync(ro)).toEqual([]);
    // The stack only under --debug.
    const debug = cli(['batch', input, '--out', join(ro, 'dataset'), '--debug'], { as });
    expect(debug.status).toBe(3);
    expect(debug.stderr).toMatch(STACK);
  });

  it('a disk that fills while the output is written: one sentence naming the file', async () => {
    vi.resetModules();
    vi.doMock('node:fs', async (original) => {
      const fs = await original<typeof import('node:fs')>();
      const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
      return { ...fs, writeFileSync: () => { throw full; } };
    });
    try {
      const { writeFileAtomic } = await import('../src/emit/atomic.js');
      const path = join(dir, 'full.json');
      expect(() => writeFileAtomic(path, '{}')).toThrowError(`${path} cannot be written: no space is left on the device.`);
      expect(existsSync(path)).toBe(false);
    } finally {
      vi.doUnmock('node:fs');
      vi.resetModules();
    }
  });
});

describe('an input that cannot be read', () => {
  it('an unreadable file and an unreadable folder say "permission denied", in extract and in a batch', () => {
    const as = unprivileged();
    const dir = openDir('hmip-unreadable-');
    const file = join(dir, 'locked.txt');
    copyFileSync(RELEASE, file);
    chmodSync(file, 0o000);
    const folder = join(dir, 'locked-folder');
    mkdirSync(folder);
    copyFileSync(REPORT, join(folder, 'report.txt'));
    chmodSync(folder, 0o000);
    const extracted = cli(['extract', file], { as });
    expect(extracted.status).toBe(3);
    expect(extracted.stderr).toBe(`hmip: ${file} cannot be read: permission denied.\n`);
    const out = join(dir, 'out');
    mkdirSync(out);
    chmodSync(out, 0o777);
    const batch = cli(['batch', file, folder, '--out', out], { as });
    expect(batch.status).toBe(1);
    const lines = readFileSync(join(out, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.path, l.errorClass, l.message]).sort()).toEqual([
      [folder, 'read-error', `${folder} cannot be read: permission denied.`],
      [file, 'read-error', `${file} cannot be read: permission denied.`],
    ]);
    expect(batch.stderr).toContain(`; failures listed in ${join(out, 'errors.jsonl')}\n`);
  });

  it('escape codes and line breaks in a file name are shown as escapes, never sent to the terminal', () => {
    const dir = tempDir('hmip-names-');
    const name = join(dir, 'evil\u001b[2J\u001b[31mred\nline.txt');
    writeFileSync(name, '');
    const result = cli(['extract', name]);
    expect(result.status).toBe(3);
    expect(result.stderr).toBe(`hmip: ${dir}/evil\\x1b[2J\\x1b[31mred\\x0aline.txt is empty: there is nothing to read.\n`);
    const batch = cli(['batch', name, '--out', join(dir, 'out')]);
    expect(batch.stderr).not.toContain('\u001b');
    expect(batch.stderr).toContain(`fail ${dir}/evil\\x1b[2J\\x1b[31mred\\x0aline.txt: ${dir}/evil\\x1b[2J\\x1b[31mred\\x0aline.txt is empty`);
  });
});

describe('standard input', () => {
  const release = readFileSync(RELEASE, 'utf8');

  it('extract - reads the document from standard input', () => {
    const result = cli(['extract', '-'], { input: release });
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document).toMatchObject({ id: 'west-yorkshire-crc-2020-press-release', source: { path: '-' } });
    expect(document.ratings.overall.rating).toBe('Requires improvement');
  });

  it('names standard input when it cannot be read', () => {
    const result = cli(['extract', '-'], { input: '' });
    expect(result.status).toBe(3);
    expect(result.stderr).toBe('hmip: standard input is empty: there is nothing to read.\n');
    const verify = cli(['verify', RELEASE, '--report', '-'], { input: '' });
    expect(verify.status).toBe(3);
    expect(verify.stderr).toBe('hmip: standard input is empty: there is nothing to read.\n');
  });

  it('verify - reads the release from standard input', () => {
    const piped = cli(['verify', '-', '--report', REPORT, '-f', 'json'], { input: release });
    expect(piped.status).toBe(0);
    const json = JSON.parse(piped.stdout);
    expect(json.pressRelease.path).toBe('-');
    expect(json.summary).toEqual({ supported: 7, contradicted: 0, conflicting: 0, notFound: 0 });
  });
});

describe('the conventions of well-liked command lines', () => {
  it('-o FILE writes what stdout would have shown, and stdout stays empty', () => {
    const dir = tempDir('hmip-output-');
    const printed = cli(['extract', RELEASE]);
    const written = cli(['extract', RELEASE, '-o', join(dir, 'release.json')]);
    expect(written.status).toBe(0);
    expect(written.stdout).toBe('');
    expect(readFileSync(join(dir, 'release.json'), 'utf8')).toBe(printed.stdout);
    const page = cli(['verify', SEEDS.release2018, '--report', REPORT, '-f', 'html', '--output', join(dir, 'check.html')]);
    expect(page.status).toBe(0);
    expect(page.stdout).toBe('');
    expect(readFileSync(join(dir, 'check.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    expect(readdirSync(dir).sort()).toEqual(['check.html', 'release.json']);
  });

  it('-o to a pipe or a device writes into it and leaves it there, not a file in its place', async () => {
    const dir = tempDir('hmip-fifo-');
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // What reads the pipe writes what it got to a file, so that nothing waits on this process.
    const reader = spawn('/bin/sh', ['-c', 'cat "$0" > "$1"', fifo, join(dir, 'read.json')]);
    const ended = new Promise((resolve) => reader.on('close', resolve));
    const written = cli(['extract', RELEASE, '-o', fifo]);
    await ended;
    expect(written.status, written.stderr).toBe(0);
    expect(readFileSync(join(dir, 'read.json'), 'utf8')).toBe(cli(['extract', RELEASE]).stdout);
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['pipe', 'read.json']);
  });

  it('-f jsonl prints one document a line, for several files', () => {
    const result = cli(['extract', RELEASE, SEEDS.release2018, '-f', 'jsonl']);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(['west-yorkshire-crc-2020-press-release', 'west-yorkshire-crc-2018-press-release']);
  });

  it('check reads the JSON Lines a batch writes, naming each line', () => {
    const out = tempDir('hmip-check-jsonl-');
    expect(cli(['batch', RELEASE, REPORT, '-o', out, '-j', '1', '-q']).status).toBe(0);
    const dataset = join(out, 'dataset.jsonl');
    const checked = cli(['check', dataset, '--strict']);
    expect(checked.status).toBe(0);
    expect(checked.stdout).toContain(`${dataset}:1 (west-yorkshire-crc-2020-press-release)\n`);
    expect(checked.stdout).toContain(`${dataset}:2 (west-yorkshire-crc-2020-report)\n`);
    expect(checked.stdout).toContain('  pass    score-sum: the 10 rated standards add up to 11, the stated score 11/30\n');
    // A line edited so that the score no longer adds up fails under --strict.
    const lines = readFileSync(dataset, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    lines[1].ratings.score.value = 12;
    const edited = join(out, 'edited.jsonl');
    writeFileSync(edited, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const failed = cli(['check', edited, '--strict', '--json']);
    expect(failed.status).toBe(1);
    const results = failed.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(results.map((r) => r.path)).toEqual([`${edited}:1`, `${edited}:2`]);
    expect(results[1].checks.find((c: { id: string }) => c.id === 'score-sum').status).toBe('fail');
  });

  it('verify --strict exits 1 when the report contradicts a claim, 0 when it contradicts none', () => {
    const dir = tempDir('hmip-strict-');
    const altered = join(dir, 'release.txt');
    writeFileSync(altered, readFileSync(RELEASE, 'utf8').replace('made seven recommendations', 'made nine recommendations'));
    const contradicted = cli(['verify', altered, '--report', REPORT, '--strict']);
    expect(contradicted.status).toBe(1);
    expect(contradicted.stdout).toContain('6 supported, 1 contradicted, 0 conflicting, 0 not found');
    expect(cli(['verify', altered, '--report', REPORT]).status).toBe(0);
    expect(cli(['verify', RELEASE, '--report', REPORT, '--strict']).status).toBe(0);
  });

  it('--help of each command has examples, the README, its own options before the global ones, and no "[default: []]"', () => {
    for (const command of ['extract', 'batch', 'verify', 'check', 'schema']) {
      const help = cli([command, '--help']);
      expect(help.status).toBe(0);
      expect(help.stdout).toContain('\nExamples:\n');
      expect(help.stdout).toContain(`More in the README: ${join(ROOT, 'README.md')}\n`);
      expect(help.stdout).not.toContain('[default: []]');
      expect(help.stdout.indexOf('Global options:')).toBeGreaterThan(command === 'schema' ? 0 : help.stdout.indexOf('\nOptions:\n'));
    }
    expect(cli(['extract', '--help']).stdout).toContain('  -o, --output  write to FILE instead of standard output');
    expect(cli(['batch', '--help']).stdout).toMatch(/\n {2}-j, --jobs {4}documents read at once/);
  });

  it('the fuzz harness has --help, and a bad option is one sentence', () => {
    const fuzz = join(ROOT, 'dist', 'src', 'fuzz', 'main.js');
    const help = spawnSync(process.execPath, [fuzz, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout.split('\n')[0]).toBe('node dist/src/fuzz/main.js [options]   (npm run fuzz: 10,000 cases, seed 8)');
    const bad = spawnSync(process.execPath, [fuzz, '--bogus'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('fuzz: Unknown option \'--bogus\'.\nRun "node dist/src/fuzz/main.js --help" for the options.\n');
  });
});

describe('--format md', () => {
  it('marks where each PDF page starts and leaves addresses as printed', () => {
    const result = cli(['extract', join(CORPUS, 'west-yorkshire-crc-2020.pdf'), '-f', 'md']);
    expect(result.status).toBe(0);
    const pages = [...result.stdout.matchAll(/^<!-- page (\d+) -->$/gm)].map((m) => Number(m[1]));
    expect(pages).toEqual(Array.from({ length: 69 }, (_, i) => i + 1));
    // The overall rating the JSON cites on page 6 is between the markers of pages 6 and 7.
    const page6 = result.stdout.slice(result.stdout.indexOf('<!-- page 6 -->'), result.stdout.indexOf('<!-- page 7 -->'));
    expect(page6).toContain('| Overall rating                                  |                             | Requires improvement |       |');
    expect(result.stdout).toContain('\nwww.justiceinspectorates.gov.uk/hmiprobation\n');
    expect(result.stdout).toContain('https://www.justiceinspectorates.gov.uk/hmiprobation/about-our-work/our-standards-and-ratings/');
    expect(result.stdout).toContain('psi@nationalarchives.gsi.gov.uk');
    expect(result.stdout).not.toMatch(/www\\\.|https?\\:|\\@/);
  });
});

describe('Ctrl-C in a batch', () => {
  /** `n` distinct reports (the seed with its provider renamed) and the PDF: seconds of work. */
  function reports(n: number): string {
    const input = tempDir('hmip-sigint-in-');
    const report = readFileSync(REPORT, 'utf8');
    for (let i = 1; i <= n; i++) writeFileSync(join(input, `report-${String(i).padStart(2, '0')}.txt`), report.replaceAll('West Yorkshire', `West Yorkshire ${i}`));
    copyFileSync(join(CORPUS, 'west-yorkshire-crc-2020.pdf'), join(input, 'report.pdf'));
    return input;
  }

  it('stops the readers, keeps finished work, says how to go on (exit 130), and the next run completes the dataset', async () => {
    // Thirty reports and the PDF: seconds of work with one job.
    const input = reports(30);
    const out = join(tempDir('hmip-sigint-out-'), 'dataset');
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'hmip.js'), 'batch', input, '--out', out, '--jobs', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    // Ctrl-C as soon as the first file is done: the other thirty are still to come.
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (!child.killed && /^ok {3}/m.test(stderr)) child.kill('SIGINT');
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(status).toBe(130);
    const last = stderr.trimEnd().split('\n').at(-1)!;
    const match = /^Stopped by Ctrl-C: (\d+) of 31 files done, kept in (.+)\. Run the same command again to go on: finished files are not read again\.$/.exec(last);
    expect(match, stderr).not.toBeNull();
    const done = Number(match![1]);
    expect(done).toBeGreaterThanOrEqual(1);
    expect(done).toBeLessThan(31);
    expect(match![2]).toBe(join(out, '.hmip', 'cache'));
    // Nothing was published: the dataset is made by a run that finishes.
    expect(existsSync(join(out, 'dataset.jsonl'))).toBe(false);

    const resumed = cli(['batch', input, '--out', out, '--jobs', '1']);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toMatch(new RegExp(`^31 documents, 69 pages, 0 failed, [\\d.]+ s \\(${31 - done} processed, ${done} already done;`, 'm'));
    expect(readFileSync(join(out, 'dataset.jsonl'), 'utf8').trimEnd().split('\n')).toHaveLength(31);
  });

  it('from a terminal, which signals every process of the group: the reader processes are stopped by the batch, none left running, no file failed', async () => {
    const input = reports(12);
    const out = join(tempDir('hmip-sigint-group-out-'), 'dataset');
    // A process group of its own, as a shell gives a command: Ctrl-C is SIGINT to all of the group.
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'hmip.js'), 'batch', input, '--out', out, '--jobs', '2'], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stderr = '';
    let signalled: number[] = [];
    let readers: number[] = [];
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const done = stderr.match(/^ok {3}/gm)?.length ?? 0;
      if (signalled.length === 0 && done >= 1) {
        // First the readers alone: a reader must not die of the signal (its file would be recorded as failed).
        signalled = childrenOf(child.pid!);
        for (const pid of signalled) process.kill(pid, 'SIGINT');
      } else if (readers.length === 0 && done >= 3) {
        readers = childrenOf(child.pid!);
        process.kill(-child.pid!, 'SIGINT');
      }
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(status, stderr).toBe(130);
    expect(stderr.trimEnd().split('\n').at(-1)).toMatch(/^Stopped by Ctrl-C: \d+ of 13 files done, kept in /);
    // The same two readers lived through the first signal, and the batch waited for each to end before it exited.
    expect(signalled).toHaveLength(2);
    expect(readers.sort()).toEqual(signalled.sort());
    for (const pid of readers) expect(existsSync(`/proc/${pid}`), `reader ${pid}`).toBe(false);
    expect(stderr).not.toContain('fail ');
    // No file was recorded as failed by the signal: the next run reads the rest and fails none.
    const resumed = cli(['batch', input, '--out', out, '--jobs', '2']);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(/^13 documents, 69 pages, 0 failed, /m);
  });
});

/** The processes whose parent is `pid`, from /proc. */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        // The fields after the command's name, which is in parentheses: state, then the parent's id.
        return Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('a batch that is killed', () => {
  it('takes its readers with it, even one busy in a long computation', async () => {
    const input = tempDir('hmip-killed-in-');
    copyFileSync(join(CORPUS, '002_6a02e246b64b3411.txt'), join(input, 'release.txt'));
    const out = join(tempDir('hmip-killed-out-'), 'dataset');
    // The reader blocks for ten seconds on the file it is given (test/support/busy-reader.mjs).
    const busy = pathToFileURL(join(ROOT, 'test', 'support', 'busy-reader.mjs')).href;
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'hmip.js'), 'batch', input, '--out', out, '--jobs', '1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${busy}` },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Once the reader has been given the file (it is a child of the batch by then), the batch is killed.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const readers = childrenOf(child.pid!);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));
    expect(readers, stderr).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const pid of readers) expect(running(pid), `reader ${pid}`).toBe(false);
  });
});
/** Whether the process is alive: not gone, and not a zombie left for its new parent to reap. */
function running(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]![0] !== 'Z';
  } catch {
    return false;
  }
}
