#!/usr/bin/env node
// The CLI is compiled to dist/ by `npm install` (the `prepare` script); this file only starts it.

// A reader that stops early (`hmip extract … | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// The engine's flags first, before any pattern runs (src/engine.ts says why).
(await import('../dist/src/engine.js')).applyEngineFlags();

const argv = process.argv.slice(2);
// The commands that read documents start their worker first, so that it loads the pipeline while
// the argument parser loads here.
const early = argv[0] === 'extract' || argv[0] === 'verify' ? await import('../dist/src/cli/extractor.js') : null;
early?.startEarly();
const { main } = await import('../dist/src/cli/main.js');
process.exitCode = await main(argv);
await early?.closeEarly();
