/**
 * A sentence's skeleton: its text with chosen spans replaced by typed tokens ("⟦R0⟧" for the
 * first rating, "⟦P0⟧" for the first provider, "⟦N0⟧" for a figure), so that a rule reads
 * "⟦P0⟧ (PDU) has received an overall rating of ⟦R0⟧" instead of re-finding names and ratings
 * in characters. Offsets of the skeleton map back to the spans they stand for.
 */
import type { Span } from './types.js';
import { execAll } from '../lexicon/words.js';

export type TokenKind = 'R' | 'P' | 'N' | 'A' | 'D';

export interface Token {
  kind: TokenKind;
  index: number;
  /** Offsets of the token in the skeleton's text. */
  start: number;
  end: number;
  /** Offsets of what it stands for in the sentence. */
  sourceStart: number;
  sourceEnd: number;
  text: string;
  span?: Span;
}

type Candidate = { kind: TokenKind; start: number; end: number; text: string; span?: Span };

export interface Skeleton {
  text: string;
  tokens: Token[];
}

const KIND: Partial<Record<Span['type'], TokenKind>> = { rating: 'R', provider: 'P', number: 'N', date: 'D' };

/** Replaces the spans of the given types (and extra tokens such as areas) by their tokens; overlapping spans give way to the earlier, longer one. */
export function skeletonOf(text: string, spans: Span[], extra: Candidate[] = []): Skeleton {
  const candidates: Candidate[] = [
    ...spans.filter((s) => KIND[s.type]).map((s) => ({ kind: KIND[s.type]!, start: s.start, end: s.end, text: s.text, span: s })),
    ...extra,
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Candidate[] = [];
  for (const c of candidates) if (!chosen.some((k) => c.start < k.end && k.start < c.end)) chosen.push(c);
  const counters: Record<TokenKind, number> = { R: 0, P: 0, N: 0, A: 0, D: 0 };
  const tokens: Token[] = [];
  let out = '';
  let at = 0;
  for (const c of chosen) {
    const index = counters[c.kind]++;
    out += text.slice(at, c.start);
    const mark = `⟦${c.kind}${index}⟧`;
    tokens.push({ kind: c.kind, index, start: out.length, end: out.length + mark.length, sourceStart: c.start, sourceEnd: c.end, text: c.text, ...(c.span ? { span: c.span } : {}) });
    out += mark;
    at = c.end;
  }
  out += text.slice(at);
  return { text: out, tokens };
}

/** The tokens named in a piece of skeleton text ("⟦R0⟧ and ⟦R1⟧"). */
export function tokensIn(skeleton: Skeleton, text: string, kind?: TokenKind): Token[] {
  const out: Token[] = [];
  for (const m of execAll(/⟦([RPNAD])(\d+)⟧/g, text)) {
    const token = skeleton.tokens.find((t) => t.kind === m[1] && t.index === Number(m[2]));
    if (token && (!kind || token.kind === kind)) out.push(token);
  }
  return out;
}
