/**
 * The figures a report states, with the words around them, for matching a release's figure:
 * its tables (contextual facts, performance, key data) and its prose (each clause's figures, as
 * the claims grammar read them into the report's own claims). A figure matches a claim only
 * where their units agree (a percentage is never matched with a count of people) and they share
 * enough topic words. The report's document is enough: the batch, which keeps documents and not
 * their text, matches as the command line does.
 */
import type { Claim, Document, Evidence } from '../schema.js';
import { compareWithQualifier } from './qualifier.js';
import type { ReportQuote } from './schema.js';

/** A passage of the report; with `table`, the row and column of the table it is a row of. */
export function passage(ev: Evidence, table: ReportQuote['table'] = null, role: ReportQuote['role'] = 'evidence'): ReportQuote {
  return { page: ev.page, quote: ev.quote, table, role };
}

export interface ReportFigure {
  value: number;
  /** percent, gbp, or what is counted (people, cases …; count where unknown). */
  unit: string;
  words: Set<string>;
  /** Where the report states it: a sentence, or a table row with its row and column. */
  passage: ReportQuote;
  /** The claims grammar's subject for a prose figure ("supervised"), or null. */
  subject: string | null;
  /** Whom and when the figure is about: see `SCOPES`. */
  scope: Scope;
}

/**
 * Whom and when a figure is about. A report states figures of its own inspection, but also of the
 * previous one ("Shortly after our last inspection …", a "Previous inspection" column), of other
 * populations (all CRCs, England and Wales), and of sub-samples ("of those", "in the 119 cases
 * where …"). A release's figure found only in another scope is not borne out: it is conflicting.
 */
export type Scope = 'current' | 'previous' | 'other-population' | 'sub-sample';

/** What marks a scope, in a table column's heading or a figure's clause; the first that matches decides. */
const SCOPES: readonly { scope: Exclude<Scope, 'current'>; column: RegExp; clause: RegExp; unless?: RegExp; what: string }[] = [
  {
    scope: 'previous',
    what: 'an earlier period (the previous inspection or year)',
    column: /\b(?:previous|last|prior)\b/i,
    clause: /\b(?:previous|last|earlier)\s+inspection\b|\bat\s+that\s+time\b/i,
    // "has fallen since our last inspection", "compared with the last inspection": the figure is this inspection's.
    unless: /\b(?:since|compared\s+(?:with|to)|than\s+(?:at|in))\b[^.;]*\b(?:previous|last|earlier)\s+inspection\b|\b(?:this|current)\s+inspection\b|\bnow\b|\bcurrently\b/i,
  },
  {
    scope: 'other-population',
    what: 'another population (all providers, the national figure)',
    column: /\b(?:all|national|england|comparator|average)\b/i,
    clause: /\b(?:all|(?:average|figure|rate)\s+for(?:\s+all)?)\s+(?:CRCs|PDUs|YOTs|YOSs|YJSs|providers|regions|divisions|Community\s+Rehabilitation\s+Companies)\b|\bEngland\s+and\s+Wales\b|\bnational(?:ly)?\s+(?:figure|average|rate)\b|\bacross\s+(?:the\s+)?(?:country|England)\b/i,
  },
  {
    scope: 'sub-sample',
    what: 'a sub-sample of the cases',
    column: /$^/,
    clause: /\bof\s+(?:those|these)\b|\bin\s+the\s+[\d,]+\s+cases\s+where\b|\bwhere\s+there\s+(?:were|was)\s+factors\b|\bsub-?sample\b/i,
  },
];

/** The scope a table column's heading gives its figures. */
function columnScope(heading: string): Scope {
  return SCOPES.find((s) => s.column.test(heading))?.scope ?? 'current';
}

/** The scope a sentence's words give its figures (a claim's, or a report's clause). */
export function clauseScope(text: string): Scope {
  return SCOPES.find((s) => s.clause.test(text) && !s.unless?.test(text))?.scope ?? 'current';
}

