/**
 * Joining lines into running text: a space at each line break, except where the break falls after
 * a dash or slash that binds the words, and a hyphen the line wrap put in is taken out again. A
 * hyphen is the wrap's only when the document spells the joined word elsewhere and never the
 * hyphenated one: "desis-/tance" → "desistance", but "offending-/related" stays hyphenated.
 */
import type { Token } from './types.js';

export type WordSet = Set<string>;

const WORD = /[A-Za-z][A-Za-z'’-]*[A-Za-z]/g;

/** Every word of the document, lower case: the evidence for rejoining hyphenated words. */
export function collectWords(texts: Iterable<string>): WordSet {
  const words: WordSet = new Set();
  for (const text of texts) for (const match of text.matchAll(WORD)) words.add(match[0].toLowerCase());
  return words;
}

export function cloneTokens(tokens: Token[]): Token[] {
  return tokens.map((t) => ({ ...t }));
}

/** Appends a line's tokens to running text, deciding what the line break was. */
export function appendLine(target: Token[], line: Token[], words: WordSet): void {
  const next = cloneTokens(line);
  const last = target[target.length - 1];
  const first = next[0];
  if (!last) {
    target.push(...next);
    return;
  }
  if (last.kind === 'text' && first?.kind === 'text') {
    const head = last.value.replace(/\s+$/, '');
    const tail = first.value.replace(/^\s+/, '');
    const join = joiner(head, tail, words);
    // A wrap hyphen (or soft hyphen) comes out; otherwise the joiner's space or nothing.
    last.value = (join === null ? head.replace(/[-\u00AD]$/, '') : head + join) + tail;
    target.push(...next.slice(1));
    return;
  }
  // A marker ends the line ("…company⁶") or opens the next: the break is a space.
  if (last.kind === 'text') last.value = last.value.replace(/\s+$/, '') + ' ';
  else if (first?.kind === 'text') first.value = ' ' + first.value.replace(/^\s+/, '');
  else target.push({ kind: 'text', value: ' ' });
  target.push(...next);
}

/** What goes between two lines' texts: a space, nothing, or null to take the wrap hyphen out. */
function joiner(head: string, tail: string, words: WordSet): string | null {
  if (/\u00AD$/.test(head)) return null;
  if (/[A-Za-z]-$/.test(head) && /^[a-z]/.test(tail)) {
    const before = /([A-Za-z'’]+)-$/.exec(head)?.[1] ?? '';
    const after = /^[A-Za-z'’]+/.exec(tail)?.[0] ?? '';
    const joined = (before + after).toLowerCase();
    const hyphenated = `${before}-${after}`.toLowerCase();
    return words.has(joined) && !words.has(hyphenated) ? null : '';
  }
  // "Service-Domain-" / "One-rating": a hyphenated name goes on; keep the hyphen, no space.
  if (/[A-Za-z0-9]-$/.test(head) && /^[A-Za-z0-9]/.test(tail)) return '';
  // "risk—need—" / "responsivity", "and/" / "or", "26–" / "30": the mark binds the words.
  if (/[—/]$/.test(head) || /^[—/]/.test(tail) || /\S–$/.test(head)) return '';
  return ' ';
}

/** Trims white space at both ends and collapses it inside. */
export function tidy(tokens: Token[]): Token[] {
  const out = cloneTokens(tokens).filter((t) => t.kind === 'ref' || t.value !== '');
  for (const token of out) if (token.kind === 'text') token.value = token.value.replace(/\s+/g, ' ');
  const first = out[0];
  if (first?.kind === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = out[out.length - 1];
  if (last?.kind === 'text') last.value = last.value.replace(/\s+$/, '');
  return out.filter((t) => t.kind === 'ref' || t.value !== '');
}

/** Text of tokens without markers. */
export function textOf(tokens: Token[]): string {
  return tokens
    .map((t) => (t.kind === 'text' ? t.value : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Ends a sentence or a clause that stands alone: the next line is not the same sentence. */
export const TERMINAL = /[.!?:;"”’')\]]$/;
/** Ends a sentence for certain: a full stop, question or exclamation mark (closing quotes after it). */
export const HARD_TERMINAL = /[.!?]["”’')\]]*$/;

/**
 * The end of the text, markers left out: enough to see how a sentence ends without joining a
 * whole paragraph's tokens for every line added to it.
 */
function tail(tokens: Token[]): string {
  let out = '';
  for (let i = tokens.length - 1; i >= 0 && out.trim().length < 40; i--) {
    const token = tokens[i]!;
    // Only the last characters matter: a paragraph's text grows line by line, and reading all of
    // it for each line added would make long paragraphs quadratic.
    if (token.kind === 'text') out = (token.value.length > 120 ? token.value.slice(-120) : token.value) + out;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** The start of the text, markers left out. */
function head(tokens: Token[]): string {
  for (const token of tokens) if (token.kind === 'text' && token.value.trim()) return token.value.trimStart();
  return '';
}

/** The text ends a sentence or a clause (markers after the full stop do not count). */
export function endsTerminal(tokens: Token[]): boolean {
  return TERMINAL.test(tail(tokens));
}

export function endsSentence(tokens: Token[]): boolean {
  return HARD_TERMINAL.test(tail(tokens));
}

/** The text ends on a lower-case word ("… and so this"), a comma allowed after it. */
export function endsOnLowerWord(tokens: Token[]): boolean {
  return /(^|\s)[a-z][a-z'’-]*,?$/.test(tail(tokens));
}

/** The text ends on a word or number (a comma allowed): a sentence still going. */
export function endsOnWord(tokens: Token[]): boolean {
  return /[\p{L}\p{N},]$/u.test(tail(tokens));
}

export function startsLower(tokens: Token[]): boolean {
  return /^[a-z(]/.test(head(tokens));
}

/** Number of characters of text, markers left out. */
export function textLength(tokens: Token[]): number {
  let n = 0;
  for (const token of tokens) if (token.kind === 'text') n += token.value.length;
  return n;
}
