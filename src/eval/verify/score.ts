/**
 * Strict scoring, as fact-check benchmarks score (AVeriTeC): a verdict counts only with the right
 * evidence — the report's page and quote that bear it out — and a contradiction only with both
 * values. Claims are matched by what they state (kind, value, share; the subject decides between
 * claims alike in those): a claim hmip reads that the gold does not hold counts against the
 * precision of its verdict, a gold claim hmip does not give against the recall of its verdict. A
 * subject the claims grammar reads otherwise than the gold ("aspects Inadequate" for "aspects")
 * is noted, not counted: it is the grammar's reading (scored by `npm run eval`), not a verdict.
 */
import type { Verification, VerifiedClaim, Verdict } from '../../verify/schema.js';
import type { Case } from './variants.js';
import type { GoldClaim, Passage } from './gold.js';

export const VERDICTS: readonly Verdict[] = ['supported', 'contradicted', 'conflicting', 'not-found'];

export interface Miss {
  pair: string;
  case: string;
  claim: string;
  expected: Verdict | 'none';
  got: Verdict | 'none';
  reason: string;
}

export interface CaseScore {
  kind: Case['kind'];
  /** One entry per gold claim and per claim hmip gave beyond them: [gold verdict, hmip's verdict, strictly right]. */
  outcomes: { expected: Verdict | 'none'; got: Verdict | 'none'; right: boolean }[];
  misses: Miss[];
  /** Claims matched whose subject the grammar read otherwise. */
  subjects: string[];
}

const keyOf = (c: { kind: string; value: unknown; of?: number | null }, part: boolean) => JSON.stringify([c.kind, c.value, c.of ?? null, part]);

const passageKey = (p: Passage) => `${p.page}|${p.quote}`;
const sameSet = (a: Passage[], b: Passage[]) => a.length === b.length && a.map(passageKey).sort().join('\n') === b.map(passageKey).sort().join('\n');

function describe(c: { kind: string; subject: string | null; value: unknown; of?: number | null }): string {
  return `${c.kind} ${c.subject ?? '–'} ${c.value}${c.of ? `/${c.of}` : ''}`;
}

/** Whether hmip's claim is what the gold says of it, and if not, why. */
function judge(gold: GoldClaim, got: VerifiedClaim): string | null {
  if (got.verdict !== gold.verdict) return `verdict ${got.verdict}, not ${gold.verdict}${got.note ? ` (${got.note})` : ''}`;
  const quotes = got.reportQuotes.map((q) => ({ page: q.page, quote: q.quote }));
  if (gold.verdict === 'not-found') return quotes.length ? 'not-found with report quotes' : null;
  const accepted = [gold.evidence ?? [], ...(gold.alternatives ?? [])];
  if (!accepted.some((set) => sameSet(set, quotes))) return `evidence ${JSON.stringify(quotes.map((q) => `p.${q.page} ${q.quote.slice(0, 60)}`))}`;
  if (gold.verdict === 'contradicted' && gold.reportValue !== undefined && !String(got.reportValue).includes(String(gold.reportValue))) {
    return `the report's value shown as ${JSON.stringify(got.reportValue)}, not ${JSON.stringify(gold.reportValue)}`;
  }
  return null;
}

export function scoreCase(c: Case, result: Verification): CaseScore {
  const byId = new Map(result.claims.map((x) => [x.id, x]));
  const predicted = result.claims.map((x) => ({ claim: x, key: keyOf(x, x.partOf !== null), whole: x.partOf ? byId.get(x.partOf) ?? null : null, used: false }));
  const outcomes: CaseScore['outcomes'] = [];
  const misses: Miss[] = [];
  const subjects: string[] = [];
  const miss = (claim: string, expected: Miss['expected'], got: Miss['got'], reason: string) => misses.push({ pair: `${c.pair.release} × ${c.pair.report}`, case: c.name, claim, expected, got, reason });
  const visit = (gold: GoldClaim, part: boolean) => {
    const key = keyOf(gold, part);
    const found = predicted.find((p) => !p.used && p.key === key && p.claim.subject === gold.subject) ?? predicted.find((p) => !p.used && p.key === key);
    if (found && found.claim.subject !== gold.subject) subjects.push(`${c.pair.release} [${c.name}] ${describe(gold)}: subject read as ${JSON.stringify(found.claim.subject)}`);
    if (!found) {
      outcomes.push({ expected: gold.verdict, got: 'none', right: false });
      miss(describe(gold), gold.verdict, 'none', 'hmip gives no such claim');
    } else {
      found.used = true;
      const wrong = judge(gold, found.claim);
      outcomes.push({ expected: gold.verdict, got: found.claim.verdict, right: wrong === null });
      if (wrong) miss(describe(gold), gold.verdict, found.claim.verdict, wrong);
    }
    for (const p of gold.parts ?? []) visit(p, true);
  };
  for (const gold of c.expected) visit(gold, false);
  for (const p of predicted.filter((x) => !x.used)) {
    outcomes.push({ expected: 'none', got: p.claim.verdict, right: false });
    miss(describe(p.claim), 'none', p.claim.verdict, 'a claim the gold does not hold');
  }
  return { kind: c.kind, outcomes, misses, subjects };
}

export interface VerdictFigures {
  verdict: Verdict;
  /** Gold claims with this verdict. */
  gold: number;
  /** hmip's claims with this verdict. */
  given: number;
  /** Of which right: the gold verdict, the right passages, both values. */
  right: number;
  precision: number | null;
  recall: number | null;
}

export function figures(scores: CaseScore[]): VerdictFigures[] {
  const all = scores.flatMap((s) => s.outcomes);
  return VERDICTS.map((verdict) => {
    const gold = all.filter((o) => o.expected === verdict).length;
    const given = all.filter((o) => o.got === verdict).length;
    const right = all.filter((o) => o.expected === verdict && o.got === verdict && o.right).length;
    return { verdict, gold, given, right, precision: given ? right / given : null, recall: gold ? right / gold : null };
  });
}

/** Claims hmip gives a verdict the gold does not: "false supported" is supported where the gold says otherwise. */
export function falseVerdicts(scores: CaseScore[], verdict: Verdict): number {
  return scores.flatMap((s) => s.outcomes).filter((o) => o.got === verdict && o.expected !== verdict).length;
}
