/**
 * The inputs of a batch as an archive leaves them: symbolic links that loop, names that are not
 * UTF-8, pipes and sockets among the files, an output folder inside the input or equal to it. The
 * walk reads each real folder once and says what it leaves out and why; the documents beside are
 * read all the same.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkInputs } from '../src/batch/walk.js';
import { cli, SEEDS, tempDir, unprivileged } from './helpers.js';

const RELEASE = SEEDS.release2020;

function errorsOf(out: string) {
  const text = readFileSync(join(out, 'errors.jsonl'), 'utf8').trim();
  return text ? text.split('\n').map((l) => JSON.parse(l) as { path: string; errorClass: string; message: string }) : [];
}

describe('symbolic links that loop', () => {
  it('are followed once: two links from a folder to itself end the walk at once, and each is said', () => {
    const input = tempDir('hmip-loop-');
    mkdirSync(join(input, 'reports'));
    copyFileSync(RELEASE, join(input, 'reports', 'release.txt'));
    // Two links from the folder to itself, one to the folder above: a walk that follows links blindly doubles at every level.
    symlinkSync('.', join(input, 'reports', 'again'));
    symlinkSync('.', join(input, 'reports', 'once-more'));
    symlinkSync('..', join(input, 'reports', 'up'));
    symlinkSync(join(input, 'reports'), join(input, 'same-place'));
    const walked = walkInputs([input]);
    expect(walked.files).toEqual([join(input, 'reports', 'release.txt')]);
    expect(walked.warnings).toEqual([
      `skipped ${join(input, 'reports', 'again')}: it is the folder ${join(input, 'reports')}, already read`,
      `skipped ${join(input, 'reports', 'once-more')}: it is the folder ${join(input, 'reports')}, already read`,
      `skipped ${join(input, 'reports', 'up')}: it is the folder ${input}, already read`,
      `skipped ${join(input, 'same-place')}: it is the folder ${join(input, 'reports')}, already read`,
    ]);
    const out = tempDir('hmip-loop-out-');
    const batch = cli(['batch', input, '--out', out, '--quiet'], { timeout: 60_000 });
    expect(batch.status).toBe(0);
    expect(batch.stderr).toContain(`hmip: warning: skipped ${join(input, 'reports', 'again')}: it is the folder ${join(input, 'reports')}, already read.\n`);
    expect(batch.stderr).toMatch(/^1 documents, 0 pages, 0 failed, /m);
  });
});

describe('entries that cannot be read as documents', () => {
  it('are each a line of errors.jsonl with the reason, and the rest of the folder is read', async () => {
    const input = tempDir('hmip-odd-');
    copyFileSync(RELEASE, join(input, 'release.txt'));
    // "ré.txt" in Latin-1: not UTF-8, so it could be neither named in the dataset nor opened from it.
    writeFileSync(Buffer.concat([Buffer.from(`${input}/r`), Buffer.from([0xe9]), Buffer.from('.txt')]), readFileSync(RELEASE));
    spawnSync('mkfifo', [join(input, 'queue.pdf')]);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(input, 'socket.html'), resolve));
    symlinkSync(join(input, 'gone.pdf'), join(input, 'dangling.pdf'));
    writeFileSync(join(input, 'notes.csv'), 'not a document');
    try {
      const out = tempDir('hmip-odd-out-');
      const walked = walkInputs([input]);
      expect(walked.files).toEqual([join(input, 'release.txt')]);
      const batch = cli(['batch', input, '--out', out, '--quiet'], { timeout: 60_000 });
      expect(batch.status).toBe(1);
      expect(batch.stderr).toMatch(/^1 documents, 0 pages, 4 failed, /m);
      expect(errorsOf(out).map((e) => [e.errorClass, e.message])).toEqual([
        ['read-error', `${join(input, 'dangling.pdf')} cannot be read: it is a symbolic link to nothing.`],
        ['read-error', `${join(input, 'queue.pdf')} cannot be read: it is a named pipe (FIFO), not a regular file.`],
        ['read-error', `${join(input, 'r\uFFFD.txt')} cannot be read: its name is not valid UTF-8, so hmip cannot name it in the dataset (rename it to include it).`],
        ['read-error', `${join(input, 'socket.html')} cannot be read: it is a socket, not a regular file.`],
      ]);
      expect(readdirSync(out)).toContain('west-yorkshire-crc-2020-press-release.json');
    } finally {
      server.close();
    }
  });
});

describe('a folder that cannot be listed', () => {

  it('is a line of errors.jsonl, and the folders beside it are read', () => {
    const root = tempDir('hmip-closed-');
    chmodSync(root, 0o755);
    const input = join(root, 'input');
    mkdirSync(join(input, 'open'), { recursive: true });
    mkdirSync(join(input, 'closed'));
    copyFileSync(RELEASE, join(input, 'open', 'release.txt'));
    copyFileSync(RELEASE, join(input, 'closed', 'release.txt'));
    chmodSync(join(input, 'closed'), 0o000);
    const out = join(root, 'out');
    mkdirSync(out, { mode: 0o777 });
    chmodSync(out, 0o777);
    try {
      const batch = cli(['batch', input, '--out', out, '--quiet'], { as: unprivileged(), env: { HOME: root } });
      expect(batch.status, batch.stderr).toBe(1);
      expect(batch.stderr).toMatch(/^1 documents, 0 pages, 1 failed, /m);
      expect(errorsOf(out)).toEqual([{ path: join(input, 'closed'), sha256: null, errorClass: 'read-error', message: `${join(input, 'closed')} cannot be read: permission denied.` }]);
    } finally {
      chmodSync(join(input, 'closed'), 0o755);
    }
  });
});

describe('an output folder among the inputs', () => {
  it('equal to the input folder: a usage error (exit 2) in one sentence, nothing written', () => {
    const input = tempDir('hmip-same-');
    copyFileSync(RELEASE, join(input, 'release.txt'));
    const refused = cli(['batch', input, '--out', input]);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      `hmip: The output folder ${input} is the input folder: hmip would read its own output and write among its inputs, so choose an --out outside them.\nUsage: hmip batch PATH... -o DIR [-j N] [--force] [--quiet]\nRun "hmip batch --help" for the options and examples.\n`,
    );
    expect(readdirSync(input)).toEqual(['release.txt']);
    const parent = cli(['batch', join(input, 'release.txt'), '--out', input]);
    expect(parent.status).toBe(2);
    expect(parent.stderr).toContain(`holds the input ${join(input, 'release.txt')}`);
  });

  it('inside the input folder: left out of the walk, with a warning', () => {
    const input = tempDir('hmip-inside-');
    copyFileSync(RELEASE, join(input, 'release.txt'));
    const out = join(input, 'dataset');
    expect(cli(['batch', input, '--out', out]).status).toBe(0);
    // Run again: the folder is there now, full of JSON, and must not be read as input.
    const again = cli(['batch', input, '--out', out, '--quiet']);
    expect(again.status).toBe(0);
    expect(again.stderr).toBe(`hmip: warning: skipped ${out}: it is the output folder.\n${again.stderr.split('\n')[1]}\n`);
    expect(again.stderr).toMatch(/\n1 documents, 0 pages, 0 failed, [\d.]+ s \(0 processed, 1 already done;/);
  });
});
