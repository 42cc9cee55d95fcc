/**
 * The build bundles the command line and the reader and makes V8's code cache of each
 * (scripts/bundle.mjs, src/code-cache.ts): the processes hmip starts must start from those caches,
 * or each `hmip extract` pays again for compiling all of its code, and nothing else would say so.
 */
import { fork, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { READER_DATA_ENV, type ReaderData, type ReadyMessage } from '../src/batch/pool.js';
import { DEFAULT_MEMORY_MB } from '../src/cli/io.js';
import { ENGINE_FLAGS } from '../src/engine.js';
import { DEFAULT_LIMITS } from '../src/ingest.js';
import { ROOT } from './helpers.js';

/** A reader started as the pool starts one (pool.ts, readerCommand), and how it says it loaded its code. */
async function readerLoad(memoryMb: number): Promise<ReadyMessage['codeCache']> {
  const data: ReaderData = { limits: DEFAULT_LIMITS, memoryMb, killedWithParent: false };
  const reader = fork(join(ROOT, 'dist', 'reader', 'start.cjs'), [], {
    execArgv: [`--max-old-space-size=${memoryMb}`, ...ENGINE_FLAGS],
    env: { ...process.env, [READER_DATA_ENV]: JSON.stringify(data) },
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const ready = await new Promise<ReadyMessage>((resolve) => reader.once('message', (message) => resolve(message as ReadyMessage)));
  reader.kill();
  return ready.codeCache;
}

describe('the code caches the build made', () => {
  it('start the reader process that hmip starts by default', async () => {
    expect(await readerLoad(DEFAULT_MEMORY_MB)).toBe('used');
  });

  it('are refused by V8 for a reader under another memory limit, which then compiles its code and reads as well', async () => {
    expect(await readerLoad(DEFAULT_MEMORY_MB * 2)).toBe('rejected');
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'hmip.js'), 'extract', join(ROOT, 'corpus', '002_6a02e246b64b3411.txt'), '--memory-mb', String(DEFAULT_MEMORY_MB * 2)], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).kind).toBe('press-release');
  });

  it('start the command line as bin/hmip.js starts it', () => {
    const code = pathToFileURL(join(ROOT, 'dist', 'src', 'code-cache.js')).href;
    const engine = pathToFileURL(join(ROOT, 'dist', 'src', 'engine.js')).href;
    const script = `(await import(${JSON.stringify(engine)})).applyEngineFlags();
      const { runCachedScript, codeCacheState } = await import(${JSON.stringify(code)});
      runCachedScript(${JSON.stringify(join(ROOT, 'dist', 'src', 'cli', 'hmip.cjs'))});
      process.stdout.write(codeCacheState());`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stdout, result.stderr).toBe('used');
  });
});
