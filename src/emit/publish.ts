/**
 * A batch's output published as one set. Everything a batch writes for its readers — the JSON of
 * each document, dataset.jsonl, the CSV tables, hmip.sqlite, errors.jsonl — goes into a new
 * generation folder, DIR/.hmip/generations/<name>/, that nobody reads until it is complete. Then
 * one rename points DIR/.hmip/current (a symbolic link) at it: that is the commit. The names in
 * DIR are symbolic links into DIR/.hmip/current/, so whoever opens them sees the previous set
 * before the switch and the new one after, never a mix of the two; a batch killed before the
 * switch leaves the previous set as it was, and the next batch clears what it left.
 *
 * Everything read back from DIR is checked before it is acted on: only names hmip writes, only
 * links that lead into DIR/.hmip/current, only generation folders inside DIR/.hmip — whatever a
 * tampered folder says, nothing outside the output folder is written or removed.
 */
import { randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { writeErrorOf, tempPathFor, temporaryOwner } from './atomic.js';
import { CSV_TABLES } from './tables.js';

export interface OutputLayout {
  out: string;
  hmip: string;
  cache: string;
  generations: string;
  current: string;
}

export function layoutOf(out: string): OutputLayout {
  const hmip = join(out, '.hmip');
  return { out, hmip, cache: join(hmip, 'cache'), generations: join(hmip, 'generations'), current: join(hmip, 'current') };
}

/** The dataset's own file names; a document's JSON is its id (a slug) and ".json". */
export const DATASET_FILES = ['dataset.jsonl', 'verifications.jsonl', 'errors.jsonl', 'hmip.sqlite', 'datapackage.json', 'metadata.json', ...CSV_TABLES.map((t) => `${t.name}.csv`)];
const DOCUMENT_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.json$/;
const GENERATION = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `name` is one hmip writes in an output folder: one plain name, never a path. */
export function isPublishedName(name: string): boolean {
  return name.length <= 200 && (DATASET_FILES.includes(name) || DOCUMENT_FILE.test(name));
}

/** Where a published name's link leads, relative to DIR. */
const linkTarget = (name: string) => `.hmip/current/${name}`;

export interface Generation {
  name: string;
  dir: string;
}

/**
 * The output folder and hmip's folders in it, made if missing. Each must be a real folder: a link
 * in their place (which would send hmip's writes elsewhere) or a file is replaced, with a warning.
 * Fails, before anything has run, when the folder cannot be made or written.
 */
export function prepareOutput(out: string, warn: (message: string) => void): OutputLayout {
  const layout = layoutOf(out);
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    throw writeErrorOf(out, error);
  }
  for (const dir of [layout.hmip, layout.cache, layout.generations]) {
    try {
      const stat = lstatSync(dir, { throwIfNoEntry: false });
      if (stat && !stat.isDirectory()) {
        warn(`${dir} was ${stat.isSymbolicLink() ? 'a link to elsewhere' : 'not a folder'}; it is replaced by a folder (hmip writes only inside the output folder)`);
        rmSync(dir, { force: true });
      }
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      throw writeErrorOf(dir, error);
    }
  }
  // The dataset is published through symbolic links: a file system without them (FAT, exFAT) is
  // found now, before any work, rather than when the work is done.
  const probe = tempPathFor(join(layout.hmip, 'link'));
  try {
    symlinkSync('current', probe);
  } catch (error) {
    throw writeErrorOf(layout.hmip, error, { note: symlinkNote(error) });
  } finally {
    rmSync(probe, { force: true });
  }
  return layout;
}

