/**
 * What a reader process of the pool runs: the reader (worker.ts), bundled by the build into one
 * script with the pipeline and pdf.js's API, and pdf.js's worker code into another, each loaded
 * through the code cache the build made for it (code-cache.ts says why). This file is bundled
 * too, into the small script the pool starts.
 *
 * With HMIP_WRITE_CODE_CACHE set (by the build, never by hmip itself), the reader writes its
 * caches after each document it answers, before the answer goes: the build reads a few documents
 * of each format through it, and the caches then hold the code that reading them ran.
 */
import { fileURLToPath } from 'node:url';
import { codeCacheState, runCachedScript, saveCodeCaches, WRITE_CODE_CACHE_ENV } from '../code-cache.js';

interface Reader {
  setCodeCache(state: () => string): void;
  beforeEachAnswer(listener: () => void): void;
}

const reader = runCachedScript(fileURLToPath(new URL('./reader.cjs', import.meta.url))) as Reader;
reader.setCodeCache(codeCacheState);
if (process.env[WRITE_CODE_CACHE_ENV]) reader.beforeEachAnswer(saveCodeCaches);