export function scopeWhat(scope: Scope): string {
  return SCOPES.find((s) => s.scope === scope)?.what ?? 'the inspection itself';
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

const KINDS_WITH_FIGURES = new Set<Claim['kind']>(['count', 'percent', 'money', 'average', 'duration', 'fraction']);

/** The clause of a sentence that states a figure: "55 per cent reported …; 70 per cent had more than 50 cases" states two figures about two things. */
function clauseOf(sentence: string, display: string | null): string {
  const clauses = sentence.split(/;\s+/);
  return (display && clauses.find((c) => c.includes(display))) ?? sentence;
}

/** Every figure of the report's tables and prose. */
export function reportFigures(report: Document): ReportFigure[] {
  const out: ReportFigure[] = [];
  const tableUnit = (unit: string) => (unit === 'percent' || unit === 'gbp' ? unit : 'count');
  for (const f of report.contextualFacts) out.push({ value: f.value, unit: tableUnit(f.unit), words: topicWords(f.description), passage: passage(f.evidence, { row: f.description, column: null }), subject: null, scope: 'current' });
  for (const p of report.performanceAgainstTargets) out.push({ value: p.value, unit: tableUnit(p.unit), words: topicWords(p.description), passage: passage(p.evidence, { row: p.description, column: null }), subject: null, scope: 'current' });
  for (const k of report.keyData) {
    k.values.forEach((v, i) => {
      const column = k.columns[i] ?? null;
      if (typeof v === 'number') out.push({ value: v, unit: tableUnit(k.units[i] ?? 'count'), words: topicWords(`${k.table} ${k.label}`), passage: passage(k.evidence, { row: k.label, column }), subject: null, scope: column ? columnScope(column) : 'current' });
    });
  }
  for (const claim of report.claims) {
    if (!KINDS_WITH_FIGURES.has(claim.kind) || typeof claim.value !== 'number') continue;
    if (claim.qualifier && claim.qualifier !== 'average') continue; // "more than 100 per cent" is no figure to match
    const value = claim.kind === 'fraction' && claim.of ? (100 * claim.value) / claim.of : claim.value;
    const unit = claim.kind === 'fraction' || claim.kind === 'percent' ? 'percent' : claim.kind === 'money' ? 'gbp' : (claim.unit ?? 'count');
    const clause = clauseOf(claim.text, claim.display);
    out.push({ value, unit, words: topicWords(clause), passage: passage(claim.evidence), subject: claim.subject, scope: clauseScope(clause) });
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
  | { kind: 'conflicting'; figure: ReportFigure; claimed: ReportFigure | null }
  | { kind: 'none'; reason: string };

type Scored = { f: ReportFigure; score: number };

/** Of figures scored by shared topic words, the best tier: of one clause's figures, those counting what the claim counts. */
function bestOf(candidates: Scored[], claim: Claim): Scored[] {
  const top = candidates[0];
  if (!top) return [];
  const tied = candidates.filter((x) => x.score === top.score);
  // Figures of one clause share its words ("six full joint inspections and 31 short quality screenings"): the one counting what the claim counts decides.
  const same = tied.filter((x) => x.f.subject !== null && key(x.f.subject) === key(claim.subject));
  return same.length ? same : tied;
}

/** Of tied figures, the one whose topic has the fewest words the claim does not say ("probation officer", not "probation services officer"); null if that still ties. */
function closest(tied: Scored[], words: Set<string>): Scored | null {
  const extra = (x: Scored) => [...x.f.words].filter((w) => !words.has(w)).length;
  const least = Math.min(...tied.map(extra));
  const fewest = tied.filter((x) => extra(x) === least);
  return fewest.length === 1 ? fewest[0]! : null;
}

/**
 * The report's figure for a claimed value (in the claim's unit), under its qualifier, in the scope
 * the claim speaks of: found there, supported or contradicted; found only for another population
 * or period, conflicting (with the figure for the claimed one, where the report states it).
 */
export function matchFigure(claim: Claim, claimed: number, unit: string, figures: ReportFigure[], scope: Scope = 'current'): FigureMatch {
  const words = topicWords(`${claim.subject ?? ''} ${claim.text}`);
  const candidates = figures
    .filter((f) => sameUnit(unit, f.unit))
    .map((f) => ({ f, score: overlap(words, f.words) }))
    .filter((x) => x.score >= MIN_TOPIC_WORDS)
    .sort((a, b) => b.score - a.score);
  if (!candidates.length) return { kind: 'none', reason: 'The report does not state this figure.' };
  const holds = (x: Scored) => compareWithQualifier(claimed, claim.qualifier, x.f.value).holds;
  const own = bestOf(candidates.filter((x) => x.f.scope === scope), claim);
  const holding = own.find(holds);
  if (holding) return { kind: 'supported', figure: holding.f, note: compareWithQualifier(claimed, claim.qualifier, holding.f.value).note };
  // Where the report states the claimed population's figure, another population's is conflicting only if it is the very figure claimed ("almost 70" is not borne out by another population's 63).
  const present = (x: Scored) => (own.length ? compareWithQualifier(claimed, null, x.f.value).holds : holds(x));
  // Of the figures for other populations or periods, the best-matched one that is the claimed figure; a closer one of another value ("78%" of the previous year) does not hide it where it shares as many words as a contradiction needs.
  const others = candidates.filter((x) => x.f.scope !== scope);
  const elsewhere = bestOf(others, claim).find(present) ?? bestOf(others.filter((x) => present(x) && x.score >= CONTRADICT_TOPIC_WORDS), claim)[0];
  if (elsewhere) return { kind: 'conflicting', figure: elsewhere.f, claimed: closest(own, words)?.f ?? null };
  if (own.length === 1 && own[0]!.score >= CONTRADICT_TOPIC_WORDS) return { kind: 'contradicted', figure: own[0]!.f };
  return { kind: 'none', reason: own.length ? 'The report states no figure on this that matches closely enough to judge.' : `The report states figures on this only for ${scopeWhat(candidates[0]!.f.scope)}, none of them this one.` };
}
