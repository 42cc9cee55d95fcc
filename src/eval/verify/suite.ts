/**
 * The alteration suite over the release/report pairs of test/fixtures/verify/gold.json: every
 * case through the real pipeline and `verifyRelease`, scored strictly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processBytes } from '../../pipeline.js';
import { verifyRelease } from '../../verify/verify.js';
import { loadGold } from './gold.js';
import { falseVerdicts, figures, scoreCase, type CaseScore, type Miss, type VerdictFigures } from './score.js';
import { casesOf, type CaseKind } from './variants.js';

export interface SuiteResult {
  pairs: number;
  cases: Record<CaseKind, number>;
  /** Gold claims scored, over every case. */
  claims: number;
  figures: VerdictFigures[];
  /** On the releases as published and their meaning-preserving rewrites. */
  unaltered: { falseSupported: number; falseContradicted: number };
  misses: Miss[];
  /** Claims matched whose subject the claims grammar read otherwise than the gold (not counted). */
  subjects: string[];
}

const PROVENANCE = { generatedAt: '2026-01-01T00:00:00Z', hmipVersion: 'eval', tool: 'hmip verify' };

export async function runSuite(root: string, goldPath = join(root, 'test/fixtures/verify/gold.json')): Promise<SuiteResult> {
  const pairs = loadGold(goldPath);
  const scores: CaseScore[] = [];
  const count: Record<CaseKind, number> = { 'as-published': 0, alteration: 0, rewrite: 0 };
  const reports = new Map<string, Awaited<ReturnType<typeof processBytes>>['document']>();
  for (const pair of pairs) {
    let report = reports.get(pair.report);
    if (!report) {
      report = (await processBytes(new Uint8Array(readFileSync(join(root, pair.report))), pair.report)).document;
      reports.set(pair.report, report);
    }
    for (const c of casesOf(pair, readFileSync(join(root, pair.release), 'utf8'))) {
      const release = (await processBytes(new TextEncoder().encode(c.releaseText), pair.release)).document;
      scores.push(scoreCase(c, verifyRelease(release, report, { provenance: PROVENANCE })));
      count[c.kind]++;
    }
  }
  const unaltered = scores.filter((s) => s.kind !== 'alteration');
  return {
    pairs: pairs.length,
    cases: count,
    claims: scores.reduce((n, s) => n + s.outcomes.filter((o) => o.expected !== 'none').length, 0),
    figures: figures(scores),
    unaltered: { falseSupported: falseVerdicts(unaltered, 'supported'), falseContradicted: falseVerdicts(unaltered, 'contradicted') },
    misses: scores.flatMap((s) => s.misses),
    subjects: scores.flatMap((s) => s.subjects),
  };
}
