/**
 * The limits hold for the whole cost of a document: all of its memory (typed arrays and buffers as
 * much as V8's heap), every byte read (a FIFO, a device or a kernel file is refused by its type
 * before it is opened), and its time (a limit as long as a year neither overflows nor is cached as a
 * timeout it never was). Each case is reproduced as a user would meet it, and the documents beside
 * it are read all the same.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { startTimer } from '../src/batch/pool.js';
import { bombPdf } from '../src/fuzz/pdfs.js';
import { cli, isDocumentJson, CORPUS, HMIP, ROOT, SEEDS, tempDir } from './helpers.js';

const STACK = /\n\s+at /;
const RELEASE = SEEDS.release2020;

/**
 * hmip run with the test's own bound on the memory of each of its processes (2 GiB of data, the
 * kernel's RLIMIT_DATA, set by the shell): if hmip's limit failed to hold, the bomb would be read to
 * its end in 1.2 GB (and come out as a scan without text) instead of stopped; and the machine is safe
 * either way.
 */
function bounded(args: string[]) {
  const run = spawnSync('/bin/sh', ['-c', 'ulimit -d 2097152 && exec "$@"', 'sh', process.execPath, HMIP, ...args], { encoding: 'utf8', timeout: 180_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('memory: all of it, typed arrays included', () => {
  it('stops a PDF whose page inflates to 512 MiB under --memory-mb 256, in extract and batch, and reads the next file', () => {
    const dir = tempDir('hmip-bomb-');
    const bomb = join(dir, 'bomb.pdf');
    // Half a megabyte that pdf.js inflates into typed arrays, outside V8's heap: a heap limit alone does not see it.
    writeFileSync(bomb, bombPdf(512));
    expect(readFileSync(bomb).length).toBeLessThan(600_000);
    const message = `${bomb} is too large: reading it needed more than the 256 MB memory limit of the process that reads a document, so it was stopped.`;

    const extracted = bounded(['extract', bomb, '--memory-mb', '256']);
    expect(extracted.status).toBe(3);
    expect(extracted.stderr).toBe(`hmip: ${message}\n`);

    const input = join(dir, 'input');
    mkdirSync(input);
    copyFileSync(bomb, join(input, 'bomb.pdf'));
    copyFileSync(RELEASE, join(input, 'release.txt'));
    copyFileSync(join(CORPUS, 'west-yorkshire-crc-2020-press-release.pdf'), join(input, 'release.pdf'));
    const out = join(dir, 'out');
    const batch = bounded(['batch', input, '--out', out, '--jobs', '2', '--memory-mb', '256', '--quiet']);
    expect(batch.status).toBe(1);
    expect(batch.stderr).toMatch(/^2 documents, 2 pages, 1 failed, /m);
    expect(JSON.parse(readFileSync(join(out, 'errors.jsonl'), 'utf8'))).toMatchObject({ path: join(input, 'bomb.pdf'), errorClass: 'too-large', message: message.replace(bomb, join(input, 'bomb.pdf')) });
    expect(readdirSync(out).filter(isDocumentJson).sort()).toEqual(['west-yorkshire-crc-2020-press-release-text.json', 'west-yorkshire-crc-2020-press-release.json']);
    // The readers that lived (the bomb's was stopped) stayed within the limit, by their own count.
    const peak = Number(/peak memory (\d+) MB/.exec(batch.stderr)![1]);
    expect(peak).toBeLessThan(2 * 256 + 150);
  });

  it('calls a memory limit too small to read a PDF in a usage error (exit 2)', () => {
    const result = cli(['extract', RELEASE, '--memory-mb', '100']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--memory-mb must be a whole number of at least 256');
  });
});

describe('reads: regular files only, never past the byte limit', () => {
  const dir = tempDir('hmip-special-');
  const fifo = join(dir, 'report.pdf');
  spawnSync('mkfifo', [fifo]);

  it('refuses a FIFO named on the command line at once, even with --timeout 5, where opening it would block for ever', () => {
    const result = cli(['extract', fifo, '--timeout', '5'], { timeout: 30_000 });
    expect(result.status).toBe(3);
    expect(result.stderr).toBe(`hmip: ${fifo} cannot be read: it is a named pipe (FIFO), not a regular file.\n`);
  });

  it('refuses /dev/zero and /proc/self/pagemap (size 0, endless) by type, named or linked from an input folder', () => {
    for (const [path, reason] of [
      ['/dev/zero', 'it is a character device, not a regular file'],
      ['/proc/self/pagemap', 'it is a file of the kernel (/proc or /sys), not a document'],
    ] as const) {
      const result = cli(['extract', path]);
      expect(result.status).toBe(3);
      expect(result.stderr).toBe(`hmip: ${path} cannot be read: ${reason}.\n`);
    }
    const input = join(dir, 'archive');
    mkdirSync(input);
    symlinkSync('/dev/zero', join(input, 'zero.pdf'));
    symlinkSync('/proc/self/pagemap', join(input, 'pagemap.txt'));
    copyFileSync(RELEASE, join(input, 'release.txt'));
    const out = join(dir, 'out');
    const batch = cli(['batch', input, '--out', out, '--quiet'], { timeout: 60_000 });
    expect(batch.status).toBe(1);
    expect(batch.stderr).toMatch(/^1 documents, 0 pages, 2 failed, /m);
    const errors = readFileSync(join(out, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    // The device is refused as the folder is walked, by its type; the kernel file (a regular file by type) as it is opened.
    expect(errors).toEqual([
      { path: join(input, 'zero.pdf'), sha256: null, errorClass: 'read-error', message: `${join(input, 'zero.pdf')} cannot be read: it is a character device, not a regular file.` },
      { path: join(input, 'pagemap.txt'), sha256: null, errorClass: 'read-error', message: `${join(input, 'pagemap.txt')} cannot be read: it is a file of the kernel (/proc or /sys), not a document.` },
    ]);
    expect(readdirSync(out)).toContain('west-yorkshire-crc-2020-press-release.json');
  });

  it('reads no more than the limit from a stream whose size is not known (standard input), and all of one within it', () => {
    const read = (maxBytes: number) =>
      spawnSync(
        process.execPath,
        ['--input-type=module', '-e', `import { readBounded } from ${JSON.stringify(join(ROOT, 'dist', 'src', 'read.js'))}; try { process.stdout.write(String(readBounded('-', ${maxBytes}).length)); } catch (e) { process.stdout.write(e.message); }`],
        { input: readFileSync(RELEASE), encoding: 'utf8' },
      ).stdout;
    const size = readFileSync(RELEASE).length;
    expect(read(1000)).toBe('standard input is too large: more than the limit of 1000 bytes can be read from it.');
    expect(read(size)).toBe(String(size));
    expect(read(size - 1)).toBe(`standard input is too large: more than the limit of ${Math.round((size - 1) / 1024)} KB can be read from it.`);
  });
});

describe('time: a limit that cannot overflow', () => {
  it('reads every file under --timeout 2147484 (past the 24.8 days a Node timer holds), and a re-run redoes the false timeouts an older hmip cached', () => {
    const input = tempDir('hmip-long-in-');
    for (const seed of [SEEDS.release2020, SEEDS.release2018]) copyFileSync(seed, join(input, seed.split('/').pop()!));
    const out = tempDir('hmip-long-');
    const long = cli(['batch', input, '--out', out, '--timeout', '2147484', '--quiet']);
    expect(long.status, long.stderr).toBe(0);
    expect(long.stderr).toMatch(/^2 documents, 0 pages, 0 failed, /m);

    // What an older hmip cached under that limit: a timeout after 3 ms, the timer having fired at once.
    const cache = join(out, '.hmip', 'cache');
    for (const file of readdirSync(cache)) {
      const entry = JSON.parse(readFileSync(join(cache, file), 'utf8'));
      const message = `${entry.path} took longer than the limit of 2147484 s to process, so it was stopped.`;
      writeFileSync(join(cache, file), JSON.stringify({ ...entry, ok: false, document: undefined, error: { errorClass: 'timeout', message }, pages: 0, ms: 3, timeoutMs: 2_147_484_000, memoryMb: 1024 }));
    }
    const again = cli(['batch', input, '--out', out, '--quiet']);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/^2 documents, 0 pages, 0 failed, [\d.]+ s \(2 processed, 0 already done;/m);
    expect(readFileSync(join(out, 'errors.jsonl'), 'utf8')).toBe('');
  });

  it('calls a time limit past a year, or not finite, a usage error (exit 2) before anything runs', () => {
    const out = join(tempDir('hmip-long-usage-'), 'out');
    for (const timeout of ['31536001', '1e12', 'Infinity']) {
      const result = cli(['batch', RELEASE, '--out', out, '--timeout', timeout]);
      expect(result.status, timeout).toBe(2);
      expect(result.stderr).toContain('--timeout must be a number of seconds from 0 to 31,536,000 (a year)');
      expect(result.stderr).not.toMatch(STACK);
    }
    expect(() => readdirSync(out)).toThrow();
  });

  it('fires a timer set past 2^31 ms only when its time has come', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      let fired = 0;
      startTimer(3_000_000_000, () => fired++);
      vi.advanceTimersByTime(2 ** 31);
      expect(fired).toBe(0);
      vi.advanceTimersByTime(3_000_000_000 - 2 ** 31 - 10);
      expect(fired).toBe(0);
      vi.advanceTimersByTime(20);
      expect(fired).toBe(1);
      const cleared = startTimer(2 ** 32, () => fired++);
      vi.advanceTimersByTime(2 ** 31 + 1);
      cleared.clear();
      vi.advanceTimersByTime(2 ** 32);
      expect(fired).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
