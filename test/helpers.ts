/** Shared test helpers: the real pipeline on real files, and the real CLI as a user runs it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { processBytes } from '../src/pipeline.js';
import type { Document } from '../src/schema.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CORPUS = join(ROOT, 'corpus');

export const SEEDS = {
  release2018: join(CORPUS, '000_47a7a095a93de0df.txt'),
  blog: join(CORPUS, '001_e55082a413e31d54.txt'),
  release2020: join(CORPUS, '002_6a02e246b64b3411.txt'),
  report: join(CORPUS, '003_b61d8a66136cbfc4.txt'),
  cheshire: join(CORPUS, '004_70791936936020f9.txt'),
} as const;

export async function extractFile(path: string): Promise<Document> {
  return (await processBytes(new Uint8Array(readFileSync(path)), path)).document;
}

export async function extractText(text: string, path = 'test.txt'): Promise<Document> {
  return (await processBytes(new TextEncoder().encode(text), path)).document;
}

export function tempDir(prefix = 'hmip-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export const HMIP = join(ROOT, 'bin', 'hmip.js');

/** A user and group id to run a command as. */
export interface RunAs {
  uid: number;
  gid: number;
}

/**
 * Who a test runs hmip as when a folder must be one it cannot write (or list): the user itself, or,
 * when that is root (which may write anywhere), the unprivileged "nobody", who must be able to read
 * the checkout.
 */
export function unprivileged(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const user = { uid: 65534, gid: 65534 };
  const probe = spawnSync(process.execPath, [HMIP, '--version'], { ...user, encoding: 'utf8' });
  if (probe.status !== 0) throw new Error(`This test runs hmip as the user nobody (uid 65534), who cannot run ${HMIP}: ${probe.stderr}`);
  return user;
}

export interface CliOptions {
  input?: string;
  cwd?: string;
  timeout?: number;
  /** Added to the environment (the faults of test/support/faults.mjs are set here). */
  env?: Record<string, string>;
  /** Options for Node before the script: `--import` of a fault module. */
  nodeArgs?: string[];
  /** Run as this user (see `unprivileged`). */
  as?: RunAs;
}

/** Runs the built CLI (`npm test` builds it first) exactly as a user would. */
export function cli(args: string[], options: CliOptions = {}): CliResult {
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), HMIP, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    timeout: options.timeout ?? 120_000,
    maxBuffer: 64 * 1024 * 1024,
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    ...(options.as ?? {}),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `node --import` of the fault module (test/support/faults.mjs), for `nodeArgs`. */
export const WITH_FAULTS = ['--import', pathToFileURL(join(ROOT, 'test', 'support', 'faults.mjs')).href];

export function standard(document: Document, id: string) {
  const found = document.ratings?.standards.find((s) => s.id === id);
  if (!found) throw new Error(`standard ${id} not found`);
  return found;
}

export function check(document: Document, id: string, subject: string | null = null) {
  const found = document.checks.find((c) => c.id === id && c.subject === subject);
  if (!found) throw new Error(`check ${id} ${subject ?? ''} not found`);
  return found;
}

/** A document's JSON in an output folder: a .json file that is not one of the descriptions of the dataset (datapackage.json, metadata.json). */
export const isDocumentJson = (name: string): boolean => name.endsWith('.json') && name !== 'datapackage.json' && name !== 'metadata.json';
