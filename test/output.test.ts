/**
 * The output folder of `hmip batch` as a careless or hostile world leaves it: a second batch on it,
 * a full disk, a folder that cannot be written, a tampered .hmip, a formula in a title, a kill
 * between two renames. Each test reproduces the case (faults come from test/support/faults.mjs,
 * loaded into the hmip process, so a full disk or a kill happens at the exact operation wanted) and
 * checks the outcome and that nothing finished earlier was lost.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, isDocumentJson, HMIP, SEEDS, tempDir, unprivileged, WITH_FAULTS } from './helpers.js';

const STACK = /\n\s+at /;
const seeds = Object.values(SEEDS);

/** A folder holding the first `n` seed documents. */
function inputOf(n: number, root = tempDir('hmip-out-in-')): string {
  mkdirSync(root, { recursive: true });
  for (const seed of seeds.slice(0, n)) copyFileSync(seed, join(root, basename(seed)));
  return root;
}

/** What a reader of the output folder sees, read through its published names. */
function published(out: string) {
  const jsonl = readFileSync(join(out, 'dataset.jsonl'), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).id as string).sort();
  const csv = (parse(readFileSync(join(out, 'documents.csv')), { columns: true }) as { id: string }[]).map((r) => r.id).sort();
  const db = new Database(join(out, 'hmip.sqlite'), { readonly: true, fileMustExist: true });
  let sqlite: string[];
  try {
    sqlite = (db.prepare('SELECT id FROM documents ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  } finally {
    db.close();
  }
  const json = readdirSync(out)
    .filter((f) => isDocumentJson(f) && existsSync(join(out, f)))
    .map((f) => JSON.parse(readFileSync(join(out, f), 'utf8')).id as string)
    .sort();
  return { jsonl, csv, sqlite, json };
}

/** The one set every view of the dataset agrees on (the test fails if two disagree). */
function consistentSet(out: string): string[] {
  const views = published(out);
  expect(views.csv).toEqual(views.jsonl);
  expect(views.sqlite).toEqual(views.jsonl);
  expect(views.json).toEqual(views.jsonl);
  return views.jsonl;
}

/** Every file under `dir`, relative, links included (not followed). */
function allFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** What a finished batch leaves in hmip's own folder: the lock gone, no temporary file, one generation. */
function expectTidy(out: string): void {
  const files = allFiles(out);
  expect(files.filter((f) => /\.tmp|journal|lock/.test(f))).toEqual([]);
  expect(readdirSync(join(out, '.hmip', 'generations'))).toEqual([readlinkSync(join(out, '.hmip', 'current')).replace('generations/', '')]);
}

/**
 * A batch as a separate process that stops at its first write to the cache — holding the output
 * folder — and waits there until `go()`; resolved once it has stopped.
 */
async function pausedBatch(input: string, out: string) {
  const signals = tempDir('hmip-paused-');
  const env = {
    HMIP_FAULT: 'pause',
    HMIP_FAULT_OPS: 'write',
    HMIP_FAULT_MATCH: '/\\.hmip/cache/',
    HMIP_FAULT_PAUSED: join(signals, 'paused'),
    HMIP_FAULT_RESUME: join(signals, 'go'),
  };
  const child = spawn(process.execPath, [...WITH_FAULTS, HMIP, 'batch', input, '--out', out, '--jobs', '1'], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ status: number | null; stderr: string }>((resolve) => child.on('close', (status) => resolve({ status, stderr })));
  // Waits for the fault module's sign that the batch got where it was to stop.
  while (!existsSync(env.HMIP_FAULT_PAUSED)) await new Promise((resolve) => setTimeout(resolve, 20));
  return { child, exited, go: () => writeFileSync(env.HMIP_FAULT_RESUME, '') };
}

describe('two batches on one output folder', () => {
  it('refuses the second in one sentence naming the first, which finishes whole', async () => {
    const input = inputOf(5);
    const out = tempDir('hmip-busy-');
    const first = await pausedBatch(input, out);
    const second = cli(['batch', input, '--out', out]);
    expect(second.status).toBe(2);
    expect(second.stderr).toMatch(
      new RegExp(`^hmip: The output folder ${out} is in use by another hmip batch \\(process ${first.child.pid} on ${hostname()}, started \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\): wait for it to finish \\(or stop it\\), or choose another --out\\.\\n$`),
    );
    first.go();
    const done = await first.exited;
    expect(done.status, done.stderr).toBe(0);
    expect(done.stderr).toMatch(/^5 documents, 0 pages, 0 failed, /m);
    expect(consistentSet(out)).toHaveLength(5);
    expectTidy(out);
  });

  it('takes over the lock of a batch that was killed, and of a process id now used by another process', async () => {
    const input = inputOf(3);
    const out = tempDir('hmip-stale-');
    const killed = await pausedBatch(input, out);
    killed.child.kill('SIGKILL');
    await killed.exited;
    const lock = join(out, '.hmip', 'lock');
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(killed.child.pid);
    const after = cli(['batch', input, '--out', out]);
    expect(after.status, after.stderr).toBe(0);
    expect(consistentSet(out)).toHaveLength(3);

    // A lock naming this very process (alive): refused; the same id but another start time: stale.
    const ticks = Number(readFileSync(`/proc/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[19]);
    const holder = { pid: process.pid, host: hostname(), started: new Date().toISOString(), token: 'x' };
    writeFileSync(lock, JSON.stringify({ ...holder, ticks }));
    expect(cli(['batch', input, '--out', out]).status).toBe(2);
    writeFileSync(lock, JSON.stringify({ ...holder, ticks: ticks + 1 }));
    expect(cli(['batch', input, '--out', out]).status).toBe(0);
    expect(existsSync(lock)).toBe(false);
  });
});

describe('a full disk', () => {
  it('during the batch: one sentence, exit 3, the files finished before it kept, and a re-run goes on from them', () => {
    const input = inputOf(5);
    const out = tempDir('hmip-full-');
    expect(cli(['batch', inputOf(2), '--out', out]).status).toBe(0);
    const before = consistentSet(out);
    // The third cache write of the batch finds the disk full.
    const full = cli(['batch', input, '--out', out, '--jobs', '1', '--quiet'], { nodeArgs: WITH_FAULTS, env: { HMIP_FAULT: 'ENOSPC', HMIP_FAULT_OPS: 'write', HMIP_FAULT_MATCH: '/\\.hmip/cache/', HMIP_FAULT_AT: '3' } });
    expect(full.status).toBe(3);
    expect(full.stderr).toMatch(
      new RegExp(`^hmip: ${out}/\\.hmip/cache/[0-9a-f]{64}\\.json cannot be written: no space is left on the device; the 4 files finished before it are kept in ${out}/\\.hmip/cache, and a re-run of the batch goes on from there\\.\\n$`),
    );
    expect(full.stderr).not.toMatch(STACK);
    expect(consistentSet(out)).toEqual(before);
    const again = cli(['batch', input, '--out', out, '--jobs', '1']);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/\(1 processed, 4 already done;/);
    expect(consistentSet(out)).toHaveLength(5);
    expectTidy(out);
  });

  it('while the dataset is written: the dataset published before stays whole, and a re-run publishes', () => {
    const input = inputOf(5);
    const out = tempDir('hmip-full-publish-');
    expect(cli(['batch', inputOf(2), '--out', out]).status).toBe(0);
    const before = consistentSet(out);
    const full = cli(['batch', input, '--out', out, '--quiet'], { nodeArgs: WITH_FAULTS, env: { HMIP_FAULT: 'ENOSPC', HMIP_FAULT_OPS: 'write', HMIP_FAULT_MATCH: 'generations/.*/dataset\\.jsonl$', HMIP_FAULT_AT: '3' } });
    expect(full.status).toBe(3);
    expect(full.stderr).toMatch(
      new RegExp(
        `^hmip: ${out}/\\.hmip/generations/[a-z0-9-]+/dataset\\.jsonl cannot be written: no space is left on the device; the dataset published before is as it was, and the finished work is kept in ${out}/\\.hmip/cache: a re-run of the batch publishes it\\.\\n$`,
      ),
    );
    expect(consistentSet(out)).toEqual(before);
    expectTidy(out);
    const again = cli(['batch', input, '--out', out]);
    expect(again.stderr).toMatch(/\(0 processed, 5 already done;/);
    expect(consistentSet(out)).toHaveLength(5);
  });
});

describe('an output folder that cannot be used', () => {

  it('read-only: refused (exit 3) before anything runs, in one sentence, the dataset in it untouched', () => {
    const root = tempDir('hmip-readonly-');
    chmodSync(root, 0o755);
    const input = inputOf(3, join(root, 'input'));
    const out = join(root, 'out');
    expect(cli(['batch', input, '--out', out]).status).toBe(0);
    const before = allFiles(out);
    const dataset = readFileSync(join(out, 'dataset.jsonl'), 'utf8');
    for (const dir of [out, join(out, '.hmip'), join(out, '.hmip', 'cache'), join(out, '.hmip', 'generations')]) chmodSync(dir, 0o555);
    try {
      const refused = cli(['batch', input, '--out', out], { as: unprivileged(), env: { HOME: root } });
      expect(refused.status).toBe(3);
      expect(refused.stderr).toBe(`hmip: ${out} cannot be written: permission denied.\n`);
    } finally {
      for (const dir of [out, join(out, '.hmip'), join(out, '.hmip', 'cache'), join(out, '.hmip', 'generations')]) chmodSync(dir, 0o755);
    }
    expect(allFiles(out)).toEqual(before);
    expect(readFileSync(join(out, 'dataset.jsonl'), 'utf8')).toBe(dataset);
  });

  it('a file, or a folder under a file: refused (exit 3), the file untouched', () => {
    const root = tempDir('hmip-file-out-');
    const file = join(root, 'notes.txt');
    writeFileSync(file, 'my notes');
    for (const [out, reason] of [[file, 'it is a file, not a folder'], [join(file, 'out'), `${file} is a file, not a folder`]]) {
      const refused = cli(['batch', SEEDS.release2020, '--out', out!]);
      expect(refused.status).toBe(3);
      expect(refused.stderr).toBe(`hmip: ${out} cannot be written: ${reason}.\n`);
    }
    expect(readFileSync(file, 'utf8')).toBe('my notes');
  });

  it('on a file system without symbolic links (FAT, exFAT): refused (exit 3) before any work, saying why', () => {
    const out = tempDir('hmip-nolinks-');
    const refused = cli(['batch', SEEDS.release2020, '--out', out], { nodeArgs: WITH_FAULTS, env: { HMIP_FAULT: 'EPERM', HMIP_FAULT_OPS: 'symlink' } });
    expect(refused.status).toBe(3);
    expect(refused.stderr).toBe(
      `hmip: ${out}/.hmip cannot be written: the operation is not permitted there; hmip publishes the dataset through symbolic links, which this file system may not support (choose an --out on another disk).\n`,
    );
    expect(readdirSync(join(out, '.hmip', 'cache'))).toEqual([]);
  });

  it('removed while the batch runs: one sentence, exit 3', () => {
    const out = tempDir('hmip-gone-');
    const gone = cli(['batch', inputOf(3), '--out', out, '--jobs', '1', '--quiet'], { nodeArgs: WITH_FAULTS, env: { HMIP_FAULT: 'ENOENT', HMIP_FAULT_OPS: 'write', HMIP_FAULT_MATCH: '/\\.hmip/cache/', HMIP_FAULT_AT: '2' } });
    expect(gone.status).toBe(3);
    expect(gone.stderr).toMatch(/^hmip: \S+\/\.hmip\/cache\/[0-9a-f]{64}\.json cannot be written: its folder does not exist \(it was removed while hmip ran\?\); the 1 file finished before it is kept in \S+, and a re-run of the batch goes on from there\.\n$/);
  });
});

describe('a tampered .hmip', () => {
  function finished() {
    const root = tempDir('hmip-tamper-');
    const input = inputOf(5, join(root, 'input'));
    const out = join(root, 'out');
    expect(cli(['batch', input, '--out', out]).status).toBe(0);
    const victim = join(root, 'victim.txt');
    writeFileSync(victim, 'not hmip’s');
    return { root, input, out, victim };
  }
  const cacheFiles = (out: string) => readdirSync(join(out, '.hmip', 'cache')).map((f) => join(out, '.hmip', 'cache', f));

  it('an older manifest naming "../victim.txt" removes nothing outside the output folder', () => {
    const { input, out, victim } = finished();
    writeFileSync(join(out, '.hmip', 'manifest.json'), JSON.stringify({ outputs: ['../victim.txt', '/etc/hostname', 'west-yorkshire-crc-2020-report.json'] }));
    const run = cli(['batch', input, '--out', out]);
    expect(run.status).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('not hmip’s');
    expect(run.stderr).toContain(`hmip: warning: ${out}/.hmip/manifest.json names "../victim.txt", which is not a file hmip writes: it was left alone.\n`);
    expect(run.stderr).toContain(`hmip: warning: ${out}/.hmip/manifest.json names "/etc/hostname", which is not a file hmip writes: it was left alone.\n`);
    expect(existsSync(join(out, '.hmip', 'manifest.json'))).toBe(false);
    expect(consistentSet(out)).toHaveLength(5);
  });

  it('a cached document with the id "../x", one cut short and an error of no class are read again, with a warning each', () => {
    const { root, input, out } = finished();
    const [a, b, c] = cacheFiles(out);
    const entry = JSON.parse(readFileSync(a!, 'utf8'));
    entry.document.id = '../x';
    writeFileSync(a!, JSON.stringify(entry));
    const whole = readFileSync(b!, 'utf8');
    writeFileSync(b!, whole.slice(0, whole.length / 2));
    const third = JSON.parse(readFileSync(c!, 'utf8'));
    writeFileSync(c!, JSON.stringify({ ...third, ok: false, document: undefined, error: { errorClass: 'pwned', message: 'x' } }));
    const run = cli(['batch', input, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/\(3 processed, 2 already done;/);
    expect(run.stderr).toContain(`hmip: warning: ${a} is not an entry hmip wrote (document.id: Invalid string: must match pattern`);
    expect(run.stderr).toContain(`hmip: warning: ${b} is not JSON (cut short?): `);
    expect(run.stderr).toContain(`hmip: warning: ${c} is not an entry hmip wrote (`);
    expect(existsSync(join(root, 'x.json'))).toBe(false);
    expect(readdirSync(root).sort()).toEqual(['input', 'out', 'victim.txt']);
    expect(consistentSet(out)).toHaveLength(5);
  });

  it('.hmip/current, .hmip/cache and a generation that lead outside are not followed', () => {
    const { root, input, out, victim } = finished();
    const elsewhere = join(root, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, 'keep.txt'), 'keep');
    rmSync(join(out, '.hmip', 'current'));
    symlinkSync('../../elsewhere', join(out, '.hmip', 'current'));
    symlinkSync(elsewhere, join(out, '.hmip', 'generations', 'evil'));
    rmSync(join(out, '.hmip', 'cache'), { recursive: true });
    symlinkSync(elsewhere, join(out, '.hmip', 'cache'));
    const run = cli(['batch', input, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`hmip: warning: ${out}/.hmip/cache was a link to elsewhere; it is replaced by a folder (hmip writes only inside the output folder).\n`);
    expect(run.stderr).toContain(`hmip: warning: ${out}/.hmip/current did not lead to a dataset hmip wrote (it leads to ../../elsewhere); it is removed, and the dataset is published anew at the end of this batch.\n`);
    expect(readdirSync(elsewhere)).toEqual(['keep.txt']);
    expect(readFileSync(victim, 'utf8')).toBe('not hmip’s');
    expect(lstatSync(join(out, '.hmip', 'cache')).isDirectory()).toBe(true);
    expect(consistentSet(out)).toHaveLength(5);
    expectTidy(out);
  });
});

describe('a formula in a title', () => {
  it('is neutralised in the CSV (a leading apostrophe) and kept as written in JSON, JSONL and SQLite', () => {
    const input = tempDir('hmip-formula-');
    const title = '=HYPERLINK("http://example.invalid/x","click")';
    // The report, with a formula as its first line: the document's title.
    writeFileSync(join(input, 'formula.txt'), `${title}\n\n${readFileSync(SEEDS.report, 'utf8')}`);
    const out = tempDir('hmip-formula-out-');
    expect(cli(['batch', input, '--out', out]).status).toBe(0);
    const csv = readFileSync(join(out, 'documents.csv'), 'utf8');
    expect(csv).toContain(`,"'=HYPERLINK(""http://example.invalid/x"",""click"")",`);
    const row = (parse(csv, { columns: true }) as Record<string, string>[])[0]!;
    expect(row.title).toBe(`'${title}`);
    // A number is a number: no apostrophe before a score or a count.
    expect([row.score, row.score_max]).toEqual(['11', '30']);
    const document = JSON.parse(readFileSync(join(out, 'west-yorkshire-crc-2020-report.json'), 'utf8'));
    expect(document.title).toBe(title);
    expect(JSON.parse(readFileSync(join(out, 'dataset.jsonl'), 'utf8')).title).toBe(title);
    const db = new Database(join(out, 'hmip.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT title FROM documents').get()).toEqual({ title });
    } finally {
      db.close();
    }
  });
});

describe('a batch killed while it publishes', () => {
  it('leaves the dataset published before or the new one, whole, whatever write or rename it is killed at; the next batch clears what it left', { timeout: 300_000 }, () => {
    const input = inputOf(5);
    // Each write and rename of a batch outside the cache (and the lock, which a killed batch leaves), counted on a dry run: the kills go at each rename and
    // link (before and after it) and at every so many writes (rows of the CSVs and the JSONL are written one by one).
    const count = (ops: string) => {
      const dry = tempDir('hmip-kill-dry-');
      expect(cli(['batch', inputOf(2), '--out', dry]).status).toBe(0);
      const counted = join(dry, 'count');
      const run = cli(['batch', input, '--out', dry], { nodeArgs: WITH_FAULTS, env: { HMIP_FAULT_OPS: ops, HMIP_FAULT_MATCH: `^${dry}/(?!\\.hmip/(?:cache/|lock))`, HMIP_FAULT_COUNT: counted } });
      expect(run.status).toBe(0);
      return { operations: Number(readFileSync(counted, 'utf8')), set: consistentSet(dry) };
    };
    const links = count('rename,symlink');
    const writes = count('write');
    const after = links.set;
    expect(after).toHaveLength(5);
    expect(links.operations).toBeGreaterThan(5);
    const stride = Math.ceil(writes.operations / 12);
    const kills: Record<string, string>[] = [];
    for (let at = 1; at <= links.operations; at++) for (const when of ['before', 'after']) kills.push({ HMIP_FAULT_OPS: 'rename,symlink', HMIP_FAULT_AT: String(at), HMIP_FAULT_WHEN: when });
    for (let at = 1; at <= writes.operations; at += stride) kills.push({ HMIP_FAULT_OPS: 'write', HMIP_FAULT_AT: String(at) });

    const out = tempDir('hmip-kill-publish-');
    const fresh = () => {
      rmSync(out, { recursive: true, force: true });
      expect(cli(['batch', inputOf(2), '--out', out]).status).toBe(0);
      return consistentSet(out);
    };
    const before = fresh();
    const seen = new Set<string>();
    for (const kill of kills) {
      const what = `kill ${kill.HMIP_FAULT_WHEN ?? 'before'} ${kill.HMIP_FAULT_OPS} ${kill.HMIP_FAULT_AT}`;
      const killed = cli(['batch', input, '--out', out], { nodeArgs: WITH_FAULTS, env: { HMIP_FAULT: 'kill', HMIP_FAULT_MATCH: `^${out}/(?!\\.hmip/(?:cache/|lock))`, ...kill } });
      expect(killed.status, what).toBeNull();
      const set = consistentSet(out);
      expect([before, after], what).toContainEqual(set);
      seen.add(set.join());
      // No journal beside the database, ever: SQLite keeps it in memory.
      expect(allFiles(out).filter((f) => /journal/.test(f)), what).toEqual([]);
      // Once the new set is out, start again from the old one, so that each kill meets the same publication.
      if (set.length === after.length) fresh();
    }
    expect(seen.size).toBe(2);
    // The next batch (taking over the lock the killed one left) publishes, and clears every generation and temporary left.
    const whole = cli(['batch', input, '--out', out]);
    expect(whole.status).toBe(0);
    expect(consistentSet(out)).toEqual(after);
    expectTidy(out);
  });
});
