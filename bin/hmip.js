#!/usr/bin/env node
// The CLI is compiled to dist/ by `npm install` (the `prepare` script); this file only starts it.
import { main } from '../dist/src/cli/main.js';

// A reader that stops early (`hmip extract … | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