/** A new, empty generation folder. */
export function startGeneration(layout: OutputLayout): Generation {
  const name = `${Date.now().toString(36)}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const dir = join(layout.generations, name);
  try {
    mkdirSync(dir);
  } catch (error) {
    throw writeErrorOf(dir, error);
  }
  return { name, dir };
}

/** Removes a generation that will not be published (its writing failed). */
export function abandonGeneration(generation: Generation): void {
  try {
    rmSync(generation.dir, { recursive: true, force: true });
  } catch {
    // the next batch clears it (tidyOutput)
  }
}

/**
 * Publishes the complete generation: a link in DIR for each of its files (made before the switch,
 * leading nowhere until it), the switch of DIR/.hmip/current in one rename, then the old
 * generations and the links to names it no longer has removed.
 */
export function publishGeneration(layout: OutputLayout, generation: Generation, warn: (message: string) => void): void {
  const names = readdirSync(generation.dir).filter(isPublishedName);
  for (const name of names) linkInto(layout, name);
  const temp = tempPathFor(layout.current);
  try {
    symlinkSync(`generations/${generation.name}`, temp);
    renameSync(temp, layout.current);
  } catch (error) {
    rmSync(temp, { force: true });
    throw writeErrorOf(layout.current, error, { note: symlinkNote(error) });
  }
  // Published: what follows only clears the old, and a failure of it must not undo the switch.
  try {
    removeOldLayout(layout, new Set(names), warn);
    tidyOutput(layout, warn);
  } catch (error) {
    warn(`the earlier dataset could not all be cleared away (${(error as Error).message.split('\n')[0]}); the next batch clears it`);
  }
}

/** DIR/<name> → .hmip/current/<name>, kept if it is there already, else made and renamed into place (over a file of an older hmip). */
function linkInto(layout: OutputLayout, name: string): void {
  const path = join(layout.out, name);
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (stat?.isSymbolicLink() && readlinkSync(path) === linkTarget(name)) return;
  if (stat?.isDirectory()) throw writeErrorOf(path, Object.assign(new Error('a folder is in the way'), { code: 'EISDIR' }));
  const temp = tempPathFor(path);
  try {
    symlinkSync(linkTarget(name), temp);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw writeErrorOf(path, error, { note: symlinkNote(error) });
  }
}

function symlinkNote(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'EINVAL'
    ? 'hmip publishes the dataset through symbolic links, which this file system may not support (choose an --out on another disk)'
    : undefined;
}

/** The name of the published generation, or null when there is none (or DIR/.hmip/current is not one hmip made). */
function currentGeneration(layout: OutputLayout, warn: (message: string) => void): string | null {
  const stat = lstatSync(layout.current, { throwIfNoEntry: false });
  if (!stat) return null;
  const target = stat.isSymbolicLink() ? readlinkSync(layout.current) : null;
  const name = target?.startsWith('generations/') ? target.slice('generations/'.length) : null;
  if (name && GENERATION.test(name) && lstatSync(join(layout.generations, name), { throwIfNoEntry: false })?.isDirectory()) return name;
  warn(`${layout.current} did not lead to a dataset hmip wrote (${target === null ? 'it is not a link' : `it leads to ${target}`}); it is removed, and the dataset is published anew at the end of this batch`);
  try {
    rmSync(layout.current, { recursive: true, force: true });
  } catch {
    // replaced by the rename that publishes this batch's dataset
  }
  return null;
}

/**
 * Clears what earlier batches left: generation folders other than the published one (a batch
 * killed while writing one), temporary files of processes that have ended, and links in DIR to
 * names the published generation does not have.
 */
export function tidyOutput(layout: OutputLayout, warn: (message: string) => void): void {
  const current = currentGeneration(layout, warn);
  const remove = (path: string) => {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch (error) {
      warn(`${path}, left by an earlier batch, could not be removed (${(error as Error).message.split('\n')[0]})`);
    }
  };
  for (const name of list(layout.generations)) if (name !== current) remove(join(layout.generations, name));
  for (const dir of [layout.out, layout.hmip, layout.cache]) {
    for (const name of list(dir)) {
      const owner = temporaryOwner(name);
      if (owner !== null && !running(owner)) remove(join(dir, name));
    }
  }
  const published = current ? new Set(list(join(layout.generations, current))) : new Set<string>();
  for (const name of list(layout.out)) {
    if (!isPublishedName(name) || published.has(name)) continue;
    const path = join(layout.out, name);
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (stat?.isSymbolicLink() && readlinkSync(path) === linkTarget(name)) remove(path);
  }
}

/**
 * An older hmip kept a list of the files it wrote in DIR/.hmip/manifest.json and wrote them in
 * DIR itself. Those of them that the new generation does not have are removed — each only if the
 * list names it as hmip names its files, and it is a file in DIR — and the list goes.
 */
function removeOldLayout(layout: OutputLayout, names: Set<string>, warn: (message: string) => void): void {
  const manifest = join(layout.hmip, 'manifest.json');
  let outputs: unknown;
  try {
    outputs = (JSON.parse(readFileSync(manifest, 'utf8')) as { outputs?: unknown }).outputs;
  } catch {
    rmSync(manifest, { force: true });
    return;
  }
  for (const entry of Array.isArray(outputs) ? outputs : []) {
    if (typeof entry !== 'string' || !isPublishedName(entry)) {
      warn(`${manifest} names ${JSON.stringify(entry)}, which is not a file hmip writes: it was left alone`);
      continue;
    }
    const path = join(layout.out, entry);
    if (!names.has(entry) && lstatSync(path, { throwIfNoEntry: false })?.isFile()) rmSync(path, { force: true });
  }
  rmSync(manifest, { force: true });
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Whether process `pid` runs (one of another user's counts). */
function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
