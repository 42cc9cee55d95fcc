/**
 * What a document is, from its own words: every signal of ./signals.ts is tried, those that fire
 * are kept with their evidence, and the kind with the highest score wins. The family is the
 * family of the provider the document is about, unless the document calls itself a thematic,
 * annual or public-protection report; without a provider, the family whose words the title and
 * opening use clearly most. `unknown` when nothing decides it.
 */
import type { Sentence } from '../annotate/index.js';
import { FAMILIES } from '../families/index.js';
import { compile, execAll, words } from '../lexicon/words.js';
import { evidence } from '../model/blocks.js';
import type { Evidence } from '../model/types.js';
import type { Family, Kind } from '../schema.js';
import type { ProviderCandidate } from './provider.js';
import { KIND_SIGNALS, OTHER_BASELINE, unquoted, type ClassifyInput } from './signals.js';

export interface Signal {
  id: string;
  value: string;
  weight: number;
  evidence: Evidence;
}

export interface Decision<T extends string> {
  value: T;
  reason: string;
  evidence: Evidence | null;
  signals: Signal[];
}

const SHORT_BLOCK = 120;

function fire(input: ClassifyInput): Signal[] {
  const fired: Signal[] = [];
  // What the document says itself, not what it quotes: a quoted "has been rated" rates no provider of this page.
  const own = new Map<string, string>();
  const ownText = (text: string) => {
    let found = own.get(text);
    if (found === undefined) own.set(text, (found = unquoted(text)));
    return found;
  };
  for (const signal of KIND_SIGNALS) {
    let hit: { block: ClassifyInput['view']['blocks'][number]; quote: string } | null = null;
    const inSentences = (sentences: Sentence[]) => {
      const s = sentences.find((x) => signal.pattern!.test(ownText(x.text)));
      return s ? { block: s.block, quote: s.text } : null;
    };
    switch (signal.scope) {
      case 'structure':
        hit = signal.test!(input);
        break;
      case 'title':
        hit = inSentences(input.title.length ? [{ ...input.title[0]!, text: input.title.map((s) => s.text).join(' ') }] : []);
        break;
      case 'opening':
        hit = inSentences(input.opening);
        break;
      case 'sentence':
        hit = inSentences(input.layer.sentences);
        break;
      case 'short-block': {
        const block = input.view.blocks.find((b) => b.type !== 'table' && b.text.length <= SHORT_BLOCK && signal.pattern!.test(b.text.trim()));
        hit = block ? { block, quote: block.text } : null;
        break;
      }
    }
    if (hit) fired.push({ id: signal.id, value: signal.kind, weight: signal.weight, evidence: evidence(hit.block, hit.quote.slice(0, 300)) });
  }
  return fired;
}

export function classifyKind(input: ClassifyInput): Decision<Kind> {
  const signals = fire(input);
  const score: Record<Kind, number> = { 'inspection-report': 0, 'press-release': 0, other: OTHER_BASELINE };
  for (const s of signals) score[s.value as Kind] += s.weight;
  const ranked = (Object.keys(score) as Kind[]).sort((a, b) => score[b] - score[a] || (a === 'other' ? 1 : b === 'other' ? -1 : 0));
  const value = ranked[0]!;
  const own = signals.filter((s) => s.value === value).sort((a, b) => b.weight - a.weight);
  const reason =
    value === 'other' && own.length === 0
      ? 'no report or press-release structure was found'
      : `${own.map((s) => s.id).join(', ')} (score ${score[value]} against ${ranked.slice(1).map((k) => `${k} ${score[k]}`).join(', ')})`;
  return { value, reason, evidence: own[0]?.evidence ?? null, signals };
}

const FAMILY_PATTERNS = new Map(FAMILIES.flatMap((f) => f.signals).map((signal) => [signal, compile(words(signal.phrases), signal.caseSensitive ? 'gu' : 'giu')]));

