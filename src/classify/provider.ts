/**
 * The provider a document is about. A document names several (neighbouring PDUs, the region a
 * PDU sits in, an owner's other company); its subject is the one the title names, then the one
 * the opening names, then the one named most. Mentions that only list the others ("The other
 * three are Kirklees PDU (rated ‘Inadequate’) …") count against a provider. One provider named
 * in several forms is one candidate: "Cardiff YJS" and "Cardiff Youth Justice Service", the
 * acronym "DLNR CRC" and "Derbyshire, Leicestershire, Nottinghamshire and Rutland CRC".
 */
import type { Sentence, SentenceLayer } from '../annotate/index.js';
import { spansOf } from '../annotate/index.js';
import type { ProviderSpan } from '../annotate/types.js';
import { evidence } from '../model/blocks.js';
import type { Evidence } from '../model/types.js';
import type { Family } from '../schema.js';
import { providerNoun } from '../families/index.js';

export interface Provider {
  name: string;
  shortName: string;
  type: string;
  evidence: Evidence;
}

export interface ProviderCandidate {
  family: Family;
  place: string;
  name: string;
  shortName: string;
  type: string;
  mentions: { span: ProviderSpan; sentence: Sentence }[];
  score: number;
  reasons: string[];
  /** A CRC and the NPS of one place taken together. */
  joint?: boolean;
}

/** A sentence that lists other providers than the document's own. */
const SIBLINGS = /\b(?:the\s+others?\b|the\s+other\s+\w+\s+(?:are|is|were|was)\b|also\s+published|other\s+(?:PDUs|services|inspections)\b|neighbouring|as\s+well\s+as\s+in)/i;

const key = (family: Family, place: string) => `${family}|${place.toLowerCase().replace(/[’']/g, "'").replace(/\s*&\s*/g, ' and ').replace(/\s+/g, ' ')}`;

