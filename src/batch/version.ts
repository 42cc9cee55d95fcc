/**
 * The version of the pipeline that made a cached result: the schema version and a hash of the
 * code itself, so that a re-run after any change to hmip redoes the work while a re-run of the
 * same hmip on the same files does none.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_VERSION } from '../schema.js';

let cached: string | null = null;

export function pipelineVersion(): string {
  if (cached) return cached;
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const hash = createHash('sha256');
  const visit = (dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of entries) {
      const path = join(dir, name);
      if (name.endsWith('.js') || name.endsWith('.ts')) hash.update(name).update(readFileSync(path));
      else if (!name.includes('.')) visit(path);
    }
  };
  visit(join(root, 'src'));
  visit(join(root, 'parsers'));
  cached = `${SCHEMA_VERSION}-${hash.digest('hex').slice(0, 16)}`;
  return cached;
}

let packageVersion: string | null = null;

/** hmip's own version, from its package.json (the nearest one above this file named "hmip"). */
export function hmipVersion(): string {
  if (packageVersion) return packageVersion;
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'hmip' && pkg.version) return (packageVersion = pkg.version);
    } catch {
      // no package.json here: look further up
    }
  }
  return (packageVersion = 'unknown');
}
