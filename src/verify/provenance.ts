/**
 * When and by what a check was made, for the page a journalist publishes: the time (UTC, or
 * SOURCE_DATE_EPOCH where set, as reproducible builds do, so that the same inputs give the same
 * page) and the version of hmip, read from its package.json.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Provenance } from './schema.js';

let version: string | null = null;

/** hmip's version, from the package.json of the checkout or installation this module is in. */
export function hmipVersion(): string {
  if (version) return version;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'hmip' && pkg.version) return (version = pkg.version);
    } catch {
      // no package.json here: look further up
    }
    const up = dirname(dir);
    if (up === dir) return (version = 'unknown');
    dir = up;
  }
}

export function provenanceNow(env: NodeJS.ProcessEnv = process.env): Provenance {
  const epoch = env.SOURCE_DATE_EPOCH && /^\d+$/.test(env.SOURCE_DATE_EPOCH) ? Number(env.SOURCE_DATE_EPOCH) * 1000 : Date.now();
  return { generatedAt: new Date(epoch).toISOString().replace(/\.\d{3}Z$/, 'Z'), hmipVersion: hmipVersion(), tool: 'hmip verify' };
}
