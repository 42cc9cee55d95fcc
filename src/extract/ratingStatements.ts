/**
 * Ratings stated in words, read from the sentence layer by the rows of ./rules/ratingStatements.ts:
 * which rating, of what (the document's provider, another provider, a rated area such as
 * resettlement or "all four aspects of case supervision"), and of which inspection (current or
 * previous). Releases and articles get their ratings from here; reports get their previous
 * overall rating and the executive summary's wording, and their ratings where they have no table.
 */
import type { Sentence, SentenceLayer } from '../annotate/index.js';
import { skeletonOf, type Skeleton, type Token } from '../annotate/skeleton.js';
import type { ProviderSpan, RatingSpan, Span } from '../annotate/types.js';
import { areasOf, FAMILIES, providerNoun, type RatedArea } from '../families/index.js';
import { SCALE_WORDS, type Rating } from '../lexicon/ratings.js';
import { REPORTING_VERBS } from '../lexicon/verbs.js';
import { alternation, compile, execAll, keyOf, words } from '../lexicon/words.js';
import { evidence, type Block } from '../model/blocks.js';
import type { Evidence } from '../model/types.js';
import type { ProviderCandidate } from '../classify/provider.js';
import type { Family } from '../schema.js';
import { HEADLINE_RULE, RATING_RULES, type RatingFinding } from './rules/ratingStatements.js';

export interface RatingStatement {
  /** Null only for a statement that the rating has not changed, in a sentence that names no rating. */
  rating: Rating | null;
  /** "overall" (the document's provider), "named-provider" (another one), "area", or null. */
  subject: 'overall' | 'named-provider' | 'area';
  /** The other provider's short name, or the area's name. */
  subjectText: string | null;
  /** For an area: what it stands for. */
  area: RatedArea | null;
  inspection: 'current' | 'previous';
  /** Stated as unchanged ("the overall rating has not changed"): the previous rating is the current one. */
  implied: boolean;
  sentence: string;
  printed: string;
  block: Block;
  evidence: Evidence;
  rule: string;
}

export interface RatingContext {
  layer: SentenceLayer;
  /** The document's provider, when one was found. */
  provider: ProviderCandidate | null;
  family: Family;
  /** The title's sentences (the headline). */
  title: Sentence[];
  /** Whether a rating may be taken as the document's own without a provider (not for pages that are neither report nor release). */
  ownRatings: boolean;
}

const SCALE = compile(words([...SCALE_WORDS]), 'iu');
const RATING_VERB_BEFORE = /\b(?:rated|rates|rating(?:\s+of)?|graded|judged|assessed)\s+(?:as\s+)?$|\bfound\s+(?:by\s+(?:the\s+)?inspectors\s+)?to\s+be\s+$/i;

/** A rating word that states a rating: quoted, capitalised as a rating, or the object of "rated". */
function stated(span: RatingSpan, sentence: Sentence, inTitle: boolean): boolean {
  if (span.quoted) return true;
  const after = sentence.text.slice(span.end, span.end + 14);
  if (/^\s*(?:practice|work|progress|quality|example|foundation|news|range|standard)\b/i.test(after)) return false;
  if (RATING_VERB_BEFORE.test(sentence.text.slice(Math.max(0, span.start - 30), span.start))) return true;
  if (!span.capitalised) return false;
  // "Good" alone is too common a word, and any word opens a sentence capitalised.
  if (span.start === 0 && !inTitle) return false;
  return span.rating !== 'Good' || inTitle;
}

/** The areas a family rates besides the provider, as skeleton tokens. */
const AREA_PATTERNS = new WeakMap<RatedArea, RegExp>();

function areaPattern(area: RatedArea): RegExp {
  let pattern = AREA_PATTERNS.get(area);
  if (!pattern) AREA_PATTERNS.set(area, (pattern = compile(words(area.phrases), 'giu')));
  return pattern;
}