/** Family words counted in a text: each family's signals, weighted. */
function familyWords(text: string): Map<Family, { score: number; phrase: string }> {
  const out = new Map<Family, { score: number; phrase: string }>();
  for (const family of FAMILIES) {
    for (const signal of family.signals) {
      const pattern = FAMILY_PATTERNS.get(signal)!;
      // "probation and youth justice services": both kinds of service, no one family's.
      const hits = execAll(pattern, text).filter((m) => !/\bprobation\s+and\s+$/i.test(text.slice(Math.max(0, m.index - 20), m.index)) && !/^\s+and\s+(?:adult\s+)?probation\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 25)));
      if (!hits.length) continue;
      const current = out.get(family.family) ?? { score: 0, phrase: hits[0]![0] };
      current.score += hits.length * signal.weight;
      out.set(family.family, current);
    }
  }
  return out;
}

const NOT_RATED = 'thematic';

/** `kind` other: a page that is neither report nor release belongs to a family only by its title and opening, not by the services its body mentions in passing. */
export function classifyFamily(input: ClassifyInput, provider: ProviderCandidate | null, kind: Kind, candidates: readonly ProviderCandidate[] = []): Decision<Family> {
  const titleText = input.title.map((s) => s.text).join(' ');
  const openingText = input.opening.map((s) => s.text).join(' ');
  const bodyText = input.layer.sentences.map((s) => s.text).join(' ');
  const signals: Signal[] = [];
  const scored = new Map<Family, number>();
  const add = (text: string, weight: number, scope: string, sentences: Sentence[]) => {
    for (const [family, { score, phrase }] of familyWords(text)) {
      scored.set(family, (scored.get(family) ?? 0) + score * weight);
      const at = sentences.find((s) => s.text.includes(phrase)) ?? sentences[0];
      if (at) signals.push({ id: `family.${family}.${scope}`, value: family, weight: score * weight, evidence: evidence(at.block, at.text.slice(0, 300)) });
    }
  };
  add(titleText, 3, 'title', input.title);
  add(openingText, 2, 'opening', input.opening);
  if (kind !== 'other') add(bodyText, 1, 'body', input.layer.sentences);

  // A document that calls itself thematic, annual or public-protection in its title or opening is not rated, whoever it is about.
  const thematic = signals.find((s) => s.value === NOT_RATED && !s.id.endsWith('.body'));
  if (thematic) return { value: 'thematic', reason: 'it calls itself a thematic, annual or public-protection report', evidence: thematic.evidence, signals };
  if (provider) {
    const first = provider.mentions[0]!;
    return {
      value: provider.family,
      reason: `it is about ${provider.shortName}, ${FAMILIES.find((f) => f.family === provider.family)?.describes ?? provider.family} (${provider.reasons.join(', ')})`,
      evidence: evidence(first.sentence.block, first.sentence.text.slice(0, 300)),
      signals,
    };
  }
  // A release about several services of one family (a round of PDU inspections) is of that family.
  const opening = new Set(input.opening);
  const leading = candidates.filter((c) => c.mentions.some((m) => opening.has(m.sentence)));
  const families = new Set(leading.map((c) => c.family));
  if (!provider && leading.length >= 2 && families.size === 1) {
    const first = leading[0]!.mentions[0]!;
    return { value: leading[0]!.family, reason: `it is about several services, all ${FAMILIES.find((f) => f.family === leading[0]!.family)?.describes ?? leading[0]!.family}`, evidence: evidence(first.sentence.block, first.sentence.text.slice(0, 300)), signals };
  }
  // A release or report about no one provider is about the service as a whole, or a theme: a thematic, annual or national report.
  if (kind !== 'other') {
    const first = input.opening[0] ?? input.title[0];
    return { value: 'thematic', reason: 'it is about no one provider: a thematic, annual or national report', evidence: first ? evidence(first.block, first.text.slice(0, 300)) : null, signals };
  }
  const ranked = [...scored].filter(([f]) => f !== NOT_RATED).sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  // A page that is neither report nor release needs its title, or more than a passing mention in its opening.
  const needed = kind === 'other' ? 6 : 4;
  if (top && top[1] >= needed && top[1] >= 2 * (second?.[1] ?? 0)) {
    const ev = signals.find((s) => s.value === top[0])?.evidence ?? null;
    return { value: top[0], reason: `it speaks of one family's services most (${top[1]} against ${second?.[1] ?? 0})`, evidence: ev, signals };
  }
  return { value: 'unknown', reason: 'nothing in the document decides its family', evidence: null, signals };
}
