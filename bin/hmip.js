#!/usr/bin/env node
// The CLI is compiled to dist/ by `npm install` (the `prepare` script); this file only starts it.

// A reader that stops early (`hmip extract … | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// The engine's flags first, before any pattern runs or any code is compiled (src/engine.ts says why).
(await import('../dist/src/engine.js')).applyEngineFlags();

// The command line, bundled by the build and started from its code cache (src/code-cache.ts).
const { runCachedScript, saveCodeCaches, WRITE_CODE_CACHE_ENV } = await import('../dist/src/code-cache.js');
const { fileURLToPath } = await import('node:url');
const { start } = runCachedScript(fileURLToPath(new URL('../dist/src/cli/hmip.cjs', import.meta.url)));
process.exitCode = await start(process.argv.slice(2));
if (process.env[WRITE_CODE_CACHE_ENV]) saveCodeCaches();