function initials(place: string): string {
  return place
    .split(/[\s,]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * How well a mention gives the provider's name. The name in full beats the name from an
 * abbreviation ("Cardiff Youth Justice Service" over "Cardiff YJS"); a name printed as a proper
 * name beats one in lower case, which describes the service rather than names it (a headline's
 * "Reading youth justice service" against the lead's "Reading Youth Justice and Prevention
 * Service", real/261). Of mentions as good, the first gives the name.
 */
function nameRank(span: ProviderSpan): number {
  if (span.abbreviated) return 0;
  const words = span.text.replace(span.place, ' ').match(/[\p{L}’']{4,}/gu) ?? [];
  return words.every((w) => /^\p{Lu}/u.test(w)) ? 2 : 1;
}

/** Candidates from every provider span, one per provider, merged across the forms of its name. */
export function providerCandidates(layer: SentenceLayer): ProviderCandidate[] {
  const byKey = new Map<string, ProviderCandidate>();
  // The best rank among each candidate's mentions so far, so that each mention is ranked once, not again for every later one.
  const bestRank = new Map<ProviderCandidate, number>();
  for (const sentence of layer.sentences) {
    for (const span of spansOf(sentence, 'provider')) {
      if (span.several) continue;
      const k = key(span.family, span.place);
      const candidate = byKey.get(k) ?? { family: span.family, place: span.place, name: span.name, shortName: span.shortName, type: span.providerType, mentions: [], score: 0, reasons: [] };
      const rank = nameRank(span);
      if (rank > (bestRank.get(candidate) ?? -1)) {
        Object.assign(candidate, { name: span.name, shortName: span.shortName, type: span.providerType });
        bestRank.set(candidate, rank);
      }
      candidate.mentions.push({ span, sentence });
      byKey.set(k, candidate);
    }
  }
  const all = [...byKey.values()];
  for (const short of all) {
    const longer = all.find(
      (c) =>
        c !== short &&
        c.family === short.family &&
        c.mentions.length > 0 &&
        // An acronym of the longer place ("DLNR", "CTM"), or its last words ("Vale" of "Cardiff and the Vale").
        ((/^[\p{Lu}&]{2,8}$/u.test(short.place) && initials(c.place) === short.place.replace(/&/g, '')) ||
          c.place.toLowerCase().endsWith(` ${short.place.toLowerCase()}`)),
    );
    if (longer) {
      longer.mentions.push(...short.mentions);
      short.mentions = [];
    }
  }
  let kept = all.filter((c) => c.mentions.length > 0);
  // A CRC and the NPS of one place, both inspected (the local inspections of 2016–17): one joint subject.
  const joint = providerNoun('crc.joint-local');
  for (const crc of kept.filter((c) => c.family === 'crc')) {
    const nps = kept.find((c) => c.family === 'nps' && c.place.toLowerCase() === crc.place.toLowerCase());
    if (!nps || !joint?.compose) continue;
    crc.mentions.push(...nps.mentions);
    nps.mentions = [];
    crc.name = joint.compose(crc.place, kept.filter((o) => o !== crc && o !== nps).map((o) => ({ family: o.family, place: o.place, text: o.mentions.map((m) => m.span.text).join(' ') })));
    crc.shortName = `${crc.place} CRC and NPS`;
    crc.type = 'CRC and NPS';
    crc.joint = true;
  }
  kept = kept.filter((c) => c.mentions.length > 0);
  for (const c of kept) {
    const compose = providerNoun(c.mentions[0]!.span.rule)?.compose;
    if (compose && !c.joint) c.name = compose(c.place, kept.filter((o) => o !== c).map((o) => ({ family: o.family, place: o.place, text: o.mentions.map((m) => m.span.text).join(' ') })));
  }
  return kept;
}

/**
 * The document's subject among the candidates. `title` is the title's sentence(s); `opening` the
 * first sentences of the body.
 */
export function chooseProvider(candidates: ProviderCandidate[], title: Sentence[], opening: Sentence[]): ProviderCandidate | null {
  if (candidates.length === 0) return null;
  const titleSet = new Set(title);
  const openingSet = new Set(opening);
  for (const c of candidates) {
    c.score = 0;
    c.reasons = [];
    const inTitle = c.mentions.some((m) => titleSet.has(m.sentence));
    const inOpening = c.mentions.some((m) => openingSet.has(m.sentence) && !SIBLINGS.test(m.sentence.text));
    const listedOnly = c.mentions.every((m) => SIBLINGS.test(m.sentence.text) || /\(rated\b|\(rates\b/i.test(m.sentence.text.slice(m.span.end, m.span.end + 12)));
    if (inTitle) (c.score += 6), c.reasons.push('named in the title');
    if (inOpening) (c.score += 3), c.reasons.push('named in the opening');
    c.score += Math.min(c.mentions.length, 4);
    c.reasons.push(`named ${c.mentions.length} time${c.mentions.length === 1 ? '' : 's'}`);
    if (listedOnly) (c.score -= 5), c.reasons.push('only listed among other services');
    if (!inTitle && providerNoun(c.mentions[0]!.span.rule)?.titleOnly) c.score = -Infinity;
  }
  const ranked = [...candidates].sort((a, b) => b.score - a.score || firstAt(a) - firstAt(b));
  const best = ranked[0]!;
  // A release about several inspections names three or more services in its lead and none in its title: it has no one subject.
  const leading = candidates.filter((c) => c.mentions.some((m) => openingSet.has(m.sentence) && !SIBLINGS.test(m.sentence.text)));
  if (!best.reasons.includes('named in the title') && leading.length >= 3) return null;
  // A title that names two services of one family ("Nottingham City PDU and Nottinghamshire PDU are rated ‘Inadequate’") is about both: no one subject.
  const titled = candidates.filter((c) => c.mentions.some((m) => titleSet.has(m.sentence)));
  if (titled.length >= 2 && new Set(titled.map((c) => c.family)).size === 1) return null;
  return best.score > 0 ? best : null;
}

function firstAt(c: ProviderCandidate): number {
  return Math.min(...c.mentions.map((m) => m.sentence.index * 10_000 + m.span.start));
}

export function providerOf(candidate: ProviderCandidate): Provider {
  const first = [...candidate.mentions].sort((a, b) => a.sentence.index - b.sentence.index || a.span.start - b.span.start).find((m) => !m.span.abbreviated) ?? candidate.mentions[0]!;
  return { name: candidate.name, shortName: candidate.shortName, type: candidate.type, evidence: evidence(first.sentence.block, first.sentence.text) };
}
