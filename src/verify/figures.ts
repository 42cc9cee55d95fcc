/**
 * The figures a report states, with the words around them, for matching a release's figure:
 * its tables (contextual facts, performance, key data) and its prose (each clause's figures as
 * the claims grammar reads them). A figure matches a claim only where their units agree (a
 * percentage is never matched with a count of people) and they share enough topic words.
 */
import { figuresIn } from '../extract/claims.js';
import { evidence, splitSentences, type Block } from '../model/blocks.js';
import type { Evidence } from '../model/types.js';
import type { Claim, Document } from '../schema.js';
import { compareWithQualifier } from './qualifier.js';

export interface ReportFigure {
  value: number;
  /** percent, gbp, or what is counted (people, cases …; count where unknown). */
  unit: string;
  words: Set<string>;
  evidence: Evidence;
  /** The claims grammar's subject for a prose figure ("supervised"), or null. */
  subject: string | null;
}

function key(text: string | null | undefined): string {
  return (text ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Words that carry a figure's topic. */
const STOP = new Set(
  'the a an of in on at to for and or by with from that this these those was were is are be been has have had its their it as than more less fewer almost nearly around about over under per cent each which who all any some said says there here into out up not no'.split(' '),
);

export function topicWords(text: string): Set<string> {
  return new Set(
    key(text)
      .split(' ')
      .filter((w) => w.length > 2 && !STOP.has(w) && !/^\d/.test(w))
      .map((w) => w.replace(/(?:ies)$/, 'y').replace(/(?:s|ed|ing)$/, '')),
  );
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/** Every figure of the report's tables and prose. */
export function reportFigures(report: Document, blocks: Block[]): ReportFigure[] {
  const out: ReportFigure[] = [];
  const tableUnit = (unit: string) => (unit === 'percent' || unit === 'gbp' ? unit : 'count');
  for (const f of report.contextualFacts) out.push({ value: f.value, unit: tableUnit(f.unit), words: topicWords(f.description), evidence: f.evidence, subject: null });
  for (const p of report.performanceAgainstTargets) out.push({ value: p.value, unit: tableUnit(p.unit), words: topicWords(p.description), evidence: p.evidence, subject: null });
  for (const k of report.keyData) {
    k.values.forEach((v, i) => {
      if (typeof v === 'number') out.push({ value: v, unit: tableUnit(k.units[i] ?? 'count'), words: topicWords(`${k.table} ${k.label} ${k.columns[i] ?? ''}`), evidence: k.evidence, subject: null });
    });
  }
  for (const block of blocks) {
    if (block.type === 'table') continue;
    for (const sentence of splitSentences(block.text)) {
      // A figure's topic is its clause: "55 per cent reported …; 70 per cent had more than 50 cases" states two figures about two things.
      for (const clause of sentence.split(/;\s+/)) {
        for (const figure of figuresIn(clause)) {
          if (typeof figure.value !== 'number') continue;
          if (figure.qualifier && figure.qualifier !== 'average') continue; // "more than 100 per cent" is no figure to match
          const value = figure.kind === 'fraction' && figure.of ? (100 * figure.value) / figure.of : figure.value;
          out.push({ value, unit: figure.kind === 'fraction' ? 'percent' : (figure.unit ?? 'count'), words: topicWords(clause), evidence: evidence(block, sentence), subject: figure.subject });
        }
      }
    }
  }
  return out;
}

/** Whether two units count the same thing: a count matches any count, people match people. */
export function sameUnit(claimed: string, stated: string): boolean {
  if (claimed === stated) return true;
  const measures = ['percent', 'gbp'];
  if (measures.includes(claimed) || measures.includes(stated)) return false;
  return claimed === 'count' || stated === 'count';
}

/** A figure is matched to the report's only when they share this many topic words ... */
const MIN_TOPIC_WORDS = 3;
/** ... and said to contradict it only when they share this many, and no other figure matches as well. */
const CONTRADICT_TOPIC_WORDS = 4;

export type FigureMatch =
  | { kind: 'supported'; figure: ReportFigure; note: string | null }
  | { kind: 'contradicted'; figure: ReportFigure }
  | { kind: 'none'; reason: string };

/** The report's figure for a claimed value (in the claim's unit), under its qualifier. */
export function matchFigure(claim: Claim, claimed: number, unit: string, figures: ReportFigure[]): FigureMatch {
  const words = topicWords(`${claim.subject ?? ''} ${claim.text}`);
  const candidates = figures
    .filter((f) => sameUnit(unit, f.unit))
    .map((f) => ({ f, score: overlap(words, f.words) }))
    .filter((x) => x.score >= MIN_TOPIC_WORDS)
    .sort((a, b) => b.score - a.score);
  const top = candidates[0];
  if (!top) return { kind: 'none', reason: 'The report does not state this figure.' };
  const best = candidates.filter((x) => x.score === top.score);
  const holding = best.find((x) => compareWithQualifier(claimed, claim.qualifier, x.f.value).holds);
  if (holding) return { kind: 'supported', figure: holding.f, note: compareWithQualifier(claimed, claim.qualifier, holding.f.value).note };
  if (top.score >= CONTRADICT_TOPIC_WORDS && best.length === 1) return { kind: 'contradicted', figure: top.f };
  return { kind: 'none', reason: 'The report states no figure on this that matches closely enough to judge.' };
}
