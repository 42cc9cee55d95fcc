#!/usr/bin/env node
// The CLI is compiled to dist/ by `npm install` (the `prepare` script); this file only starts it.
import { main } from '../dist/src/cli/main.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
