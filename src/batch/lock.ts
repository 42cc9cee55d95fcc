/**
 * One batch at a time per output folder: a batch holds DIR/.hmip/lock (its process id, host and
 * start) while it runs. A second batch on the folder is refused with one sentence naming the
 * first; a lock whose process has ended (a batch killed, the machine restarted) is stale and taken
 * over. Two batches that find the same stale lock at once cannot both take it: each moves it aside
 * under a name of its own and takes over only if what it moved is the stale lock it read.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { errors } from '../errors.js';
import { writeErrorOf } from '../emit/atomic.js';

interface Holder {
  pid: number;
  host: string;
  /** When the holder started, ISO 8601. */
  started: string;
  /** The holder process's start time in clock ticks since boot (Linux), so that a reused process id is not taken for it. */
  ticks: number | null;
  /** This holding's own mark, so that a batch removes only its own lock. */
  token: string;
}

export interface Lock {
  release(): void;
}

/** Takes the lock of the output folder `out` (whose .hmip folder exists), or throws `output-busy` naming its holder. */
export function lockOutput(out: string, hmipDir: string): Lock {
  const path = join(hmipDir, 'lock');
  const me: Holder = { pid: process.pid, host: hostname(), started: new Date().toISOString(), ticks: startTicks(process.pid), token: randomBytes(8).toString('hex') };
  const text = `${JSON.stringify(me)}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (create(path, text)) return { release: () => release(path, me.token) };
    const raw = readRaw(path);
    if (raw === null) continue; // gone since the create failed: try again
    const holder = parse(raw);
    if (holder && alive(holder)) throw errors.outputBusy(out, describe(holder));
    // Stale (or not a lock hmip wrote): moved aside under a name of our own, then taken over if it is the one we read.
    const aside = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      renameSync(path, aside);
    } catch {
      continue; // another batch moved it first
    }
    const moved = readRaw(aside);
    if (moved !== null && moved !== raw) {
      // A live lock, made by a batch that took the stale one over just now: put back, and refused.
      try {
        linkSync(aside, path);
      } catch {
        // a third batch holds it now
      }
      rmSync(aside, { force: true });
      const other = parse(moved);
      throw errors.outputBusy(out, other ? describe(other) : 'another hmip batch');
    }
    rmSync(aside, { force: true });
  }
  throw errors.outputBusy(out, 'another hmip batch (its lock changed hands several times while this one started)');
}

/** Creates the lock file with `text` if there is none; false if there is one. */
function create(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw writeErrorOf(path, error);
  }
  try {
    writeSync(fd, text);
  } catch (error) {
    closeSync(fd);
    rmSync(path, { force: true });
    throw writeErrorOf(path, error);
  }
  closeSync(fd);
  return true;
}

function readRaw(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function parse(raw: string): Holder | null {
  try {
    const value = JSON.parse(raw) as Partial<Holder>;
    if (!Number.isInteger(value.pid) || (value.pid as number) <= 0 || typeof value.host !== 'string' || typeof value.token !== 'string') return null;
    return { pid: value.pid!, host: value.host, started: String(value.started ?? ''), ticks: typeof value.ticks === 'number' ? value.ticks : null, token: value.token };
  } catch {
    return null;
  }
}

/**
 * Whether the holder still runs. A holder on another host (a folder shared over the network)
 * cannot be checked from here, so it counts as running.
 */
function alive(holder: Holder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  // The id may have been given to another process since: its start time tells.
  const ticks = startTicks(holder.pid);
  return holder.ticks === null || ticks === null || ticks === holder.ticks;
}

function describe(holder: Holder): string {
  const started = holder.started ? `, started ${holder.started.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}` : '';
  return `another hmip batch (process ${holder.pid} on ${holder.host}${started})`;
}

/** A process's start time in clock ticks since boot (field 22 of /proc/PID/stat); null where there is no /proc. */
function startTicks(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after its end.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    return Number.isFinite(ticks) ? ticks : null;
  } catch {
    return null;
  }
}

function release(path: string, token: string): void {
  const raw = readRaw(path);
  if (raw !== null && parse(raw)?.token === token) rmSync(path, { force: true });
}
