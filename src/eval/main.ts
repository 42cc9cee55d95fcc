/**
 * `npm run eval [-- DIR... [--json|--summary]]`: accuracy per field over real documents with
 * hand-checked truth (by default test/fixtures/real/docs), then every miss, so that a change to
 * recognition is judged on the real archive and not on the seeds. `--rules` counts the
 * recognition rows instead, with their examples and counterexamples.
 */
import { countRules } from '../rules/inventory.js';
import { evaluateFolder, scores, type EvaluatedDocument } from './evaluate.js';

function pct(hits: number, total: number): string {
  return total ? `${((100 * hits) / total).toFixed(1)}%` : '–';
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  if (argv.includes('--rules')) {
    const counts = countRules();
    const total = { name: 'total', rows: 0, examples: 0, counterexamples: 0 };
    for (const c of counts) (total.rows += c.rows), (total.examples += c.examples), (total.counterexamples += c.counterexamples);
    const width = Math.max(...counts.map((c) => c.name.length));
    const line = (c: typeof total) => `${c.name.padEnd(width)}  ${String(c.rows).padStart(5)}  ${String(c.examples).padStart(8)}  ${String(c.counterexamples).padStart(15)}`;
    process.stdout.write(`${['table'.padEnd(width) + '   rows  examples  counterexamples', ...counts.map(line), line(total)].join('\n')}\n`);
    return;
  }
  const quiet = argv.includes('--summary');
  const dirs = argv.filter((a) => !a.startsWith('--'));
  const documents: EvaluatedDocument[] = [];
  for (const dir of dirs.length ? dirs : ['test/fixtures/real/docs']) documents.push(...(await evaluateFolder(dir)));
  const table = scores(documents);
  if (json) {
    process.stdout.write(`${JSON.stringify({ documents: documents.length, fields: table }, null, 2)}\n`);
    return;
  }
  const lines = [`${documents.length} documents`, ''];
  const width = Math.max(...table.map((s) => s.field.length));
  for (const s of table) lines.push(`${s.field.padEnd(width)}  ${`${s.hits}/${s.total}`.padStart(9)}  ${pct(s.hits, s.total).padStart(6)}`);
  if (!quiet) {
    for (const s of table) {
      const misses = documents.flatMap((d) => d.outcomes.filter((o) => o.field === s.field && !o.hit).map((o) => ({ d, o })));
      if (!misses.length) continue;
      lines.push('', `## ${s.field}: ${misses.length} missed`);
      for (const { d, o } of misses) lines.push(`  ${d.name}  expected ${show(o.expected)}  got ${show(o.actual)}${o.note ? `  (${o.note})` : ''}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`hmip eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
