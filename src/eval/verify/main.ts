/**
 * `npm run eval:verify [-- --json]`: the alteration suite of `hmip verify` — cases, then precision
 * and recall per verdict under strict scoring (the right verdict with the right page and quote,
 * both values for a contradiction), the false verdicts on unaltered releases, and every miss.
 */
import { runSuite } from './suite.js';

const pct = (x: number | null) => (x === null ? '–' : `${(100 * x).toFixed(1)}%`);

async function main(argv: string[]): Promise<void> {
  const result = await runSuite(process.cwd());
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const { cases } = result;
  const lines = [
    `${result.pairs} release/report pairs; ${cases['as-published'] + cases.alteration + cases.rewrite} cases (${cases['as-published']} as published, ${cases.alteration} alterations, ${cases.rewrite} rewrites); ${result.claims} claims scored`,
    '',
    'verdict        gold  given  right  precision  recall',
  ];
  for (const f of result.figures) lines.push(`${f.verdict.padEnd(13)} ${String(f.gold).padStart(5)} ${String(f.given).padStart(6)} ${String(f.right).padStart(6)} ${pct(f.precision).padStart(10)} ${pct(f.recall).padStart(7)}`);
  lines.push('', `unaltered releases (as published and rewritten): ${result.unaltered.falseSupported} false supported, ${result.unaltered.falseContradicted} false contradicted`);
  if (result.misses.length) {
    lines.push('', `${result.misses.length} misses:`);
    for (const m of result.misses) lines.push(`  ${m.pair} [${m.case}] ${m.claim}: expected ${m.expected}, got ${m.got}: ${m.reason}`);
  }
  if (result.subjects.length) {
    lines.push('', `${result.subjects.length} subjects read otherwise (not counted):`);
    for (const s of result.subjects) lines.push(`  ${s}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`hmip eval:verify: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
