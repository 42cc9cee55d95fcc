/**
 * The provider a document is about: a CRC, an NPS division, a youth offending (or justice)
 * service, a probation delivery unit or a region. A document names several (neighbours, owners,
 * "the same company as DLNR CRC"); its subject is the one its title names, else the one it names
 * most, counting a shorter name ("West Midlands CRC") toward the longer one it is part of.
 */
import { evidence, sentenceAround, type Block } from '../model/blocks.js';
import type { Family } from '../schema.js';
import type { Evidence } from '../model/types.js';

export interface Provider {
  name: string;
  shortName: string;
  type: string;
  evidence: Evidence;
}

const CAP = "[A-Z][a-z]+(?:['’]s)?";
const NAME = `${CAP}(?:(?:, | and | & | of | upon | on |-| )${CAP})*`;
const STOPWORDS = new Set(
  'The This That These A An Each Every All Other Our Its Their Both Neighbouring When Since In At For By From With Of On To And Inspectors Inspectorate Today Yesterday Like However Overall Chief Mr Mrs Ms Dame Sir HM Her His Probation Justice Ministry Services Service'.split(' '),
);

interface Pattern {
  family: Family;
  regex: RegExp;
  build: (place: string) => Omit<Provider, 'evidence'>;
}

const PATTERNS: Pattern[] = [
  {
    family: 'crc',
    regex: new RegExp(`(${NAME}) (?:Community Rehabilitation Company|Community Company \\(CRC\\)|CRC)(?![A-Za-z])`, 'g'),
    build: (place) => ({ name: `${place} Community Rehabilitation Company`, shortName: `${place} CRC`, type: 'CRC' }),
  },
  {
    family: 'nps',
    regex: new RegExp(`(?:National Probation Service|NPS)(?: \\(NPS\\))?(?: [–-])? (${NAME}) [Dd]ivision`, 'g'),
    build: (place) => ({ name: `National Probation Service ${place} division`, shortName: `NPS ${place}`, type: 'NPS division' }),
  },
  {
    family: 'yos',
    regex: new RegExp(`(${NAME}) (?:[Yy]outh [Oo]ffending [Ss]ervice|[Yy]outh [Oo]ffending [Tt]eam|[Yy]outh [Jj]ustice [Ss]ervice|YOS|YOT|YJS)(?![A-Za-z])`, 'g'),
    build: (place) => ({ name: `${place} Youth Offending Service`, shortName: `${place} YOS`, type: 'YOS' }),
  },
  {
    family: 'pdu',
    regex: new RegExp(`(${NAME}) (?:Probation Delivery Unit|PDU)(?![A-Za-z])`, 'g'),
    build: (place) => ({ name: `${place} Probation Delivery Unit`, shortName: `${place} PDU`, type: 'PDU' }),
  },
  {
    family: 'regional',
    regex: new RegExp(`(?:Probation Service|probation region)(?: [–-])? (${NAME})(?= region|\\b)`, 'g'),
    build: (place) => ({ name: `Probation Service ${place} region`, shortName: `${place} region`, type: 'region' }),
  },
];

function trimPlace(raw: string): string | null {
  const words = raw.split(' ');
  while (words.length && STOPWORDS.has(words[0]!.replace(/[,’']s?$/, ''))) words.shift();
  const place = words.join(' ').replace(/^(?:and|of|on|upon) /, '').replace(/['’]s$/, '');
  if (!place || !/^[A-Z]/.test(place)) return null;
  return place;
}

interface Candidate {
  place: string;
  pattern: Pattern;
  count: number;
  inTitle: boolean;
  first: { block: Block; index: number; length: number };
}

export function findProvider(blocks: Block[], family: Family, title: string | null): Provider | null {
  const patterns = PATTERNS.filter((p) => p.family === family);
  if (patterns.length === 0) return null;
  const candidates = new Map<string, Candidate>();
  for (const block of blocks) {
    if (block.type === 'table') continue;
    for (const pattern of patterns) {
      for (const match of block.text.matchAll(pattern.regex)) {
        const place = trimPlace(match[1]!);
        if (!place) continue;
        const key = place.toLowerCase();
        const candidate = candidates.get(key) ?? { place, pattern, count: 0, inTitle: false, first: { block, index: match.index, length: match[0].length } };
        candidate.count++;
        candidates.set(key, candidate);
      }
    }
  }
  if (candidates.size === 0) return null;
  const all = [...candidates.values()];
  // A shorter name that ends a longer one ("West Midlands" in "Staffordshire and West Midlands").
  for (const short of all) {
    const long = all.find((c) => c !== short && c.place.toLowerCase().endsWith(` ${short.place.toLowerCase()}`));
    if (long) {
      long.count += short.count;
      short.count = 0;
    }
  }
  if (title) {
    for (const c of all) c.inTitle = title.toLowerCase().includes(c.place.toLowerCase());
    // The title may name the short form only: credit the longest candidate that contains it.
    for (const c of all) {
      if (c.inTitle && c.count === 0) {
        const long = all.find((o) => o !== c && o.place.toLowerCase().endsWith(c.place.toLowerCase()));
        if (long) long.inTitle = true;
      }
    }
  }
  const best = all.filter((c) => c.count > 0).sort((a, b) => Number(b.inTitle) - Number(a.inTitle) || b.count - a.count)[0];
  if (!best) return null;
  const { block, index, length } = best.first;
  return { ...best.pattern.build(best.place), evidence: evidence(block, sentenceAround(block.text, index, length)) };
}