function areaTokens(text: string, areas: readonly RatedArea[]): { tokens: { kind: 'A'; start: number; end: number; text: string }[]; areaOf: Map<number, RatedArea> } {
  const tokens: { kind: 'A'; start: number; end: number; text: string }[] = [];
  const areaOf = new Map<number, RatedArea>();
  for (const area of areas) {
    const pattern = areaPattern(area);
    for (const m of execAll(pattern, text)) {
      areaOf.set(m.index, area);
      tokens.push({ kind: 'A', start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return { tokens, areaOf };
}

const REF = compile(String.raw`\b(?:it|its|the\s+(?:[\p{L}’'-]+\s+){0,2}?(?:service|CRC|PDU|YJS|YOS|YOT|CYPJS|division|Division|region|organisation|unit|company|Trust|partnership|team)|this\s+(?:Division|division|service|PDU|CRC|YJS|YOS|region))(?:[’']s)?\b`, 'giu');
const QUANTIFIER = compile(String.raw`\b(?:every|each|both|none|two\s+thirds|half\s+of\s+them|half|all\s+of\s+them|trio|pair|several|many|most)\b`, 'giu');
/** The first match of each (not global: exec from the start every time). */
const REF_FIRST = compile(REF.source, 'iu');
const QUANTIFIER_FIRST = compile(QUANTIFIER.source, 'iu');
const CLAUSE_BOUNDARY = compile(`;\\s|,\\s+but\\s|\\s+although\\s|,\\s+while\\s|\\s+whereas\\s|\\bhowever,\\s|${words([...REPORTING_VERBS])}:\\s+["“‘']?|\\.\\s`, 'giu');

type Subject = { kind: 'provider'; span: ProviderSpan } | { kind: 'area'; area: RatedArea } | { kind: 'ref' } | { kind: 'none' };

function clauseStart(text: string, at: number): number {
  let start = 0;
  for (const m of execAll(CLAUSE_BOUNDARY, text)) if (m.index + m[0].length <= at) start = m.index + m[0].length;
  return start;
}

/** The nearest subject before the rating in its clause; else the first after it. */
function nearestSubject(skeleton: Skeleton, at: number, areaOf: (t: Token) => RatedArea | undefined): Subject | null {
  const text = skeleton.text;
  const from = clauseStart(text, at);
  const before: { end: number; subject: Subject }[] = [];
  for (const t of skeleton.tokens) {
    if (t.end > at || t.start < from) continue;
    if (t.kind === 'P') before.push({ end: t.end, subject: { kind: 'provider', span: t.span as ProviderSpan } });
    if (t.kind === 'A') before.push({ end: t.end, subject: { kind: 'area', area: areaOf(t)! } });
    if (t.kind === 'N') before.push({ end: t.end, subject: { kind: 'none' } });
  }
  const clause = text.slice(from, at);
  for (const m of execAll(REF, clause)) before.push({ end: from + m.index + m[0].length, subject: { kind: 'ref' } });
  for (const m of execAll(QUANTIFIER, clause)) before.push({ end: from + m.index + m[0].length, subject: { kind: 'none' } });
  before.sort((a, b) => b.end - a.end);
  if (before[0]) return before[0].subject;
  const after = text.slice(at, at + 90);
  const next = /⟦P(\d+)⟧|⟦A(\d+)⟧/.exec(after);
  const ref = REF_FIRST.exec(after);
  if (next && (!ref || next.index < ref.index)) {
    const token = skeleton.tokens.find((t) => t.kind === (next[1] ? 'P' : 'A') && t.index === Number(next[1] ?? next[2]))!;
    return token.kind === 'P' ? { kind: 'provider', span: token.span as ProviderSpan } : { kind: 'area', area: areaOf(token)! };
  }
  if (ref) return { kind: 'ref' };
  return null;
}

/** The first subject named in a piece of skeleton text: a provider, an area, a figure or quantifier (none), or a reference to the document's provider. */
function subjectIn(skeleton: Skeleton, text: string, areaOf: (t: Token) => RatedArea | undefined): Subject | null {
  const token = /⟦([PAN])(\d+)⟧/.exec(text);
  const quantifier = QUANTIFIER_FIRST.exec(text);
  const ref = REF_FIRST.exec(text);
  const first = [token && { at: token.index, kind: 'token' as const }, quantifier && { at: quantifier.index, kind: 'none' as const }, ref && { at: ref.index, kind: 'ref' as const }]
    .filter((x): x is NonNullable<typeof x> => !!x)
    .sort((a, b) => a.at - b.at)[0];
  if (!first) return null;
  if (first.kind === 'none') return { kind: 'none' };
  if (first.kind === 'ref') return { kind: 'ref' };
  const t = skeleton.tokens.find((x) => x.kind === token![1] && x.index === Number(token![2]))!;
  if (t.kind === 'P') return { kind: 'provider', span: t.span as ProviderSpan };
  if (t.kind === 'A') return { kind: 'area', area: areaOf(t)! };
  return { kind: 'none' };
}

/** Whether the figure nearest before the rating is the subject of the clause's verb ("two thirds have received …"), not an object ("looked at 12 aspects … and gave"). */
function governsVerb(skeleton: Skeleton, at: number): boolean {
  const before = skeleton.text.slice(clauseStart(skeleton.text, at), at);
  return /⟦N\d+⟧(?:\s+(?:of\s+)?(?:the\s+|them\s+|these\s+)?[\p{L}’'-]+){0,3}?\s+(?:have|has|had|were|was|are|is|received|got)\b[^⟦]*$/u.test(before);
}

/** The other areas of the rating's clause that "and" joins to the nearest one. */
function areasTogether(skeleton: Skeleton, at: number, areaOf: (t: Token) => RatedArea | undefined): Subject[] {
  const from = clauseStart(skeleton.text, at);
  const areas = skeleton.tokens.filter((t) => t.kind === 'A' && t.start >= from && t.end <= at);
  const out: Subject[] = [];
  for (let i = areas.length - 2; i >= 0; i--) {
    const gap = skeleton.text.slice(areas[i]!.end, areas[i + 1]!.start);
    if (!/\band\b|,/.test(gap) || /⟦/.test(gap)) break;
    out.push({ kind: 'area', area: areaOf(areas[i]!)! });
  }
  return out;
}

/** The last area named in the sentences of the paragraph before this one (in the same block, or the block before). */
function previousArea(sentence: Sentence, ctx: RatingContext): RatedArea | null {
  const areas = areasFor(ctx.family);
  const before = ctx.layer.sentences.slice(Math.max(0, sentence.index - 4), sentence.index + 1).reverse();
  for (const s of before) {
    const text = s === sentence ? s.text.slice(0, s.text.search(/\bthis\s+(?:work|area|aspect|standard|service)\b/i)) : s.text;
    const found = areaTokens(text, areas).tokens.sort((a, b) => b.end - a.end)[0];
    if (found) return areaTokens(text, areas).areaOf.get(found.start) ?? null;
  }
  return null;
}

function areasFor(family: Family): readonly RatedArea[] {
  return family === 'unknown' || family === 'thematic' ? FAMILIES.flatMap((f) => f.areas) : areasOf(family);
}

function isSubjectProvider(span: ProviderSpan, provider: ProviderCandidate | null): boolean {
  return !!provider && provider.mentions.some((m) => m.span === span || (m.span.start === span.start && m.span.text === span.text && m.span.place === span.place));
}

/** Sentences that say the rating has not changed, with no rating word of their own. */
const UNCHANGED = compile(String.raw`\b(?:overall\s+)?rating\s+(?:has\s+not\s+changed|is\s+unchanged|stays\s+the\s+same|remains\s+the\s+same|has\s+stayed\s+the\s+same)\b|\bretain(?:s|ed|ing)?\s+(?:the\s+same|its)\s+(?:grade|rating)\b|\b(?:given|gave|received|awarded)\s+(?:[\p{L}’'-]+\s+){0,3}the\s+same\s+(?:rating|grade)(?:\s+again)?\b`, 'iu');

export function extractRatingStatements(ctx: RatingContext): RatingStatement[] {
  const out: RatingStatement[] = [];
  const areas = areasFor(ctx.family);
  const titleSet = new Set(ctx.title);
  for (const sentence of ctx.layer.sentences) {
    const inTitle = titleSet.has(sentence);
    const ratings = sentence.spans.filter((s): s is RatingSpan => s.type === 'rating' && stated(s, sentence, inTitle));
    // A sentence that sets out the scale ("The Inspectorate uses a four-point scale: ‘Outstanding’, …") states no rating; one that
    // places its rating on the scale after stating it ("… of ‘Requires improvement’ – the second lowest of four ratings") does.
    const scale = SCALE.exec(sentence.text);
    if (scale && !(ratings[0] && ratings[0].start < scale.index)) continue;
    const years = sentence.spans.filter((s) => s.type === 'ignored' && /year/.test(s.reason)).map((s) => ({ kind: 'D' as const, start: s.start, end: s.end, text: s.text }));
    if (ratings.length === 0) {
      if (UNCHANGED.test(sentence.text)) out.push(...unchanged(sentence, ctx));
      continue;
    }
    const { tokens: areaToks, areaOf: areaAt } = areaTokens(sentence.text, areas);
    const others = sentence.spans.filter((s) => (s.type === 'provider' && (inTitle || !providerNoun(s.rule)?.titleOnly)) || s.type === 'number' || s.type === 'date') as Span[];
    const skeleton = skeletonOf(sentence.text, [...ratings, ...others], [...areaToks, ...years]);
    const areaOf = (t: Token) => areaAt.get(t.sourceStart);
    const used = new Set<number>();
    const rules = inTitle ? [...RATING_RULES, HEADLINE_RULE] : RATING_RULES;
    for (const rule of rules) {
      rule.pattern.lastIndex = 0;
      for (const m of execAll(rule.pattern, skeleton.text)) {
        for (const finding of rule.read(m, skeleton.text) ?? []) {
          if (used.has(finding.rating)) continue;
          used.add(finding.rating);
          out.push(...statementsOf(finding, rule.id, skeleton, sentence, ctx, areaOf, m.index));
        }
      }
    }
    // "an overall rating of ‘Requires improvement’ – retaining the same grade": the previous rating was this one.
    if (UNCHANGED.test(sentence.text)) {
      const current = out.find((s) => s.sentence === sentence.text && s.subject === 'overall' && s.inspection === 'current');
      if (current && !out.some((s) => s.sentence === sentence.text && s.inspection === 'previous')) out.push({ ...current, inspection: 'previous', implied: true, rule: 'rating.unchanged-words' });
    }
  }
  return out;
}

function unchanged(sentence: Sentence, ctx: RatingContext): RatingStatement[] {
  // The rating is the current one the document states elsewhere; the statement marks it as the previous too.
  if (!ctx.provider && !ctx.ownRatings) return [];
  return [{ rating: null, subject: 'overall', subjectText: null, area: null, inspection: 'previous', implied: true, sentence: sentence.text, printed: '', block: sentence.block, evidence: evidence(sentence.block, sentence.text), rule: 'rating.unchanged-words' }];
}

function statementsOf(finding: RatingFinding, rule: string, skeleton: Skeleton, sentence: Sentence, ctx: RatingContext, areaOf: (t: Token) => RatedArea | undefined, matchAt: number): RatingStatement[] {
  const token = skeleton.tokens.find((t) => t.kind === 'R' && t.index === finding.rating);
  if (!token) return [];
  const span = token.span as RatingSpan;
  const make = (subject: Subject, inspection: 'current' | 'previous'): RatingStatement | null => {
    const base = { rating: span.rating, inspection, implied: false, sentence: sentence.text, printed: span.text, block: sentence.block, evidence: evidence(sentence.block, sentence.text), rule };
    switch (subject.kind) {
      case 'provider':
        if (isSubjectProvider(subject.span, ctx.provider)) return { ...base, subject: 'overall', subjectText: null, area: null };
        return { ...base, subject: 'named-provider', subjectText: subject.span.shortName, area: null };
      case 'area':
        return { ...base, subject: 'area', subjectText: subject.area.name, area: subject.area };
      case 'ref':
        return ctx.provider || ctx.ownRatings ? { ...base, subject: 'overall', subjectText: null, area: null } : null;
      default:
        return null;
    }
  };
  const inspections: ('current' | 'previous')[] = finding.inspection === 'same' ? ['current', 'previous'] : [finding.inspection];
  let subjects: Subject[] = [];
  switch (finding.subject) {
    case 'respectively': {
      // "Southwark and Lambeth youth offending services were rated … respectively": one place per rating, in order.
      const providers = skeleton.tokens.filter((t) => t.kind === 'P' && t.start < matchAt + 1).map((t) => t.span as ProviderSpan);
      const ratings = skeleton.tokens.filter((t) => t.kind === 'R');
      const i = ratings.findIndex((r) => r.index === finding.rating);
      const places = providers.length === 1 ? providers[0]!.place.split(/\s*,\s*|\s+and\s+/) : providers.map((p) => p.place);
      if (places.length === ratings.length) {
        const span = providers.length === 1 ? { ...providers[0]!, place: places[i]!, shortName: places[i]! } : providers[i]!;
        subjects = [{ kind: 'provider', span }];
      }
      break;
    }
    case 'listed':
      subjects = skeleton.tokens.filter((t) => t.kind === 'P' && finding.providers?.includes(t.index)).map((t) => ({ kind: 'provider', span: t.span as ProviderSpan }));
      break;
    case 'object': {
      // "rated this work ‘Outstanding’": the area the paragraph was speaking of.
      if (/^this\s+(?:work|area(?:\s+of\s+work)?|aspect|standard|service)$/i.test(finding.object ?? '')) {
        const earlier = previousArea(sentence, ctx);
        if (earlier) {
          subjects = [{ kind: 'area', area: earlier }];
          break;
        }
      }
      const object = subjectIn(skeleton, finding.object ?? '', areaOf);
      subjects = [object ?? nearestSubject(skeleton, token.start, areaOf) ?? { kind: 'none' }];
      // "rated the planning, implementation and review of those cases as ‘Inadequate’": every area the object names.
      if (object?.kind === 'area') {
        const named = execAll(/⟦A(\d+)⟧/g, (finding.object ?? '')).map((m) => skeleton.tokens.find((t) => t.kind === 'A' && t.index === Number(m[1]))!);
        subjects = named.map((t) => ({ kind: 'area', area: areaOf(t)! }) as Subject);
      }
      break;
    }
    case 'area-before': {
      const area = [...skeleton.tokens].reverse().find((t) => t.kind === 'A' && t.end <= token.start);
      subjects = area ? [{ kind: 'area', area: areaOf(area)! }] : [];
      break;
    }
    case 'area-after': {
      const area = skeleton.tokens.find((t) => t.kind === 'A' && t.index === finding.area);
      subjects = area ? [{ kind: 'area', area: areaOf(area)! }] : [];
      break;
    }
    case 'own':
      // Each of several: the document's own service only where it has one.
      subjects = ctx.provider ? [{ kind: 'ref' }] : [];
      break;
    case 'overall': {
      const near = nearestSubject(skeleton, token.start, areaOf);
      // Another provider, or a share of several ("two thirds have received the lowest possible overall rating"), takes the rating; else the document's own.
      const share = near?.kind === 'none' && governsVerb(skeleton, token.start);
      subjects = [near && (share || (near.kind === 'provider' && !isSubjectProvider(near.span, ctx.provider))) ? near : { kind: 'ref' }];
      break;
    }
    case 'resolve': {
      const near = nearestSubject(skeleton, token.start, areaOf);
      subjects = [near ?? (finding.fallback === 'subject' ? { kind: 'ref' } : { kind: 'none' })];
      // Areas named together are rated together ("unpaid work … and support to individuals leaving prison were … rated ‘Good’").
      if (near?.kind === 'area') subjects = [...areasTogether(skeleton, token.start, areaOf), near].filter((s, i, all) => all.findIndex((o) => o.kind === 'area' && s.kind === 'area' && o.area === s.area) === i);
      break;
    }
  }
  return subjects.flatMap((s) => inspections.map((i) => make(s, i))).filter((s): s is RatingStatement => s !== null);
}

export { alternation, keyOf };
