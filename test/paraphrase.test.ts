/**
 * The paraphrase suite: every real release of test/fixtures/real, said another way by each
 * paraphrase of src/fuzz/paraphrase.ts, must keep its kind, family, provider and overall rating,
 * and (unless the paraphrase takes words out) the values of its claims and the speakers of its
 * quotes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusInputs } from '../src/eval/evaluate.js';
import { project } from '../src/eval/project.js';
import { readTruth } from '../src/eval/truth.js';
import { PARAPHRASES } from '../src/fuzz/paraphrase.js';
import { processBytes } from '../src/pipeline.js';
import { ROOT } from './helpers.js';

const DIR = join(ROOT, 'test', 'fixtures', 'real', 'docs');
const releases = corpusInputs(DIR).filter((d) => readTruth(d.truth).kind === 'press-release');

async function reading(text: string, path: string, all: boolean) {
  const p = project((await processBytes(new TextEncoder().encode(text), path)).document);
  const recognised = { kind: p.kind, family: p.family, provider: p.provider, overall: p.overall };
  if (!all) return recognised;
  const claims = p.claims.filter((c) => typeof c.value === 'number').map((c) => `${c.value}${c.of !== null ? `/${c.of}` : ''}`).sort();
  return { ...recognised, claims, speakers: p.quotes.map((q) => q.speaker) };
}

describe('paraphrases of the real releases', () => {
  for (const paraphrase of PARAPHRASES) {
    const kept = paraphrase.removes ? 'kind, family, provider and overall rating' : 'kind, family, provider, overall rating, claim values and speakers';
    it(`${paraphrase.name}: ${kept} stay as they were`, async () => {
      const changed: string[] = [];
      let applied = 0;
      for (const { name, input } of releases) {
        const text = readFileSync(input, 'utf8');
        const said = paraphrase.apply(text);
        if (said === text) continue;
        applied++;
        const [before, after] = [await reading(text, input, !paraphrase.removes), await reading(said, input, !paraphrase.removes)];
        if (JSON.stringify(before) !== JSON.stringify(after)) changed.push(`${name}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
      }
      expect(applied, `${paraphrase.name} changed no release`).toBeGreaterThan(0);
      expect(changed).toEqual([]);
    }, 180_000);
  }
});
